// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampicture.h"
#include "session.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace FinAck {

class CallPanel;
class ExplainPanel;
class FileActions;
class LanguageMenu;
class NetworkBanner;
class PlaybackBar;
class PredictController;
class ScenarioBrowser;
class SequenceView;
class ViewActions;
class HelpMenu;

// The main window: the scenario browser on the left, the sequence diagram between the client's
// panel and the server's, the explanation below, playback in the toolbar. It is a view of the
// trace that finack-lab streams; it never touches sockets itself, so a crash of the lab is a
// message here, never the end of the program. An opened trace or capture replays with no lab
// at all, until a scenario is chosen again. The Language menu switches every text at once, with
// no restart; the lab, which writes some notes itself, speaks the new language from its next start.
// The lab, the playhead and the file shown are the Session's; the window holds the widgets and
// arranges them, and observes the Session like the panels do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LabClient::Network network = LabClient::Network::Auto, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a scenario (a built-in id or a file) as if the user had picked it.
    bool openScenario(const QString &idOrFile, QString *error = nullptr);
    Session &session() { return m_session; }
    LabClient &lab() { return m_session.lab(); }
    Playback &playback() { return m_session.playback(); }
    SequenceView *sequenceView() const { return m_view; }
    CallPanel *panel(Actor actor) const;
    ExplainPanel *explainPanel() const { return m_explain; }
    FileActions *fileActions() const { return m_files; }
    LanguageMenu *languageMenu() const { return m_languages; }
    PredictController *predictController() const { return m_predict; }
    ViewActions *viewActions() const { return m_viewActions; }
    // Compact: the window is too narrow for the scenario list and the call panels beside the
    // diagram, so the list is hidden (F9 brings it back) and the panels are tabs below it.
    bool isCompact() const { return m_compact; }
    // Plays the selected scenario from the start (finack --play).
    void playFromStart();
    // The playback speed, as the toolbar's box sets it.
    void setSpeed(double speed);

    // File ▸ Open without its dialog: a scenario .json runs live; a trace .json or a .pcap/.pcapng
    // replays with no sockets. `stream` is the capture's stream (0-based); -1 asks when it holds
    // several. On failure nothing shown changes and *error says why in one line (empty: the user
    // cancelled the stream choice).
    bool openFile(const QString &path, QString *error = nullptr, int stream = -1);
    // The Session's, for the tests and the command line.
    const OpenedFile *openedFile() const { return m_session.openedFile(); }
    const Trace &shownTrace() const { return m_session.shownTrace(); }
    bool saveTraceTo(const QString &path, QString *error = nullptr) { return m_session.saveTraceTo(path, error); }
    bool exportTo(const QString &path, const PictureOptions &options, QString *error = nullptr, QString *warning = nullptr)
    {
        return m_session.exportTo(path, options, error, warning);
    }
    void showMessage(const QString &text);

public Q_SLOTS:
    // The diagram as shown (up to the playhead; the whole record before the first step) to the
    // clipboard, as a PNG at twice the size for sharpness and as SVG.
    void copyDiagram();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void onScenarioLoaded();
    void onFileShown();
    void onLabStateChanged();
    void updateActions();
    void updateStatus();
    void updateWindowTitle();
    void updateBanner();
    void showExplanation();
    void retranslate();
    void restoreSettings();
    void fitToScreen();
    void arrange();
    void applyTextZoom();
    void setPresentation(bool on);

    Session m_session;

    ScenarioBrowser *m_browser = nullptr;
    SequenceView *m_view = nullptr;
    CallPanel *m_clientPanel = nullptr;
    CallPanel *m_serverPanel = nullptr;
    ExplainPanel *m_explain = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_middle = nullptr;
    QSplitter *m_vertical = nullptr;
    QTabWidget *m_bottom = nullptr; // the explanation, and the call panels when compact
    bool m_compact = false;
    bool m_panelsInTabs = false;
    bool m_firstStart = false;
    double m_bottomShare = 0.28; // the explanation's part of the height under the toolbar
    ViewActions *m_viewActions = nullptr;
    HelpMenu *m_help = nullptr;
    QLabel *m_banner = nullptr;
    NetworkBanner *m_networkBanner = nullptr; // while the lab runs on the host network
    QPushButton *m_restartLab = nullptr;
    QLabel *m_networkLabel = nullptr;
    QLabel *m_labLabel = nullptr;
    PlaybackBar *m_bar = nullptr;
    FileActions *m_files = nullptr;
    LanguageMenu *m_languages = nullptr;
    PredictController *m_predict = nullptr;
};

} // namespace FinAck
