// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>

namespace FinAck {

// What a file given to FinAck is, told by its content rather than its name: a pcap or pcapng
// capture by its magic number, a scenario or a trace by the "format" of its JSON. Files are
// shared between students, and a trace saved as "scenario.json" must still open as a trace.
enum class FileKind { Scenario, Trace, Capture, Unknown };

// A broken file is still of the kind it looks like, so that its own loader says what is wrong with
// it: text that is not JSON but says "format": "finack-trace" (or "finack-scenario"), an object
// with another or no "format" but "events" (a trace) or "steps" (a scenario). Unknown when the
// file cannot be read or is none of these; the caller then falls back to a loader of its choice.
FileKind fileKind(const QString &path);

} // namespace FinAck
