// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// SockDiag against the real kernel: real loopback connections driven through each way of
// ending, with the socket table read after every step.

#include "kernel/sockdiag.h"
#include "kernel/tcpinfo.h"
#include "support/loopback.h"

#include <QSet>
#include <QTest>

#include <netinet/tcp.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

using namespace FinAck;
using namespace Loopback;

namespace {

quint64 inodeOf(int fd)
{
    struct stat st {
    };
    return fstat(fd, &st) == 0 ? quint64(st.st_ino) : 0;
}

std::optional<SocketInfo> rowOf(SockDiag &diag, quint16 localPort, quint16 remotePort)
{
    const auto rows = diag.sockets(localPort);
    if (!rows)
        return std::nullopt;
    for (const SocketInfo &row : *rows) {
        if (row.localPort == localPort && row.remotePort == remotePort && row.localAddr == kLoopback)
            return row;
    }
    return std::nullopt;
}

// A string, so a QTRY_COMPARE failure says what the kernel showed instead.
QString stateOf(SockDiag &diag, quint16 localPort, quint16 remotePort)
{
    const auto rows = diag.sockets(localPort);
    if (!rows)
        return QStringLiteral("error: ") + diag.errorString();
    for (const SocketInfo &row : *rows) {
        if (row.localPort == localPort && row.remotePort == remotePort && row.localAddr == kLoopback)
            return tcpStateName(row.state);
    }
    return QStringLiteral("(no row)");
}

QString describe(const std::optional<std::optional<SocketInfo>> &found, const SockDiag &diag)
{
    if (!found)
        return QStringLiteral("error: ") + diag.errorString();
    return *found ? tcpStateName((*found)->state) : QStringLiteral("(no row)");
}

// Where a connection's life has got to when find() is asked about it.
enum class Stage {
    Established,
    ClientClosed,   // client FIN_WAIT_2 (orphaned), server CLOSE_WAIT
    BothClosed,     // client TIME_WAIT, server gone after LAST_ACK
    ServerReset,    // server closed with SO_LINGER 0: both ends gone, listener still open
    DeferredAccept, // TCP_DEFER_ACCEPT: the handshake's ACK is held back, the server end a request socket
};

// Which port pair find() is asked for.
enum class Ask { ClientEnd, ServerEnd, ListenerToItself, ClientToItself };

bool drive(Connection &c, Stage stage)
{
    if (stage == Stage::DeferredAccept) {
        if (!listenOnLoopback(c.listener, c.serverPort))
            return false;
        const int seconds = 30;
        if (setsockopt(c.listener.get(), IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds) != 0)
            return fail("TCP_DEFER_ACCEPT");
        if (!connectTo(c.client, c.serverPort))
            return false;
        c.clientPort = portOf(c.client.get());
        return true;
    }
    if (!connectPair(c, Listener::KeepOpen))
        return false;
    if (stage == Stage::ServerReset)
        return abortiveClose(c.server);
    if (stage == Stage::ClientClosed || stage == Stage::BothClosed)
        c.client.reset();
    if (stage == Stage::BothClosed)
        return readEofAndClose(c.server);
    return true;
}

QString fdStateOf(int fd)
{
    const auto info = readTcpInfo(fd);
    return info ? tcpStateName(info->state) : QStringLiteral("(not a TCP socket)");
}

} // namespace

class TestSockDiag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensNetlinkSocket();
    void listenerShowsListen();
    void listenerQueueCountsUnacceptedConnections_data();
    void listenerQueueCountsUnacceptedConnections();
    void filterKeepsOnlyTheRequestedPort();
    void largeTableSpansSeveralReplies_data();
    void largeTableSpansSeveralReplies();
    void establishedOnBothEnds();
    void recvQueueShowsUnreadBytes_data();
    void recvQueueShowsUnreadBytes();
    void orderlyCloseClientFirst();
    void timeWaitWhileDescriptorStillOpen();
    void resetRemovesBothRows();
    void findAgreesWithDump_data();
    void findAgreesWithDump();
    void findRacingCloseReadsOneMoment();

private:
    SockDiag m_diag;
};

void TestSockDiag::opensNetlinkSocket()
{
    QVERIFY2(m_diag.isOpen(), qPrintable(m_diag.errorString()));
    QVERIFY(m_diag.errorString().isEmpty());
    QVERIFY(m_diag.sockets(1).has_value());
}

void TestSockDiag::listenerShowsListen()
{
    Fd listener;
    quint16 port = 0;
    QVERIFY(listenOnLoopback(listener, port));

    const auto row = rowOf(m_diag, port, 0);
    QVERIFY2(row, qPrintable(m_diag.errorString()));
    QCOMPARE(row->state, TcpState::Listen);
    QCOMPARE(row->localAddr, kLoopback);
    QCOMPARE(row->remoteAddr, 0u);
    QCOMPARE(row->uid, quint32(geteuid()));
    QCOMPARE(row->inode, inodeOf(listener.get()));
    QVERIFY(row->hasTcpInfo);
    QCOMPARE(row->unacked, 0u);

    listener.reset();
    QCOMPARE(stateOf(m_diag, port, 0), QStringLiteral("(no row)"));
}

void TestSockDiag::listenerQueueCountsUnacceptedConnections_data()
{
    QTest::addColumn<int>("pending");
    QTest::newRow("nobody waiting") << 0;
    QTest::newRow("one connection waiting") << 1;
    QTest::newRow("three connections waiting") << 3;
}

void TestSockDiag::listenerQueueCountsUnacceptedConnections()
{
    QFETCH(int, pending);
    constexpr int backlog = 5;
    Fd listener;
    quint16 port = 0;
    QVERIFY(listenOnLoopback(listener, port, backlog));
    Fd clients[3];
    for (int i = 0; i < pending; ++i)
        QVERIFY(connectTo(clients[i], port));

    // The handshake's last ACK reaches the listener just after connect() returns.
    QTRY_COMPARE(rowOf(m_diag, port, 0).value_or(SocketInfo{}).recvQ, quint32(pending));
    QCOMPARE(rowOf(m_diag, port, 0).value_or(SocketInfo{}).sendQ, quint32(backlog));
}

void TestSockDiag::filterKeepsOnlyTheRequestedPort()
{
    Fd first, second;
    quint16 firstPort = 0, secondPort = 0;
    QVERIFY(listenOnLoopback(first, firstPort));
    QVERIFY(listenOnLoopback(second, secondPort));

    const auto rows = m_diag.sockets(firstPort);
    QVERIFY2(rows, qPrintable(m_diag.errorString()));
    // Not just one row: an earlier test's TIME_WAIT entry (60 s) may have firstPort as its
    // remote port, the kernel having since handed that port to this listener.
    QList<quint64> listeners;
    for (const SocketInfo &row : *rows) {
        QVERIFY2(row.localPort == firstPort || row.remotePort == firstPort,
                 qPrintable(QStringLiteral("%1 -> %2").arg(row.localPort).arg(row.remotePort)));
        if (row.state == TcpState::Listen)
            listeners << row.inode;
    }
    QCOMPARE(listeners, QList<quint64>{inodeOf(first.get())});
}

void TestSockDiag::largeTableSpansSeveralReplies_data()
{
    // A row with its TCP_INFO is about 400 bytes and a netlink reply at most a page: 100
    // connections (201 rows) need some twenty replies to the one request.
    QTest::addColumn<int>("connections");
    QTest::newRow("one connection, one reply") << 1;
    QTest::newRow("100 connections, many replies") << 100;
}

void TestSockDiag::largeTableSpansSeveralReplies()
{
    QFETCH(int, connections);
    Fd listener;
    quint16 port = 0;
    QVERIFY(listenOnLoopback(listener, port, connections));
    std::vector<Fd> fds;
    QSet<quint16> clientPorts;
    for (int i = 0; i < connections; ++i) {
        Fd client;
        QVERIFY(connectTo(client, port));
        clientPorts.insert(portOf(client.get()));
        Fd server;
        QVERIFY(acceptFrom(listener, server));
        fds.push_back(std::move(client));
        fds.push_back(std::move(server));
    }

    // Twice: a reply part left unread by the first query would be taken for the second's answer.
    for (int round = 0; round < 2; ++round) {
        const auto rows = m_diag.sockets(port);
        QVERIFY2(rows, qPrintable(m_diag.errorString()));
        // Only this test's rows count: an earlier run's TIME_WAIT entries (60 s) may still name
        // `port`, reused since, as their remote port.
        int ours = 0;
        QSet<quint16> seenFromClient, seenFromServer;
        for (const SocketInfo &row : *rows) {
            if (row.remotePort == port && clientPorts.contains(row.localPort))
                seenFromClient.insert(row.localPort);
            else if (row.localPort == port && row.state == TcpState::Established && clientPorts.contains(row.remotePort))
                seenFromServer.insert(row.remotePort);
            else if (row.localPort != port || row.state != TcpState::Listen)
                continue;
            ++ours;
        }
        QCOMPARE(ours, 2 * connections + 1);
        QCOMPARE(seenFromClient, clientPorts);
        QCOMPARE(seenFromServer, clientPorts);
    }
}

void TestSockDiag::establishedOnBothEnds()
{
    Connection c;
    QVERIFY(connectPair(c));

    const auto client = rowOf(m_diag, c.clientPort, c.serverPort);
    const auto server = rowOf(m_diag, c.serverPort, c.clientPort);
    QVERIFY(client);
    QVERIFY(server);
    QCOMPARE(client->state, TcpState::Established);
    QCOMPARE(server->state, TcpState::Established);
    QCOMPARE(client->remoteAddr, kLoopback);
    QCOMPARE(server->remoteAddr, kLoopback);
    QCOMPARE(client->inode, inodeOf(c.client.get()));
    QCOMPARE(server->inode, inodeOf(c.server.get()));
    QCOMPARE(client->uid, quint32(geteuid()));
    QVERIFY(client->hasTcpInfo);
    QVERIFY(server->hasTcpInfo);
    QCOMPARE(client->recvQ, 0u);
    QCOMPARE(client->sendQ, 0u);
}

void TestSockDiag::recvQueueShowsUnreadBytes_data()
{
    QTest::addColumn<int>("bytes");
    QTest::newRow("one byte") << 1;
    QTest::newRow("a line") << 100;
    QTest::newRow("several segments' worth") << 20000;
}

void TestSockDiag::recvQueueShowsUnreadBytes()
{
    QFETCH(int, bytes);
    Connection c;
    QVERIFY(connectPair(c));
    const QByteArray payload(bytes, 'x');
    QCOMPARE(send(c.client.get(), payload.constData(), size_t(bytes), MSG_NOSIGNAL), ssize_t(bytes));

    QTRY_COMPARE(rowOf(m_diag, c.serverPort, c.clientPort).value_or(SocketInfo{}).recvQ, quint32(bytes));
    // Acknowledged, so nothing left in the sender's queue, and nothing in flight.
    QTRY_COMPARE(rowOf(m_diag, c.clientPort, c.serverPort).value_or(SocketInfo{}).sendQ, 0u);
    QCOMPARE(rowOf(m_diag, c.clientPort, c.serverPort).value_or(SocketInfo{}).unacked, 0u);

    QByteArray received(bytes, '\0');
    QCOMPARE(recv(c.server.get(), received.data(), size_t(bytes), MSG_WAITALL), ssize_t(bytes));
    QTRY_COMPARE(rowOf(m_diag, c.serverPort, c.clientPort).value_or(SocketInfo{}).recvQ, 0u);
}

void TestSockDiag::orderlyCloseClientFirst()
{
    Connection c;
    QVERIFY(connectPair(c));

    c.client.reset();
    // The server's ACK of the FIN can be delayed (~40 ms).
    QTRY_COMPARE(stateOf(m_diag, c.clientPort, c.serverPort), QStringLiteral("FIN_WAIT_2"));
    QTRY_COMPARE(stateOf(m_diag, c.serverPort, c.clientPort), QStringLiteral("CLOSE_WAIT"));
    // Orphaned (no descriptor any more), the FIN_WAIT_2 connection lives on as a minimal
    // timewait entry: no owner, no TCP_INFO, and the TIME_WAIT timer running tcp_fin_timeout.
    const auto finWait2 = rowOf(m_diag, c.clientPort, c.serverPort);
    QVERIFY(finWait2);
    QCOMPARE(finWait2->inode, quint64(0));
    QCOMPARE(finWait2->uid, 0u);
    QVERIFY(!finWait2->hasTcpInfo);
    QCOMPARE(finWait2->timer, 3);
    QVERIFY2(finWait2->timerMs > 0, qPrintable(QString::number(finWait2->timerMs)));
    // sock_diag counts the FIN the server has not read yet; the descriptor's SIOCINQ does not.
    QCOMPARE(rowOf(m_diag, c.serverPort, c.clientPort).value_or(SocketInfo{}).recvQ, 1u);
    QCOMPARE(readTcpInfo(c.server.get()).value_or(FdTcpInfo{TcpState::Closed, 0, -1, -1}).recvQ, 0);
    char byte = 0;
    QCOMPARE(recv(c.server.get(), &byte, 1, 0), ssize_t(0));
    QCOMPARE(rowOf(m_diag, c.serverPort, c.clientPort).value_or(SocketInfo{}).recvQ, 0u);

    c.server.reset();
    QTRY_COMPARE(stateOf(m_diag, c.clientPort, c.serverPort), QStringLiteral("TIME_WAIT"));
    // LAST_ACK ends with the client's ACK; a socket in CLOSE is not in the table.
    QTRY_COMPARE(stateOf(m_diag, c.serverPort, c.clientPort), QStringLiteral("(no row)"));

    const auto timeWait = rowOf(m_diag, c.clientPort, c.serverPort);
    QVERIFY(timeWait);
    QCOMPARE(timeWait->timer, 3);
    QVERIFY2(timeWait->timerMs > 50000 && timeWait->timerMs <= 60000, qPrintable(QString::number(timeWait->timerMs)));
    QCOMPARE(timeWait->uid, 0u);
    QCOMPARE(timeWait->inode, quint64(0));
    QVERIFY(!timeWait->hasTcpInfo);
}

void TestSockDiag::timeWaitWhileDescriptorStillOpen()
{
    Connection c;
    QVERIFY(connectPair(c));

    QCOMPARE(shutdown(c.client.get(), SHUT_WR), 0);
    char byte = 0;
    QCOMPARE(recv(c.server.get(), &byte, 1, 0), ssize_t(0)); // EOF: the client's FIN arrived
    c.server.reset();

    QTRY_COMPARE(stateOf(m_diag, c.clientPort, c.serverPort), QStringLiteral("TIME_WAIT"));
    QTRY_COMPARE(stateOf(m_diag, c.serverPort, c.clientPort), QStringLiteral("(no row)"));
    // The descriptor's socket handed the connection over to a TIME_WAIT entry and is itself CLOSED.
    QCOMPARE(fdStateOf(c.client.get()), QStringLiteral("CLOSED"));
    const auto row = rowOf(m_diag, c.clientPort, c.serverPort);
    QVERIFY(row);
    QCOMPARE(row->inode, quint64(0));
    QCOMPARE(row->timer, 3);
}

void TestSockDiag::resetRemovesBothRows()
{
    Connection c;
    QVERIFY(connectPair(c));

    const linger abort{1, 0};
    QCOMPARE(setsockopt(c.server.get(), SOL_SOCKET, SO_LINGER, &abort, sizeof abort), 0);
    c.server.reset();

    QTRY_COMPARE(stateOf(m_diag, c.clientPort, c.serverPort), QStringLiteral("(no row)"));
    QCOMPARE(stateOf(m_diag, c.serverPort, c.clientPort), QStringLiteral("(no row)"));
    QCOMPARE(fdStateOf(c.client.get()), QStringLiteral("CLOSED"));
}

void TestSockDiag::findAgreesWithDump_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Ask>("ask");
    QTest::addColumn<QString>("state"); // what both find() and the dump must show
    QTest::addColumn<int>("timer");     // idiag_timer of that row

    const QString gone = QStringLiteral("(no row)");
    QTest::newRow("ESTABLISHED, client end") << Stage::Established << Ask::ClientEnd << QStringLiteral("ESTABLISHED") << 0;
    QTest::newRow("ESTABLISHED, server end") << Stage::Established << Ask::ServerEnd << QStringLiteral("ESTABLISHED") << 0;
    QTest::newRow("orphaned FIN_WAIT_2, a timewait entry") << Stage::ClientClosed << Ask::ClientEnd << QStringLiteral("FIN_WAIT_2") << 3;
    QTest::newRow("CLOSE_WAIT, FIN not read") << Stage::ClientClosed << Ask::ServerEnd << QStringLiteral("CLOSE_WAIT") << 0;
    QTest::newRow("TIME_WAIT with its timer") << Stage::BothClosed << Ask::ClientEnd << QStringLiteral("TIME_WAIT") << 3;
    QTest::newRow("server end gone after LAST_ACK") << Stage::BothClosed << Ask::ServerEnd << gone << 0;
    QTest::newRow("client end gone after RST") << Stage::ServerReset << Ask::ClientEnd << gone << 0;
    // The kernel's lookup falls back to the listener on the server's port; find() must not
    // take the listener for the connection.
    QTest::newRow("server end gone after RST, listener open") << Stage::ServerReset << Ask::ServerEnd << gone << 0;
    QTest::newRow("unknown pair on a listener's port") << Stage::Established << Ask::ListenerToItself << gone << 0;
    QTest::newRow("unknown pair, no listener") << Stage::Established << Ask::ClientToItself << gone << 0;
    QTest::newRow("request socket in SYN_RECV, SYN-ACK retransmitting")
        << Stage::DeferredAccept << Ask::ServerEnd << QStringLiteral("SYN_RECV") << 1;
}

void TestSockDiag::findAgreesWithDump()
{
    QFETCH(Stage, stage);
    QFETCH(Ask, ask);
    QFETCH(QString, state);
    QFETCH(int, timer);

    Connection c;
    QVERIFY(drive(c, stage));
    quint16 local = c.clientPort, remote = c.serverPort;
    if (ask == Ask::ServerEnd)
        std::swap(local, remote);
    else if (ask == Ask::ListenerToItself)
        local = remote = c.serverPort;
    else if (ask == Ask::ClientToItself)
        local = remote = c.clientPort;

    // Waiting on the dump, so that find() is checked against it and not against itself.
    QTRY_COMPARE(stateOf(m_diag, local, remote), state);
    const auto dumped = rowOf(m_diag, local, remote);
    const auto found = m_diag.find(local, remote);
    QCOMPARE(describe(found, m_diag), state);
    QVERIFY(m_diag.errorString().isEmpty());
    if (!dumped)
        return;

    const SocketInfo &row = **found;
    QCOMPARE(row.localAddr, dumped->localAddr);
    QCOMPARE(row.remoteAddr, dumped->remoteAddr);
    QCOMPARE(row.localPort, local);
    QCOMPARE(row.remotePort, remote);
    QCOMPARE(row.state, dumped->state);
    QCOMPARE(row.timer, timer);
    QCOMPARE(row.timer, dumped->timer);
    // Counting down between the two queries, a few ms apart at most.
    QVERIFY2(qAbs(row.timerMs - dumped->timerMs) <= 100, qPrintable(QStringLiteral("%1 vs %2").arg(row.timerMs).arg(dumped->timerMs)));
    QCOMPARE(row.timerMs > 0, timer != 0);
    QCOMPARE(row.retransmits, dumped->retransmits);
    QCOMPARE(row.recvQ, dumped->recvQ);
    QCOMPARE(row.sendQ, dumped->sendQ);
    QCOMPARE(row.uid, dumped->uid);
    QCOMPARE(row.inode, dumped->inode);
    QCOMPARE(row.hasTcpInfo, dumped->hasTcpInfo);
    QCOMPARE(row.unacked, dumped->unacked);
    QCOMPARE(row.lost, dumped->lost);
    QCOMPARE(row.tcpRetrans, dumped->tcpRetrans);
}

// The kernel fills a row without the socket's lock, the state before the queues and the timer.
// Here one thread calls find() without pause while the other closes a connection end in
// CLOSE_WAIT, which queues the FIN and starts its retransmit timer. A single lookup reads
// CLOSE_WAIT with sendQ 1 or the timer running: 7 to 109 times in 500 closes here, 258 in 3,000
// in a C loop like this one. find() must never hand such a mix on.
void TestSockDiag::findRacingCloseReadsOneMoment()
{
    constexpr int kCloses = 500;
    int torn = 0, lastAck = 0, readings = 0;
    QString example;
    for (int i = 0; i < kCloses; ++i) {
        Connection c;
        QVERIFY(connectPair(c));
        c.server.reset();
        char byte = 0;
        QCOMPARE(recv(c.client.get(), &byte, 1, 0), ssize_t(0)); // the client end is in CLOSE_WAIT

        std::atomic<bool> probing = false, closed = false;
        QList<SocketInfo> rows;
        bool failed = false;
        std::thread prober([&] {
            do {
                const auto found = m_diag.find(c.clientPort, c.serverPort);
                failed = failed || !found;
                if (found && *found)
                    rows << **found;
                probing = true;
            } while (!closed);
        });
        while (!probing) {}
        // Land the close at a different point of the lookup each time.
        const auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds((i % 50) * 100);
        while (std::chrono::steady_clock::now() < until) {}
        c.client.reset();
        closed = true;
        prober.join();

        QVERIFY2(!failed, qPrintable(m_diag.errorString()));
        readings += int(rows.size());
        for (const SocketInfo &row : std::as_const(rows)) {
            lastAck += row.state == TcpState::LastAck ? 1 : 0;
            if (row.state == TcpState::CloseWait && (row.sendQ != 0 || row.timer != 0)) {
                ++torn;
                example = QStringLiteral("CLOSE_WAIT with sendQ %1, timer %2").arg(row.sendQ).arg(row.timer);
            }
        }
    }
    qInfo("%d closes, %d readings, %d of them LAST_ACK", kCloses, readings, lastAck);
    QVERIFY2(torn == 0, qPrintable(QStringLiteral("%1 readings mixed two moments, e.g. %2").arg(torn).arg(example)));
}

QTEST_GUILESS_MAIN(TestSockDiag)
#include "tst_sockdiag.moc"
