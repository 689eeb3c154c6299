// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/expectationcheck.h"

#include "model/tracesteps.h"

#include <QCoreApplication>

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

QString expectedResult(const ExpectedCall &e)
{
    if (!e.errnoName.isEmpty())
        return QStringLiteral("-1 %1").arg(e.errnoName);
    //: what a call is expected to return when the author gave no value: "step 2, close on the client, returns without error"
    return e.ret ? QString::number(*e.ret) : QCoreApplication::translate("FinAck::ExpectationCheck", "without error");
}

void checkCalls(const Scenario &scenario, const Trace &trace, const Expectation &expected, QList<ExpectationCheck> &out)
{
    const int setup = scenario.setupStepCount();
    QList<CallRecord> calls = trace.calls(Actor::Client);
    calls += trace.calls(Actor::Server);
    for (const ExpectedCall &e : expected.calls) {
        const int position = setup + e.step;
        const auto it = std::find_if(calls.cbegin(), calls.cend(), [&](const CallRecord &c) { return c.step == position; });
        const ScenarioStep &step = scenario.steps.at(position);
        ExpectationCheck check;
        // The file counts the author's steps from 0; the claim names the step as the diagram's
        // gutter numbers it (docs/steps.md), so "step 8" points at the row marked 8.
        //: a claim of the scenario's author: %1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 the call ("recv"), %3 "client" or "server", %4 "-1 ECONNRESET", "0" or "without error"
        check.claim = QCoreApplication::translate("FinAck::ExpectationCheck", "step %1, %2 on the %3, returns %4")
                          .arg(QString::number(stepNumber(position)), callKindName(step.call), actorDisplayName(step.actor),
                               expectedResult(e));
        if (it == calls.cend()) {
            check.observed = QCoreApplication::translate("FinAck::ExpectationCheck", "the call never ran");
        } else {
            check.held = it->errnoName == e.errnoName && (!e.ret || *e.ret == it->ret);
            check.observed = resultText(*it);
        }
        out << check;
    }
}

void checkFinalStates(const Trace &trace, const Expectation &expected, QList<ExpectationCheck> &out)
{
    for (auto it = expected.finalStates.cbegin(); it != expected.finalStates.cend(); ++it) {
        const QList<StateChange> states = trace.states(it.key());
        const TcpState last = states.isEmpty() ? TcpState::Closed : states.last().state;
        //: a claim of the scenario's author: %1 "client" or "server", %2 a TCP state ("TIME_WAIT")
        out << ExpectationCheck{QCoreApplication::translate("FinAck::ExpectationCheck", "the %1 ends in %2")
                                    .arg(actorDisplayName(it.key()), tcpStateName(it.value())),
                                last == it.value(), tcpStateName(last)};
    }
}

void checkSegments(const Trace &trace, const Expectation &expected, QList<ExpectationCheck> &out)
{
    if (expected.segments.isEmpty())
        return;
    QStringList claimed;
    for (const ExpectedSegment &e : expected.segments)
        claimed << QStringLiteral("%1 %2").arg(actorDisplayName(e.from), flagsText(e.flags));
    int next = 0;
    for (const Segment &s : trace.segments()) {
        if (next == expected.segments.size())
            break;
        const ExpectedSegment &e = expected.segments.at(next);
        if (s.from == e.from && (s.flags & e.flags) == e.flags)
            ++next;
    }
    //: a claim of the scenario's author: %1 lists segments ("client FIN, server ACK")
    ExpectationCheck check{
        QCoreApplication::translate("FinAck::ExpectationCheck", "segments in this order: %1").arg(claimed.join(QStringLiteral(", "))),
        next == expected.segments.size(),
        {}};
    if (!check.held)
        //: %1 is a segment ("server FIN"), %2 how many of the claimed segments did come, in order
        check.observed =
            QCoreApplication::translate("FinAck::ExpectationCheck", "no %1 came after the first %2").arg(claimed.at(next)).arg(next);
    out << check;
}

} // namespace

QList<ExpectationCheck> checkExpectation(const Scenario &scenario, const Trace &trace)
{
    QList<ExpectationCheck> out;
    const auto it = scenario.expectations.constFind(currentPlatformKey());
    if (it == scenario.expectations.cend())
        return out;
    checkCalls(scenario, trace, *it, out);
    checkFinalStates(trace, *it, out);
    checkSegments(trace, *it, out);
    return out;
}

QString differenceText(const ExpectationCheck &check)
{
    //: %1 is a claim ("the client ends in TIME_WAIT"), %2 what happened instead ("CLOSED")
    return QCoreApplication::translate("FinAck::ExpectationCheck", "Expected %1; the kernel did otherwise: %2.")
        .arg(check.claim, check.observed);
}

QStringList compareWithExpectation(const Scenario &scenario, const Trace &trace)
{
    QStringList out;
    for (const ExpectationCheck &check : checkExpectation(scenario, trace)) {
        if (!check.held)
            out << differenceText(check);
    }
    return out;
}

} // namespace FinAck

namespace FinAck {

QHash<int, ExpectedCall> windowsExpectations(const Scenario &scenario)
{
    QHash<int, ExpectedCall> out;
    const auto it = scenario.expectations.constFind(QStringLiteral("windows"));
    if (it == scenario.expectations.cend())
        return out;
    const int setup = scenario.setupStepCount();
    for (const ExpectedCall &call : it->calls)
        out.insert(setup + call.step, call);
    return out;
}

} // namespace FinAck
