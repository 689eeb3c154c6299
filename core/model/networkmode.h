// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <optional>

namespace FinAck {

// Where a run's sockets live. Private: the lab's own network namespace, where faults and kernel
// settings may change (the default when the kernel allows it). Host: the machine's loopback,
// with those limits (core/networknotice says which). Auto: private if possible, else host. The
// names are the command line's (--network) and the trace's (platform.network).
enum class NetworkMode { Auto, Private, Host };

inline QString networkModeName(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::Auto: return QStringLiteral("auto");
    case NetworkMode::Private: return QStringLiteral("private");
    case NetworkMode::Host: return QStringLiteral("host");
    }
    return {};
}

inline std::optional<NetworkMode> networkModeFromName(const QString &name)
{
    for (const NetworkMode mode : {NetworkMode::Auto, NetworkMode::Private, NetworkMode::Host}) {
        if (name == networkModeName(mode))
            return mode;
    }
    return std::nullopt;
}

// What a trace made from a capture file says for platform().network: no FinAck run, no kernel.
inline const QString kCaptureFileNetwork = QStringLiteral("capture file");

} // namespace FinAck
