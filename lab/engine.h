// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "kernel/sideobserver.h"
#include "kernel/stateprobe.h"
#include "model/clientapi.h"
#include "model/expectationcheck.h"
#include "model/scenario.h"
#include "model/trace.h"
#include "reachpolicy.h"
#include "wire/faultrule.h"
#include "wire/firewall.h"
#include "wire/segmentinference.h"
#include "wire/segmentmapper.h"
#include "wire/statereconciler.h"

#include <QMap>
#include <QObject>
#include <memory>

namespace FinAck {

class ActorWorker;
class Capture;
class QtClientSocketApi;

// Runs a scenario on real sockets on 127.0.0.1, one step at a time, and records everything into
// a Trace: each call with its result, each segment (captured, or inferred when the process may
// not capture), and each side's state (observed from the kernel, or derived from segments for
// states too short to poll).
//
// step() blocks until the step has run and the network has settled: the step's call returned
// (or, for a step marked "blocks", is seen blocking), every data and FIN segment is acknowledged
// or reset, and nothing has changed for a short quiet period. Settling follows the kernel, not a
// fixed sleep: a delayed ACK (40 ms on Linux) is waited for because the unacknowledged bytes and
// the FIN_WAIT_1 state are visible in sock_diag until it arrives.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool tryCapture = true;                   // false: infer segments even when capture would work
        QString network = QStringLiteral("host"); // where the sockets live, for the trace: "host" or "private"
        int pollIntervalMs = 2;                   // how often the kernel is asked while settling
        int quietMs = 15;                         // nothing new for this long, with nothing in flight: settled
        int settleLimitMs = 3000;                 // give up waiting for the network after a call this long
        // The server always uses the platform's sockets; the client may be a real QTcpSocket.
        ClientApi clientApi = ClientApi::Posix;
    };

    explicit Engine(QObject *parent = nullptr);
    Engine(const Options &options, QObject *parent = nullptr);
    ~Engine() override;

    // Prepares a run of `scenario`: a fresh trace, capture started when possible.
    void load(const Scenario &scenario);
    const Scenario &scenario() const { return m_scenario; }

    // Why the loaded scenario cannot run here (it needs faults, and faults are installed only in
    // the private network namespace; on the host network, it uses a raw socket option FinAck does
    // not allow there: ReachPolicy); empty when it can. Such a scenario is not run at all.
    const QString &unavailableReason() const { return m_unavailable; }

    bool atEnd() const { return !m_unavailable.isEmpty() || m_next >= m_scenario.steps.size(); }
    int nextStep() const { return m_next; }
    // Runs the next step and waits until it has settled. False when there is none left.
    bool step();
    // Runs every remaining step, then finish().
    void runToEnd();
    // Waits for calls still blocked (up to their timeouts), compares the run with the author's
    // expectation for this platform, and records the differences as notes. The expectations of a
    // scenario describe the POSIX client, so with the Qt client they are not checked (a note
    // says so).
    void finish();

    const Trace &trace() const { return m_trace; }
    // Where the run differed from the scenario's expectation (after finish()).
    const QStringList &differences() const { return m_differences; }
    // Every claim of the expectation for this platform, held or not (after finish()).
    const QList<ExpectationCheck> &checks() const { return m_checks; }
    bool capturing() const { return m_capture != nullptr; }

Q_SIGNALS:
    void eventRecorded(const FinAck::TraceEvent &event); // times relative to the trace's origin
    void stepStarted(int index);
    void stepFinished(int index);
    void finished();

private:
    void skipIdleBeforeFirstStep();
    void notePause();
    struct ActorRun;

    void closeLeftovers();
    void record(const TraceEvent &recorded);
    void startStep(int index);
    void installFaults(int index);
    bool refuseConnect(int index, const ScenarioStep &step);
    void noteOwnPort(Actor actor, const ScenarioStep &step, SocketHandle fd);
    void settle(int index);
    bool collect();
    bool collectCall(Actor actor);
    bool collectSegments();
    bool collectStates();
    void recordObserved(Actor actor, const SideObserver::Reading &reading);
    bool collectQtEvents();
    void deriveStates();
    bool networkQuiet() const;
    bool clientLoopCaughtUp();
    ActorRun &run(Actor actor);
    SocketApi &api(Actor actor) const;
    QList<SocketHandle> connectionHandles(Actor actor) const;

    Options m_options;
    std::unique_ptr<SocketApi> m_serverApi;
    std::unique_ptr<SocketApi> m_clientApi;
    QtClientSocketApi *m_qtClient = nullptr; // m_clientApi when the client is Qt
    std::unique_ptr<ActorRun> m_client;
    std::unique_ptr<ActorRun> m_server;
    std::unique_ptr<Capture> m_capture;
    StateProbe m_probe;
    SegmentMapper m_mapper;
    StateReconciler m_reconciler;
    SegmentInference m_inference;
    StateProbe::Ports m_ports;
    Firewall m_firewall;
    QList<FaultRule> m_faults; // in force, in the order nftables evaluates them
    ReachPolicy m_reach;       // the ports this run's sockets have had: where connect() may go
    QString m_unavailable;

    Scenario m_scenario;
    Trace m_trace;
    int m_next = 0;
    QStringList m_differences;
    QList<ExpectationCheck> m_checks;
    QString m_probeError;
    int m_recordedSegments = 0; // this run's, up to kMaxRunSegments

    QList<CallRecord> m_stepCalls; // finished since the last inference
    QList<StateChange> m_observed; // every observed state event, absolute times, in order per side
    qint64 m_lastActivityUs = 0;
    qint64 m_idleSinceUs = 0; // when the last step settled: from then on the lab waits for a command
    qint64 m_pauseUs = 0;     // that wait, not yet given to an event
    qint64 m_pauseEndUs = 0;  // when it ended: the first event from then on carries it
};

} // namespace FinAck
