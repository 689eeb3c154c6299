// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QtGlobal>
#include <optional>

namespace FinAck {

// What a process holds, read from /proc/<pid>: enough to see a long-lived lab leak descriptors or
// threads over many runs. Readable for one's own processes, also after the lab entered its private
// user namespace (it stays dumpable).
struct ProcessUsage {
    int descriptors = 0; // entries of /proc/<pid>/fd
    int threads = 0;     // Threads: of /proc/<pid>/status
    bool operator==(const ProcessUsage &) const = default;
};

// nullopt when the process is gone or /proc does not let us look.
std::optional<ProcessUsage> readProcessUsage(qint64 pid);

} // namespace FinAck
