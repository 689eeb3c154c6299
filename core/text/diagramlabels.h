// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/traceevent.h"

#include <QString>
#include <QStringList>

namespace FinAck {

// The texts FinAck's diagram shows, free of painting, so that the picture and its text export
// (diagramtext.h) say the same thing. ui's SequenceRenderer has the first five as static members
// with the same behaviour; they can delegate here.
QString segmentFlagsText(const Segment &segment); // "FIN ACK": SYN FIN RST PSH ACK order
QString segmentNumbersText(const Segment &segment,
                           const QString &separator = QStringLiteral(" · ")); // "seq 6 · ack 1 · len 0"
QString callResultText(const CallRecord &call);                               // "→ -1 ECONNRESET"
bool isEndOfStream(const CallRecord &call);                                   // recv() -> 0
QString signalCallText(const SignalRecord &signal);                           // "errorOccurred(RemoteHostClosedError)"

// What a Windows program gets at this call, as the lines the diagram draws under its label and
// the tables add to its result. `documented` is the scenario's "windows" claim for the call's
// step, if it has one: where it differs from what this kernel did (recv() = 0 here, 10053 on
// Windows) it is shown, headed as documented behaviour that did not run here. Otherwise a failed
// call shows Winsock's counterpart of its errno ("Windows: WSAECONNRESET 10054"). Empty for
// neither, and for the Qt client's calls.
QStringList windowsLines(const CallRecord &call, const ExpectedCall *documented = nullptr);

// One element's label as diagram text, where nothing can be coloured or badged: what the picture
// draws says itself in words ("(inferred)", "(end of stream)", "(blocked 2000 ms)"). A list holds
// a label's lines. Long call texts are elided: a send() of a big payload stays one line.
QString segmentLabel(const Segment &segment);    // "FIN ACK seq 6 ack 1 len 0 (inferred)"
QStringList callLabel(const CallRecord &call);   // {"close(3) → 0"}
QString stateLabel(const StateChange &state);    // "FIN_WAIT_1 (derived)"
QString signalLabel(const SignalRecord &signal); // "signal connected() [in waitForConnected()]"

// A note's text in lines of about equal length, about 60 columns at most: neither Mermaid nor
// PlantUML wraps by itself, and wiki columns are narrow.
QStringList noteLines(const QString &text);
// Tabs, newlines and other control characters as spaces: each would end a statement.
QString oneLine(const QString &text);

} // namespace FinAck
