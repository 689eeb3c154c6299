// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/pcap/packetdecoder.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace FinAck {

// One TCP connection found in a capture file, as a chooser lists it.
struct TcpStreamInfo {
    QString client; // "10.0.0.1:40000": the side that sent the SYN (or the first sender when the capture starts mid-connection)
    QString server;
    int segments = 0;
    qint64 firstUs = 0, lastUs = 0; // absolute capture time
    bool sawSyn = false;            // the stream starts with a SYN or SYN|ACK; else the capture starts mid-connection
    bool sawFin = false;
    bool sawRst = false;
    QString description() const; // one line for a chooser: "10.0.0.1:40000 → 10.0.0.2:80, 12 segments, FIN RST"
};

// Sorts a capture's TCP segments into connections. A connection is a 4-tuple, until a pure SYN
// shows that a new one reuses it: after the old one ended (both FINs or an RST), or from the
// client with a sequence number other than its first SYN's (a retransmitted SYN has the same).
// Every stream is counted (TcpStreamInfo, a few hundred bytes); the RawSegments themselves (40
// bytes each) are stored for one chosen stream only, so memory follows what is shown, not the
// file: a ten-million-packet capture of one connection costs what its first kMaxSegments do.
class TcpStreams
{
public:
    // Limits (docs/limits.md): a scan of a whole network is millions of one-SYN "streams".
    static constexpr int kMaxStreams = 100'000;
    // Stored for the kept stream; more is counted only (a trace holds kMaxTraceEvents at most).
    static constexpr int kMaxSegments = 100'000;

    // Forgets everything; from now on the segments of stream `kept` (numbered from 0 in the
    // order the streams start) are stored.
    void clear(int kept = 0);
    // false, having stored nothing, when the segment would start stream number kMaxStreams + 1.
    bool add(const RawSegment &segment);

    int size() const { return int(m_infos.size()); }
    int kept() const { return m_kept; }
    const QList<TcpStreamInfo> &infos() const { return m_infos; }
    // The kept stream's segments in capture order (its first kMaxSegments; infos() counts them
    // all); empty for any other stream. The client's address and port, of every stream.
    const QList<RawSegment> &segments(int stream) const;
    quint32 clientAddr(int stream) const { return m_streams.at(stream).clientAddr; }
    quint16 clientPort(int stream) const { return m_streams.at(stream).clientPort; }

    static QString endpointText(quint32 addr, quint16 port);

private:
    struct FlowKey {
        quint32 addrA = 0, addrB = 0;
        quint16 portA = 0, portB = 0;
        friend bool operator==(const FlowKey &, const FlowKey &) = default;
        friend size_t qHash(const FlowKey &k, size_t seed = 0) { return qHashMulti(seed, k.addrA, k.addrB, k.portA, k.portB); }
    };
    struct Stream {
        quint32 clientAddr = 0;
        quint16 clientPort = 0;
        std::optional<quint32> clientSynSeq;
        bool clientFin = false, serverFin = false, rst = false;
        QList<RawSegment> segments;
        bool ended() const { return rst || (clientFin && serverFin); }
    };
    static FlowKey keyOf(const RawSegment &s);
    bool startsNewStream(const Stream &stream, const RawSegment &s) const;
    int open(const RawSegment &first);

    QHash<FlowKey, int> m_latest; // each 4-tuple's newest stream
    QList<Stream> m_streams;
    QList<TcpStreamInfo> m_infos;
    int m_kept = 0;
};

} // namespace FinAck
