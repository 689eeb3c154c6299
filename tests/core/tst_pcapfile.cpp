// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// pcap out (writePcap) and in (PcapReader): what FinAck writes reads back through FinAck, raw
// libpcap and tshark; real captures recorded with tcpdump open as diagrams with derived states.
#include "io/pcap/pcapreader.h"
#include "io/pcap/pcapwriter.h"
#include "io/tracejson.h"
#include "model/expectationcheck.h"

#include "support/loopback.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <pcap/pcap.h>

using namespace FinAck;

Q_DECLARE_METATYPE(FinAck::Trace)

namespace {

QString pcapFixture(const QString &name)
{
    return QStringLiteral(FINACK_TEST_DATA "/pcap/") + name;
}

// A client sending `chunks` data segments, each acknowledged, one of them dropped and sent again,
// 300 bytes from the server (its numbers wrap past 2^32 in the file), then a graceful close.
Trace syntheticTrace(int chunks)
{
    Trace t;
    t.setScenarioId(QStringLiteral("synthetic"));
    t.setEndpoint(Actor::Client, QStringLiteral("127.0.0.1:41000"));
    t.setEndpoint(Actor::Server, QStringLiteral("10.1.2.3:8080"));
    t.setOriginUs(1718000000000000);
    qint64 now = 3;
    const auto seg = [&](Actor from, quint8 flags, quint32 seq, quint32 ack, quint32 len, bool dropped = false) {
        t.appendRelative(
            Segment{.tUs = now += 7, .from = from, .flags = flags, .seq = seq, .ack = ack, .len = len, .win = 512, .dropped = dropped});
    };
    using namespace TcpFlag;
    const Actor c = Actor::Client, s = Actor::Server;
    seg(c, Syn, 0, 0, 0);
    seg(s, Syn | Ack, 0, 1, 0);
    seg(c, Ack, 1, 1, 0);
    seg(s, Psh | Ack, 1, 1, 300);
    quint32 seq = 1;
    for (int i = 0; i < chunks; ++i) {
        if (i == 1)
            seg(c, Psh | Ack, seq, 301, 1000, true);
        seg(c, Psh | Ack, seq, 301, 1000);
        seq += 1000;
        seg(s, Ack, 301, seq, 0);
    }
    seg(c, Fin | Ack, seq, 301, 0);
    seg(s, Fin | Ack, 301, seq + 1, 0);
    seg(c, Ack, seq + 1, 302, 0);
    return t;
}

QList<Segment> capturedSegments(const Trace &trace)
{
    QList<Segment> out;
    for (Segment s : trace.segments()) {
        if (s.source != SegmentSource::Captured)
            continue;
        s.dropped = false; // a capture file cannot say it
        out << s;
    }
    return out;
}

// Absolute times: a trace read back starts at its first packet, the original maybe earlier.
QList<Segment> absolute(QList<Segment> segments, qint64 originUs)
{
    for (Segment &s : segments)
        s.tUs += originUs;
    return segments;
}

QStringList flagSequence(const Trace &trace)
{
    QStringList out;
    for (const Segment &s : trace.segments())
        out << actorName(s.from).left(1) + QLatin1Char(':') + flagsText(s.flags);
    return out;
}

QString statePath(const Trace &trace, Actor actor)
{
    QStringList out;
    for (const StateChange &c : trace.states(actor))
        out << tcpStateName(c.state);
    return out.join(QLatin1Char(' '));
}

struct Endpoint {
    quint32 addr;
    quint16 port;
};
Endpoint endpointOf(const QString &text) // "10.1.2.3:8080"
{
    return {QHostAddress(text.section(QLatin1Char(':'), 0, 0)).toIPv4Address(), quint16(text.section(QLatin1Char(':'), 1).toUInt())};
}

// Reads the file with libpcap alone and checks every header field against the trace.
void checkWithLibpcap(const QString &file, const Trace &trace)
{
    const QList<Segment> expected = capturedSegments(trace);
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *p = pcap_open_offline_with_tstamp_precision(qPrintable(file), PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    QVERIFY2(p, errbuf);
    const auto closer = qScopeGuard([p] { pcap_close(p); });
    QCOMPARE(pcap_datalink(p), DLT_RAW);
    QCOMPARE(pcap_snapshot(p), kPcapHeaderBytes);
    std::optional<quint32> seqOffset[2]; // absolute minus relative, per sender
    pcap_pkthdr *h = nullptr;
    const u_char *d = nullptr;
    for (const Segment &s : expected) {
        QCOMPARE(pcap_next_ex(p, &h, &d), 1);
        QCOMPARE(qint64(h->ts.tv_sec) * 1000000 + h->ts.tv_usec, trace.originUs() + s.tUs);
        QCOMPARE(h->caplen, bpf_u_int32(kPcapHeaderBytes));
        QCOMPARE(h->len, kPcapHeaderBytes + s.len);
        QCOMPARE(d[0], uchar(0x45));
        QCOMPARE(qFromBigEndian<quint16>(d + 2), quint16(kPcapHeaderBytes + s.len));
        QCOMPARE(d[9], uchar(6));
        quint32 sum = 0; // a correct header sums to 0xffff, its checksum included
        for (int i = 0; i < 20; i += 2)
            sum += qFromBigEndian<quint16>(d + i);
        QCOMPARE((sum & 0xffff) + (sum >> 16), 0xffffu);
        const Endpoint src = endpointOf(trace.endpoint(s.from)), dst = endpointOf(trace.endpoint(s.to()));
        QCOMPARE(qFromBigEndian<quint32>(d + 12), src.addr);
        QCOMPARE(qFromBigEndian<quint32>(d + 16), dst.addr);
        const uchar *tcp = d + 20;
        QCOMPARE(qFromBigEndian<quint16>(tcp), src.port);
        QCOMPARE(qFromBigEndian<quint16>(tcp + 2), dst.port);
        QCOMPARE(tcp[13], s.flags);
        QCOMPARE(qFromBigEndian<quint16>(tcp + 14), quint16(s.win));
        const int from = s.from == Actor::Client ? 0 : 1;
        const quint32 seq = qFromBigEndian<quint32>(tcp + 4), ack = qFromBigEndian<quint32>(tcp + 8);
        if (!seqOffset[from])
            seqOffset[from] = seq - s.seq;
        QCOMPARE(seq - s.seq, *seqOffset[from]);
        if (s.has(TcpFlag::Ack) && seqOffset[1 - from])
            QCOMPARE(ack - s.ack, *seqOffset[1 - from]);
    }
    QCOMPARE(pcap_next_ex(p, &h, &d), PCAP_ERROR_BREAK); // nothing more
}

QString tsharkPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

} // namespace

class TestPcapFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString tempFile(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<Trace>("trace");
        QTest::addColumn<bool>("readerKnowsSides"); // starts with the client's SYN
        const QString traces = QStringLiteral(FINACK_TEST_DATA "/traces/");
        for (const auto &[tag, name, sides] : {std::tuple{"orderly close (trace file)", "orderly-close.json", true},
                                               std::tuple{"Qt client reset (trace file)", "qt-client-reset.json", true},
                                               std::tuple{"mid-connection, server first", "forward-compatible.json", false}}) {
            QString error;
            const auto trace = loadTrace(traces + QLatin1String(name), &error);
            QVERIFY2(trace, qPrintable(error));
            QTest::newRow(tag) << *trace << sides;
        }
        QTest::newRow("synthetic, dropped segment, wrapping numbers") << syntheticTrace(5) << true;
        for (const char *name : {"graceful-close.pcap", "rst-abort.pcap", "simultaneous-close.pcap", "mid-connection.pcap"}) {
            PcapReader reader;
            QString error;
            QVERIFY2(reader.open(pcapFixture(QLatin1String(name)), &error), qPrintable(error));
            QTest::addRow("tcpdump's %s, read and written again", name) << reader.trace(0) << true;
        }
    }

    void roundTrip()
    {
        QFETCH(Trace, trace);
        QFETCH(bool, readerKnowsSides);
        const QString file = tempFile(QStringLiteral("roundtrip.pcap"));
        QString error;
        QVERIFY2(writePcap(trace, file, &error), qPrintable(error));
        checkWithLibpcap(file, trace);
        if (QTest::currentTestFailed())
            return;

        PcapReader reader;
        QVERIFY2(reader.open(file, &error), qPrintable(error));
        QCOMPARE(reader.streams().size(), 1);
        if (!readerKnowsSides)
            return; // the first sender becomes the client: documented, and checked by libpcap above
        const Trace back = reader.trace(0);
        QCOMPARE(back.endpoint(Actor::Client), trace.endpoint(Actor::Client));
        QCOMPARE(back.endpoint(Actor::Server), trace.endpoint(Actor::Server));
        QCOMPARE(absolute(capturedSegments(back), back.originUs()), absolute(capturedSegments(trace), trace.originUs()));
    }

    void tsharkReadsExport()
    {
        if (tsharkPath().isEmpty())
            QSKIP("tshark is not installed (test.sh installs it through scripts/setup.sh)");
        const Trace trace = syntheticTrace(3);
        const QString file = tempFile(QStringLiteral("tshark.pcap"));
        QString error;
        QVERIFY2(writePcap(trace, file, &error), qPrintable(error));
        QProcess tshark;
        tshark.start(tsharkPath(), QStringList{QStringLiteral("-r"), file}
                                       + QStringLiteral("-o ip.check_checksum:TRUE -T fields -E separator=; -e tcp.srcport -e tcp.flags "
                                                        "-e tcp.seq -e tcp.ack -e tcp.len -e frame.time_epoch -e ip.checksum.status")
                                             .split(QLatin1Char(' ')));
        QVERIFY(tshark.waitForFinished(60000));
        QCOMPARE(tshark.exitCode(), 0);
        QStringList expected;
        for (const Segment &s : capturedSegments(trace)) {
            const qint64 t = trace.originUs() + s.tUs;
            // frame.time_epoch has nanosecond digits; the IP checksum status 1 is "good".
            expected << QStringLiteral("%1;0x%2;%3;%4;%5;%6.%7;1")
                            .arg(endpointOf(trace.endpoint(s.from)).port)
                            .arg(s.flags, 4, 16, QLatin1Char('0'))
                            .arg(s.seq)
                            .arg(s.ack)
                            .arg(s.len)
                            .arg(t / 1000000)
                            .arg((t % 1000000) * 1000, 9, 10, QLatin1Char('0'));
        }
        const QStringList theirs = QString::fromUtf8(tshark.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(theirs, expected);
    }

    void capturedClose_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stream");
        QTest::addColumn<int>("streamCount");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        const QString graceful = QStringLiteral("c:SYN s:SYN|ACK c:ACK c:ACK|PSH s:ACK c:ACK|FIN s:ACK|FIN c:ACK");
        const QString gracefulClient = QStringLiteral("SYN_SENT ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT");
        const QString gracefulServer = QStringLiteral("SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSED");
        QTest::newRow("graceful close, pcap") << "graceful-close.pcap" << 0 << 1 << graceful << gracefulClient << gracefulServer;
        QTest::newRow("graceful close, pcapng") << "graceful-close.pcapng" << 0 << 1 << graceful << gracefulClient << gracefulServer;
        QTest::newRow("mid-connection: assumed ESTABLISHED")
            << "mid-connection.pcap" << 0 << 1 << "c:ACK|PSH s:ACK c:ACK|FIN s:ACK|FIN c:ACK"
            << "ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT"
            << "ESTABLISHED CLOSE_WAIT LAST_ACK CLOSED";
        QTest::newRow("RST abort") << "rst-abort.pcap" << 0 << 1 << "c:SYN s:SYN|ACK c:ACK c:ACK|PSH s:ACK c:ACK|RST"
                                   << "SYN_SENT ESTABLISHED CLOSED"
                                   << "SYN_RECV ESTABLISHED CLOSED";
        QTest::newRow("simultaneous close: FINs cross")
            << "simultaneous-close.pcap" << 0 << 1 << "c:SYN s:SYN|ACK c:ACK c:ACK|FIN s:ACK|FIN c:ACK s:ACK"
            << "SYN_SENT ESTABLISHED FIN_WAIT_1 CLOSING TIME_WAIT"
            << "SYN_RECV ESTABLISHED FIN_WAIT_1 CLOSING TIME_WAIT";
        QTest::newRow("two streams, the first: reset") << "two-streams.pcap" << 0 << 2 << "c:SYN s:SYN|ACK c:ACK c:ACK|PSH s:ACK c:ACK|RST"
                                                       << "SYN_SENT ESTABLISHED CLOSED"
                                                       << "SYN_RECV ESTABLISHED CLOSED";
        QTest::newRow("two streams, the second: closed") << "two-streams.pcap" << 1 << 2 << graceful << gracefulClient << gracefulServer;
        const QString serverFirst = QStringLiteral("c:SYN s:SYN|ACK c:ACK s:ACK|FIN c:ACK|FIN s:ACK");
        QTest::newRow("one 4-tuple twice, the first")
            << "same-tuple-twice.pcap" << 0 << 2 << serverFirst << "SYN_SENT ESTABLISHED CLOSE_WAIT LAST_ACK CLOSED"
            << "SYN_RECV ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT";
        QTest::newRow("one 4-tuple twice, the second")
            << "same-tuple-twice.pcap" << 1 << 2 << "c:SYN s:SYN|ACK c:ACK c:ACK|FIN s:ACK|FIN c:ACK" << gracefulClient << gracefulServer;
    }

    void capturedClose()
    {
        QFETCH(QString, file);
        QFETCH(int, stream);
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(pcapFixture(file), &error), qPrintable(error));
        QTEST(int(reader.streams().size()), "streamCount");
        const Trace trace = reader.trace(stream);
        QTEST(flagSequence(trace).join(QLatin1Char(' ')), "flags");
        QTEST(statePath(trace, Actor::Client), "client");
        QTEST(statePath(trace, Actor::Server), "server");

        if (file.endsWith(QLatin1String(".pcapng"))) { // the packets of the .pcap it was converted from
            PcapReader pcap;
            QVERIFY(pcap.open(pcapFixture(file.chopped(2))));
            QCOMPARE(trace.segments(), pcap.trace(stream).segments());
        }
        const TcpStreamInfo &info = reader.streams().at(stream);
        QCOMPARE(info.segments, trace.segments().size());
        QCOMPARE(info.sawSyn, !file.startsWith(QLatin1String("mid")));
        QCOMPARE(trace.endpoint(Actor::Client), info.client);
        QCOMPARE(trace.originUs(), info.firstUs);
        QVERIFY(trace.scenarioTitle().contains(file));
        QCOMPARE(trace.platform().network, kCaptureFileNetwork);
        // Marked as inferred, all of it, and said so first.
        QVERIFY(std::holds_alternative<Note>(trace.at(0)));
        QVERIFY(std::get<Note>(trace.at(0)).text.contains(QLatin1String("inferred")));
        QCOMPARE(std::get<Note>(trace.at(0)).text.contains(QLatin1String("mid-connection")), !info.sawSyn);
        for (const Actor actor : {Actor::Client, Actor::Server}) {
            for (const StateChange &c : trace.states(actor))
                QCOMPARE(c.source, StateSource::Derived);
        }
        // A trace like any other: it survives the trace file format.
        const auto reloaded = traceFromJson(toJson(trace), file, &error);
        QVERIFY2(reloaded, qPrintable(error));
        QCOMPARE(*reloaded, trace);
    }

    void wiresharkRelativeNumbers()
    {
        // Without the handshake Wireshark counts from one before the first number it sees; so do we.
        PcapReader reader;
        QVERIFY(reader.open(pcapFixture(QStringLiteral("mid-connection.pcap"))));
        QStringList numbers;
        for (const Segment &s : reader.trace(0).segments())
            numbers << QStringLiteral("%1/%2").arg(s.seq).arg(s.ack);
        // tshark -r mid-connection.pcap -T fields -e tcp.seq -e tcp.ack
        QCOMPARE(numbers, QStringList({QStringLiteral("1/1"), QStringLiteral("1/6"), QStringLiteral("6/1"), QStringLiteral("1/7"),
                                       QStringLiteral("7/2")}));
    }

    void streamDescriptions()
    {
        PcapReader reader;
        QVERIFY(reader.open(pcapFixture(QStringLiteral("two-streams.pcap"))));
        QCOMPARE(reader.packetCount(), 14);
        const TcpStreamInfo &first = reader.streams().at(0);
        QCOMPARE(first.description(), QStringLiteral("%1 → %2, 6 segments, RST").arg(first.client, first.server));
        QVERIFY(first.client.startsWith(QLatin1String("127.0.0.1:")));
        QCOMPARE(reader.streams().at(1).description(),
                 QStringLiteral("%1 → %2, 8 segments, FIN").arg(reader.streams().at(1).client, first.server));
        QVERIFY(reader.open(pcapFixture(QStringLiteral("mid-connection.pcap"))));
        QVERIFY(reader.streams().at(0).description().endsWith(QLatin1String("FIN, starts mid-connection")));
        QVERIFY(reader.trace(7).isEmpty());
        QVERIFY(reader.trace(-1).isEmpty());
    }

    void tcpdumpRecordingOpens()
    {
        if (::geteuid() != 0)
            QSKIP("capturing on loopback needs root; the committed tcpdump fixtures cover reading (capturedClose)");
        const QString tcpdumpPath = QStandardPaths::findExecutable(QStringLiteral("tcpdump"),
                                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (tcpdumpPath.isEmpty())
            QSKIP("tcpdump is not installed (test.sh installs it)");
        Loopback::Connection c;
        QVERIFY(Loopback::listenOnLoopback(c.listener, c.serverPort));
        const QString file = tempFile(QStringLiteral("live.pcap"));
        QProcess tcpdump;
        // --immediate-mode: each packet reaches the file as it is seen, not a ring block later.
        tcpdump.start(tcpdumpPath, {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-n"), QStringLiteral("--immediate-mode"),
                                    QStringLiteral("-U"), QStringLiteral("-w"), file, QStringLiteral("tcp port %1").arg(c.serverPort)});
        QVERIFY(tcpdump.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += tcpdump.readAllStandardError()).contains("listening on"), 10000);
        QVERIFY(Loopback::connectTo(c.client, c.serverPort));
        QVERIFY(Loopback::acceptFrom(c.listener, c.server));
        c.clientPort = Loopback::portOf(c.client.get());
        c.listener.reset();
        QCOMPARE(::send(c.client.get(), "hello", 5, 0), ssize_t(5));
        char buffer[5];
        QCOMPARE(::recv(c.server.get(), buffer, 5, MSG_WAITALL), ssize_t(5));
        c.client.reset();
        QVERIFY(Loopback::readEofAndClose(c.server));

        // Done when the file shows the last ACK: read it until it does.
        PcapReader reader;
        const auto closed = [&] {
            if (!reader.open(file) || reader.streams().size() != 1)
                return false;
            const QList<StateChange> server = reader.trace(0).states(Actor::Server);
            return !server.isEmpty() && server.constLast().state == TcpState::Closed;
        };
        QTRY_VERIFY_WITH_TIMEOUT(closed(), 10000);
        tcpdump.terminate();
        QVERIFY(tcpdump.waitForFinished(5000));
        QString error;
        QVERIFY2(reader.open(file, &error), qPrintable(error));
        QCOMPARE(reader.streams().size(), 1);
        const Trace trace = reader.trace(0);
        QCOMPARE(trace.endpoint(Actor::Client), QStringLiteral("127.0.0.1:%1").arg(c.clientPort));
        QCOMPARE(trace.endpoint(Actor::Server), QStringLiteral("127.0.0.1:%1").arg(c.serverPort));
        const QStringList flags = flagSequence(trace);
        QCOMPARE(flags.mid(0, 3), QStringList({QStringLiteral("c:SYN"), QStringLiteral("s:SYN|ACK"), QStringLiteral("c:ACK")}));
        QVERIFY(flags.contains(QLatin1String("c:ACK|FIN")));
        QVERIFY(flags.contains(QLatin1String("s:ACK|FIN")));
        QCOMPARE(flags.constLast(), QStringLiteral("c:ACK"));
        QCOMPARE(trace.states(Actor::Client).constLast().state, TcpState::TimeWait);
        QCOMPARE(trace.states(Actor::Server).constLast().state, TcpState::Closed);
    }

    void badFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        const QString bad = QStringLiteral(FINACK_TEST_DATA "/bad/");
        QTest::newRow("missing") << tempFile(QStringLiteral("no-such.pcap")) << "no such file";
        QTest::newRow("a directory") << m_dir.path() << "is a directory";
        QTest::newRow("empty") << bad + QStringLiteral("pcap-empty.pcap") << "empty file";
        QTest::newRow("garbage") << bad + QStringLiteral("pcap-garbage.pcap")
                                 << "cannot be read as a pcap or pcapng capture: unknown file format";
        QTest::newRow("text") << bad + QStringLiteral("pcap-text.pcap") << "unknown file format";
        QTest::newRow("header cut short") << bad + QStringLiteral("pcap-truncated-header.pcap") << "cannot be read as a pcap";
        QTest::newRow("last packet cut short") << bad + QStringLiteral("pcap-truncated.pcap")
                                               << "corrupt or truncated after 7 complete packets";
        QTest::newRow("header only") << bad + QStringLiteral("pcap-header-only.pcap") << "no packets";
        QTest::newRow("802.11 link type") << bad + QStringLiteral("pcap-link-type.pcap") << "link type IEEE802_11 is not supported";
        QTest::newRow("huge caplen") << bad + QStringLiteral("pcap-huge-caplen.pcap") << "corrupt or truncated after 0";
        QTest::newRow("pcapng, bad block") << bad + QStringLiteral("pcap-ng-bad-block.pcapng") << "corrupt or truncated after 0";
        QTest::newRow("UDP only") << bad + QStringLiteral("pcap-no-tcp.pcap") << "none of its 1 packets is an IPv4 TCP segment";
        QTest::newRow("IPv6 only") << bad + QStringLiteral("pcap-ipv6-only.pcap") << "(IPv6 is not read)";
    }

    void badFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        PcapReader reader;
        QString error;
        QVERIFY(!reader.open(file, &error));
        QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY(reader.streams().isEmpty());
    }

    // The pcap format's seconds are unsigned 32 bits, which libpcap reads as signed: a capture
    // from 2038 on came out before 1970, and its trace did not save and read back (found by
    // tests/fuzz/fuzz_pcapreader). Microseconds are read as signed too: -1 is pinned to 0.
    void timesOutsideTheSignedRange_data()
    {
        QTest::addColumn<quint32>("seconds");
        QTest::addColumn<quint32>("micros");
        QTest::addColumn<qint64>("originUs");
        QTest::newRow("2038 and later") << quint32(0x80000010) << quint32(5) << qint64(0x80000010) * 1000000 + 5;
        QTest::newRow("the last second of 2106") << quint32(0xFFFFFFF0) << quint32(0) << qint64(0xFFFFFFF0) * 1000000;
        QTest::newRow("negative microseconds at 1970") << quint32(0) << quint32(0xFFFFFFFF) << qint64(0);
    }

    void timesOutsideTheSignedRange()
    {
        QFETCH(quint32, seconds);
        QFETCH(quint32, micros);
        QFETCH(qint64, originUs);
        QFile fixture(pcapFixture(QStringLiteral("graceful-close.pcap")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray data = fixture.readAll();
        QCOMPARE(qFromLittleEndian<quint32>(data.constData()), quint32(0xa1b2c3d4));
        // Every record's time moved to `seconds`, keeping their order by the microseconds.
        for (qsizetype at = 24, i = 0; at + 16 <= data.size(); ++i) {
            qToLittleEndian<quint32>(seconds + (micros == 0xFFFFFFFF ? 0 : quint32(i)), data.data() + at);
            qToLittleEndian<quint32>(i == 0 ? micros : quint32(i), data.data() + at + 4);
            at += 16 + qFromLittleEndian<quint32>(data.constData() + at + 8);
        }
        const QString file = tempFile(QStringLiteral("times.pcap"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(data) == data.size());
        out.close();
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(file, &error), qPrintable(error));
        const Trace trace = reader.trace(0);
        QCOMPARE(trace.originUs(), originUs);
        const auto again = traceFromJson(toJson(trace), QStringLiteral("again.json"), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == trace);
    }

    void refusesToWrite()
    {
        QString error;
        const QString inferredPath = QStringLiteral(FINACK_TEST_DATA "/traces/reset-inferred.json");
        const auto inferred = loadTrace(inferredPath, &error);
        QVERIFY2(inferred, qPrintable(error));
        const QString file = tempFile(QStringLiteral("inferred.pcap"));
        QVERIFY(!writePcap(*inferred, file, &error));
        QVERIFY2(error.startsWith(file + QStringLiteral(": not written: ")) && error.contains(QLatin1String("inferred")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(file));

        QVERIFY(!writePcap(Trace(), file, &error));
        QVERIFY2(error.contains(QLatin1String("no captured segments")), qPrintable(error));
        Trace ipv6 = syntheticTrace(1);
        ipv6.setEndpoint(Actor::Server, QStringLiteral("[::1]:80"));
        QVERIFY(!writePcap(ipv6, file, &error));
        QVERIFY2(error.contains(QLatin1String("IPv4:PORT")), qPrintable(error));
        const QString nowhere = tempFile(QStringLiteral("no-such-dir/out.pcap"));
        QVERIFY(!writePcap(syntheticTrace(1), nowhere, &error));
        QVERIFY2(error.startsWith(nowhere + QStringLiteral(": cannot write: ")), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

    void largeCapture()
    {
        // FINACK_PCAP_PACKETS sets the size; the default is the longest stream the reader shows
        // (TcpStreams::kMaxSegments, docs/limits.md).
        const int packets = qEnvironmentVariableIntValue("FINACK_PCAP_PACKETS") > 0 ? qEnvironmentVariableIntValue("FINACK_PCAP_PACKETS")
                                                                                    : 100000;
        const Trace big = syntheticTrace((packets - 8) / 2);
        const QString file = tempFile(QStringLiteral("large.pcap"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(writePcap(big, file));
        const qint64 writeMs = timer.restart();
        PcapReader reader;
        QVERIFY(reader.open(file));
        const qint64 openMs = timer.restart();
        const Trace trace = reader.trace(0);
        const qint64 traceMs = timer.elapsed();
        qInfo("%d packets (%lld MB): writePcap %lld ms, PcapReader::open %lld ms, trace() %lld ms", int(reader.packetCount()),
              QFileInfo(file).size() >> 20, writeMs, openMs, traceMs);
        QCOMPARE(reader.streams().size(), 1);
        QCOMPARE(trace.segments().size(), capturedSegments(big).size());
        QCOMPARE(trace.states(Actor::Client).constLast().state, TcpState::TimeWait);
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(TestPcapFile)
#include "tst_pcapfile.moc"
