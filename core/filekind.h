#pragma once

#include <QString>

namespace FinAck {

// What a file given to FinAck is, told by its content rather than its name: a pcap or pcapng
// capture by its magic number, a scenario or a trace by the "format" of its JSON. Files are
// shared between students, and a trace saved as "scenario.json" must still open as a trace.
enum class FileKind { Scenario, Trace, Capture, Unknown };

// Unknown when the file cannot be read or is none of these; the loader of the kind the caller
// falls back to then gives the detailed reason.
FileKind fileKind(const QString &path);

} // namespace FinAck
