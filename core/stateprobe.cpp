#include "stateprobe.h"

#include "tcpinfo.h"

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

bool StateProbe::probeBoth(Ports ports, const QList<SocketHandle> &clientFds, const QList<SocketHandle> &serverFds,
                           SideState *client, SideState *server, QString *error)
{
    if (ports.server == 0) {
        *client = fromDescriptors(clientFds);
        *server = fromDescriptors(serverFds);
        return true;
    }
    const auto rows = m_diag.sockets(ports.server);
    if (!rows) {
        if (error)
            *error = m_diag.errorString();
        return false;
    }
    std::optional<SocketInfo> clientRow, serverRow, listenerRow;
    for (const SocketInfo &row : *rows) {
        if (ports.client != 0 && row.localPort == ports.client && row.remotePort == ports.server)
            clientRow = row;
        else if (ports.client != 0 && row.localPort == ports.server && row.remotePort == ports.client)
            serverRow = row;
        else if (row.localPort == ports.server && row.state == TcpState::Listen)
            listenerRow = row;
    }
    *client = clientRow ? fromRow(*clientRow) : fromDescriptors(clientFds);
    if (serverRow)
        *server = fromRow(*serverRow);
    else if (ports.client == 0 && listenerRow)
        *server = fromRow(*listenerRow); // before a connection exists the server is its listener
    else
        *server = fromDescriptors(serverFds);
    client->descriptorOpen = client->descriptorOpen || !clientFds.isEmpty();
    server->descriptorOpen = server->descriptorOpen || !serverFds.isEmpty();
    return true;
}

} // namespace FinAck
