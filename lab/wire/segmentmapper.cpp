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
        m_clientIsn.reset();
        m_serverIsn.reset();
        m_clientPort = 0;
    }
    m_serverPort = port;
}

void SegmentMapper::setClientPort(quint16 port)
{
    if (port != m_clientPort && m_clientPort != 0) {
        m_clientIsn.reset();
        m_serverIsn.reset();
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
        m_clientIsn.reset();
        m_serverIsn.reset();
    }
    if (clientPort != m_clientPort)
        return std::nullopt;

    std::optional<quint32> &senderIsn = from == Actor::Client ? m_clientIsn : m_serverIsn;
    std::optional<quint32> &receiverIsn = from == Actor::Client ? m_serverIsn : m_clientIsn;
    if (!senderIsn)
        senderIsn = (raw.flags & TcpFlag::Syn) ? raw.seq : raw.seq - 1; // without a SYN: as if just after it

    Segment s;
    s.tUs = raw.tUs;
    s.from = from;
    s.flags = raw.flags & (TcpFlag::Syn | TcpFlag::Ack | TcpFlag::Fin | TcpFlag::Rst | TcpFlag::Psh);
    s.seq = raw.seq - *senderIsn;
    if (raw.flags & TcpFlag::Ack) {
        if (!receiverIsn)
            receiverIsn = raw.ack - 1;
        s.ack = raw.ack - *receiverIsn;
    }
    s.len = raw.len;
    s.win = raw.win;
    s.source = SegmentSource::Captured;
    return s;
}

} // namespace FinAck
