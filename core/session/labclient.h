// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/labprotocol.h"
#include "model/clientapi.h"
#include "model/networkmode.h"
#include "model/trace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace FinAck {

// finack's side of finack-lab: starts the lab process, sends it commands and rebuilds the trace
// from the events it streams back. The lab may crash or be killed at any time; that ends in
// labFailed() with a readable reason, never in a hung or dead caller, and start() again gives a
// fresh lab. It may also stop answering (stopped with SIGSTOP, stuck): while an event loop runs,
// the lab is pinged every heartbeat interval and answers at once even during a step that blocks,
// so a silence of the hang timeout is labHung(), and its next word labResponsive().
class LabClient : public QObject
{
    Q_OBJECT
public:
    using Network = NetworkMode;

    explicit LabClient(QObject *parent = nullptr);
    ~LabClient() override;

    // The finack-lab program; by default $FINACK_LAB, else the one beside this program.
    void setProgram(const QString &path) { m_program = path; }
    void setCaptureAllowed(bool allowed) { m_captureAllowed = allowed; }
    // What the lab's client calls go through (finack-lab --client); takes effect at start().
    void setClientApi(ClientApi api) { m_clientApi = api; }
    ClientApi clientApi() const { return m_clientApi; }
    // A command the lab is started through, e.g. {"setpriv", "--reuid=nobody", ...} to run it
    // as another user; empty by default.
    void setLauncher(const QStringList &launcher) { m_launcher = launcher; }

    // How often the lab is pinged, and how long a silence means it is hung; for the tests.
    void setHeartbeatInterval(int ms);
    void setHangTimeout(int ms) { m_hangTimeoutMs = ms; }
    int hangTimeout() const { return m_hangTimeoutMs; }
    // False from labHung() until the lab says anything again.
    bool isAnswering() const { return !m_hung; }

    // Starts the lab and waits for it to say which network it runs in.
    bool start(Network network, QString *error);
    // Asks the lab to quit and waits for it; a hung lab is killed at once.
    void stop();
    bool isRunning() const;
    QString network() const { return m_network; }               // "private" or "host"
    QString fallbackReason() const { return m_fallbackReason; } // why auto did not get "private"
    qint64 processId() const;

    void load(const QJsonObject &scenario);
    void step();
    void run();
    void reset();

    const Trace &trace() const { return m_trace; }
    const QStringList &differences() const { return m_differences; }
    const QList<ExpectationCheck> &checks() const { return m_checks; }
    bool isFinished() const { return m_finished; }

    // For callers without an event loop (the CLI): processes the lab's output until the run has
    // finished, the lab failed, or `timeoutMs` passed. False with *error otherwise.
    bool waitForFinished(int timeoutMs, QString *error);

Q_SIGNALS:
    void eventReceived(const FinAck::TraceEvent &event);
    void headerChanged();
    void stepFinished(int step, bool atEnd);
    void finished(const QStringList &differences);
    void labError(const QString &message); // the lab refused a command; it is still running
    void labFailed(const QString &reason); // the lab is gone
    // The running lab has said nothing for `silentMs` (at least the hang timeout), though it was
    // pinged; repeated each heartbeat until it answers.
    void labHung(qint64 silentMs);
    void labResponsive(); // after labHung(): the lab answered again

private:
    void send(const QByteArray &line);
    void readLines();
    void handleLine(const QByteArray &line);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void heartbeat();
    void heard();

    QString m_program;
    bool m_captureAllowed = true;
    ClientApi m_clientApi = ClientApi::Posix;
    QStringList m_launcher;
    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QString m_network;
    QString m_fallbackReason;
    bool m_ready = false;
    bool m_finished = false;
    int m_loadsUnanswered = 0; // events before the last load's answer belong to an older run
    QString m_failure;
    Trace m_trace;
    QStringList m_differences;
    QList<ExpectationCheck> m_checks;
    QString m_refusal; // why the last load was not sent
    QTimer m_heartbeat;
    QElapsedTimer m_sinceHeard;
    int m_hangTimeoutMs = 5000;
    bool m_pingPending = false; // one ping at a time: a stopped lab's pipe never fills with them
    bool m_hung = false;
};

} // namespace FinAck
