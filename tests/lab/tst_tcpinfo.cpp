// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// readTcpInfo() on real descriptors: what a socket's own fd reports through TCP_INFO and the
// queue ioctls, from the first socket() call to after the connection has gone.

#include "kernel/tcpinfo.h"
#include "support/loopback.h"

#include <QTest>

#include <fcntl.h>

using namespace FinAck;
using namespace Loopback;

namespace {

// Strings, so a QTRY_COMPARE failure says what the kernel reported instead.
QString stateOf(int fd)
{
    const auto info = readTcpInfo(fd);
    return info ? tcpStateName(info->state) : QStringLiteral("(not a TCP socket)");
}

qint64 recvQOf(int fd)
{
    return readTcpInfo(fd).value_or(FdTcpInfo{TcpState::Closed, 0, -1, -1}).recvQ;
}
qint64 sendQOf(int fd)
{
    return readTcpInfo(fd).value_or(FdTcpInfo{TcpState::Closed, 0, -1, -1}).sendQ;
}

} // namespace

class TestTcpInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsWhatIsNotATcpSocket_data();
    void rejectsWhatIsNotATcpSocket();
    void newSocketIsClosed();
    void listenerReportsItsAcceptQueue();
    void connectedPairIsEstablished();
    void recvQueueCountsUnreadBytes_data();
    void recvQueueCountsUnreadBytes();
    void sendQueueHoldsWhatThePeerCannotTake();
    void halfCloseOnTheDescriptors();
    void resetLeavesTheDescriptorClosed();
};

void TestTcpInfo::rejectsWhatIsNotATcpSocket_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("closed descriptor") << QStringLiteral("closed");
    QTest::newRow("pipe") << QStringLiteral("pipe");
    QTest::newRow("UDP socket") << QStringLiteral("udp");
    QTest::newRow("Unix stream socket") << QStringLiteral("unix");
}

void TestTcpInfo::rejectsWhatIsNotATcpSocket()
{
    QFETCH(QString, kind);
    Fd fd, other;
    if (kind == QLatin1String("closed")) {
        fd = Fd(socket(AF_INET, SOCK_STREAM, 0));
        QVERIFY(fd.isValid());
        const int number = fd.get();
        fd.reset();
        QVERIFY(!readTcpInfo(number));
        return;
    }
    if (kind == QLatin1String("pipe")) {
        int ends[2];
        QCOMPARE(pipe(ends), 0);
        fd = Fd(ends[0]);
        other = Fd(ends[1]);
    } else if (kind == QLatin1String("udp")) {
        fd = Fd(socket(AF_INET, SOCK_DGRAM, 0));
    } else {
        int ends[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM, 0, ends), 0);
        fd = Fd(ends[0]);
        other = Fd(ends[1]);
    }
    QVERIFY(fd.isValid());
    QVERIFY(!readTcpInfo(fd.get()));
}

void TestTcpInfo::newSocketIsClosed()
{
    const Fd fd(socket(AF_INET, SOCK_STREAM, 0));
    QVERIFY(fd.isValid());
    const auto info = readTcpInfo(fd.get());
    QVERIFY(info);
    QCOMPARE(info->state, TcpState::Closed);
    QCOMPARE(info->recvQ, 0);
    QCOMPARE(info->sendQ, 0);
}

void TestTcpInfo::listenerReportsItsAcceptQueue()
{
    constexpr int backlog = 4;
    Fd listener, first, second;
    quint16 port = 0;
    QVERIFY(listenOnLoopback(listener, port, backlog));
    QCOMPARE(stateOf(listener.get()), QStringLiteral("LISTEN"));
    QCOMPARE(recvQOf(listener.get()), 0);
    QCOMPARE(sendQOf(listener.get()), backlog);

    QVERIFY(connectTo(first, port));
    QVERIFY(connectTo(second, port));
    QTRY_COMPARE(recvQOf(listener.get()), 2);
    QCOMPARE(readTcpInfo(listener.get())->unacked, 0u);
}

void TestTcpInfo::connectedPairIsEstablished()
{
    Fd client, server;
    QVERIFY(connectPair(client, server));
    QCOMPARE(stateOf(client.get()), QStringLiteral("ESTABLISHED"));
    QCOMPARE(stateOf(server.get()), QStringLiteral("ESTABLISHED"));
    QCOMPARE(readTcpInfo(client.get())->unacked, 0u);
    QCOMPARE(recvQOf(server.get()), 0);
    QCOMPARE(sendQOf(client.get()), 0);
}

void TestTcpInfo::recvQueueCountsUnreadBytes_data()
{
    QTest::addColumn<int>("bytes");
    QTest::newRow("one byte") << 1;
    QTest::newRow("a line") << 100;
    QTest::newRow("several segments' worth") << 20000;
}

void TestTcpInfo::recvQueueCountsUnreadBytes()
{
    QFETCH(int, bytes);
    Fd client, server;
    QVERIFY(connectPair(client, server));
    const QByteArray payload(bytes, 'x');
    QCOMPARE(send(client.get(), payload.constData(), size_t(bytes), MSG_NOSIGNAL), ssize_t(bytes));

    QTRY_COMPARE(recvQOf(server.get()), bytes);
    QTRY_COMPARE(sendQOf(client.get()), 0);
    QCOMPARE(readTcpInfo(client.get())->unacked, 0u);

    QByteArray received(bytes, '\0');
    QCOMPARE(recv(server.get(), received.data(), size_t(bytes), MSG_WAITALL), ssize_t(bytes));
    QCOMPARE(recvQOf(server.get()), 0);
}

void TestTcpInfo::sendQueueHoldsWhatThePeerCannotTake()
{
    Fd client, server;
    QVERIFY(connectPair(client, server));
    QVERIFY(fcntl(client.get(), F_SETFL, O_NONBLOCK) == 0);

    // Write until the kernel refuses: the server reads nothing, so its receive buffer fills,
    // its window closes and the rest waits in the client's send queue.
    const QByteArray chunk(16384, 'x');
    qint64 total = 0;
    for (;;) {
        const ssize_t n = send(client.get(), chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
        if (n < 0) {
            QCOMPARE(errno, EAGAIN);
            break;
        }
        total += n;
    }
    QVERIFY(sendQOf(client.get()) > 0);
    QVERIFY(recvQOf(server.get()) > 0);
    // Every byte accepted by send() is either still the client's (not yet acknowledged) or
    // the server's (acknowledged, not yet read); the two queues meet once the ACKs are in.
    QTRY_COMPARE(sendQOf(client.get()) + recvQOf(server.get()), total);
}

void TestTcpInfo::halfCloseOnTheDescriptors()
{
    Fd client, server;
    QVERIFY(connectPair(client, server));

    QCOMPARE(shutdown(client.get(), SHUT_WR), 0);
    QTRY_COMPARE(stateOf(client.get()), QStringLiteral("FIN_WAIT_2"));
    QCOMPARE(stateOf(server.get()), QStringLiteral("CLOSE_WAIT"));
    QCOMPARE(recvQOf(server.get()), 0); // the unread FIN is not a byte to read
    char byte = 0;
    QCOMPARE(recv(server.get(), &byte, 1, 0), ssize_t(0)); // the FIN reads as end of file

    QCOMPARE(shutdown(server.get(), SHUT_WR), 0);
    // The client's socket passes its connection to a TIME_WAIT entry and is itself CLOSED;
    // the server's, once the last ACK arrives, too.
    QTRY_COMPARE(stateOf(client.get()), QStringLiteral("CLOSED"));
    QTRY_COMPARE(stateOf(server.get()), QStringLiteral("CLOSED"));
}

void TestTcpInfo::resetLeavesTheDescriptorClosed()
{
    Fd client, server;
    QVERIFY(connectPair(client, server));

    const linger abort{1, 0};
    QCOMPARE(setsockopt(server.get(), SOL_SOCKET, SO_LINGER, &abort, sizeof abort), 0);
    server.reset();

    QTRY_COMPARE(stateOf(client.get()), QStringLiteral("CLOSED"));
    char byte = 0;
    QCOMPARE(recv(client.get(), &byte, 1, 0), ssize_t(-1));
    QCOMPARE(errno, ECONNRESET);
    // The error is reported once; afterwards the socket is simply closed.
    QCOMPARE(stateOf(client.get()), QStringLiteral("CLOSED"));
}

QTEST_GUILESS_MAIN(TestTcpInfo)
#include "tst_tcpinfo.moc"
