// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/prediction.h"

#include "model/tracesteps.h"
#include "text/scenariotext.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace FinAck {

namespace {

ResultChoice exactly(qint64 value)
{
    return {ResultChoice::Kind::Exactly, value, {}};
}
ResultChoice error(const QString &name)
{
    return {ResultChoice::Kind::Error, 0, {name}};
}
ResultChoice wouldBlock()
{
    return {ResultChoice::Kind::Error, 0, {QStringLiteral("EAGAIN"), QStringLiteral("EWOULDBLOCK")}};
}

// The results a call of this kind is known for, right or wrong: what a student who knows the
// socket API hesitates between.
QList<ResultChoice> resultChoices(const ScenarioStep &step)
{
    using K = ResultChoice::Kind;
    QList<ResultChoice> choices;
    switch (step.call) {
    case CallKind::Send: {
        const qint64 n = step.data.size();
        choices << ResultChoice{K::Exactly, n, {}};
        // Only a send that does not wait can come back with part of a large buffer.
        if (n > 1 && (step.dontWait || n > 65536))
            choices << ResultChoice{K::Part, n, {}};
        if (n != 0)
            choices << exactly(0);
        choices << error(QStringLiteral("EPIPE")) << error(QStringLiteral("ECONNRESET")) << wouldBlock();
        break;
    }
    case CallKind::Recv:
        choices << ResultChoice{K::Data, step.size, {}} << ResultChoice{K::EndOfStream, 0, {}} << error(QStringLiteral("ECONNRESET"))
                << error(QStringLiteral("ETIMEDOUT")) << wouldBlock();
        break;
    case CallKind::Close:
        choices << exactly(0) << error(QStringLiteral("ECONNRESET")) << wouldBlock() << error(QStringLiteral("EBADF"));
        break;
    case CallKind::Shutdown: choices << exactly(0) << error(QStringLiteral("ENOTCONN")) << error(QStringLiteral("EINVAL")); break;
    case CallKind::Connect:
        choices << exactly(0) << error(QStringLiteral("ECONNREFUSED")) << error(QStringLiteral("ETIMEDOUT"))
                << error(QStringLiteral("EADDRNOTAVAIL"));
        break;
    case CallKind::Bind:
    case CallKind::Listen: choices << exactly(0) << error(QStringLiteral("EADDRINUSE")) << error(QStringLiteral("EINVAL")); break;
    case CallKind::Accept:
        choices << ResultChoice{K::Descriptor, 0, {}} << wouldBlock() << error(QStringLiteral("ECONNABORTED"))
                << error(QStringLiteral("EINVAL"));
        break;
    case CallKind::Socket: choices << ResultChoice{K::Descriptor, 0, {}} << error(QStringLiteral("EMFILE")); break;
    case CallKind::Dup:
        choices << ResultChoice{K::Descriptor, 0, {}} << error(QStringLiteral("EBADF")) << error(QStringLiteral("EMFILE"));
        break;
    case CallKind::Setsockopt:
    case CallKind::Getsockopt: choices << exactly(0) << error(QStringLiteral("ENOPROTOOPT")) << error(QStringLiteral("EINVAL")); break;
    case CallKind::Crash: // the process dies: nothing is returned to anyone
        return {};
    }
    // The author says the call waits for a later step: whether it has returned by the time the
    // network settles is then the question.
    if (step.blocks)
        choices << ResultChoice{K::Blocks, 0, {}};
    return choices;
}

// RFC 9293's transitions, plus CLOSED from anywhere a reset or a timeout can end the connection.
QList<TcpState> successors(TcpState state)
{
    using S = TcpState;
    switch (state) {
    case S::Closed: return {S::Listen, S::SynSent};
    case S::Listen: return {S::SynRecv, S::SynSent, S::Closed};
    case S::SynSent: return {S::SynRecv, S::Established, S::Closed};
    case S::SynRecv: return {S::Established, S::FinWait1, S::Closed};
    case S::Established: return {S::FinWait1, S::CloseWait, S::Closed};
    case S::FinWait1: return {S::FinWait2, S::Closing, S::TimeWait, S::Closed};
    case S::FinWait2: return {S::TimeWait, S::Closed};
    case S::CloseWait: return {S::LastAck, S::Closed};
    case S::Closing: return {S::TimeWait, S::Closed};
    case S::LastAck:
    case S::TimeWait: return {S::Closed};
    }
    return {};
}

// Where a side can be once one step has settled: one segment exchange moves it at most two
// transitions on (ESTABLISHED, FIN sent and acknowledged: FIN_WAIT_2), and not past CLOSED. A step that starts a connection (connect, listen, accept) may leave the side
// on a new one, whatever became of the old: the states a connection starts with are choices too.
QList<std::optional<TcpState>> stateChoices(TcpState before, CallKind call)
{
    QList<TcpState> reach;
    const auto twoHops = [&reach](TcpState from) {
        for (TcpState next : successors(from)) {
            reach << next;
            if (next != TcpState::Closed)
                reach << successors(next);
        }
    };
    twoHops(before);
    if (call == CallKind::Connect || call == CallKind::Listen || call == CallKind::Accept)
        twoHops(TcpState::Closed);
    std::sort(reach.begin(), reach.end());
    reach.erase(std::unique(reach.begin(), reach.end()), reach.end());
    reach.removeAll(before);
    QList<std::optional<TcpState>> choices{std::nullopt};
    for (TcpState s : reach)
        choices << s;
    return choices;
}

QString noChangeText(TcpState state)
{
    //: the side's TCP state does not change; %1 is the state it is in (ESTABLISHED)
    return QCoreApplication::translate("FinAck::Prediction", "no change (%1)").arg(tcpStateName(state));
}

bool sendsFin(const ScenarioStep &step)
{
    return step.call == CallKind::Close || step.call == CallKind::Crash
           || (step.call == CallKind::Shutdown && step.how != ShutdownHow::Read);
}

// The choices in an order of their own, the same every time the step is asked: in the order
// they are made the commonest answer (no change, every byte sent) would come first, and a student
// who always picks 1 would score well.
template<typename T> void shuffle(QList<T> &choices, const Scenario &scenario, int position, int question)
{
    const QString key = QStringLiteral("%1/%2/%3").arg(scenario.id).arg(position).arg(question);
    QRandomGenerator random(quint32(qHash(key, 0)));
    for (qsizetype i = choices.size() - 1; i > 0; --i)
        choices.swapItemsAt(i, random.bounded(i + 1));
}

int callPosition(const Trace &trace, int position, Actor actor)
{
    for (int i = 0; i < trace.size(); ++i) {
        const auto *call = std::get_if<CallRecord>(&trace.at(i));
        if (call && call->step == position && call->actor == actor)
            return i;
    }
    return -1;
}

} // namespace

WireKinds wireKindsOf(const Segment &segment)
{
    WireKinds kinds = 0;
    if (segment.has(TcpFlag::Syn))
        kinds |= WireKind::Syn;
    if (segment.len > 0)
        kinds |= WireKind::Data;
    if (segment.has(TcpFlag::Fin))
        kinds |= WireKind::Fin;
    if (segment.has(TcpFlag::Rst))
        kinds |= WireKind::Rst;
    if (kinds == 0 && segment.has(TcpFlag::Ack))
        kinds |= WireKind::Ack;
    return kinds;
}

QString wireKindName(quint8 kind)
{
    switch (kind) {
    case WireKind::Syn: return QStringLiteral("SYN");
    case WireKind::Fin: return QStringLiteral("FIN");
    case WireKind::Rst: return QStringLiteral("RST");
    case WireKind::Ack: return QStringLiteral("ACK");
    case WireKind::Data:
        //: a segment carrying payload bytes, among SYN, FIN, RST, ACK
        return QCoreApplication::translate("FinAck::Prediction", "data");
    }
    return {};
}

QString wireKindsText(WireKinds kinds)
{
    QStringList names;
    for (quint8 kind : kWireKinds) {
        if (kinds & kind)
            names << wireKindName(kind);
    }
    if (names.isEmpty()) {
        //: no segment went on the wire during the step
        return QCoreApplication::translate("FinAck::Prediction", "none");
    }
    //: the separator between segment kinds: "data, FIN"
    return names.join(QCoreApplication::translate("FinAck::Prediction", ", "));
}

bool ResultChoice::matches(const CallRecord *call) const
{
    if (kind == Kind::Blocks || !call)
        return kind == Kind::Blocks && !call;
    if (kind == Kind::Error) {
        if (!call->failed())
            return false;
        const bool timedOut = call->timedOut && errnoNames.contains(QLatin1String("EAGAIN"));
        return timedOut || errnoNames.contains(call->errnoName);
    }
    if (call->failed())
        return false;
    switch (kind) {
    case Kind::Exactly: return call->ret == value;
    case Kind::EndOfStream: return call->ret == 0;
    case Kind::Data: return call->ret >= 1 && call->ret <= value;
    case Kind::Part: return call->ret >= 1 && call->ret < value;
    case Kind::Descriptor: return call->ret >= 0;
    default: return false;
    }
}

QString ResultChoice::text() const
{
    switch (kind) {
    case Kind::Exactly: return QString::number(value);
    case Kind::EndOfStream:
        //: recv() returned 0: the peer's FIN was read
        return QCoreApplication::translate("FinAck::Prediction", "0 (end of stream)");
    case Kind::Data:
        //: recv() returned bytes; %1 is the buffer size, the most it can return
        return QCoreApplication::translate("FinAck::Prediction", "1 to %1 (data)").arg(value);
    case Kind::Part:
        //: send() took only part of the buffer; %1 is one less than the buffer's size
        return QCoreApplication::translate("FinAck::Prediction", "1 to %1 (only part)").arg(value - 1);
    case Kind::Descriptor:
        //: socket(), accept() or dup() returned a descriptor number
        return QCoreApplication::translate("FinAck::Prediction", "a new descriptor (0 or more)");
    case Kind::Error:
        if (errnoNames.contains(QLatin1String("EAGAIN"))) {
            //: the call failed with EAGAIN, or was still waiting when the step's timeout ended it
            return QCoreApplication::translate("FinAck::Prediction", "-1 EAGAIN, or timed out");
        }
        return QStringLiteral("-1 %1").arg(errnoNames.join(QStringLiteral(" / ")));
    case Kind::Blocks:
        //: the call has not returned when the network settled
        return QCoreApplication::translate("FinAck::Prediction", "nothing yet: it blocks");
    }
    return {};
}

int PredictionQuestion::choiceCount() const
{
    switch (kind) {
    case QuestionKind::Result: return int(results.size());
    case QuestionKind::Wire: return int(std::size(kWireKinds));
    case QuestionKind::State: return int(states.size());
    }
    return 0;
}

QString PredictionQuestion::prompt(const ScenarioStep &step) const
{
    switch (kind) {
    case QuestionKind::Result:
        //: %1 is a socket call's name (close, recv), %2 the side that makes it ("client")
        return QCoreApplication::translate("FinAck::Prediction", "What does %1() on the %2 return?")
            .arg(callKindName(step.call), actorDisplayName(actor));
    case QuestionKind::Wire: return QCoreApplication::translate("FinAck::Prediction", "Which segments go on the wire during this step?");
    case QuestionKind::State:
        //: %1 is a side, "client" or "server"
        return QCoreApplication::translate("FinAck::Prediction", "Which state is the %1 in once the step has settled?")
            .arg(actorDisplayName(actor));
    }
    return {};
}

QString PredictionQuestion::choiceText(int index) const
{
    if (index < 0 || index >= choiceCount())
        return {};
    switch (kind) {
    case QuestionKind::Result: return results.at(index).text();
    case QuestionKind::Wire:
        if (kWireKinds[index] == WireKind::Ack) {
            //: a segment that only acknowledges: no data, SYN, FIN or RST
            return QCoreApplication::translate("FinAck::Prediction", "ACK alone");
        }
        return wireKindName(kWireKinds[index]);
    case QuestionKind::State: return states.at(index) ? tcpStateName(*states.at(index)) : noChangeText(before);
    }
    return {};
}

QString PredictionQuestion::answerText(int answer) const
{
    return kind == QuestionKind::Wire ? wireKindsText(WireKinds(answer)) : choiceText(answer);
}

QMap<Actor, TcpState> statesAt(const Trace &trace, int endIndex)
{
    QMap<Actor, TcpState> states{{Actor::Client, TcpState::Closed}, {Actor::Server, TcpState::Closed}};
    const int end = endIndex < 0 ? trace.size() : std::min(endIndex, trace.size());
    for (int i = 0; i < end; ++i) {
        if (const auto *s = std::get_if<StateChange>(&trace.at(i)))
            states[s->actor] = s->state;
    }
    return states;
}

QList<PredictionQuestion> predictionQuestions(const Scenario &scenario, int position, const Trace &trace)
{
    if (position < 0 || position >= scenario.steps.size() || scenario.steps.at(position).setup)
        return {};
    const ScenarioStep &step = scenario.steps.at(position);
    QList<PredictionQuestion> questions;
    PredictionQuestion result;
    result.actor = step.actor;
    result.results = resultChoices(step);
    shuffle(result.results, scenario, position, 0);
    if (!result.results.isEmpty())
        questions << result;
    PredictionQuestion wire;
    wire.kind = QuestionKind::Wire;
    wire.actor = step.actor;
    questions << wire;
    const QMap<Actor, TcpState> now = statesAt(trace);
    // The side that calls first: its state is the one the call changes directly.
    for (Actor actor : {step.actor, peerOf(step.actor)}) {
        PredictionQuestion state;
        state.kind = QuestionKind::State;
        state.actor = actor;
        state.before = now.value(actor);
        state.states = stateChoices(state.before, step.call);
        // The side that sends the FIN is the active closer: CLOSE_WAIT and LAST_ACK are where
        // the other one goes, a confusion worth a choice on the peer's question only.
        if (actor == step.actor && state.before == TcpState::Established && sendsFin(step)) {
            state.states.removeAll(TcpState::CloseWait);
            state.states.removeAll(TcpState::LastAck);
        }
        shuffle(state.states, scenario, position, int(questions.size()));
        questions << state;
    }
    return questions;
}

QString stepCallText(const ScenarioStep &step)
{
    const QString name = callKindName(step.call);
    switch (step.call) {
    case CallKind::Send: {
        QString data = QString::fromUtf8(step.data.left(24));
        if (step.data.size() > 24)
            data += QStringLiteral("…");
        return QStringLiteral("%1(%2, \"%3\", %4)").arg(name, step.fd, data).arg(step.data.size());
    }
    case CallKind::Recv: return QStringLiteral("%1(%2, %3)").arg(name, step.fd).arg(step.size);
    case CallKind::Shutdown: {
        const char *how = step.how == ShutdownHow::Read ? "SHUT_RD" : step.how == ShutdownHow::Write ? "SHUT_WR" : "SHUT_RDWR";
        return QStringLiteral("%1(%2, %3)").arg(name, step.fd, QLatin1String(how));
    }
    case CallKind::Setsockopt:
    case CallKind::Getsockopt:
        return QStringLiteral("%1(%2, %3)")
            .arg(name, step.fd, step.option.name.isEmpty() ? QString::number(step.option.option) : step.option.name);
    case CallKind::Socket:
    case CallKind::Crash: return QStringLiteral("%1()").arg(name);
    default: return QStringLiteral("%1(%2)").arg(name, step.fd);
    }
}

StepOutcome stepOutcome(const Trace &trace, const Scenario &scenario, int position)
{
    StepOutcome outcome;
    outcome.step = position;
    const TraceSteps steps = traceSteps(trace);
    int last = -1;
    for (int i = 0; i < trace.size(); ++i) {
        if (steps.eventStep.at(i) != position)
            continue;
        last = i;
        const TraceEvent &e = trace.at(i);
        if (const auto *s = std::get_if<Segment>(&e))
            outcome.wire |= wireKindsOf(*s);
        else if (const auto *n = std::get_if<Note>(&e); n && n->step == position)
            outcome.notes << noteText(*n);
    }
    outcome.recorded = last >= 0;
    outcome.after = statesAt(trace, last + 1);
    if (position >= 0 && position < scenario.steps.size()) {
        const ScenarioStep &step = scenario.steps.at(position);
        const int call = callPosition(trace, position, step.actor);
        if (call >= 0)
            outcome.call = std::get<CallRecord>(trace.at(call));
        if (outcome.notes.isEmpty() && !step.note.isEmpty())
            outcome.notes << scenarioText(step.note);
    }
    return outcome;
}

int rightAnswer(const PredictionQuestion &question, const StepOutcome &outcome)
{
    switch (question.kind) {
    case QuestionKind::Result: {
        const CallRecord *call = outcome.call ? &*outcome.call : nullptr;
        for (int i = 0; i < question.results.size(); ++i) {
            if (question.results.at(i).matches(call))
                return i;
        }
        return -1;
    }
    case QuestionKind::Wire: return outcome.wire;
    case QuestionKind::State: {
        const TcpState after = outcome.after.value(question.actor);
        const auto found = question.states.indexOf(after == question.before ? std::optional<TcpState>() : std::optional<TcpState>(after));
        return int(found);
    }
    }
    return -1;
}

QString outcomeText(const PredictionQuestion &question, const StepOutcome &outcome)
{
    switch (question.kind) {
    case QuestionKind::Result:
        if (!outcome.call) {
            //: the call had not returned when the step settled
            return QCoreApplication::translate("FinAck::Prediction", "it had not returned");
        }
        if (outcome.call->timedOut) {
            //: %1 is the errno the interrupted call returned (EINTR)
            return QCoreApplication::translate("FinAck::Prediction", "-1 %1: still waiting at the step's timeout")
                .arg(outcome.call->errnoName);
        }
        if (outcome.call->failed())
            return QStringLiteral("-1 %1").arg(outcome.call->errnoName);
        return QString::number(outcome.call->ret);
    case QuestionKind::Wire: return wireKindsText(outcome.wire);
    case QuestionKind::State: {
        const TcpState after = outcome.after.value(question.actor);
        return after == question.before ? noChangeText(after) : tcpStateName(after);
    }
    }
    return {};
}

} // namespace FinAck
