#pragma once

#include "labclient.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace FinAck {

// The main window, for now a plain view of the lab: pick a scenario, run it step by step or to
// the end, and read the trace as text. The sequence diagram, panels and playback replace the
// text view with the window issue; what stays is that the window only talks to finack-lab, so a
// crash of the lab is a message here, never the end of the program.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LabClient::Network network = LabClient::Network::Auto, QWidget *parent = nullptr);

    // Selects a scenario (a built-in id or a file) as if the user had picked it.
    bool openScenario(const QString &idOrFile, QString *error = nullptr);
    LabClient &lab() { return m_lab; }
    QString traceText() const;

private:
    void startLab();
    void loadSelected();
    void onEvent(const TraceEvent &event);
    void onStepFinished(int step, bool atEnd);
    void onFinished(const QStringList &differences);
    void onLabFailed(const QString &reason);
    void updateStatus();

    LabClient m_lab;
    LabClient::Network m_network;
    QComboBox *m_scenarios = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_restartLab = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_networkLabel = nullptr;
    QLabel *m_labLabel = nullptr;
    QString m_labState;
};

} // namespace FinAck
