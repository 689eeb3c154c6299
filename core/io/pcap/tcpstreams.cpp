// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/pcap/tcpstreams.h"

#include "model/traceevent.h"

#include <QCoreApplication>
#include <QStringList>

namespace FinAck {

QString TcpStreamInfo::description() const
{
    // Two numerus texts rather than one "%n segment(s)": English reads right with no translator
    // installed, and a language with one form translates both alike.
    const int n = int(segments);
    const QString count = n == 1 ? QCoreApplication::translate("FinAck::TcpStreams", "%n segment", nullptr, n)
                                 : QCoreApplication::translate("FinAck::TcpStreams", "%n segments", nullptr, n);
    QString text = QStringLiteral("%1 → %2, %3").arg(client, server, count);
    QStringList flags;
    if (sawFin)
        flags << QStringLiteral("FIN");
    if (sawRst)
        flags << QStringLiteral("RST");
    if (!flags.isEmpty())
        text += QStringLiteral(", ") + flags.join(QLatin1Char(' '));
    if (!sawSyn)
        //: a capture stream whose handshake is not in the file
        text += QStringLiteral(", ") + QCoreApplication::translate("FinAck::TcpStreams", "starts mid-connection");
    return text;
}

QString TcpStreams::endpointText(quint32 addr, quint16 port)
{
    return QStringLiteral("%1.%2.%3.%4:%5").arg(addr >> 24).arg((addr >> 16) & 0xff).arg((addr >> 8) & 0xff).arg(addr & 0xff).arg(port);
}

void TcpStreams::clear(int kept)
{
    m_latest.clear();
    m_streams.clear();
    m_infos.clear();
    m_kept = kept;
}

const QList<RawSegment> &TcpStreams::segments(int stream) const
{
    static const QList<RawSegment> none;
    return stream == m_kept && stream < size() ? m_streams.at(stream).segments : none;
}

TcpStreams::FlowKey TcpStreams::keyOf(const RawSegment &s)
{
    // The same key for both directions: the lower endpoint first.
    const bool srcFirst = s.srcAddr < s.dstAddr || (s.srcAddr == s.dstAddr && s.srcPort <= s.dstPort);
    if (srcFirst)
        return FlowKey{s.srcAddr, s.dstAddr, s.srcPort, s.dstPort};
    return FlowKey{s.dstAddr, s.srcAddr, s.dstPort, s.srcPort};
}

bool TcpStreams::startsNewStream(const Stream &stream, const RawSegment &s) const
{
    const bool pureSyn = (s.flags & (TcpFlag::Syn | TcpFlag::Ack)) == TcpFlag::Syn;
    if (!pureSyn)
        return false;
    if (stream.ended())
        return true;
    // Still open as far as the capture shows: a retransmitted SYN belongs to it, and so does the
    // server's SYN of a simultaneous open. A client SYN with a new sequence number is a new
    // connection whose predecessor's end was not captured.
    const bool fromClient = s.srcAddr == stream.clientAddr && s.srcPort == stream.clientPort;
    return fromClient && stream.clientSynSeq && *stream.clientSynSeq != s.seq;
}

int TcpStreams::open(const RawSegment &first)
{
    // A SYN|ACK first means the capture missed the SYN: the one it answers is the client.
    const bool synAck = (first.flags & (TcpFlag::Syn | TcpFlag::Ack)) == (TcpFlag::Syn | TcpFlag::Ack);
    Stream stream;
    stream.clientAddr = synAck ? first.dstAddr : first.srcAddr;
    stream.clientPort = synAck ? first.dstPort : first.srcPort;
    TcpStreamInfo info;
    info.client = endpointText(stream.clientAddr, stream.clientPort);
    info.server = synAck ? endpointText(first.srcAddr, first.srcPort) : endpointText(first.dstAddr, first.dstPort);
    info.sawSyn = (first.flags & TcpFlag::Syn) != 0;
    info.firstUs = info.lastUs = first.tUs;
    m_streams.append(std::move(stream));
    m_infos.append(std::move(info));
    return int(m_streams.size()) - 1;
}

bool TcpStreams::add(const RawSegment &s)
{
    const FlowKey key = keyOf(s);
    const auto latest = m_latest.constFind(key);
    int index = 0;
    if (latest == m_latest.constEnd() || startsNewStream(m_streams.at(*latest), s)) {
        if (size() >= kMaxStreams)
            return false;
        index = open(s);
        m_latest.insert(key, index);
    } else {
        index = *latest;
    }
    Stream &stream = m_streams[index];
    TcpStreamInfo &info = m_infos[index];
    const bool fromClient = s.srcAddr == stream.clientAddr && s.srcPort == stream.clientPort;
    if ((s.flags & (TcpFlag::Syn | TcpFlag::Ack)) == TcpFlag::Syn && fromClient && !stream.clientSynSeq)
        stream.clientSynSeq = s.seq;
    if (s.flags & TcpFlag::Fin) {
        (fromClient ? stream.clientFin : stream.serverFin) = true;
        info.sawFin = true;
    }
    if (s.flags & TcpFlag::Rst) {
        stream.rst = true;
        info.sawRst = true;
    }
    if (index == m_kept && stream.segments.size() < kMaxSegments)
        stream.segments.append(s);
    ++info.segments;
    info.firstUs = qMin(info.firstUs, s.tUs);
    info.lastUs = qMax(info.lastUs, s.tUs);
    return true;
}

} // namespace FinAck
