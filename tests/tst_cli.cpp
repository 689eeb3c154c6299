// The headless finack: what a user types, what comes back, and the exit codes scripts rely on.
#include "scenarioloader.h"
#include "tracejson.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace FinAck;

namespace {
struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result finack(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FINACK_BIN), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown id") << QStringList{"run", "no-such-id"} << "no-such-id: no built-in scenario";
        QTest::newRow("malformed file") << QStringList{"run", FINACK_TEST_DATA "/bad/scenario-unknown-call.json"}
                                        << "scenario-unknown-call.json: steps[1].call: expected one of";
        QTest::newRow("missing file") << QStringList{"run", "/nonexistent/s.json"} << "s.json: cannot open";
        QTest::newRow("no scenario") << QStringList{"run"} << "run: expected one scenario";
        QTest::newRow("unknown option") << QStringList{"run", "half-close", "--colour"} << "Unknown option 'colour'";
        QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command \"fly\"";
        QTest::newRow("unwritable trace") << QStringList{"run", "half-close", "--trace", "/nonexistent/dir/t.json"} << "t.json";
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
