// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace FinAck {

// What a student is told when the lab runs on the computer's own network instead of its private
// namespace: why (asked for, or what the kernel refused and which setting made it refuse), what
// that limits (faults, capture, raw socket options), and how the distribution allows it. The
// window shows it as a lasting banner, `finack run` as a line before the table.
class NetworkNotice
{
    Q_DECLARE_TR_FUNCTIONS(NetworkNotice)

public:
    // Empty when `network` is "private". `fallbackReason` is the lab's (LabClient): empty when
    // the host network was asked for. `procSys` is where the kernel's settings are read
    // (/proc/sys; a test points it at a folder of its own).
    static QString text(const QString &network, const QString &fallbackReason, const QString &procSys = QStringLiteral("/proc/sys"));

    // Which kernel setting keeps unprivileged user namespaces from an ordinary program, with the
    // way to allow them, as one sentence; empty when none of those FinAck knows is set.
    static QString restriction(const QString &procSys = QStringLiteral("/proc/sys"));
};

} // namespace FinAck
