// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/tcpstate.h"

#include <QtGlobal>

#include <optional>

namespace FinAck {

// What the kernel says about a TCP socket through its own descriptor. Only valid while the
// application still holds the fd; once the connection reaches TIME_WAIT or is reset, the
// descriptor's socket reports CLOSED and the connection itself lives on (or not) elsewhere,
// which is what SockDiag sees.
struct FdTcpInfo {
    TcpState state = TcpState::Closed;
    quint32 unacked = 0; // tcpi_unacked: segments sent and not yet acknowledged (0 for LISTEN)
    qint64 recvQ = 0;    // SIOCINQ: bytes received, not yet read (LISTEN: accept backlog)
    qint64 sendQ = 0;    // SIOCOUTQ: bytes written, not yet acknowledged (LISTEN: backlog limit)
};

// getsockopt(TCP_INFO) for the state, ioctl(SIOCINQ/SIOCOUTQ) for the queues.
// std::nullopt when fd is not an open TCP socket.
std::optional<FdTcpInfo> readTcpInfo(int fd);

} // namespace FinAck
