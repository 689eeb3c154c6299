// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/trace.h"

#include <QHash>
#include <QStringList>

namespace FinAck {

// The platform key of the running system in a scenario's "expect" ("linux", "windows").
QString currentPlatformKey();

// One claim of the scenario's author, checked against the run.
struct ExpectationCheck {
    QString claim; // "step 8, recv on the client returns -1 ECONNRESET": step as numbered by stepNumber()
    bool held = false;
    QString observed; // what the kernel did instead, when it did not hold
    bool operator==(const ExpectationCheck &) const = default;
};

// Checks a finished run against every claim the author makes for this platform, in the order
// calls, final states, segments. A claim that does not hold is a lesson too ("your kernel differs
// from the textbook"), so it is reported, never hidden.
QList<ExpectationCheck> checkExpectation(const Scenario &scenario, const Trace &trace);

// The claims that did not hold, one sentence each; empty when the kernel did what the author said.
QStringList compareWithExpectation(const Scenario &scenario, const Trace &trace);
QString differenceText(const ExpectationCheck &check);

// The scenario's "windows" claims about calls, by the call's position in scenario.steps (the
// `step` a CallRecord carries): what Windows' documentation says each of those calls returns.
QHash<int, ExpectedCall> windowsExpectations(const Scenario &scenario);

// "FIN|ACK"-style text for flag bits, in the trace's order SYN, ACK, FIN, RST, PSH.
QString flagsText(quint8 flags, QChar separator = QLatin1Char('|'));

} // namespace FinAck
