#pragma once

#include "labclient.h"
#include "playback.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace FinAck {

class CallPanel;
class ExplainPanel;
class SequenceView;

// The main window: the scenario browser on the left, the sequence diagram between the client's
// panel and the server's, the explanation below, playback in the toolbar. It is a view of the
// trace that finack-lab streams; it never touches sockets itself, so a crash of the lab is a
// message here, never the end of the program.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LabClient::Network network = LabClient::Network::Auto, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a scenario (a built-in id or a file) as if the user had picked it.
    bool openScenario(const QString &idOrFile, QString *error = nullptr);
    LabClient &lab() { return m_lab; }
    Playback &playback() { return m_playback; }
    SequenceView *sequenceView() const { return m_view; }
    CallPanel *panel(Actor actor) const;
    ExplainPanel *explainPanel() const { return m_explain; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildBrowser();
    void buildToolBar();
    void filterBrowser(const QString &text);
    void startLab();
    void loadScenarioFile(const QString &path);
    void onLabFailed(const QString &reason);
    void updateActions();
    void updateStatus();
    void restoreSettings();

    LabClient m_lab;
    Playback m_playback;
    LabClient::Network m_network;
    QString m_scenarioPath;
    QString m_labState;

    QTreeWidget *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
    SequenceView *m_view = nullptr;
    CallPanel *m_clientPanel = nullptr;
    CallPanel *m_serverPanel = nullptr;
    ExplainPanel *m_explain = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_middle = nullptr;
    QSplitter *m_vertical = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_restartLab = nullptr;
    QLabel *m_networkLabel = nullptr;
    QLabel *m_labLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace FinAck
