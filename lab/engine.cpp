// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "engine.h"

#include "actorworker.h"
#include "io/tracejson.h"
#include "kernel/sideobserver.h"
#include "model/clock.h"
#include "model/expectationcheck.h"
#include "model/tracesteps.h"
#include "privatenetwork.h"
#include "sockets/posixsocketapi.h"
#include "sockets/qtclientsocketapi.h"
#include "stepcall.h"
#include "text/scenariotext.h"
#include "wire/capture.h"

#include <QSet>
#include <QSysInfo>

#include <algorithm>
#include <array>
#include <thread>

namespace FinAck {

// Everything the engine keeps for one actor.
struct Engine::ActorRun {
    explicit ActorRun(SocketApi &api)
        : worker(api)
    {
    }
    ActorWorker worker;
    QMap<QString, SocketHandle> handles; // descriptor names of the scenario -> open handles
    QSet<SocketHandle> onConnection;     // those that refer to the connection (not the listener)
    SideState last;                      // last polled state
    SideObserver observer;               // which polled states become events
    int runningStep = -1;                // the step whose call the worker runs
    bool timedOut = false;
};

Engine::Engine(QObject *parent)
    : Engine(Options{}, parent)
{
}

namespace {

// The segments one run records: with its calls, states and notes (bounded by the 1,000 steps)
// the trace stays under kMaxTraceEvents, so it opens again once saved.
constexpr int kMaxRunSegments = 100'000;
static_assert(kMaxRunSegments + 15'000 < kMaxTraceEvents);

// A Qt waitFor*() ends itself at the step's timeout; the engine steps in only when it overruns
// by this much (the call reached the Qt thread a little after the worker started it).
constexpr qint64 kOwnTimeoutGraceUs = 500000;
// How long settling waits for the capture thread to catch up before it trusts what it has.
constexpr int kCaptureSyncLimitMs = 1000;
// Between the steps of one run command the lab only writes a few lines (microseconds); a wait of
// a millisecond or more was a wait for the next step command.
constexpr qint64 kMinPauseUs = 1000;

std::unique_ptr<SocketApi> makeClientApi(ClientApi api)
{
    if (api == ClientApi::Qt)
        return std::make_unique<QtClientSocketApi>();
    return std::make_unique<PosixSocketApi>();
}

} // namespace

Engine::Engine(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_serverApi(std::make_unique<PosixSocketApi>())
    , m_clientApi(makeClientApi(options.clientApi))
    , m_qtClient(dynamic_cast<QtClientSocketApi *>(m_clientApi.get()))
    , m_client(std::make_unique<ActorRun>(*m_clientApi))
    , m_server(std::make_unique<ActorRun>(*m_serverApi))
{
}

Engine::~Engine()
{
    closeLeftovers();
}

Engine::ActorRun &Engine::run(Actor actor)
{
    return actor == Actor::Client ? *m_client : *m_server;
}

SocketApi &Engine::api(Actor actor) const
{
    return actor == Actor::Client ? *m_clientApi : *m_serverApi;
}

void Engine::closeLeftovers()
{
    // Interrupt what still blocks, then close every descriptor a scenario left open, so no run
    // leaks sockets into the next. Not recorded: the scenario is over.
    for (Actor actor : {Actor::Client, Actor::Server}) {
        ActorRun *r = &run(actor);
        while (!r->worker.waitIdle(20))
            r->worker.interrupt();
        r->worker.takeFinished();
        for (SocketHandle h : std::as_const(r->handles))
            api(actor).close(h);
        r->handles.clear();
        r->onConnection.clear();
        r->last = {};
        r->observer = SideObserver();
        r->runningStep = -1;
        r->timedOut = false;
    }
    if (m_qtClient)
        m_qtClient->reset(); // and what the leftovers' close emitted
}

void Engine::load(const Scenario &scenario)
{
    closeLeftovers();
    m_capture.reset();
    m_scenario = scenario;
    m_next = 0;
    m_differences.clear();
    m_checks.clear();
    m_stepCalls.clear();
    m_observed.clear();
    m_ports = {};
    m_firewall.clear();
    m_faults.clear();
    m_recordedSegments = 0;
    m_unavailable.clear();
    m_reach.clear();
    // The kernel says where the sockets live, not the options: the raw options are for the private
    // namespace only.
    if (!inPrivateNetwork()) {
        const QString why = ReachPolicy::hostRefusal(scenario);
        if (!why.isEmpty())
            //: %1 is a scenario id, %2 which step and why ("step 3: the raw option …")
            m_unavailable = tr("%1 cannot run on the host network: %2").arg(scenario.id, why);
    }
    if (m_unavailable.isEmpty() && !scenario.faults.isEmpty()) {
        const QString why = Firewall::unavailableReason();
        if (!why.isEmpty())
            //: %1 is a scenario id, %2 why faults cannot be installed
            m_unavailable = tr("%1 needs segments dropped on purpose, which cannot be done here: %2").arg(scenario.id, why);
    }
    for (int i = 0; m_qtClient && m_unavailable.isEmpty() && i < scenario.steps.size(); ++i) {
        const ScenarioStep &step = scenario.steps.at(i);
        const QString why = step.actor == Actor::Client ? QtClientSocketApi::unsupportedReason(step.call) : QString();
        if (!why.isEmpty())
            //: %1 is a scenario id, %2 a call (listen, accept, dup…), %3 why a QTcpSocket cannot make it
            m_unavailable =
                tr("%1 cannot run with the Qt client: its client calls %2(), and %3").arg(scenario.id, callKindName(step.call), why);
    }
    m_mapper.reset();
    m_reconciler = StateReconciler(qint64(m_options.pollIntervalMs) * 1000 * 3);
    m_inference.reset();

    TracePlatform platform;
    platform.os = QSysInfo::kernelType() == QLatin1String("linux") ? QStringLiteral("Linux") : QSysInfo::kernelType();
    platform.kernel = QSysInfo::kernelVersion();
    platform.network = m_options.network;
    platform.clientApi = clientApiName(m_options.clientApi);
    platform.segments = SegmentSource::Inferred;
    if (m_options.tryCapture) {
        auto capture = std::make_unique<Capture>(QStringLiteral("lo"));
        QString error;
        if (capture->start(&error)) {
            m_capture = std::move(capture);
            platform.segments = SegmentSource::Captured;
        } else {
            platform.captureError = error;
        }
    } else {
        //: why segments were not captured: --no-capture was given
        platform.captureError = tr("capture turned off");
    }

    m_trace = Trace();
    m_trace.setScenarioId(scenario.id);
    m_trace.setScenarioTitle(scenario.title);
    m_trace.setPlatform(platform);
    m_trace.setOriginUs(nowUs());
    m_lastActivityUs = nowUs();
    m_idleSinceUs = 0;
    m_pauseUs = 0;
    if (!m_probe.isAvailable())
        record(Note{nowUs(), -1, tr("The kernel's socket table (sock_diag) cannot be read: %1").arg(m_probe.errorString())});
    collectStates();
}

void Engine::record(const TraceEvent &recorded)
{
    TraceEvent event = recorded;
    // Stragglers stamped before the pause ended (a capture lagging behind) do not carry it.
    if (m_pauseUs > 0 && eventTime(event) >= m_pauseEndUs) {
        std::visit([this](auto &e) { e.pausedUs = m_pauseUs; }, event);
        m_pauseUs = 0;
    }
    m_trace.append(event);
    m_lastActivityUs = nowUs();
    TraceEvent relative = event;
    std::visit([this](auto &e) { e.tUs -= m_trace.originUs(); }, relative);
    Q_EMIT eventRecorded(relative);
}

bool Engine::step()
{
    if (atEnd())
        return false;
    const int index = m_next++;
    if (index == 0)
        skipIdleBeforeFirstStep();
    else
        notePause();
    Q_EMIT stepStarted(index);
    startStep(index);
    settle(index);
    deriveStates();
    m_idleSinceUs = nowUs();
    Q_EMIT stepFinished(index);
    return true;
}

// A window loads a scenario and the student may read for a minute before pressing Step. That
// wait is no part of the run: t = 0 moves forward so that the first step starts just after the
// initial states, and the calls' times read from 0, not from 60 s. Waits between later steps
// stay, since timers (TIME_WAIT's 60 s) really run through them.
void Engine::skipIdleBeforeFirstStep()
{
    constexpr qint64 kKeptUs = 1000;
    const qint64 idleUs = nowUs() - (m_trace.originUs() + m_trace.durationUs());
    if (idleUs > kKeptUs)
        m_trace.setOriginUs(m_trace.originUs() + idleUs - kKeptUs);
}

// The window runs one step each time the user presses Step, so the wall clock between two steps
// measures the student. That wait stays in the trace's times (kernel timers run through it) and
// goes with the first event recorded after it (eventPausedUs), whose lab time leaves it out
// (labtimeline.h). That event is mostly the step's note; when it comes later, the pause moves
// with it, which changes no event's lab time since nothing was recorded in between. What the
// kernel did during the wait (a retransmission, a call that ended) is collected first: the pause
// starts after it, and those events keep their places.
void Engine::notePause()
{
    collectCall(Actor::Client);
    collectCall(Actor::Server);
    collectSegments();
    collectQtEvents();
    const qint64 now = nowUs();
    const qint64 since = std::max(m_idleSinceUs, m_trace.originUs() + m_trace.durationUs());
    if (now - since >= kMinPauseUs) {
        m_pauseUs = now - since;
        m_pauseEndUs = now;
    }
}

void Engine::runToEnd()
{
    while (step()) {}
    finish();
}

void Engine::startStep(int index)
{
    const ScenarioStep &step = m_scenario.steps.at(index);
    ActorRun &r = run(step.actor);
    if (!step.note.isEmpty())
        record(Note{nowUs(), index, step.note});
    if (m_qtClient)
        m_qtClient->beginStep(index, step.timeoutMs);

    // One actor makes one call at a time: a call still blocked from an earlier step must end
    // first (it is interrupted at its own timeout).
    while (r.worker.isBusy()) {
        r.worker.waitIdle(m_options.pollIntervalMs);
        collect();
        settle(r.runningStep);
    }

    SocketHandle fd = -1;
    if (step.call != CallKind::Socket && step.call != CallKind::Crash) {
        if (!r.handles.contains(step.fd)) {
            //: %1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 is "client" or "server", %3 the scenario's name for a socket ("sock", "conn")
            record(Note{nowUs(), index,
                        tr("Step %1 skipped: the %2 has no descriptor named \"%3\" (an earlier call failed or closed it).")
                            .arg(QString::number(stepNumber(index)), actorDisplayName(step.actor), step.fd)});
            return;
        }
        fd = r.handles.value(step.fd);
    }
    if (step.call == CallKind::Connect && refuseConnect(index, step))
        return;
    installFaults(index);
    r.runningStep = index;
    r.timedOut = false;
    r.worker.start(makeStepCall(api(step.actor), step, fd, m_ports.server, m_ports.client, r.handles.values()));
}

void Engine::installFaults(int index)
{
    const int authorStep = m_scenario.authorStepIndex(index);
    for (const ScenarioFault &fault : std::as_const(m_scenario.faults)) {
        if (fault.atStep != authorStep)
            continue;
        const quint16 port = fault.from == Actor::Client ? m_ports.client : m_ports.server;
        FaultRule rule(fault, port);
        QString error;
        if (port == 0)
            error = tr("the %1 has no port yet").arg(actorDisplayName(fault.from));
        else if (m_firewall.addRule(rule.nftRule(), &error))
            m_faults << rule;
        // This note is the lab's own, in the user's language: the author's note inside it is
        // translated here, since a display cannot find it inside the sentence later.
        QString text;
        if (!error.isEmpty())
            text = tr("Fault not installed: %1.").arg(error);
        else if (fault.note.isEmpty())
            //: %1 says which segments: "the server's 1st FIN"
            text = tr("Fault: %1 will be dropped.").arg(rule.description());
        else
            //: %1 says which segments ("the server's 1st FIN"), %2 is the scenario's note on the fault
            text = tr("Fault: %1 will be dropped (%2).").arg(rule.description(), scenarioText(fault.note));
        record(Note{nowUs(), index, text});
    }
}

// The loader already refused a number no bind of the scenario names; here the port is checked
// against the ports the run's sockets really had, since a bind may have failed (the port was
// taken: another program's) and a port referred to by name may never have been set.
bool Engine::refuseConnect(int index, const ScenarioStep &step)
{
    const quint16 port = connectPort(step, m_ports.server, m_ports.client);
    const QString why = m_reach.connectRefusal(port);
    if (why.isEmpty())
        return false;
    //: %1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 why ("connect() to port 8080 was not made: …")
    record(Note{nowUs(), index, tr("Step %1 skipped: %2.").arg(QString::number(stepNumber(index)), why)});
    return true;
}

void Engine::noteOwnPort(Actor actor, const ScenarioStep &step, SocketHandle fd)
{
    const quint16 port = api(actor).localPort(fd).value_or(0);
    m_reach.addOwnPort(port);
    // The server's port is known from its bind on: connect-refused connects to a port bound
    // without a listener, so that no other program can take it in between.
    if (actor != Actor::Server || port == 0 || step.call == CallKind::Connect)
        return;
    m_ports.server = port;
    m_mapper.setServerPort(port);
    if (m_capture)
        m_capture->setPortFilter(port);
    m_trace.setEndpoint(Actor::Server, QStringLiteral("127.0.0.1:%1").arg(port));
}

bool Engine::collectCall(Actor actor)
{
    ActorRun &r = run(actor);
    auto outcome = r.worker.takeFinished();
    if (!outcome)
        return false;
    const ScenarioStep &step = m_scenario.steps.at(r.runningStep);
    CallRecord &call = outcome->record;
    // A copy of the bytes the trace keeps, never a share of the buffer: recv() sized it to the
    // step's `size` (up to 64 MiB), and left() of a short read returns the whole allocation,
    // which the trace would then hold until the next load (999 such steps: 64 GB).
    call.data = QByteArray(outcome->received.constData(), std::min(outcome->received.size(), kKeptDataBytes));
    call.actor = actor;
    call.step = r.runningStep;
    call.timedOut = r.timedOut;
    const SocketHandle fd = r.handles.value(step.fd, -1);

    if (outcome->newHandle) {
        r.handles.insert(step.as, *outcome->newHandle);
        const bool connectionSocket = step.call == CallKind::Accept || (step.call == CallKind::Dup && r.onConnection.contains(fd));
        if (connectionSocket)
            r.onConnection.insert(*outcome->newHandle);
    }
    if (step.call == CallKind::Crash) {
        r.handles.clear(); // the dead process took every descriptor with it
        r.onConnection.clear();
    }
    if (step.call == CallKind::Close) {
        // close() releases the descriptor whatever it returns (Linux, POSIX.1-2024).
        r.handles.remove(step.fd);
        r.onConnection.remove(fd);
    }
    const bool takesPort = step.call == CallKind::Bind || step.call == CallKind::Listen || step.call == CallKind::Connect;
    if (takesPort && !call.failed())
        noteOwnPort(actor, step, fd);
    if (step.call == CallKind::Connect && !call.failed()) {
        m_ports.client = api(actor).localPort(fd).value_or(0);
        m_mapper.setClientPort(m_ports.client);
        r.onConnection.insert(fd);
        m_trace.setEndpoint(Actor::Client, QStringLiteral("127.0.0.1:%1").arg(m_ports.client));
    }
    record(call);
    if (call.timedOut)
        record(Note{call.tUs + call.durationUs, call.step,
                    //: %1 is a call (recv, connect…)
                    tr("%1 was still blocked after %2 ms, the step's timeout; FinAck interrupted it.").arg(call.call).arg(step.timeoutMs)});
    m_stepCalls << call;
    r.runningStep = -1;
    return true;
}

bool Engine::collectSegments()
{
    if (!m_capture)
        return false;
    bool any = false;
    for (const RawSegment &raw : m_capture->take()) {
        if (auto segment = m_mapper.map(raw)) {
            // Rules are evaluated in order and a drop ends the evaluation, as in nftables.
            for (FaultRule &rule : m_faults) {
                if (rule.consume(*segment)) {
                    segment->dropped = true;
                    break;
                }
            }
            m_reconciler.addSegment(*segment);
            any = true;
            // A saved trace must open again (kMaxTraceEvents): a scenario that streams 64 MiB
            // through a tiny window would make more segments than any file FinAck reads.
            if (m_recordedSegments == kMaxRunSegments)
                //: %1 a number of segments, %2 the most events a trace file may hold
                record(Note{segment->tUs, -1,
                            tr("FinAck stopped recording segments after %1: a saved trace holds at most %2 events. The run goes on, "
                               "and its calls and states are still recorded.")
                                .arg(kMaxRunSegments)
                                .arg(kMaxTraceEvents)});
            if (m_recordedSegments++ < kMaxRunSegments)
                record(*segment);
        }
    }
    return any;
}

QList<SocketHandle> Engine::connectionHandles(Actor actor) const
{
    // The probe reads TCP_INFO from descriptors: a QTcpSocket has one only while Qt keeps it open.
    const ActorRun &r = actor == Actor::Client ? *m_client : *m_server;
    QList<SocketHandle> descriptors;
    for (SocketHandle h : r.onConnection) {
        if (const auto fd = api(actor).nativeDescriptor(h))
            descriptors << *fd;
    }
    return descriptors;
}

bool Engine::collectQtEvents()
{
    if (!m_qtClient)
        return false;
    const QList<TraceEvent> events = m_qtClient->takeEvents();
    for (const TraceEvent &event : events)
        record(event);
    return !events.isEmpty();
}

bool Engine::collectStates()
{
    SideState client, server;
    QString error;
    if (!m_probe.probeBoth(m_ports, connectionHandles(Actor::Client), connectionHandles(Actor::Server), &client, &server, &error)) {
        if (error != m_probeError)
            record(Note{nowUs(), -1, tr("Reading the kernel's socket table failed: %1").arg(error)});
        m_probeError = error;
        return false;
    }
    bool any = false;
    const qint64 now = nowUs();
    for (Actor actor : {Actor::Client, Actor::Server}) {
        ActorRun &r = run(actor);
        r.last = actor == Actor::Client ? client : server;
        for (const SideObserver::Reading &reading : r.observer.take(r.last, now)) {
            recordObserved(actor, reading);
            any = true;
        }
    }
    return any;
}

void Engine::recordObserved(Actor actor, const SideObserver::Reading &reading)
{
    StateChange change;
    change.tUs = reading.tUs;
    change.actor = actor;
    change.state = reading.side.state;
    change.source = StateSource::Observed;
    change.timerMs = reading.side.timerMs;
    change.recvQ = reading.side.recvQ;
    change.sendQ = reading.side.sendQ;
    m_observed << change;
    m_reconciler.addObservation(change);
    // A CLOSED confirmed by a later poll happened when it was first seen; the quiet period
    // counts from then, not from its confirmation.
    const qint64 lastActivity = m_lastActivityUs;
    record(change);
    m_lastActivityUs = std::max(lastActivity, reading.tUs);
}

bool Engine::collect()
{
    bool any = collectCall(Actor::Client);
    any = collectCall(Actor::Server) || any;
    any = collectSegments() || any;
    any = collectStates() || any;
    any = collectQtEvents() || any;
    return any;
}

bool Engine::networkQuiet() const
{
    // No handshake or unacknowledged data under way, and no CLOSED waiting for its confirmation.
    const std::array<const ActorRun *, 2> runs{m_client.get(), m_server.get()};
    return std::ranges::none_of(runs, [](const ActorRun *r) {
        return isHandshaking(r->last.state) || r->last.unacked > 0 || r->observer.awaitingConfirmation();
    });
}

bool Engine::clientLoopCaughtUp()
{
    // A Qt client reacts to segments in its own thread, which may get the CPU late: the step is
    // settled only when its event loop has had its turn, so its signals land in this step.
    if (!m_qtClient || m_client->worker.isBusy())
        return true;
    return m_qtClient->eventLoopCaughtUp(m_lastActivityUs);
}

void Engine::settle(int index)
{
    const qint64 quietUs = qint64(m_options.quietMs) * 1000;
    qint64 callsDoneSinceUs = 0; // the limit counts from when no call holds the step up any more
    const int limitMs = index >= 0 ? m_scenario.steps.at(index).settleMs.value_or(m_options.settleLimitMs) : m_options.settleLimitMs;
    for (;;) {
        // Look at the workers before collecting: a call that returns in between is then either
        // still counted as running or already collected, never done-but-unrecorded.
        const qint64 busySince[2] = {m_client->worker.busySinceUs(), m_server->worker.busySinceUs()};
        collect();
        const qint64 now = nowUs();
        bool callsDone = true;
        for (Actor actor : {Actor::Client, Actor::Server}) {
            ActorRun &r = run(actor);
            const qint64 since = busySince[int(actor)];
            if (since == 0 || r.runningStep < 0)
                continue;
            const ScenarioStep &step = m_scenario.steps.at(r.runningStep);
            const qint64 grace = api(actor).endsBlockedCallsItself() ? kOwnTimeoutGraceUs : 0;
            if (now - since > qint64(step.timeoutMs) * 1000 + grace) {
                r.timedOut = true;
                r.worker.interrupt();
                callsDone = false;
            } else if (!step.blocks || now - since < quietUs) {
                callsDone = false; // a call expected to return, or one not yet seen blocking
            }
        }
        if (!callsDone)
            callsDoneSinceUs = 0;
        else if (callsDoneSinceUs == 0)
            callsDoneSinceUs = now;
        if (callsDone && networkQuiet() && now - m_lastActivityUs >= quietUs && clientLoopCaughtUp()) {
            // Quiet as far as the engine has heard; the capture thread may not have had a CPU to
            // hand the last segments over (finack run --repeat on a loaded machine put them in
            // the next step). Once it has caught up, anything new restarts the quiet period.
            if (!m_capture || !m_capture->sync(kCaptureSyncLimitMs) || !collectSegments())
                return;
            continue;
        }
        if (callsDone && now - callsDoneSinceUs > qint64(limitMs) * 1000) {
            // For whoever tunes settle_ms; students see labnote.h's sentence instead.
            //: %1 milliseconds, %2 the step's number as in the diagram's step gutter (setup steps included, from 1)
            record(Note{now, index, tr("The network had not settled %1 ms after step %2; going on.").arg(limitMs).arg(stepNumber(index)), 0,
                        true});
            return;
        }
        // Sleep until the next poll, or until a call returns, whichever comes first.
        ActorRun &busy = m_client->worker.isBusy() ? *m_client : *m_server;
        if (busy.worker.isBusy())
            busy.worker.waitIdle(m_options.pollIntervalMs);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(m_options.pollIntervalMs));
    }
}

void Engine::deriveStates()
{
    if (!m_capture && !m_stepCalls.isEmpty()) {
        for (const Segment &segment : m_inference.infer(m_stepCalls, m_observed)) {
            record(segment);
            m_reconciler.addSegment(segment);
        }
    }
    m_stepCalls.clear();
    for (const StateChange &derived : m_reconciler.takeDerived(nowUs()))
        record(derived);
}

void Engine::finish()
{
    // Calls still blocked end now, or at their own timeout.
    while (m_client->worker.isBusy() || m_server->worker.isBusy()) {
        settle(m_next - 1);
    }
    collect();
    if (m_client->observer.awaitingConfirmation() || m_server->observer.awaitingConfirmation())
        settle(m_next - 1); // a CLOSED seen just now waits for its confirming poll
    for (Actor actor : {Actor::Client, Actor::Server}) {
        if (const auto unconfirmed = run(actor).observer.takeUnconfirmed())
            recordObserved(actor, *unconfirmed); // the settle limit passed first: as it was seen
    }
    deriveStates();
    if (m_qtClient) {
        m_checks.clear();
        if (m_scenario.expectations.contains(currentPlatformKey()))
            record(Note{nowUs(), -1, tr("The scenario's expectation describes a POSIX client; with the Qt client it is not checked.")});
    } else {
        m_checks = checkExpectation(m_scenario, m_trace);
    }
    m_differences.clear();
    for (const ExpectationCheck &check : std::as_const(m_checks)) {
        if (!check.held)
            m_differences << differenceText(check);
    }
    for (const QString &difference : std::as_const(m_differences))
        record(Note{nowUs(), -1, difference});
    Q_EMIT finished();
}

} // namespace FinAck
