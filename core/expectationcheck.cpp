#include "expectationcheck.h"

namespace FinAck {

QString currentPlatformKey()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("linux");
#endif
}

QString flagsText(quint8 flags, QChar separator)
{
    QStringList names;
    if (flags & TcpFlag::Syn)
        names << QStringLiteral("SYN");
    if (flags & TcpFlag::Ack)
        names << QStringLiteral("ACK");
    if (flags & TcpFlag::Fin)
        names << QStringLiteral("FIN");
    if (flags & TcpFlag::Rst)
        names << QStringLiteral("RST");
    if (flags & TcpFlag::Psh)
        names << QStringLiteral("PSH");
    return names.join(separator);
}

namespace {

QString resultText(const CallRecord &call)
{
    return call.failed() ? QStringLiteral("-1 %1").arg(call.errnoName) : QString::number(call.ret);
}

void compareCalls(const Scenario &scenario, const Trace &trace, const Expectation &expected, QStringList &out)
{
    const int setup = scenario.setupStepCount();
    QList<CallRecord> calls = trace.calls(Actor::Client);
    calls += trace.calls(Actor::Server);
    for (const ExpectedCall &e : expected.calls) {
        const int position = setup + e.step;
        const auto it = std::find_if(calls.cbegin(), calls.cend(), [&](const CallRecord &c) { return c.step == position; });
        const ScenarioStep &step = scenario.steps.at(position);
        const QString what = QStringLiteral("step %1, %2 on the %3").arg(e.step).arg(callKindName(step.call), actorName(step.actor));
        if (it == calls.cend()) {
            out << QStringLiteral("Expected %1 to run; it never did.").arg(what);
            continue;
        }
        const bool errnoDiffers = it->errnoName != e.errnoName;
        const bool retDiffers = e.ret && *e.ret != it->ret;
        if (!errnoDiffers && !retDiffers)
            continue;
        QString expectedText = e.errnoName.isEmpty() ? (e.ret ? QString::number(*e.ret) : QStringLiteral("success"))
                                                     : QStringLiteral("-1 %1").arg(e.errnoName);
        out << QStringLiteral("Expected %1 to return %2; the kernel returned %3.").arg(what, expectedText, resultText(*it));
    }
}

void compareFinalStates(const Trace &trace, const Expectation &expected, QStringList &out)
{
    for (auto it = expected.finalStates.cbegin(); it != expected.finalStates.cend(); ++it) {
        const QList<StateChange> states = trace.states(it.key());
        const TcpState last = states.isEmpty() ? TcpState::Closed : states.last().state;
        if (last != it.value())
            out << QStringLiteral("Expected the %1 to end in %2; it ended in %3.")
                       .arg(actorName(it.key()), tcpStateName(it.value()), tcpStateName(last));
    }
}

void compareSegments(const Trace &trace, const Expectation &expected, QStringList &out)
{
    const QList<Segment> segments = trace.segments();
    int next = 0;
    for (const Segment &s : segments) {
        if (next == expected.segments.size())
            break;
        const ExpectedSegment &e = expected.segments.at(next);
        if (s.from == e.from && (s.flags & e.flags) == e.flags)
            ++next;
    }
    if (next < expected.segments.size()) {
        const ExpectedSegment &missing = expected.segments.at(next);
        out << QStringLiteral("Expected a %1 segment from the %2 (in the author's order); none came.")
                   .arg(flagsText(missing.flags), actorName(missing.from));
    }
}

} // namespace

QStringList compareWithExpectation(const Scenario &scenario, const Trace &trace)
{
    QStringList out;
    const auto it = scenario.expectations.constFind(currentPlatformKey());
    if (it == scenario.expectations.cend())
        return out;
    compareCalls(scenario, trace, *it, out);
    compareFinalStates(trace, *it, out);
    compareSegments(trace, *it, out);
    return out;
}

} // namespace FinAck
