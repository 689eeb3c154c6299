// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "kernel/stateprobe.h"

#include "kernel/tcpinfo.h"

namespace FinAck {

SideState StateProbe::fromRow(const SocketInfo &row)
{
    SideState s;
    s.state = row.state;
    s.inTable = true;
    if (row.timer != 0)
        s.timerMs = row.timerMs;
    if (row.state != TcpState::Listen) {
        s.recvQ = row.recvQ;
        s.sendQ = row.sendQ;
    }
    s.unacked = row.hasTcpInfo ? row.unacked : 0;
    return s;
}

SideState StateProbe::fromDescriptors(const QList<SocketHandle> &descriptors)
{
    SideState s; // CLOSED unless an open descriptor says more
    for (SocketHandle fd : descriptors) {
        if (const auto info = readTcpInfo(int(fd))) {
            s.state = info->state;
            s.descriptorOpen = true;
            s.recvQ = info->recvQ;
            s.sendQ = info->sendQ;
            s.unacked = info->unacked;
            break;
        }
    }
    return s;
}

// Two exact lookups once the connection's port pair is known: a few microseconds each, where
// the dump walks the kernel's whole connection table on every 2 ms poll (~0.3-0.7 ms). The
// lookup finds every state the dump would show for either end (see SockDiag::find), so the
// rules below do not change with the way of asking.
bool StateProbe::probeBoth(Ports ports, const QList<SocketHandle> &clientFds, const QList<SocketHandle> &serverFds, SideState *client,
                           SideState *server, QString *error)
{
    if (ports.server == 0) {
        *client = fromDescriptors(clientFds);
        *server = fromDescriptors(serverFds);
        return true;
    }
    std::optional<SocketInfo> clientRow, serverRow;
    if (ports.client == 0) {
        // Before a connection exists the server is its listener, which only the dump lists.
        const auto rows = m_diag.sockets(ports.server);
        if (!rows)
            return failed(error);
        for (const SocketInfo &row : *rows) {
            if (row.localPort == ports.server && row.state == TcpState::Listen)
                serverRow = row;
        }
    } else {
        const auto clientEnd = m_diag.find(ports.client, ports.server);
        if (!clientEnd)
            return failed(error);
        const auto serverEnd = m_diag.find(ports.server, ports.client);
        if (!serverEnd)
            return failed(error);
        clientRow = *clientEnd;
        serverRow = *serverEnd;
    }
    *client = clientRow ? fromRow(*clientRow) : fromDescriptors(clientFds);
    *server = serverRow ? fromRow(*serverRow) : fromDescriptors(serverFds);
    client->descriptorOpen = client->descriptorOpen || !clientFds.isEmpty();
    server->descriptorOpen = server->descriptorOpen || !serverFds.isEmpty();
    return true;
}

bool StateProbe::failed(QString *error) const
{
    if (error)
        *error = m_diag.errorString();
    return false;
}

} // namespace FinAck
