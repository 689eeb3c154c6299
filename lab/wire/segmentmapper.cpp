// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "wire/segmentmapper.h"

namespace FinAck {

void SegmentMapper::reset(quint16 serverPort)
{
    *this = {};
    m_serverPort = serverPort;
}

void SegmentMapper::setServerPort(quint16 port)
{
    if (port != m_serverPort) {
        m_numbers.reset();
        m_clientPort = 0;
    }
    m_serverPort = port;
}

void SegmentMapper::setClientPort(quint16 port)
{
    if (port != m_clientPort && m_clientPort != 0) {
        m_numbers.reset();
    }
    m_clientPort = port;
}

std::optional<Segment> SegmentMapper::map(const RawSegment &raw)
{
    constexpr quint32 loopback = 0x7f000001;
    if (m_serverPort == 0 || raw.srcAddr != loopback || raw.dstAddr != loopback)
        return std::nullopt;
    Actor from = Actor::Client;
    quint16 clientPort = 0;
    if (raw.dstPort == m_serverPort) {
        from = Actor::Client;
        clientPort = raw.srcPort;
    } else if (raw.srcPort == m_serverPort) {
        from = Actor::Server;
        clientPort = raw.dstPort;
    } else {
        return std::nullopt;
    }
    // The client's port is learned from its SYN when the capture sees it before connect() returns.
    if (from == Actor::Client && (raw.flags & TcpFlag::Syn) && !(raw.flags & TcpFlag::Ack) && clientPort != m_clientPort) {
        // A new connection to the same server port (a second client, a reconnect).
        m_clientPort = clientPort;
        m_numbers.reset();
    }
    if (clientPort != m_clientPort)
        return std::nullopt;

    return m_numbers.map(raw, from);
}

} // namespace FinAck
