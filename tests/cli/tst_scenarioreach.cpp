// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// A shared scenario file reaches only what it made (issue 15): a service the test runs on
// 127.0.0.1, as a student's web server or Redis would, never hears from a scenario, on the host
// network and in the private namespace; raw socket options that could change the machine's
// networking run only in the private namespace. Driven through `finack run`, as a student would.
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

constexpr char kReply[] = "REPLY-FROM-THE-USERS-OWN-SERVICE";

// A local service of the user's: it answers every request with kReply and counts the
// connections it was offered, accepted or not.
class LocalService : public QObject
{
public:
    LocalService()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write(kReply);
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// finack run, with this thread's event loop turning meanwhile so that the service can answer.
Run finackRun(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FINACK_BIN), QStringList{QStringLiteral("run")} + args);
    Run r;
    if (!p.waitForStarted())
        return r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeScenario(const QTemporaryDir &dir, const QString &steps)
{
    const QString path = dir.filePath(QStringLiteral("reach.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral(R"({"format": "finack-scenario", "version": 1, "id": "reach", "title": "Reach", "steps": [%1]})")
                   .arg(steps)
                   .toUtf8());
    return path;
}

// The private namespace, where the kernel allows one (as on the machines the suite runs on).
bool privateNetworkAvailable()
{
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("--user"), QStringLiteral("--net"), QStringLiteral("true")});
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestScenarioReach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectToAForeignPortIsRefusedAtLoad_data()
    {
        QTest::addColumn<QString>("network");
        QTest::newRow("host") << "host";
        QTest::newRow("private") << "private";
    }

    // The file names the service's port: refused before anything runs, on every network.
    void connectToAForeignPortIsRefusedAtLoad()
    {
        QFETCH(QString, network);
        if (network == QLatin1String("private") && !privateNetworkAvailable())
            QSKIP("the kernel allows no private network namespace here");
        LocalService service;
        QVERIFY(service.listen());
        QTemporaryDir dir;
        const QString steps = QStringLiteral(R"({"actor": "client", "call": "socket", "as": "probe"},
            {"actor": "client", "call": "connect", "fd": "probe", "port": %1},
            {"actor": "client", "call": "send", "fd": "probe", "data": "GET / HTTP/1.0\r\n\r\n"},
            {"actor": "client", "call": "recv", "fd": "probe", "size": 100, "timeout_ms": 1000})")
                                  .arg(service.port());
        const Run r = finackRun({writeScenario(dir, steps), QStringLiteral("--network"), network});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("finack: reach.json: steps[1].port: expected a port an earlier bind")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("got %1").arg(service.port())), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!r.out.contains(QLatin1String(kReply)));
        QCOMPARE(service.connections(), 0);
    }

    void connectToAPortTheRunNeverHadIsRefusedAtTheStep_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("bindFailure"); // how the failed bind reads
        QTest::newRow("posix") << "posix"
                               << "EADDRINUSE";
        QTest::newRow("qt") << "qt"
                            << "QAbstractSocket::AddressInUseError";
    }

    // The file binds the service's port first, so the loader lets the number through; the bind
    // fails (the service holds the port) and the connect is not made when its step comes, also
    // by the Qt client's connectToHost().
    void connectToAPortTheRunNeverHadIsRefusedAtTheStep()
    {
        QFETCH(QString, client);
        QFETCH(QString, bindFailure);
        LocalService service;
        QVERIFY(service.listen());
        QTemporaryDir dir;
        const QString steps = QStringLiteral(R"({"actor": "client", "call": "socket", "as": "probe"},
            {"actor": "client", "call": "setsockopt", "fd": "probe", "option": "SO_REUSEADDR", "value": 1},
            {"actor": "client", "call": "bind", "fd": "probe", "port": %1},
            {"actor": "client", "call": "socket", "as": "probe2"},
            {"actor": "client", "call": "connect", "fd": "probe2", "port": %1},
            {"actor": "client", "call": "send", "fd": "probe2", "data": "GET / HTTP/1.0\r\n\r\n"},
            {"actor": "client", "call": "recv", "fd": "probe2", "size": 100, "timeout_ms": 1000})")
                                  .arg(service.port());
        const Run r = finackRun(
            {writeScenario(dir, steps), QStringLiteral("--network"), QStringLiteral("host"), QStringLiteral("--client"), client});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(bindFailure), qPrintable(r.out)); // the bind: the port is the service's
        // Step 11: the six setup steps, then the fifth of the file's.
        const QString refusal = QStringLiteral("Step 11 skipped: connect() to port %1 was not made").arg(service.port());
        QVERIFY2(r.out.contains(refusal), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("127.0.0.1:%1}").arg(service.port()) + QLatin1String(", sizeof(struct sockaddr_in)) = 0")));
        QVERIFY(!r.out.contains(QLatin1String(kReply)));
        QCOMPARE(service.connections(), 0);
    }

    void rawOptionsOnlyInThePrivateNetwork_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("host") << "host" << false;
        QTest::newRow("private") << "private" << true;
    }

    // SO_MARK (level 1, option 36) steers the machine's routing and firewall; as root it succeeds.
    void rawOptionsOnlyInThePrivateNetwork()
    {
        QFETCH(QString, network);
        QFETCH(bool, allowed);
        if (::geteuid() != 0)
            QSKIP("SO_MARK needs CAP_NET_ADMIN: without it the kernel refuses it anyway");
        if (network == QLatin1String("private") && !privateNetworkAvailable())
            QSKIP("the kernel allows no private network namespace here");
        QTemporaryDir dir;
        const QString steps = QStringLiteral(
            R"({"actor": "client", "call": "setsockopt", "option": {"level": 1, "option": 36}, "value": 1})");
        const Run r = finackRun({writeScenario(dir, steps), QStringLiteral("--network"), network});
        if (allowed) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1String(", 1, 36, &(int){1}, sizeof(int)) = 0")), qPrintable(r.out));
        } else {
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("reach cannot run on the host network: step 7: the raw option {\"level\": 1, \"option\": "
                                                  "36} is used only in the lab's private network namespace")),
                     qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY(!r.out.contains(QLatin1String("setsockopt(")));
        }
    }

    // The ENOPROTOOPT lesson still runs on the host: numbers Linux defines at no level.
    void undefinedRawOptionsRunOnTheHost()
    {
        const QStringList args{QStringLiteral("unsupported-option"), QStringLiteral("--network"), QStringLiteral("host")};
        const Run r = finackRun(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("The kernel did what the scenario expects.")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestScenarioReach)
#include "tst_scenarioreach.moc"
