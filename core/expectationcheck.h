#pragma once

#include "scenario.h"
#include "trace.h"

#include <QStringList>

namespace FinAck {

// The platform key of the running system in a scenario's "expect" ("linux", "windows").
QString currentPlatformKey();

// Compares a finished run with what the scenario's author expects on this platform. One sentence
// per difference; empty when the kernel did what the author said. A difference is a lesson too
// ("your kernel differs from the textbook"), so it is reported, never hidden.
QStringList compareWithExpectation(const Scenario &scenario, const Trace &trace);

// "FIN|ACK"-style text for flag bits, in the trace's order SYN, ACK, FIN, RST, PSH.
QString flagsText(quint8 flags, QChar separator = QLatin1Char('|'));

} // namespace FinAck
