// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "kernel/sockdiag.h"
#include "model/actor.h"
#include "model/tcpstate.h"
#include "sockets/socketapi.h"

#include <QList>
#include <QString>
#include <optional>

namespace FinAck {

// What the kernel says about one side of the connection right now.
struct SideState {
    TcpState state = TcpState::Closed;
    bool inTable = false;        // sock_diag lists it (false: gone, or CLOSE behind an open fd)
    bool descriptorOpen = false; // the actor still holds a descriptor for it
    std::optional<qint64> timerMs;
    qint64 recvQ = 0;
    qint64 sendQ = 0;
    quint32 unacked = 0; // segments in flight, from tcp_info

    // Same state and queues: nothing worth a new state event.
    bool sameAs(const SideState &o) const { return state == o.state && recvQ == o.recvQ && sendQ == o.sendQ; }
};

// Reads both sides' state of one connection, identified by its port pair on 127.0.0.1.
//
// The kernel tells it two ways, and neither alone is the truth. sock_diag (INET_DIAG) lists every
// socket, including the ones whose descriptor is closed (FIN_WAIT_2, TIME_WAIT with its timer),
// but never a socket in CLOSE. TCP_INFO on an open descriptor reports CLOSE after an RST, and
// also CLOSE for a connection that went on into TIME_WAIT while its descriptor stayed open (the
// kernel moved the connection to a TIME_WAIT mini-socket). So: a sock_diag row wins; without one
// the side is CLOSED, with TCP_INFO adding what an open descriptor still knows.
class StateProbe
{
public:
    struct Ports {
        quint16 server = 0; // the listener's port
        quint16 client = 0; // the client's port, 0 until it has connected
    };

    bool isAvailable() const { return m_diag.isOpen(); }
    QString errorString() const { return m_diag.errorString(); }

    // Both sides: the listener from a dump while only the server's port is known, then each end
    // by the kernel's exact lookup of the port pair. The descriptor lists hold what each actor
    // has open on this connection (not the listener). false (and *error) if the kernel could not
    // be asked; an end the kernel does not know is an answer, not a failure.
    bool probeBoth(Ports ports, const QList<SocketHandle> &clientFds, const QList<SocketHandle> &serverFds, SideState *client,
                   SideState *server, QString *error);

private:
    static SideState fromRow(const SocketInfo &row);
    static SideState fromDescriptors(const QList<SocketHandle> &descriptors);
    bool failed(QString *error) const;

    SockDiag m_diag;
};

} // namespace FinAck
