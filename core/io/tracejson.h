// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace FinAck {

// The trace file format, "finack-trace" (docs/trace-format.md). Other tools read these files,
// so the field names are a contract: change them only with a new version number. Version 2 adds
// the "signal" kind (the Qt client's signals); a trace without signals is written as version 1,
// so that FinAcks that read version 1 only still read every trace of the POSIX client.
inline constexpr int kTraceFormatVersion = 2;
inline constexpr int kSignalFormatVersion = 2;

// What a trace may hold (docs/limits.md). A run of a scenario is hundreds of events, a capture's
// stream rarely tens of thousands; these only keep memory bounded (under 1 GB for anything
// accepted, docs/performance.md). The file is refused by its size before it is parsed, the
// events by their count before they are built. The longest capture stream FinAck shows
// (TcpStreams::kMaxSegments, 100,000) fits with its states and note.
inline constexpr qint64 kMaxTraceFileBytes = qint64(32) * 1024 * 1024;
inline constexpr int kMaxTraceEvents = 120'000;

// The whole file: indented header, one event per line so that two runs diff line by line.
QByteArray toJson(const Trace &trace);
// Writes atomically (OutputFile): a crash mid-save never leaves half a trace behind, and another
// user's link in the path's place is refused, never followed.
bool saveTrace(const Trace &trace, const QString &path, QString *error = nullptr);

// On failure, *error is ONE line: "<sourceName>: <json path>: expected ..., got ...", or
// "<sourceName>: line L, column C: JSON parse error: ..." for text that is not JSON at all.
std::optional<Trace> traceFromJson(const QByteArray &json, const QString &sourceName, QString *error = nullptr);
std::optional<Trace> loadTrace(const QString &path, QString *error = nullptr);

// One event, exactly as in the "events" array. The lab streams these, one per line.
QJsonObject eventToJson(const TraceEvent &event);
QByteArray eventToJsonLine(const TraceEvent &event); // compact, no trailing newline
// `path` names the value in messages ("events[3]"); *error is "<path>.<field>: expected ...".
// Times are taken as they are (relative); time order is the caller's business.
std::optional<TraceEvent> eventFromJson(const QJsonValue &value, const QString &path, QString *error = nullptr);

} // namespace FinAck
