// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/socketoptions.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <array>

namespace FinAck {

namespace {

constexpr std::array<KnownSocketOption, 7> kOptions{{
    {"SO_LINGER", SOL_SOCKET, SO_LINGER, "SOL_SOCKET", true},
    {"SO_REUSEADDR", SOL_SOCKET, SO_REUSEADDR, "SOL_SOCKET", false},
    {"SO_RCVBUF", SOL_SOCKET, SO_RCVBUF, "SOL_SOCKET", false},
    {"SO_SNDBUF", SOL_SOCKET, SO_SNDBUF, "SOL_SOCKET", false},
    {"SO_ERROR", SOL_SOCKET, SO_ERROR, "SOL_SOCKET", false},
    {"TCP_NODELAY", IPPROTO_TCP, TCP_NODELAY, "IPPROTO_TCP", false},
    {"TCP_USER_TIMEOUT", IPPROTO_TCP, TCP_USER_TIMEOUT, "IPPROTO_TCP", false},
}};

} // namespace

const KnownSocketOption *findSocketOption(const QString &name)
{
    for (const auto &o : kOptions) {
        if (name == QLatin1String(o.name))
            return &o;
    }
    return nullptr;
}

QString knownOptionName(int level, int option)
{
    for (const auto &o : kOptions) {
        if (o.level == level && o.option == option)
            return QLatin1String(o.name);
    }
    return {};
}

} // namespace FinAck
