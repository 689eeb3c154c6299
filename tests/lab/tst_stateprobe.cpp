// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// StateProbe::probeBoth on real loopback connections, from the listener alone to after the
// connection is gone: what the engine records as each side's state at every stage.

#include "kernel/stateprobe.h"
#include "support/loopback.h"

#include <QTest>

using namespace FinAck;
using namespace Loopback;

namespace {

StateProbe::Ports portsOf(const Connection &c)
{
    return {.server = c.serverPort, .client = c.clientPort};
}

QList<SocketHandle> openOf(const Fd &fd)
{
    return fd.isValid() ? QList<SocketHandle>{SocketHandle(fd.get())} : QList<SocketHandle>{};
}

// One line per side, so a QTRY_COMPARE failure shows everything the probe said.
QString describe(const SideState &s)
{
    QString text = tcpStateName(s.state);
    if (s.inTable)
        text += QStringLiteral(" table");
    if (s.descriptorOpen)
        text += QStringLiteral(" fd");
    if (s.timerMs)
        text += QStringLiteral(" timer");
    return text + QStringLiteral(" rq=%1 sq=%2").arg(s.recvQ).arg(s.sendQ);
}

QString probe(StateProbe &probe, const Connection &c)
{
    SideState client, server;
    QString error;
    if (!probe.probeBoth(portsOf(c), openOf(c.client), openOf(c.server), &client, &server, &error))
        return QStringLiteral("error: ") + error;
    return QStringLiteral("client: %1 | server: %2").arg(describe(client), describe(server));
}

enum class Stage {
    Established,
    ClientClosed,         // close() on the client: it sent its FIN first
    BothClosed,           // then the server read EOF and closed too
    ServerAborted,        // close() with SO_LINGER 0 on the server: RST
    ClientAborted,        // the same on the client
    TimeWaitClientFdOpen, // shutdown(SHUT_WR) on the client, the server closed; client fd kept
};

bool drive(Connection &c, Stage stage)
{
    // The listener stays open throughout, as in a scenario: the kernel's exact lookup falls back
    // to it for a server end that is gone, and the probe must not report the listener instead.
    if (!connectPair(c, Listener::KeepOpen))
        return false;
    switch (stage) {
    case Stage::Established: return true;
    case Stage::ClientClosed: c.client.reset(); return true;
    case Stage::BothClosed: c.client.reset(); return readEofAndClose(c.server);
    case Stage::ServerAborted: return abortiveClose(c.server);
    case Stage::ClientAborted: return abortiveClose(c.client);
    case Stage::TimeWaitClientFdOpen:
        if (shutdown(c.client.get(), SHUT_WR) != 0)
            return fail("shutdown");
        return readEofAndClose(c.server);
    }
    return false;
}

} // namespace

class TestStateProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheSocketTable();
    void beforeAnyPortIsKnown();
    void listenerBeforeConnect();
    void throughTheConnectionsLife_data();
    void throughTheConnectionsLife();
    void timeWaitTimerCountsDown();

private:
    StateProbe m_probe;
};

void TestStateProbe::opensTheSocketTable()
{
    QVERIFY2(m_probe.isAvailable(), qPrintable(m_probe.errorString()));
}

void TestStateProbe::beforeAnyPortIsKnown()
{
    // No server port yet: only the descriptors can say anything, and a fresh socket is CLOSED.
    Connection c;
    c.client = tcpSocket();
    QVERIFY(c.client.isValid());
    QCOMPARE(probe(m_probe, c), QStringLiteral("client: CLOSED fd rq=0 sq=0 | server: CLOSED rq=0 sq=0"));
}

void TestStateProbe::listenerBeforeConnect()
{
    Connection c;
    QVERIFY(listenOnLoopback(c.listener, c.serverPort));
    // The listener is not one of the server's descriptors on the connection, yet until a client
    // port is known it stands for the server side; its queue figures are not a connection's.
    QCOMPARE(probe(m_probe, c), QStringLiteral("client: CLOSED rq=0 sq=0 | server: LISTEN table rq=0 sq=0"));

    c.listener.reset();
    QCOMPARE(probe(m_probe, c), QStringLiteral("client: CLOSED rq=0 sq=0 | server: CLOSED rq=0 sq=0"));
}

void TestStateProbe::throughTheConnectionsLife_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ESTABLISHED on both ends") << Stage::Established
                                              << QStringLiteral(
                                                     "client: ESTABLISHED table fd rq=0 sq=0 | server: ESTABLISHED table fd rq=0 sq=0");
    // The orphaned FIN_WAIT_2 counts down tcp_fin_timeout; the unread FIN is the 1 in CLOSE_WAIT's queue.
    QTest::newRow("client closed: FIN_WAIT_2 orphan, CLOSE_WAIT")
        << Stage::ClientClosed << QStringLiteral("client: FIN_WAIT_2 table timer rq=0 sq=0 | server: CLOSE_WAIT table fd rq=1 sq=0");
    QTest::newRow("both closed: TIME_WAIT, CLOSED")
        << Stage::BothClosed << QStringLiteral("client: TIME_WAIT table timer rq=0 sq=0 | server: CLOSED rq=0 sq=0");
    QTest::newRow("server sent RST: both CLOSED, client fd open")
        << Stage::ServerAborted << QStringLiteral("client: CLOSED fd rq=0 sq=0 | server: CLOSED rq=0 sq=0");
    QTest::newRow("client sent RST: both CLOSED, server fd open")
        << Stage::ClientAborted << QStringLiteral("client: CLOSED rq=0 sq=0 | server: CLOSED fd rq=0 sq=0");
    // The client's own descriptor says CLOSED (its socket handed the connection to a timewait
    // entry); the table's row wins.
    QTest::newRow("TIME_WAIT while the client fd is open")
        << Stage::TimeWaitClientFdOpen << QStringLiteral("client: TIME_WAIT table fd timer rq=0 sq=0 | server: CLOSED rq=0 sq=0");
}

void TestStateProbe::throughTheConnectionsLife()
{
    QFETCH(Stage, stage);
    QFETCH(QString, expected);

    Connection c;
    QVERIFY(drive(c, stage));
    // The peer's ACK of a FIN may be delayed, and an RST takes a moment to arrive.
    QTRY_COMPARE(probe(m_probe, c), expected);
    QVERIFY(m_probe.errorString().isEmpty());
}

void TestStateProbe::timeWaitTimerCountsDown()
{
    Connection c;
    QVERIFY(drive(c, Stage::BothClosed));
    SideState client, server;
    QTRY_VERIFY(m_probe.probeBoth(portsOf(c), {}, {}, &client, &server, nullptr) && client.state == TcpState::TimeWait);
    QVERIFY(client.timerMs);
    const qint64 first = *client.timerMs;
    // TIME_WAIT lasts 60 s on Linux (TCP_TIMEWAIT_LEN, not a sysctl).
    QVERIFY2(first > 50000 && first <= 60000, qPrintable(QString::number(first)));
    QTRY_VERIFY(m_probe.probeBoth(portsOf(c), {}, {}, &client, &server, nullptr) && client.timerMs.value_or(first) < first);
}

QTEST_GUILESS_MAIN(TestStateProbe)
#include "tst_stateprobe.moc"
