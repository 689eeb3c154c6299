// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QString>

namespace FinAck {

// A trace as a plain-text table for the terminal: one line per event, lab time in milliseconds
// (Trace::labTimeUs: the waits for a step command left out), the actor, then the call and its
// result, the segment, or the state.
QString traceTable(const Trace &trace);

// "QAbstractSocket::RemoteHostClosedError" -> "RemoteHostClosedError": the enum's scope is a
// column's worth of prefix where space is short (tables, the diagram); tooltips keep it.
QString shortQtName(const QString &name);

// One line of that table: the time shown (µs), actor (or "wire"), event.
QString traceRow(const TraceEvent &event, qint64 shownUs);

// One event's text without time and actor: "send(5, "hello", 5, MSG_NOSIGNAL) = 5",
// "FIN|ACK seq=6 ack=1 len=0 win=512 (captured)", "state FIN_WAIT_2 (observed)".
QString eventText(const TraceEvent &event);

} // namespace FinAck
