// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Inputs far larger than any lesson, made here, given to the real finack under an address-space
// cap of 2 GB (ulimit -v): each ends with one line and exit 2 before the expensive work, or
// succeeds within the cap (docs/limits.md). None may crash, be killed, or print more.
#include "io/pcap/pcapreader.h"
#include "io/pcap/tcpstreams.h"
#include "io/tracejson.h"
#include "model/trace.h"
#include "support/longrun.h"
#include "support/runfinack.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace FinAck;

namespace {

constexpr qint64 kCapKiB = 2 * 1024 * 1024; // 2 GB of address space, the cap
// AddressSanitizer and ThreadSanitizer reserve terabytes of address space for their shadow memory
// at start, which no cap allows: in their builds each case runs without the cap and still has to
// end in one line and exit 2 (or succeed); the default build checks the memory.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kCapped = false;
constexpr int kTimeoutMs = 120000;
#else
constexpr bool kCapped = true;
constexpr int kTimeoutMs = 30000; // every case ends in seconds when the limits hold
#endif

// finack as a user runs it, but with the cap: bash sets it and becomes finack, whose lab inherits it.
FinackResult runCapped(const QStringList &args)
{
    QProcess p;
    const QString cap = kCapped ? QStringLiteral("ulimit -v %1 && ").arg(kCapKiB) : QString();
    p.start(QStringLiteral("bash"),
            QStringList{QStringLiteral("-c"), cap + QStringLiteral("exec \"$0\" \"$@\""), QStringLiteral(FINACK_BIN)} + args);
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// One segment of a raw-IP pcap record: 10.0.0.<clientHost>:clientPort <-> 10.0.0.2:80.
struct RawPacket {
    quint32 src = 0, dst = 0;
    quint16 srcPort = 0, dstPort = 0;
    quint32 seq = 0, ack = 0;
    quint8 flags = 0;
};

// A pcap file (LINKTYPE_RAW: the IPv4 header first) of `count` 40-byte packets, written in
// chunks so that the test's own memory stays small.
void writePcap(const QString &path, int count, const std::function<RawPacket(int)> &packet)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray header(24, '\0');
    qToLittleEndian<quint32>(0xa1b2c3d4, header.data());
    qToLittleEndian<quint16>(2, header.data() + 4);
    qToLittleEndian<quint16>(4, header.data() + 6);
    qToLittleEndian<quint32>(65535, header.data() + 16);
    qToLittleEndian<quint32>(101, header.data() + 20);
    file.write(header);
    QByteArray chunk;
    constexpr int kRecord = 16 + 40;
    for (int i = 0; i < count; ++i) {
        const RawPacket p = packet(i);
        char r[kRecord] = {};
        qToLittleEndian<quint32>(quint32(1'700'000'000 + i / 1'000'000), r);
        qToLittleEndian<quint32>(quint32(i % 1'000'000), r + 4);
        qToLittleEndian<quint32>(40, r + 8);
        qToLittleEndian<quint32>(40, r + 12);
        char *ip = r + 16;
        ip[0] = 0x45;
        qToBigEndian<quint16>(40, ip + 2);
        ip[8] = 64;
        ip[9] = 6; // TCP
        qToBigEndian<quint32>(p.src, ip + 12);
        qToBigEndian<quint32>(p.dst, ip + 16);
        char *tcp = ip + 20;
        qToBigEndian<quint16>(p.srcPort, tcp);
        qToBigEndian<quint16>(p.dstPort, tcp + 2);
        qToBigEndian<quint32>(p.seq, tcp + 4);
        qToBigEndian<quint32>(p.ack, tcp + 8);
        tcp[12] = 0x50;
        tcp[13] = char(p.flags);
        qToBigEndian<quint16>(65535, tcp + 14);
        chunk.append(r, kRecord);
        if (chunk.size() > (4 << 20)) {
            QCOMPARE(file.write(chunk), chunk.size());
            chunk.clear();
        }
    }
    QCOMPARE(file.write(chunk), chunk.size());
}

constexpr quint32 kClient = 0x0a000001, kServer = 0x0a000002;

// One connection of `count` segments: the handshake, then pure ACKs both ways.
RawPacket oneStream(int i)
{
    RawPacket p;
    const bool fromClient = i % 2 == 0;
    p.src = fromClient ? kClient : kServer;
    p.dst = fromClient ? kServer : kClient;
    p.srcPort = fromClient ? 40000 : 80;
    p.dstPort = fromClient ? 80 : 40000;
    p.seq = fromClient ? 1000 : 5000;
    p.ack = fromClient ? 5001 : 1001;
    p.flags = i == 0 ? TcpFlag::Syn : i == 1 ? TcpFlag::Syn | TcpFlag::Ack : TcpFlag::Ack;
    if (i == 0)
        p.ack = 0;
    return p;
}

// A scan: every packet a SYN from another port, each one a stream of its own.
RawPacket scan(int i)
{
    RawPacket p;
    p.src = kClient + quint32(i / 50000);
    p.dst = kServer + 1000;
    p.srcPort = quint16(10000 + i % 50000);
    p.dstPort = 80;
    p.seq = quint32(i);
    p.flags = TcpFlag::Syn;
    return p;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // One line on stderr, exit 2, nothing on stdout, no output file.
    void expectRefused(const FinackResult &r, const QString &reason, const QString &output = {})
    {
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err.left(2000))));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1 && r.err.endsWith(QLatin1Char('\n')), qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        if (!output.isEmpty())
            QVERIFY(!QFile::exists(output));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // 300,000 packets of one connection: the SVG of them all needed more than 2 GB; the stream
    // is refused when it is read, and only its first kMaxSegments are ever kept.
    void captureWithALongStream()
    {
        const QString pcap = path(QStringLiteral("long-stream.pcap"));
        writePcap(pcap, 300'000, oneStream);
        const QString svg = path(QStringLiteral("long-stream.svg"));
        expectRefused(runCapped({QStringLiteral("export"), pcap, QStringLiteral("-o"), svg}),
                      QStringLiteral("long-stream.pcap: stream 1 has 300000 segments, at most %1").arg(TcpStreams::kMaxSegments), svg);
    }

    // A scan: one SYN each from 150,000 ports, as many streams; listing them stops at the limit.
    void captureOfTooManyStreams()
    {
        const QString pcap = path(QStringLiteral("scan.pcap"));
        writePcap(pcap, 150'000, scan);
        expectRefused(runCapped({QStringLiteral("export"), pcap, QStringLiteral("--stream"), QStringLiteral("1"), QStringLiteral("-o"),
                                 path(QStringLiteral("scan.mmd"))}),
                      QStringLiteral("scan.pcap: more than %1 TCP streams").arg(TcpStreams::kMaxStreams));
    }

    // The reader of the window and of the CLI: another stream than the one kept is read again.
    void captureStreamsReadOneByOne()
    {
        const QString pcap = path(QStringLiteral("three.pcap"));
        writePcap(pcap, 3, scan);
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(pcap, &error), qPrintable(error));
        QCOMPARE(reader.streams().size(), 3);
        for (int stream : {2, 0, 1}) {
            const Trace trace = reader.trace(stream, &error);
            QVERIFY2(!trace.isEmpty(), qPrintable(error));
            QCOMPARE(trace.segments().size(), 1);
            QCOMPARE(trace.endpoint(Actor::Client), QStringLiteral("10.0.0.1:%1").arg(10000 + stream));
        }
        QVERIFY(reader.trace(3, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("%1: no stream 4, the capture holds 3").arg(pcap));
    }

    // 200,000 events took 31 s and 1.66 GB to draw; the loader counts them before building any.
    void traceOfTooManyEvents()
    {
        const QString json = path(QStringLiteral("200k-events.json"));
        QVERIFY(saveTrace(longRun(20'000, 10), json));
        QVERIFY(QFileInfo(json).size() < kMaxTraceFileBytes);
        const QString svg = path(QStringLiteral("200k-events.svg"));
        expectRefused(runCapped({QStringLiteral("export"), json, QStringLiteral("-o"), svg}),
                      QStringLiteral("200k-events.json: events: 200000 events, at most %1").arg(kMaxTraceEvents), svg);
    }

    // JSON of 250 MB: it was parsed whole (about 9 bytes of memory per byte) to tell its kind.
    void hugeJson()
    {
        const QString json = path(QStringLiteral("huge.json"));
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"format\": \"finack-trace\", \"version\": 1, \"scenario\": \"x\", \"events\": [");
            QByteArray zeros;
            for (int i = 0; i < (1 << 20); ++i)
                zeros += "0,";
            for (int i = 0; i < 125; ++i)
                file.write(zeros);
            file.write("0]}");
        }
        QVERIFY(QFileInfo(json).size() > 250'000'000);
        const QString svg = path(QStringLiteral("huge.svg"));
        expectRefused(runCapped({QStringLiteral("export"), json, QStringLiteral("-o"), svg}),
                      QStringLiteral("huge.json: file too large, expected a FinAck trace of at most 32 MiB"), svg);
    }

    // A picture draws every event: a run of 30,000 is refused before any is laid out, with the
    // steps that fit; those steps then export within the cap.
    void pictureOfTooManyEvents()
    {
        const QString json = path(QStringLiteral("30k-events.json"));
        QVERIFY(saveTrace(longRun(3000, 10), json));
        const QString svg = path(QStringLiteral("30k-events.svg"));
        expectRefused(runCapped({QStringLiteral("export"), json, QStringLiteral("-o"), svg}),
                      QStringLiteral("30k-events.svg: 30000 events to draw, at most 20000 in a picture; export part of the run with "
                                     "--steps or the Export dialog's Steps, e.g. steps 1-2000"),
                      svg);
        const FinackResult part = runCapped(
            {QStringLiteral("export"), json, QStringLiteral("--steps"), QStringLiteral("1-2000"), QStringLiteral("-o"), svg});
        QVERIFY2(part.exitCode == 0, qPrintable(part.err));
        QVERIFY(QFileInfo(svg).size() > 0);
    }

    // 100 recv() steps of 64 MiB each: every buffer was kept by the trace until the next load
    // (6.4 GB of address space, the lab died). Now each is freed after its step.
    void manyLargeReceives()
    {
        QByteArray steps = "{\"actor\": \"client\", \"call\": \"close\"}";
        for (int i = 0; i < 100; ++i)
            steps += ", {\"actor\": \"server\", \"call\": \"recv\", \"size\": 67108864}";
        const QString scenario = path(QStringLiteral("receives.json"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"finack-scenario\", \"version\": 1, \"id\": \"receives\", \"title\": \"recv\", \"steps\": [" + steps
                   + "]}");
        file.close();
        const FinackResult r = runCapped({QStringLiteral("run"), scenario});
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.count(QStringLiteral("recv(")) >= 100, qPrintable(r.out.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
