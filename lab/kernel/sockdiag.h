// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/tcpstate.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

struct mnl_socket;

namespace FinAck {

// One row of the kernel's TCP socket table, as sock_diag reports it.
struct SocketInfo {
    quint32 localAddr = 0, remoteAddr = 0; // IPv4, host byte order
    quint16 localPort = 0, remotePort = 0; // host byte order
    TcpState state = TcpState::Closed;
    int timer = 0;           // idiag_timer: 0 none, 1 retransmit, 2 keepalive, 3 TIME_WAIT, 4 zero-window probe
    qint64 timerMs = 0;      // idiag_expires: ms until that timer fires
    quint32 retransmits = 0; // idiag_retrans
    // idiag_rqueue / idiag_wqueue; for LISTEN: accept backlog and its limit. Sequence space, not
    // bytes: a received FIN the application has not yet read as EOF counts 1 (CLOSE_WAIT shows
    // recvQ 1 with no data pending), unlike SIOCINQ on the descriptor, which leaves it out.
    quint32 recvQ = 0, sendQ = 0;
    // Both 0 for TIME_WAIT and orphaned FIN_WAIT_2 rows: Linux keeps those as minimal
    // "timewait" entries (timer 3, counting down tcp_fin_timeout for FIN_WAIT_2) with no owner.
    quint32 uid = 0;
    quint64 inode = 0;
    bool hasTcpInfo = false; // INET_DIAG_INFO present (absent for TIME_WAIT and request sockets)
    quint32 unacked = 0;     // tcpi_unacked: segments sent and not yet acknowledged (0 for LISTEN)
    quint32 lost = 0;        // tcpi_lost
    quint32 tcpRetrans = 0;  // tcpi_total_retrans
};

// Reads the kernel's TCP socket table through NETLINK_SOCK_DIAG. Unlike TCP_INFO on a descriptor
// it still sees a connection after close(): orphaned FIN_WAIT_2, LAST_ACK, TIME_WAIT with its
// timer. Polled every few milliseconds while a step settles, so the netlink socket and the
// receive buffer live as long as the object and a query allocates only its result list.
class SockDiag
{
public:
    SockDiag();
    ~SockDiag();
    Q_DISABLE_COPY_MOVE(SockDiag)

    bool isOpen() const;
    QString errorString() const;

    // Every IPv4 TCP socket, in any state, whose local or remote port equals `port`.
    // std::nullopt (and errorString()) on failure.
    std::optional<QList<SocketInfo>> sockets(quint16 port);

    // The one connection end 127.0.0.1:localPort <-> 127.0.0.1:remotePort, by the kernel's exact
    // lookup instead of a dump: a hash probe of a few microseconds where a dump walks the whole
    // table. Outer std::nullopt: the query failed (errorString()). Inner std::nullopt: no such
    // socket (the kernel answers ENOENT), the normal answer for a connection that is gone or in
    // CLOSE. The row is the same, field for field, as the dump's for that socket, and it shows one
    // moment: the kernel fills a row without the socket's lock, so find() asks until two lookups
    // read the same state (three for an end that reads as gone).
    //
    // Checked on Linux 6.18: the lookup is the one for an arriving segment, so it finds every
    // socket in the connection hash, which is every state a dump lists for a connection:
    // SYN_SENT, request sockets (SYN_RECV, no TCP_INFO), ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2,
    // CLOSE_WAIT, LAST_ACK, orphans among them, and the timewait entries (TIME_WAIT and orphaned
    // FIN_WAIT_2, timer 3). Like that segment lookup it then falls back to a listener on
    // localPort, which is not the connection asked for and is answered as "no such socket". The
    // only rows a dump has that find() never returns are a listener's own and an explicitly
    // bound, never connected socket (CLOSE, no remote end), neither of them a connection end.
    std::optional<std::optional<SocketInfo>> find(quint16 localPort, quint16 remotePort);

private:
    bool open();
    void close();
    void reopen();
    void buildDumpRequest(quint16 port);
    void buildLookupRequest(quint16 localPort, quint16 remotePort);
    int query(QList<SocketInfo> &out); // 0, or the errno that made it fail
    // One lookup of find()'s, answered as find() answers; a listener the kernel falls back to is no row.
    std::optional<std::optional<SocketInfo>> lookup(quint16 localPort, quint16 remotePort);

    mnl_socket *m_socket = nullptr;
    unsigned int m_portId = 0;
    unsigned int m_seq = 0;
    std::unique_ptr<char[]> m_buffer;
    size_t m_bufferSize = 0;
    QString m_error;
};

} // namespace FinAck
