// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>

namespace FinAck {

// The scenario file's vocabulary (docs/scenario-format.md), written once for the two that speak
// it: ScenarioLoader, which reads a file into a Scenario, and the scenario editor (ui/editor/),
// which edits the JSON itself. QLatin1String: a constant that QJsonObject takes as it is and that
// turns into a QString where one is wanted, also with QT_NO_CAST_FROM_ASCII.
namespace ScenarioFormat {
inline constexpr QLatin1String kName{"finack-scenario"}; // the "format" value
inline constexpr int kVersion = 1;
} // namespace ScenarioFormat

namespace ScenarioKey {
// The file: what it is, what it tells, and what it does.
inline constexpr QLatin1String Format{"format"};
inline constexpr QLatin1String Version{"version"};
inline constexpr QLatin1String Id{"id"};
inline constexpr QLatin1String Group{"group"};
inline constexpr QLatin1String Title{"title"};
inline constexpr QLatin1String Summary{"summary"};
inline constexpr QLatin1String Explanation{"explanation"};
inline constexpr QLatin1String Takeaway{"takeaway"};
inline constexpr QLatin1String Predict{"predict"};
inline constexpr QLatin1String Setup{"setup"};
inline constexpr QLatin1String Steps{"steps"};
inline constexpr QLatin1String Faults{"faults"};
inline constexpr QLatin1String Expect{"expect"};

// A step: who calls what, on which descriptor, with which arguments.
inline constexpr QLatin1String Actor{"actor"};
inline constexpr QLatin1String Call{"call"};
inline constexpr QLatin1String Fd{"fd"};
inline constexpr QLatin1String As{"as"};
inline constexpr QLatin1String Data{"data"};
inline constexpr QLatin1String Repeat{"repeat"};
inline constexpr QLatin1String DontWait{"dontwait"};
inline constexpr QLatin1String Size{"size"};
inline constexpr QLatin1String Peek{"peek"};
inline constexpr QLatin1String How{"how"};
inline constexpr QLatin1String Option{"option"}; // also the number inside {"level": N, "option": N}
inline constexpr QLatin1String Level{"level"};
inline constexpr QLatin1String Value{"value"};
inline constexpr QLatin1String OnOff{"onoff"}; // SO_LINGER's value
inline constexpr QLatin1String Seconds{"seconds"};
inline constexpr QLatin1String Port{"port"};
inline constexpr QLatin1String Backlog{"backlog"};
inline constexpr QLatin1String TimeoutMs{"timeout_ms"};
inline constexpr QLatin1String SettleMs{"settle_ms"};
inline constexpr QLatin1String Blocks{"blocks"};
inline constexpr QLatin1String Note{"note"}; // a step's and a fault's

// A fault: which segments of which step the firewall drops.
inline constexpr QLatin1String AtStep{"at_step"};
inline constexpr QLatin1String From{"from"}; // also an expected segment's sender
inline constexpr QLatin1String Flags{"flags"};
inline constexpr QLatin1String Exact{"exact"};
inline constexpr QLatin1String Nth{"nth"};
inline constexpr QLatin1String Count{"count"};

// An expectation, one per platform ("linux", "windows", "textbook").
inline constexpr QLatin1String Calls{"calls"};
inline constexpr QLatin1String Step{"step"};
inline constexpr QLatin1String Ret{"ret"};
inline constexpr QLatin1String Errno{"errno"};
inline constexpr QLatin1String FinalStates{"final_states"};
inline constexpr QLatin1String Segments{"segments"};

// A member's path below another's, as the loader's messages and the editor's marks name a field:
// "option.level", "steps[3].fd".
inline QString path(const QString &object, const QString &member)
{
    return object + u'.' + member;
}
} // namespace ScenarioKey

} // namespace FinAck
