// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/pcap/pcapwriter.h"

#include "io/displaypath.h"
#include "io/outputfile.h"
#include "model/errnonames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtEndian>

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <unistd.h>

namespace FinAck {

namespace {

constexpr quint8 kIpProtoTcp = 6;
constexpr quint8 kTtl = 64; // Linux's default
constexpr quint16 kDontFragment = 0x4000;
constexpr quint32 kMaxPayload = 0xffff - kPcapHeaderBytes; // the IPv4 total length is 16 bits

struct Endpoint {
    quint32 addr = 0; // host byte order
    quint16 port = 0;
};

std::optional<Endpoint> parseEndpoint(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (!ok || port > 0xffff || !address.setAddress(text.left(colon)) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return Endpoint{address.toIPv4Address(), quint16(port)};
}

// RFC 791's header checksum: the one's complement of the one's complement sum of the 16-bit words.
quint16 ipChecksum(const uchar *header, int length)
{
    quint32 sum = 0;
    for (int i = 0; i + 1 < length; i += 2)
        sum += quint32(header[i]) << 8 | header[i + 1];
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

// The two headers of one segment, in network byte order.
void buildHeaders(uchar *p, const Segment &s, const Endpoint &src, const Endpoint &dst, quint16 ipId, quint32 srcIsn, quint32 dstIsn)
{
    std::fill(p, p + kPcapHeaderBytes, uchar(0));
    p[0] = 0x45; // version 4, 5 words of header
    qToBigEndian(quint16(kPcapHeaderBytes + s.len), p + 2);
    qToBigEndian(ipId, p + 4);
    qToBigEndian(kDontFragment, p + 6);
    p[8] = kTtl;
    p[9] = kIpProtoTcp;
    qToBigEndian(src.addr, p + 12);
    qToBigEndian(dst.addr, p + 16);
    qToBigEndian(ipChecksum(p, 20), p + 10);

    uchar *tcp = p + 20;
    qToBigEndian(src.port, tcp);
    qToBigEndian(dst.port, tcp + 2);
    qToBigEndian(quint32(srcIsn + s.seq), tcp + 4);
    qToBigEndian(s.has(TcpFlag::Ack) ? quint32(dstIsn + s.ack) : quint32(0), tcp + 8);
    tcp[12] = 5 << 4; // 5 words of header: the trace kept no options
    tcp[13] = s.flags;
    qToBigEndian(quint16(qMin<quint32>(s.win, 0xffff)), tcp + 14);
    // Checksum (16) and urgent pointer (18) stay 0.
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

struct PcapCloser {
    void operator()(pcap_t *p) const { pcap_close(p); }
};
struct DumperCloser {
    void operator()(pcap_dumper_t *d) const { pcap_dump_close(d); }
};

} // namespace

bool writePcap(const Trace &trace, const QString &path, QString *error)
{
    QList<Segment> captured;
    for (const Segment &s : trace.segments()) {
        if (s.source == SegmentSource::Captured)
            captured << s;
    }
    if (captured.isEmpty()) {
        if (trace.platform().segments == SegmentSource::Inferred)
            return fail(error, QCoreApplication::translate("FinAck::PcapWriter",
                                                           "%1: not written: this trace's segments were inferred from the "
                                                           "sockets' states, not captured, and a capture file must hold only "
                                                           "what was on the wire")
                                   .arg(displayPath(path)));
        return fail(error, QCoreApplication::translate("FinAck::PcapWriter", "%1: not written: the trace has no captured segments")
                               .arg(displayPath(path)));
    }
    const std::optional<Endpoint> client = parseEndpoint(trace.endpoint(Actor::Client));
    const std::optional<Endpoint> server = parseEndpoint(trace.endpoint(Actor::Server));
    if (!client || !server)
        return fail(error, QCoreApplication::translate("FinAck::PcapWriter",
                                                       "%1: not written: the trace's endpoints (\"%2\", \"%3\") are not both IPv4:PORT")
                               .arg(displayPath(path), trace.endpoint(Actor::Client), trace.endpoint(Actor::Server)));
    for (const Segment &s : std::as_const(captured)) {
        if (s.len > kMaxPayload)
            return fail(error, QCoreApplication::translate("FinAck::PcapWriter",
                                                           "%1: not written: a segment at t=%2 µs carries %3 bytes, more than one "
                                                           "IPv4 packet can")
                                   .arg(displayPath(path), QString::number(s.tUs), QString::number(s.len)));
    }

    OutputFile file(path);
    if (!file.open())
        return fail(error,
                    QCoreApplication::translate("FinAck::PcapWriter", "%1: cannot write: %2").arg(displayPath(path), file.errorString()));
    // libpcap writes through a FILE*; a duplicate of the OutputFile's descriptor keeps the
    // temporary file and the rename in OutputFile's hands.
    const int fd = ::dup(file.device().handle());
    FILE *stream = fd >= 0 ? ::fdopen(fd, "wb") : nullptr;
    if (!stream) {
        if (fd >= 0)
            ::close(fd);
        return fail(error,
                    QCoreApplication::translate("FinAck::PcapWriter", "%1: cannot write: %2").arg(displayPath(path), strerrorText(errno)));
    }
    std::unique_ptr<pcap_t, PcapCloser> dead(pcap_open_dead_with_tstamp_precision(DLT_RAW, kPcapHeaderBytes, PCAP_TSTAMP_PRECISION_MICRO));
    if (!dead) {
        (void)::fclose(stream); // nothing was written to it
        return fail(error, QCoreApplication::translate("FinAck::PcapWriter", "%1: cannot write: libpcap refused a raw IPv4 capture")
                               .arg(displayPath(path)));
    }
    std::unique_ptr<pcap_dumper_t, DumperCloser> dumper(pcap_dump_fopen(dead.get(), stream));
    if (!dumper) {
        (void)::fclose(stream); // nothing was written to it
        return fail(error, QCoreApplication::translate("FinAck::PcapWriter", "%1: cannot write: %2")
                               .arg(displayPath(path), QString::fromLocal8Bit(pcap_geterr(dead.get()))));
    }

    quint16 ipId[2] = {0, 0}; // one counter per sender, as each host keeps its own
    uchar packet[kPcapHeaderBytes];
    for (const Segment &s : std::as_const(captured)) {
        const bool fromClient = s.from == Actor::Client;
        buildHeaders(packet, s, fromClient ? *client : *server, fromClient ? *server : *client, ipId[fromClient ? 0 : 1]++,
                     fromClient ? kPcapClientIsn : kPcapServerIsn, fromClient ? kPcapServerIsn : kPcapClientIsn);
        qint64 t = 0;
        if (qAddOverflow(trace.originUs(), s.tUs, &t))
            t = std::numeric_limits<qint64>::max();
        pcap_pkthdr header{};
        header.ts.tv_sec = time_t(t / 1000000);
        header.ts.tv_usec = suseconds_t(t % 1000000);
        header.caplen = kPcapHeaderBytes;
        header.len = kPcapHeaderBytes + s.len;
        pcap_dump(reinterpret_cast<uchar *>(dumper.get()), &header, packet);
    }
    const bool written = pcap_dump_flush(dumper.get()) == 0 && !::ferror(pcap_dump_file(dumper.get()));
    dumper.reset(); // closes the duplicate descriptor
    if (!written)   // the OutputFile removes its temporary file
        return fail(error,
                    QCoreApplication::translate("FinAck::PcapWriter", "%1: cannot write: %2").arg(displayPath(path), strerrorText(errno)));
    if (!file.commit())
        return fail(error,
                    QCoreApplication::translate("FinAck::PcapWriter", "%1: cannot write: %2").arg(displayPath(path), file.errorString()));
    return true;
}

} // namespace FinAck
