// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/processusage.h"

#include <QDir>
#include <QFile>

namespace FinAck {

std::optional<ProcessUsage> readProcessUsage(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    const QString base = QStringLiteral("/proc/%1/").arg(pid);
    QDir fds(base + QStringLiteral("fd"));
    if (!fds.exists() || !fds.isReadable())
        return std::nullopt;
    ProcessUsage usage;
    // The listing is the other process's table; reading it opens no descriptor there.
    usage.descriptors = int(fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());

    QFile status(base + QStringLiteral("status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Threads:")) {
            bool ok = false;
            usage.threads = line.mid(8).trimmed().toInt(&ok);
            if (!ok)
                return std::nullopt;
            return usage;
        }
    }
    return std::nullopt;
}

} // namespace FinAck
