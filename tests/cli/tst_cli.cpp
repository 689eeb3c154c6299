// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The headless finack: what a user types, what comes back, and the exit codes scripts rely on.
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "support/plantedlink.h"
#include "support/runfinack.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace FinAck;

namespace {
using Result = FinackResult;

Result finack(const QStringList &args)
{
    return runFinack(args);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpListsCommands()
    {
        const Result r = finack({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("list")) && r.out.contains(QLatin1String("run <id|file.json>")));
    }

    void listShowsEveryBuiltin()
    {
        const Result r = finack({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        ScenarioLoader loader;
        for (const QString &id : ScenarioLoader::builtinIds()) {
            const auto s = loader.loadByIdOrFile(id);
            QVERIFY(s);
            QVERIFY2(r.out.contains(id) && r.out.contains(s->title), qPrintable(id));
        }
    }

    void runWritesTableAndTrace_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioLoader::builtinIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void runWritesTableAndTrace()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const Result r = finack({QStringLiteral("run"), id, QStringLiteral("--trace"), tracePath});
        if (r.exitCode == 2 && r.err.contains(QLatin1String("cannot be done here")))
            QSKIP(qPrintable(r.err.trimmed())); // a fault scenario where the kernel allows no private network
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("The kernel did what the scenario expects.")));
        QVERIFY(r.out.contains(QLatin1String("(observed)")));
        QVERIFY(r.out.contains(QLatin1String("close(")) || r.out.contains(QLatin1String("connect(")));

        QString error;
        const auto trace = loadTrace(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->scenarioId(), id);
        QVERIFY(trace->endpoint(Actor::Server).startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(!trace->segments().isEmpty());
        QVERIFY(!trace->calls(Actor::Server).isEmpty());
    }

    void runWithQtClient_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("lines"); // each appears in the table, as printed
        QTest::newRow("graceful-client-first")
            << "graceful-client-first"
            << QStringList{QStringLiteral("client   socket.close()"),
                           QStringLiteral("signal socket.stateChanged(QAbstractSocket::ClosingState)  [inside close()]"),
                           QStringLiteral("signal socket.disconnected()  [inside close()]")};
        QTest::newRow("unread-data-rst")
            << "unread-data-rst"
            << QStringList{
                   QStringLiteral("signal socket.errorOccurred(QAbstractSocket::RemoteHostClosedError)  [event loop]"),
                   QStringLiteral(
                       "socket.waitForReadyRead(5000) = false; socket.error() = QAbstractSocket::RemoteHostClosedError (\"The remote host closed the connection\")")};
        QTest::newRow("write-after-peer-close")
            << "write-after-peer-close"
            << QStringList{
                   QStringLiteral("signal socket.readyRead()  [event loop]"),
                   QStringLiteral("socket.read(buf, 1024) /* 13 bytes already buffered */ = 13 \"hello, client\""),
                   QStringLiteral(
                       "socket.write(\"hello, server\", 13) = -1; socket.error() = QAbstractSocket::UnknownSocketError (\"Socket is not connected\")")};
        QTest::newRow("connect-refused")
            << "connect-refused"
            << QStringList{
                   QStringLiteral(
                       "socket.waitForConnected(5000) = false; socket.error() = QAbstractSocket::ConnectionRefusedError (\"Connection refused\")"),
                   QStringLiteral("signal socket.errorOccurred(QAbstractSocket::ConnectionRefusedError)  [inside waitForConnected()]")};
    }

    void runWithQtClient()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const Result r = finack(
            {QStringLiteral("run"), id, QStringLiteral("--client"), QStringLiteral("qt"), QStringLiteral("--trace"), tracePath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // Qt's own warnings go into the trace, not to stderr
        QVERIFY(r.out.contains(QLatin1String("client: a QTcpSocket (Qt ")));
        QVERIFY(r.out.contains(QLatin1String("not checked with --client qt")));
        QVERIFY(!r.out.contains(QLatin1String("The kernel did what the scenario expects.")));
        for (const QString &line : lines)
            QVERIFY2(r.out.contains(line), qPrintable(line + QStringLiteral("\nnot in:\n") + r.out));
        QString error;
        const auto trace = loadTrace(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->platform().clientApi, QStringLiteral("qt"));
        QVERIFY(!trace->signalRecords(Actor::Client).isEmpty());
    }

    // The first run as without --repeat, then the summary of all; the saved trace is the first run.
    // A scenario from a pipe is read once: `cat x.json | finack run /dev/stdin` and
    // `finack run <(cat x.json)` run it as from the file.
    void runsAScenarioFromAPipe_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("piped to /dev/stdin") << "cat \"$1\" | \"$0\" run /dev/stdin";
        QTest::newRow("process substitution") << "\"$0\" run <(cat \"$1\")";
    }

    void runsAScenarioFromAPipe()
    {
        QFETCH(QString, shell);
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), shell, QStringLiteral(FINACK_BIN),
                                         QStringLiteral(FINACK_SOURCE_DIR "/resources/scenarios/half-close.json")});
        QVERIFY(p.waitForFinished(90000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("The kernel did what the scenario expects.")));
    }

    // `finack run … --trace` as root into a shared folder where another user planted trace.json as
    // a link to root's file (issue 15): one line, exit 2, root's file unchanged.
    void traceIsNotWrittenThroughAnotherUsersLink()
    {
        PlantedLink planted(QStringLiteral("trace.json"));
        if (!planted.available())
            QSKIP("staging another user's link takes root");
        const Result r = finack({QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--trace"), planted.link()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("symbolic link owned by another user")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(planted.untouched());
    }

    void repeatPrintsTheFirstRunAndASummary()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const Result r = finack({QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--repeat"), QStringLiteral("3"),
                                 QStringLiteral("--trace"), tracePath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.err.isEmpty()); // no progress line when stderr is not a terminal
        const qsizetype table = r.out.indexOf(QLatin1String("The kernel did what the scenario expects."));
        const qsizetype summary = r.out.indexOf(QLatin1String("Repeated 3 times in one lab; every run is compared with run 1."));
        QVERIFY2(table > 0 && summary > table, qPrintable(r.out));
        for (const char *line : {"  Calls, errnos, states and segment flags: the same in every run.",
                                 "  EADDRINUSE: none that run 1 did not have.", "  Lab descriptors: ", "  Lab threads: ",
                                 "  Time per run: median ", "Every run did the same, and the lab gave back every descriptor and thread."})
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
        QString error;
        const auto trace = loadTrace(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->scenarioId(), QStringLiteral("half-close"));
    }

    // Without the private namespace the run says so before the table: why, and what that limits.
    void hostNetworkSaysWhyAndWhatIsLimited()
    {
        const Result r = finack({QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--network"), QStringLiteral("host")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString line = QStringLiteral(
            "The lab runs on this computer's own network, not in a private network namespace, so scenarios that drop segments "
            "(faults) are refused, segments are captured only with root or CAP_NET_RAW (inferred from the calls otherwise), and raw "
            "socket options are limited to those FinAck knows. Why: --network host was asked for\n");
        const qsizetype at = r.out.indexOf(line);
        QVERIFY2(at > 0 && at < r.out.indexOf(QLatin1String("close(")), qPrintable(r.out));
    }

    // Where the kernel refuses the namespace, the line names the setting that made it refuse. A
    // user namespace of the test's own with user.max_user_namespaces at 0 (its own copy of the
    // setting; the host's stays as it is) refuses the lab's unshare() as such a kernel would.
    void refusedNamespaceNamesTheSetting()
    {
        QProcess p;
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("echo 0 > /proc/sys/user/max_user_namespaces && exec \"$0\" run half-close"), QStringLiteral(FINACK_BIN)});
        QVERIFY(p.waitForFinished(90000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0 && err.contains(QLatin1String("unshare")))
            QSKIP(qPrintable(QStringLiteral("no user namespace for the test here: ") + err.trimmed()));
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("not in a private network namespace")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Why: the kernel refused a private network namespace (unshare: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("; user.max_user_namespaces is 0: no user namespaces may be made.")), qPrintable(out));
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("run"), QStringLiteral("no-such-id")}
                                    << "no-such-id: no built-in scenario";
        QTest::newRow("malformed file") << QStringList{QStringLiteral("run"),
                                                       QStringLiteral(FINACK_TEST_DATA "/bad/scenario-unknown-call.json")}
                                        << "scenario-unknown-call.json: steps[1].call: expected one of";
        QTest::newRow("missing file") << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent/s.json")} << "s.json: cannot open";
        QTest::newRow("no scenario") << QStringList{QStringLiteral("run")} << "run: expected one scenario";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--colour")}
                                        << "Unknown option 'colour'";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << "unknown command \"fly\"";
        QTest::newRow("unknown client api") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--client"),
                                                           QStringLiteral("java")}
                                            << "--client: expected posix or qt, got \"java\"";
        QTest::newRow("client step Qt cannot make")
            << QStringList{QStringLiteral("run"), QStringLiteral("dup-refcount"), QStringLiteral("--client"), QStringLiteral("qt")}
            << "cannot run with the Qt client";
        QTest::newRow("unwritable trace") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--trace"),
                                                         QStringLiteral("/nonexistent/dir/t.json")}
                                          << "t.json";
        QTest::newRow("unwritable trace, repeated")
            << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--repeat"),
                           QStringLiteral("50"),  QStringLiteral("--trace"),    QStringLiteral("/nonexistent/dir/t.json")}
            << "t.json";
        QTest::newRow("repeat zero") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--repeat"),
                                                    QStringLiteral("0")}
                                     << "--repeat: expected a number of runs from 1 to 100000, got \"0\"";
        QTest::newRow("repeat word") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--repeat"),
                                                    QStringLiteral("many")}
                                     << "got \"many\"";
        QTest::newRow("repeat too many") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"), QStringLiteral("--repeat"),
                                                        QStringLiteral("100001")}
                                         << "got \"100001\"";
        // A name may hold a newline; the message about it stays one line, the name quoted.
        QTest::newRow("name with a newline") << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent/bad\nname.json")}
                                             << "\"bad\\nname.json\": cannot open";
        QTest::newRow("trace name with a newline") << QStringList{QStringLiteral("run"), QStringLiteral("half-close"),
                                                                  QStringLiteral("--trace"), QStringLiteral("/nonexistent/dir/t\n2.json")}
                                                   << "\"/nonexistent/dir/t\\n2.json\": cannot write";
        QTest::newRow("repeat unknown id") << QStringList{QStringLiteral("run"), QStringLiteral("no-such-id"), QStringLiteral("--repeat"),
                                                          QStringLiteral("3")}
                                           << "no-such-id: no built-in scenario";
    }

    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Result r = finack(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("finack: ")) && r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
