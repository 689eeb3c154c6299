// StateProbe::probeBoth on real loopback connections, from the listener alone to after the
// connection is gone: what the engine records as each side's state at every stage.

#include "stateprobe.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

using namespace FinAck;

namespace {

// Owns one descriptor, so a test that fails half-way does not leave connections behind.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd &operator=(Fd &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    ~Fd() { reset(); }
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

bool fail(const char *what)
{
    qWarning("%s: %s", what, strerror(errno));
    return false;
}

// A wedged test should fail, not hang until CTest kills it.
void boundBlocking(int fd)
{
    const timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

quint16 portOf(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    return ntohs(addr.sin_port);
}

Fd tcpSocket()
{
    Fd fd(socket(AF_INET, SOCK_STREAM, 0));
    if (fd.isValid())
        boundBlocking(fd.get());
    return fd;
}

// Port 0: the kernel picks a free ephemeral port, so tests running in parallel never collide.
bool listenOnLoopback(Fd &listener, quint16 &port)
{
    listener = tcpSocket();
    if (!listener.isValid())
        return fail("socket");
    const sockaddr_in addr = loopback(0);
    if (bind(listener.get(), reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
        return fail("bind");
    if (listen(listener.get(), 8) != 0)
        return fail("listen");
    port = portOf(listener.get());
    return true;
}

// The listener stays open throughout, as in a scenario: the kernel's exact lookup falls back to
// it for a server end that is gone, and the probe must not report the listener instead.
struct Connection {
    Fd listener, client, server;
    StateProbe::Ports ports;

    QList<SocketHandle> clientFds() const { return openOf(client); }
    QList<SocketHandle> serverFds() const { return openOf(server); }

private:
    static QList<SocketHandle> openOf(const Fd &fd)
    {
        return fd.isValid() ? QList<SocketHandle>{SocketHandle(fd.get())} : QList<SocketHandle>{};
    }
};

bool connectPair(Connection &c)
{
    if (!listenOnLoopback(c.listener, c.ports.server))
        return false;
    c.client = tcpSocket();
    const sockaddr_in addr = loopback(c.ports.server);
    if (::connect(c.client.get(), reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
        return fail("connect");
    c.ports.client = portOf(c.client.get());
    c.server = Fd(accept(c.listener.get(), nullptr, nullptr));
    if (!c.server.isValid())
        return fail("accept");
    boundBlocking(c.server.get());
    return true;
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
    if (!probe.probeBoth(c.ports, c.clientFds(), c.serverFds(), &client, &server, &error))
        return QStringLiteral("error: ") + error;
    return QStringLiteral("client: %1 | server: %2").arg(describe(client), describe(server));
}

enum class Stage {
    Established,
    ClientClosed,          // close() on the client: it sent its FIN first
    BothClosed,            // then the server read EOF and closed too
    ServerAborted,         // close() with SO_LINGER 0 on the server: RST
    ClientAborted,         // the same on the client
    TimeWaitClientFdOpen,  // shutdown(SHUT_WR) on the client, the server closed; client fd kept
};

bool abortiveClose(Fd &fd)
{
    const linger abort{1, 0};
    if (setsockopt(fd.get(), SOL_SOCKET, SO_LINGER, &abort, sizeof abort) != 0)
        return fail("SO_LINGER");
    fd.reset();
    return true;
}

bool serverReadsEofAndCloses(Connection &c)
{
    char byte = 0;
    if (recv(c.server.get(), &byte, 1, 0) != 0)
        return fail("recv EOF");
    c.server.reset();
    return true;
}

bool drive(Connection &c, Stage stage)
{
    if (!connectPair(c))
        return false;
    switch (stage) {
    case Stage::Established:
        return true;
    case Stage::ClientClosed:
        c.client.reset();
        return true;
    case Stage::BothClosed:
        c.client.reset();
        return serverReadsEofAndCloses(c);
    case Stage::ServerAborted:
        return abortiveClose(c.server);
    case Stage::ClientAborted:
        return abortiveClose(c.client);
    case Stage::TimeWaitClientFdOpen:
        if (shutdown(c.client.get(), SHUT_WR) != 0)
            return fail("shutdown");
        return serverReadsEofAndCloses(c);
    }
    return false;
}

} // namespace

class TestStateProbe : public QObject
{
    Q_OBJECT

private slots:
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
    QVERIFY(listenOnLoopback(c.listener, c.ports.server));
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
        << QStringLiteral("client: ESTABLISHED table fd rq=0 sq=0 | server: ESTABLISHED table fd rq=0 sq=0");
    // The orphaned FIN_WAIT_2 counts down tcp_fin_timeout; the unread FIN is the 1 in CLOSE_WAIT's queue.
    QTest::newRow("client closed: FIN_WAIT_2 orphan, CLOSE_WAIT") << Stage::ClientClosed
        << QStringLiteral("client: FIN_WAIT_2 table timer rq=0 sq=0 | server: CLOSE_WAIT table fd rq=1 sq=0");
    QTest::newRow("both closed: TIME_WAIT, CLOSED") << Stage::BothClosed
        << QStringLiteral("client: TIME_WAIT table timer rq=0 sq=0 | server: CLOSED rq=0 sq=0");
    QTest::newRow("server sent RST: both CLOSED, client fd open") << Stage::ServerAborted
        << QStringLiteral("client: CLOSED fd rq=0 sq=0 | server: CLOSED rq=0 sq=0");
    QTest::newRow("client sent RST: both CLOSED, server fd open") << Stage::ClientAborted
        << QStringLiteral("client: CLOSED rq=0 sq=0 | server: CLOSED fd rq=0 sq=0");
    // The client's own descriptor says CLOSED (its socket handed the connection to a timewait
    // entry); the table's row wins.
    QTest::newRow("TIME_WAIT while the client fd is open") << Stage::TimeWaitClientFdOpen
        << QStringLiteral("client: TIME_WAIT table fd timer rq=0 sq=0 | server: CLOSED rq=0 sq=0");
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
    QTRY_VERIFY(m_probe.probeBoth(c.ports, {}, {}, &client, &server, nullptr)
                && client.state == TcpState::TimeWait);
    QVERIFY(client.timerMs);
    const qint64 first = *client.timerMs;
    // TIME_WAIT lasts 60 s on Linux (TCP_TIMEWAIT_LEN, not a sysctl).
    QVERIFY2(first > 50000 && first <= 60000, qPrintable(QString::number(first)));
    QTRY_VERIFY(m_probe.probeBoth(c.ports, {}, {}, &client, &server, nullptr)
                && client.timerMs.value_or(first) < first);
}

QTEST_GUILESS_MAIN(TestStateProbe)
#include "tst_stateprobe.moc"
