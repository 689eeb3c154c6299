// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Runs a program the way a user would and measures it from outside: wall time from just before
// the spawn to its exit, and its peak resident memory as the kernel accounts it (wait4's
// ru_maxrss: the largest of the process and the children it waited for, e.g. finack and its lab).
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace FinAck::Bench {

struct ChildResult {
    double wallMs = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine.
qint64 monotonicNs();

// Starts `program` with `arguments`, the environment plus `environment` ("NAME=value"), stdout
// and stderr to /dev/null unless `output` names a file. Returns the pid, or -1.
pid_t spawn(const QString &program, const QStringList &arguments, const QStringList &environment = {}, const QString &output = {});

// Waits for a child from spawn(); wallMs counts from `startNs`.
ChildResult waitChild(pid_t pid, qint64 startNs);

ChildResult runChild(const QString &program, const QStringList &arguments, const QStringList &environment = {}, const QString &output = {});

// A field of /proc/<pid>/status in kB ("VmHWM", "VmRSS"); 0 when unreadable.
long procStatusKb(pid_t pid, const char *field);

} // namespace FinAck::Bench
