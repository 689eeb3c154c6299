// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <optional>

namespace FinAck {

// RFC 9293 connection states, plus Closed for "no connection any more" (the socket is gone from
// the kernel's tables, or an open descriptor reports TCP_CLOSE).
enum class TcpState {
    Closed,
    Listen,
    SynSent,
    SynRecv,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

// Names as the trace format and netstat/ss users know them: "FIN_WAIT_1", "TIME_WAIT", ...
QString tcpStateName(TcpState state);
std::optional<TcpState> tcpStateFromName(const QString &name);

// Linux's numbering in <netinet/tcp.h> (TCP_ESTABLISHED = 1 ... TCP_CLOSING = 11), as reported by
// TCP_INFO and sock_diag. Values Linux has that RFC 9293 does not (TCP_NEW_SYN_RECV) map to SynRecv.
std::optional<TcpState> tcpStateFromLinux(int linuxState);

// True while a FIN or SYN of this side may still be waiting for its ACK.
bool isHandshaking(TcpState state);

} // namespace FinAck
