// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/clock.h"
#include "model/traceevent.h"
#include "support/loopback.h"
#include "wire/capture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <linux/capability.h>
#include <pcap/dlt.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using namespace FinAck;
using namespace Loopback;

namespace {

bool hasCapNetRaw()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("CapEff:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> 13) & 1; // CAP_NET_RAW = 13
    }
    return false;
}

QString describe(const RawSegment &s)
{
    static const char names[] = "FSRPAUEC";
    QString flags;
    for (int bit = 0; bit < 8; ++bit) {
        if (s.flags & (1 << bit))
            flags += QLatin1Char(names[bit]);
    }
    return QStringLiteral("%1>%2 [%3] seq=%4 ack=%5 len=%6 t=%7")
        .arg(s.srcPort)
        .arg(s.dstPort)
        .arg(flags)
        .arg(s.seq)
        .arg(s.ack)
        .arg(s.len)
        .arg(s.tUs);
}

QString describe(const QList<RawSegment> &list)
{
    QStringList lines;
    for (const RawSegment &s : list)
        lines += describe(s);
    return lines.join(QLatin1Char('\n'));
}

bool involves(const RawSegment &s, quint16 port)
{
    return s.srcPort == port || s.dstPort == port;
}

// Collects segments until one involving sentinelPort arrives: the capture hands packets over in
// order, so everything sent before the sentinel connection has been seen by then.
bool collectUntilSentinel(Capture &capture, QList<RawSegment> *all, quint16 sentinelPort)
{
    auto seen = [&] {
        *all += capture.take();
        return std::any_of(all->cbegin(), all->cend(), [&](const RawSegment &s) { return involves(s, sentinelPort); });
    };
    return QTest::qWaitFor(seen, 5000);
}

// The filter on the test's own port keeps whatever else runs on lo out of what is counted.
bool listenUnderFilter(Capture &capture, Fd &listener, quint16 &port)
{
    if (!listenOnLoopback(listener, port))
        return false;
    capture.setPortFilter(port);
    return true;
}

} // namespace

// Without capture permission start() must fail with a reason, and only then may a test skip;
// with CAP_NET_RAW a failing start() is a bug and fails the test.
#define START_OR_SKIP(capture)                                                                 \
    do {                                                                                       \
        QString why_;                                                                          \
        if (!(capture).start(&why_)) {                                                         \
            QVERIFY2(!why_.isEmpty(), "start() failed without saying why");                    \
            QVERIFY(!(capture).isRunning());                                                   \
            if (hasCapNetRaw())                                                                \
                QFAIL(qPrintable(QStringLiteral("start() failed with CAP_NET_RAW: ") + why_)); \
            QSKIP(qPrintable(QStringLiteral("no capture permission: ") + why_));               \
        }                                                                                      \
    } while (false)

class TestCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutPermissionStartFails();
    void unknownDeviceFails();
    void oneConnection();
    void filterChangesWhileRunning();
    void stopIsPrompt();
    void waitForSegments();
    void syncHandsOverWhatWasSent();
    void latency();
};

void TestCapture::withoutPermissionStartFails()
{
    if (!hasCapNetRaw()) {
        Capture capture;
        QString error;
        QVERIFY(!capture.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!capture.isRunning());
        QVERIFY(capture.take().isEmpty());
        capture.stop();
        qInfo("start() without permission: %s", qPrintable(error));
        return;
    }

    // Holding CAP_NET_RAW (root, or root of a user namespace): try it on a thread that gave up
    // all its capabilities, which leaves it what an ordinary user has. Linux keeps capabilities
    // per thread and the raw capset() changes only the caller's, so the rest of the test keeps them.
    bool dropped = false, started = false, running = false;
    QString error;
    std::thread([&] {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct none[_LINUX_CAPABILITY_U32S_3]{};
        dropped = syscall(SYS_capset, &header, none) == 0;
        if (!dropped)
            return;
        Capture capture;
        started = capture.start(&error);
        running = capture.isRunning();
    }).join();
    QVERIFY2(dropped, "capset() refused to drop capabilities");
    QVERIFY2(!started, "started without CAP_NET_RAW");
    QVERIFY(!running);
    QVERIFY(!error.isEmpty());
    qInfo("start() without capabilities: %s", qPrintable(error));
    QVERIFY(hasCapNetRaw()); // the test thread still may capture
}

void TestCapture::unknownDeviceFails()
{
    Capture capture(QStringLiteral("finack-none0"));
    QString error;
    QVERIFY(!capture.start(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!capture.isRunning());
    capture.stop(); // harmless when nothing runs
    qInfo("start() on a missing device: %s", qPrintable(error));
}

void TestCapture::oneConnection()
{
    Capture capture;
    START_OR_SKIP(capture);
    QVERIFY(capture.isRunning());
    QCOMPARE(capture.linkType(), DLT_EN10MB); // Linux's lo: Ethernet framing with zero MACs

    Fd listener, otherListener;
    quint16 port = 0, otherPort = 0;
    QVERIFY(listenOnLoopback(listener, port) && listenOnLoopback(otherListener, otherPort));
    capture.setPortFilter(port);
    const qint64 t0 = nowUs();

    char buffer[16];
    { // unrelated traffic, on the other port, that the filter must keep out
        Fd client, server;
        QVERIFY(connectTo(client, otherPort) && acceptFrom(otherListener, server));
        QCOMPARE(send(client.get(), "noise", 5, MSG_NOSIGNAL), 5);
        QCOMPARE(recv(server.get(), buffer, sizeof buffer, 0), 5);
    }

    Fd client, server;
    QVERIFY(connectTo(client, port) && acceptFrom(listener, server));
    const quint16 clientPort = portOf(client.get());
    QCOMPARE(send(client.get(), "hello", 5, MSG_NOSIGNAL), 5);
    QCOMPARE(recv(server.get(), buffer, sizeof buffer, 0), 5);
    client.reset();
    QCOMPARE(recv(server.get(), buffer, sizeof buffer, 0), 0); // the client's FIN has arrived
    server.reset();

    Fd sentinel;
    QVERIFY(connectTo(sentinel, port));
    QList<RawSegment> all;
    QVERIFY(collectUntilSentinel(capture, &all, portOf(sentinel.get())));
    const qint64 t1 = nowUs();

    QList<RawSegment> conversation;
    for (const RawSegment &s : std::as_const(all)) {
        QVERIFY2(involves(s, port), qPrintable(describe(all))); // nothing of otherPort passed
        if (involves(s, clientPort))
            conversation += s;
    }
    QVERIFY(capture.capturedCount() >= quint64(all.size()));
    const QString dump = describe(conversation);
    QVERIFY2(conversation.size() >= 8, qPrintable(dump));

    QSet<QString> distinct;
    qint64 previous = t0;
    for (const RawSegment &s : std::as_const(all)) {
        QVERIFY2(s.tUs >= previous && s.tUs <= t1, qPrintable(describe(all)));
        previous = s.tUs;
        QCOMPARE(s.srcAddr, kLoopback);
        QCOMPARE(s.dstAddr, kLoopback);
        const QString key = describe(s).section(QStringLiteral(" t="), 0, 0);
        QVERIFY2(!distinct.contains(key), qPrintable(QStringLiteral("duplicate: ") + key + u'\n' + dump));
        distinct.insert(key);
    }

    auto fromClient = [&](const RawSegment &s) { return s.srcPort == clientPort; };
    const RawSegment &syn = conversation[0];
    const RawSegment &synAck = conversation[1];
    const RawSegment &handshakeAck = conversation[2];
    const RawSegment &hello = conversation[3];
    QVERIFY2(fromClient(syn) && syn.flags == TcpFlag::Syn, qPrintable(dump));
    QCOMPARE(std::count_if(conversation.cbegin(), conversation.cend(), [](const RawSegment &s) { return s.flags & TcpFlag::Syn; }),
             2); // SYN, SYN|ACK
    QVERIFY2(!fromClient(synAck) && synAck.flags == (TcpFlag::Syn | TcpFlag::Ack), qPrintable(dump));
    QCOMPARE(synAck.ack, syn.seq + 1);
    QVERIFY2(fromClient(handshakeAck) && handshakeAck.flags == TcpFlag::Ack && handshakeAck.len == 0, qPrintable(dump));
    QCOMPARE(handshakeAck.ack, synAck.seq + 1);
    QVERIFY2(fromClient(hello) && hello.len == 5 && (hello.flags & TcpFlag::Psh), qPrintable(dump));
    QCOMPARE(hello.seq, syn.seq + 1);

    QList<qsizetype> clientFins, serverFins;
    for (qsizetype i = 0; i < conversation.size(); ++i) {
        if (conversation[i].flags & TcpFlag::Fin)
            (fromClient(conversation[i]) ? clientFins : serverFins) += i;
    }
    QVERIFY2(clientFins.size() == 1 && serverFins.size() == 1, qPrintable(dump));
    QVERIFY2(clientFins[0] < serverFins[0], qPrintable(dump));
    QCOMPARE(conversation[clientFins[0]].seq, syn.seq + 1 + 5);
    const RawSegment &last = conversation.last();
    QVERIFY2(fromClient(last) && last.flags == TcpFlag::Ack, qPrintable(dump));
    QCOMPARE(last.ack, conversation[serverFins[0]].seq + 1);
}

void TestCapture::filterChangesWhileRunning()
{
    Capture capture;
    START_OR_SKIP(capture);
    Fd first, second;
    quint16 firstPort = 0, secondPort = 0;
    QVERIFY(listenOnLoopback(first, firstPort) && listenOnLoopback(second, secondPort));

    // The initial filter is all TCP: the first port shows up.
    Fd early;
    QVERIFY(connectTo(early, firstPort));
    QList<RawSegment> all;
    QVERIFY(collectUntilSentinel(capture, &all, firstPort));

    capture.setPortFilter(secondPort);
    capture.take();
    Fd late, sentinel;
    QVERIFY(connectTo(late, firstPort) && connectTo(sentinel, secondPort));
    all.clear();
    QVERIFY(collectUntilSentinel(capture, &all, secondPort));
    for (const RawSegment &s : std::as_const(all))
        QVERIFY2(involves(s, secondPort), qPrintable(describe(all)));
}

void TestCapture::stopIsPrompt()
{
    QElapsedTimer timer;
    {
        Capture capture;
        START_OR_SKIP(capture);
        Fd quiet;
        quint16 quietPort = 0;
        listenOnLoopback(quiet, quietPort); // unchecked: any quiet port will do, 0 too
        capture.setPortFilter(quietPort);   // nothing will ever match
        QVERIFY(capture.isRunning());
        timer.start();
        capture.stop();
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!capture.isRunning());
        QVERIFY(capture.start(nullptr)); // restartable
        QVERIFY(capture.isRunning());
        timer.start();
    } // the destructor stops and joins too
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
}

void TestCapture::waitForSegments()
{
    Capture capture;
    START_OR_SKIP(capture);
    Fd listener;
    quint16 port = 0;
    QVERIFY(listenUnderFilter(capture, listener, port));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!capture.waitForSegments(50)); // quiet port: times out
    QVERIFY2(timer.elapsed() >= 45, qPrintable(QString::number(timer.elapsed())));

    Fd client;
    QVERIFY(connectTo(client, port));
    timer.start();
    QVERIFY(capture.waitForSegments(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!capture.take().isEmpty());

    capture.stop();
    timer.start();
    QVERIFY(!capture.waitForSegments(5000)); // nothing can come any more: no waiting
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

// sync() is the engine's barrier before it calls a step settled: once it returns, take() holds
// every segment sent before it, with no waiting of the caller's own. Each of the 50 rounds sends a
// byte and its peer's ACK comes back at once on loopback; both must be there.
void TestCapture::syncHandsOverWhatWasSent()
{
    Capture capture;
    START_OR_SKIP(capture);
    Fd listener;
    quint16 port = 0;
    QVERIFY(listenUnderFilter(capture, listener, port));
    Fd client, server;
    QVERIFY(connectTo(client, port) && acceptFrom(listener, server));
    const quint16 clientPort = portOf(client.get());
    QVERIFY(capture.sync(5000));
    capture.take(); // the handshake

    for (int round = 0; round < 50; ++round) {
        QCOMPARE(send(client.get(), "x", 1, MSG_NOSIGNAL), 1);
        QVERIFY(capture.sync(5000));
        const QList<RawSegment> taken = capture.take();
        const bool data = std::any_of(taken.cbegin(), taken.cend(),
                                      [&](const RawSegment &s) { return s.srcPort == clientPort && s.len == 1; });
        QVERIFY2(data, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(describe(taken))));
        char byte = 0;
        QCOMPARE(recv(server.get(), &byte, 1, 0), 1);
    }

    capture.stop();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!capture.sync(5000)); // no thread to catch up: no waiting
    QVERIFY(timer.elapsed() < 1000);
}

// How long after send() returns the segment can be taken: the engine waits on exactly this.
void TestCapture::latency()
{
    Capture capture;
    START_OR_SKIP(capture);
    Fd listener;
    quint16 port = 0;
    QVERIFY(listenUnderFilter(capture, listener, port));
    Fd client, server;
    QVERIFY(connectTo(client, port) && acceptFrom(listener, server));
    const quint16 clientPort = portOf(client.get());

    QList<qint64> available, stamped;
    char buffer[8];
    for (int i = 0; i < 25; ++i) {
        capture.take();
        const qint64 before = nowUs();
        QCOMPARE(send(client.get(), "x", 1, MSG_NOSIGNAL), 1);
        const qint64 returned = nowUs();
        std::optional<RawSegment> seen;
        QElapsedTimer deadline;
        deadline.start();
        while (!seen && deadline.elapsed() < 1000) {
            capture.waitForSegments(100);
            for (const RawSegment &s : capture.take()) {
                if (s.srcPort == clientPort && s.len == 1)
                    seen = s;
            }
        }
        QVERIFY2(seen, "segment never arrived");
        available += nowUs() - returned;
        stamped += seen->tUs - before;
        QCOMPARE(recv(server.get(), buffer, sizeof buffer, 0), 1);
    }
    std::sort(available.begin(), available.end());
    std::sort(stamped.begin(), stamped.end());
    qInfo("send() return -> take(): min %lld, median %lld, max %lld us", available.first(), available[available.size() / 2],
          available.last());
    qInfo("send() call -> kernel timestamp: min %lld, median %lld, max %lld us", stamped.first(), stamped[stamped.size() / 2],
          stamped.last());
    QVERIFY2(available[available.size() / 2] < 5000, "median latency above 5 ms");
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
