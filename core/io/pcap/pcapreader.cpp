// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/pcap/pcapreader.h"

#include "io/displaypath.h"
#include "io/pcap/relativenumbers.h"
#include "io/tracejson.h"
#include "model/statederiver.h"

#include <QFile>
#include <QFileInfo>

#include <pcap/pcap.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace FinAck {

namespace {

// FinAck shows one connection at a time and keeps only its segments, so memory does not grow
// with the packets; time does: a file of empty records (a sparse file after a pcap header) is
// read in seconds instead of forever.
constexpr qint64 kMaxPackets = 10'000'000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// libpcap's messages, on one line whatever the file put in them.
QString oneLine(const char *text)
{
    return QString::fromLocal8Bit(text).simplified();
}

struct PcapCloser {
    void operator()(pcap_t *p) const { pcap_close(p); }
};

// A garbage pcapng can claim any 64-bit time: pin it rather than overflow. Times before 1970 are
// pinned to it: a trace's times are never negative (docs/trace-format.md), and a trace made from
// a capture must save and read back.
qint64 timeUs(const timeval &ts)
{
    qint64 seconds = ts.tv_sec;
    // The pcap format stores seconds as unsigned 32 bits and libpcap reads them as signed ones:
    // a time after January 2038 comes out negative (found by fuzz_pcapreader).
    if (seconds < 0 && seconds >= std::numeric_limits<qint32>::min())
        seconds += qint64(1) << 32;
    qint64 us = 0;
    if (qMulOverflow(seconds, qint64(1000000), &us) || qAddOverflow(us, qint64(ts.tv_usec), &us))
        return seconds < 0 ? 0 : std::numeric_limits<qint64>::max();
    return std::max(us, qint64(0));
}

QString linkTypeName(int linkType)
{
    const char *name = pcap_datalink_val_to_name(linkType);
    return name ? QString::fromLatin1(name) : QString::number(linkType);
}

void appendDerived(Trace &trace, qint64 tUs, Actor actor, TcpState state)
{
    StateChange change;
    change.tUs = tUs;
    change.actor = actor;
    change.state = state;
    change.source = StateSource::Derived;
    trace.append(change);
}

// The deriver takes a segment as arrived when the capture saw it, which on loopback is true. But
// in a simultaneous close the two FINs cross: each side sent its FIN before the other's arrived,
// and the capture shows that only afterwards, in the peer's FIN not acknowledging ours. Taken
// in capture order, the peer would go CLOSE_WAIT -> LAST_ACK instead of FIN_WAIT_1 -> CLOSING.
// Returns the index of the peer's FIN when it was sent before the FIN at `fin` arrived (no peer
// segment in between acknowledges it), else -1. Looks ahead only as far as the peer's first
// acknowledgement of it, and is asked once per side: linear in the stream.
qsizetype crossingFin(const QList<RawSegment> &segments, qsizetype fin, const auto &sender)
{
    const RawSegment &ours = segments.at(fin);
    const Actor us = sender(ours);
    const quint32 finEnd = ours.seq + ours.len + 1 + ((ours.flags & TcpFlag::Syn) ? 1 : 0);
    for (qsizetype k = fin + 1; k < segments.size(); ++k) {
        const RawSegment &theirs = segments.at(k);
        if (sender(theirs) == us)
            continue;
        if (theirs.flags & TcpFlag::Rst)
            return -1;
        if ((theirs.flags & TcpFlag::Ack) && qint32(theirs.ack - finEnd) >= 0)
            return -1; // it had arrived
        if (theirs.flags & TcpFlag::Fin)
            return k;
    }
    return -1;
}

static_assert(TcpStreams::kMaxSegments < kMaxTraceEvents, "a stream FinAck keeps must fit in a trace, with its states");

} // namespace

bool PcapReader::open(const QString &path, QString *error, int keep)
{
    m_path = path;
    m_packets = 0;
    m_streams.clear(keep);

    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, tr("%1: no such file, expected a pcap or pcapng capture").arg(displayPath(path)));
    if (info.isDir())
        return fail(error, tr("%1: is a directory, expected a pcap or pcapng capture").arg(displayPath(path)));
    if (info.isFile() && info.size() == 0)
        return fail(error, tr("%1: empty file, expected a pcap or pcapng capture").arg(displayPath(path)));

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    // MICRO: a nanosecond file is scaled to the microseconds every FinAck time is in.
    std::unique_ptr<pcap_t, PcapCloser> pcap(
        pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(), PCAP_TSTAMP_PRECISION_MICRO, errbuf));
    if (!pcap)
        return fail(error, tr("%1: cannot be read as a pcap or pcapng capture: %2").arg(displayPath(path), oneLine(errbuf)));

    const int linkType = pcap_datalink(pcap.get());
    if (!isDecodableLinkType(linkType))
        return fail(error, tr("%1: link type %2 is not supported, expected Ethernet, BSD loopback, "
                              "Linux cooked (SLL, SLL2) or raw IP")
                               .arg(displayPath(path), linkTypeName(linkType)));

    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    int rc = 0;
    while ((rc = pcap_next_ex(pcap.get(), &header, &data)) == 1) {
        if (++m_packets > kMaxPackets) {
            m_streams.clear(keep);
            //: %1 the file; editcap and tcpdump are programs: keep their names and options
            return fail(error, tr("%1: more than %2 packets, expected a capture of at most %2 (cut it with editcap -r or tcpdump -c)")
                                   .arg(displayPath(path), QString::number(kMaxPackets)));
        }
        const auto segment = decodeFrame(linkType, data, header->caplen, timeUs(header->ts));
        if (segment && !m_streams.add(*segment)) {
            m_streams.clear(keep);
            //: %1 the file; tcpdump is a program, its filter syntax ("port N") is its own: keep them
            return fail(error, tr("%1: more than %2 TCP streams, expected a capture of at most %2 (keep one with tcpdump -r %1 -w "
                                  "OUT.pcap 'port N')")
                                   .arg(displayPath(path), QString::number(TcpStreams::kMaxStreams)));
        }
    }
    if (rc != PCAP_ERROR_BREAK) { // the end of an offline capture; anything else is an error
        const QString reason = oneLine(pcap_geterr(pcap.get()));
        m_streams.clear(keep);
        //: %1 the file, %2 libpcap's reason
        return fail(error,
                    tr("%1: corrupt or truncated after %n complete packets: %2", nullptr, int(m_packets)).arg(displayPath(path), reason));
    }
    if (m_packets == 0)
        return fail(error, tr("%1: the capture holds no packets, expected a TCP connection").arg(displayPath(path)));
    if (m_streams.size() == 0)
        return fail(error, tr("%1: none of its %n packets is an IPv4 TCP segment, expected a TCP "
                              "connection (IPv6 is not read)",
                              nullptr, int(m_packets))
                               .arg(displayPath(path)));
    return true;
}

Trace PcapReader::trace(int stream, QString *error)
{
    if (stream < 0 || stream >= m_streams.size()) {
        //: %1 the file, %2 the stream asked for, %3 how many the file holds
        fail(error, tr("%1: no stream %2, the capture holds %3").arg(displayPath(m_path)).arg(stream + 1).arg(m_streams.size()));
        return {};
    }
    const int count = m_streams.size();
    if (stream != m_streams.kept()) {
        if (!open(QString(m_path), error, stream))
            return {};
        if (m_streams.size() != count) { // the file changed between the two passes
            fail(error, tr("%1: changed while it was read, expected the same capture twice").arg(displayPath(m_path)));
            return {};
        }
    }
    const TcpStreamInfo &info = m_streams.infos().at(stream);
    if (info.segments > TcpStreams::kMaxSegments) {
        //: %1 the file, %2 the stream (from 1), %3 its segments, %4 the most FinAck shows; editcap and tcpdump are programs: keep them
        fail(error, tr("%1: stream %2 has %3 segments, at most %4 (cut it with editcap -r or tcpdump -c)")
                        .arg(displayPath(m_path), QString::number(stream + 1), QString::number(info.segments),
                             QString::number(TcpStreams::kMaxSegments)));
        return {};
    }
    Trace trace;
    const QString fileName = QFileInfo(m_path).fileName();
    trace.setScenarioId(kCaptureFileScenarioPrefix + fileName);
    // Made when the file is read, so in the reader's language (a trace saved from it keeps it).
    //: the title of a connection read from a capture file: "dump.pcap, stream 2 of 3: 10.0.0.1:40000 → 10.0.0.2:80"
    trace.setScenarioTitle(tr("%1, stream %2 of %3: %4 → %5")
                               .arg(fileName, QString::number(stream + 1), QString::number(m_streams.size()), info.client, info.server));
    TracePlatform platform;
    platform.network = kCaptureFileNetwork; // os and kernel: not in the file, left empty
    platform.segments = SegmentSource::Captured;
    trace.setPlatform(platform);
    trace.setEndpoint(Actor::Client, info.client);
    trace.setEndpoint(Actor::Server, info.server);
    trace.setOriginUs(info.firstUs);

    // Captures are in time order unless merged from several interfaces or the clock stepped; the
    // state machine must see the segments in the order they happened.
    const QList<RawSegment> &stored = m_streams.segments(stream);
    const auto earlier = [](const RawSegment &a, const RawSegment &b) { return a.tUs < b.tUs; };
    QList<RawSegment> sorted;
    if (!std::is_sorted(stored.cbegin(), stored.cend(), earlier)) {
        sorted = stored;
        std::stable_sort(sorted.begin(), sorted.end(), earlier);
    }
    const QList<RawSegment> &segments = sorted.isEmpty() ? stored : sorted;
    const RawSegment &first = segments.constFirst();

    Note note;
    note.tUs = info.firstUs;
    note.text = info.sawSyn ? tr("Read from the capture file %1: both sides' states are inferred from these segments "
                                 "(RFC 9293 state machine), not observed from a kernel.")
                                  .arg(fileName)
                            : tr("Read from the capture file %1: both sides' states are inferred from these segments "
                                 "(RFC 9293 state machine), not observed from a kernel. The capture starts mid-connection, after the "
                                 "handshake: both sides are assumed ESTABLISHED at its first segment.")
                                  .arg(fileName);
    StateDeriver deriver;
    const bool synAckFirst = (first.flags & (TcpFlag::Syn | TcpFlag::Ack)) == (TcpFlag::Syn | TcpFlag::Ack);
    trace.append(note);
    if (!info.sawSyn) {
        for (const Actor actor : {Actor::Client, Actor::Server}) {
            deriver.observe(actor, TcpState::Established);
            appendDerived(trace, info.firstUs, actor, TcpState::Established);
        }
    } else if (synAckFirst) {
        // The capture missed the SYN but the SYN|ACK answers it: the client had sent it.
        deriver.observe(Actor::Client, TcpState::SynSent);
        appendDerived(trace, info.firstUs, Actor::Client, TcpState::SynSent);
    }

    const quint32 clientAddr = m_streams.clientAddr(stream);
    const quint16 clientPort = m_streams.clientPort(stream);
    const auto sender = [&](const RawSegment &raw) {
        return raw.srcAddr == clientAddr && raw.srcPort == clientPort ? Actor::Client : Actor::Server;
    };
    RelativeNumbers numbers;
    bool finChecked[2] = {false, false}; // client, server: only a side's first FIN can cross
    std::optional<Segment> heldFin;      // a crossing FIN, not yet arrived at the peer
    qsizetype heldUntil = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment s = numbers.map(segments.at(i), sender(segments.at(i)));
        trace.append(s);
        Segment fed = s;
        bool &checked = finChecked[s.from == Actor::Client ? 0 : 1];
        if (s.has(TcpFlag::Fin) && !s.has(TcpFlag::Rst) && !checked) {
            checked = true;
            // While one is held, this is the FIN it crosses: it arrives as captured.
            if (!heldFin && (heldUntil = crossingFin(segments, i, sender)) >= 0) {
                heldFin = s;
                fed.dropped = true; // for now it changes its sender only
            }
        }
        for (const StateDeriver::Transition &t : deriver.feed(fed))
            appendDerived(trace, t.tUs, t.actor, t.state);
        if (i == heldUntil && heldFin) {
            // The peer has sent its own FIN; now the held one arrives (FIN_WAIT_1 -> CLOSING).
            heldFin->tUs = s.tUs;
            for (const StateDeriver::Transition &t : deriver.feed(*heldFin))
                appendDerived(trace, t.tUs, t.actor, t.state);
            heldFin.reset();
        }
    }
    if (trace.size() > kMaxTraceEvents) { // a stream of segments that each change a state
        //: %1 the file, %2 the stream (from 1), %3 the events its trace would hold, %4 the most a trace holds
        fail(error,
             tr("%1: stream %2 makes %3 events, at most %4 (cut it with editcap -r or tcpdump -c)")
                 .arg(displayPath(m_path), QString::number(stream + 1), QString::number(trace.size()), QString::number(kMaxTraceEvents)));
        return {};
    }
    return trace;
}

} // namespace FinAck
