// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "kernel/tcpinfo.h"

#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <cstddef>

namespace FinAck {

std::optional<FdTcpInfo> readTcpInfo(int fd)
{
    // TCP_INFO succeeding is itself the test for "an open TCP socket": a closed fd gives EBADF,
    // a pipe ENOTSOCK, UDP, raw and Unix sockets reject the SOL_TCP level.
    tcp_info info{};
    socklen_t len = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0 || len < offsetof(tcp_info, tcpi_unacked) + sizeof info.tcpi_unacked)
        return std::nullopt;

    FdTcpInfo result;
    result.state = tcpStateFromLinux(info.tcpi_state).value_or(TcpState::Closed);
    if (result.state == TcpState::Listen) {
        // The queue ioctls refuse a listener (EINVAL); TCP_INFO reuses two fields for the accept
        // queue instead, the same figures ss and sock_diag show as Recv-Q / Send-Q.
        result.recvQ = info.tcpi_unacked;
        result.sendQ = info.tcpi_sacked;
        return result;
    }
    result.unacked = info.tcpi_unacked;
    int bytes = 0;
    if (ioctl(fd, SIOCINQ, &bytes) == 0)
        result.recvQ = bytes;
    if (ioctl(fd, SIOCOUTQ, &bytes) == 0)
        result.sendQ = bytes;
    return result;
}

} // namespace FinAck
