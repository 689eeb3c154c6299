// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "suitewaits.h"

#include <QMap>

namespace FinAck::Bench {

namespace {

// The engine's quiet period (Engine::Options::quietMs): a step has settled when nothing changed
// for this long; docs/scenario-format.md.
constexpr double kQuietMs = 15;

// Linux's minimum retransmission timeout (TCP_RTO_MIN), what loopback's tiny round trip gets: a
// dropped segment goes again after 200 ms.
constexpr double kRtoMs = 200;

struct Timer {
    double ms;
    const char *why;
};

// Timers each built-in scenario sets off on purpose and waits out, from its steps and faults.
// No scenario waits for TIME_WAIT to run out (timewait-rebind uses SO_REUSEADDR instead) and
// none has a step expected to run into its timeout_ms.
const QMap<QString, Timer> &timers()
{
    static const QMap<QString, Timer> table{
        {QStringLiteral("linger-timeout"), {1000, "SO_LINGER 1 s: close() blocks until it runs out"}},
        {QStringLiteral("zero-window-timeout"), {1000, "TCP_USER_TIMEOUT 1000 ms ends the zero-window probes: recv() gets ETIMEDOUT"}},
        {QStringLiteral("peer-vanished"), {3000, "TCP_USER_TIMEOUT 3000 ms: the unacknowledged send is retransmitted until ETIMEDOUT"}},
        // Measured on Linux 6.x: the 2nd and 3rd FIN 200 ms after the one before, the 4th 400 ms
        // after the 3rd (the timer backs off from the second retransmission on).
        {QStringLiteral("lost-fin"), {kRtoMs * (1 + 1 + 2), "3 FINs dropped: each sent again after 200, 200 and 400 ms"}},
        {QStringLiteral("lost-final-ack"), {kRtoMs, "last ACK dropped: the server's FIN retransmitted after RTO 200 ms"}},
        {QStringLiteral("simultaneous-close"),
         {kRtoMs - 20, "client FIN dropped: retransmitted after RTO 200 ms, of which step 0's settle_ms 20 is counted apart"}},
    };
    return table;
}

} // namespace

DeliberateWaits deliberateWaits(const Scenario &scenario, const Trace &trace)
{
    DeliberateWaits w;
    const Timer timer = timers().value(scenario.id, Timer{0, ""});
    w.timersMs = timer.ms;
    w.timers = QString::fromUtf8(timer.why);
    for (const Note &note : trace.notes()) {
        // The lab's own note, in English here (bench_suite asks for English).
        if (note.step >= 0 && note.step < scenario.steps.size() && note.text.contains(QLatin1String("had not settled")))
            w.settleMs += scenario.steps.at(note.step).settleMs.value_or(3000);
    }
    w.quietSteps = int(scenario.steps.size());
    w.quietMs = kQuietMs * w.quietSteps;
    return w;
}

} // namespace FinAck::Bench
