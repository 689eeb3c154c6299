#include "scenarioloader.h"

#include <QDir>
#include <QTest>

using namespace FinAck;

class TestScenarioLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectedSetupIsPrepended()
    {
        ScenarioLoader loader;
        const auto s = loader.loadData(R"({"format": "finack-scenario", "version": 1, "id": "x", "title": "T",
            "steps": [{"actor": "client", "call": "send", "data": "hi"}]})", QStringLiteral("x.json"));
        QVERIFY2(s, qPrintable(loader.errorString()));
        QCOMPARE(s->setupStepCount(), 6);
        QCOMPARE(s->steps.size(), 7);
        QCOMPARE(s->steps.at(4).call, CallKind::Connect);
        QCOMPARE(s->steps.at(5).as, QStringLiteral("conn"));
        QCOMPARE(s->steps.last().data, QByteArray("hi"));
        QCOMPARE(s->steps.last().fd, QStringLiteral("sock"));
        QCOMPARE(s->authorStepIndex(6), 0);
        QCOMPARE(s->authorStepIndex(2), -1);
    }

    void stepFields()
    {
        ScenarioLoader loader;
        const auto s = loader.loadData(R"({"format": "finack-scenario", "version": 1, "id": "x", "title": "T", "setup": "none",
            "steps": [
              {"actor": "server", "call": "setsockopt", "fd": "conn", "option": "SO_LINGER", "value": {"onoff": 1, "seconds": 0}},
              {"actor": "client", "call": "recv", "size": 7, "peek": true, "dontwait": true, "timeout_ms": 250, "blocks": true},
              {"actor": "client", "call": "shutdown", "how": "SHUT_RDWR"},
              {"actor": "client", "call": "setsockopt", "option": {"level": 6, "option": 9999}, "value": 3},
              {"actor": "server", "call": "dup", "as": "copy"},
              {"actor": "client", "call": "send", "data": "ab", "repeat": 3}
            ],
            "expect": {"linux": {"calls": [{"step": 1, "ret": -1, "errno": "EAGAIN"}],
                                 "final_states": {"client": "TIME_WAIT"},
                                 "segments": [{"from": "server", "flags": ["FIN", "ACK"]}]}}})",
                                       QStringLiteral("x.json"));
        QVERIFY2(s, qPrintable(loader.errorString()));
        QCOMPARE(s->setupStepCount(), 0);
        QVERIFY(s->steps[0].value.isLinger);
        QCOMPARE(s->steps[0].value.lingerOnOff, 1);
        QCOMPARE(s->steps[0].value.lingerSeconds, 0);
        QCOMPARE(s->steps[1].size, 7);
        QVERIFY(s->steps[1].recvFlags.peek);
        QVERIFY(s->steps[1].recvFlags.dontWait);
        QCOMPARE(s->steps[1].timeoutMs, 250);
        QVERIFY(s->steps[1].blocks);
        QCOMPARE(s->steps[2].how, ShutdownHow::Both);
        QCOMPARE(s->steps[3].option.level, 6);
        QCOMPARE(s->steps[3].option.option, 9999);
        QCOMPARE(s->steps[3].value.value, 3);
        QCOMPARE(s->steps[4].as, QStringLiteral("copy"));
        QCOMPARE(s->steps[4].fd, QStringLiteral("conn"));
        QCOMPARE(s->steps[5].data, QByteArray("ababab"));
        const Expectation e = s->expectations.value(QStringLiteral("linux"));
        QCOMPARE(e.calls.size(), 1);
        QCOMPARE(e.calls[0].errnoName, QStringLiteral("EAGAIN"));
        QCOMPARE(e.finalStates.value(Actor::Client), TcpState::TimeWait);
        QCOMPARE(e.segments[0].flags, quint8(TcpFlag::Fin | TcpFlag::Ack));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "scenario-not-json.json" << "scenario-not-json.json: line 2, column 58: JSON parse error";
        QTest::newRow("unknown call") << "scenario-unknown-call.json" << "scenario-unknown-call.json: steps[1].call: expected one of socket,";
        QTest::newRow("unknown actor") << "scenario-unknown-actor.json" << "steps[0].actor: expected one of client, server, got \"proxy\"";
        QTest::newRow("wrong format") << "scenario-wrong-format.json" << "format: expected \"finack-scenario\", got \"finack-trace\"";
        QTest::newRow("newer version") << "scenario-newer-version.json" << "version: expected 1, got 7: the file is from a newer FinAck";
        QTest::newRow("missing title") << "scenario-missing-title.json" << "title: missing required field, expected a string";
        QTest::newRow("size not a number") << "scenario-recv-size-type.json" << "steps[0].size: expected an integer from 1 to";
        QTest::newRow("absurd send") << "scenario-huge-send.json" << "steps[0].repeat: expected an integer from 1 to 67108864";
        QTest::newRow("unknown option") << "scenario-unknown-option.json" << "steps[0].option: expected SO_LINGER";
        QTest::newRow("unknown state") << "scenario-bad-state.json" << "expect.linux.final_states.client: expected one of CLOSED, LISTEN,";
        QTest::newRow("expectation for a missing step") << "scenario-expect-missing-step.json" << "step 3 does not exist";
        QTest::newRow("no steps") << "scenario-no-steps.json" << "steps: expected 1 to 1000 steps, got 0";
        QTest::newRow("not an object") << "scenario-array.json" << "expected a JSON object at the top level";
        QTest::newRow("trailing garbage") << "scenario-trailing-garbage.json" << "JSON parse error";
        QTest::newRow("bad shutdown mode") << "scenario-bad-shutdown.json" << "steps[0].how: expected one of SHUT_RD, SHUT_WR, SHUT_RDWR";
    }

    void malformedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        ScenarioLoader loader;
        const auto s = loader.loadFile(QStringLiteral(FINACK_TEST_DATA "/bad/") + file);
        QVERIFY(!s);
        const QString error = loader.errorString();
        QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    // Scenario and trace files share one reader (jsonfieldreader.h): these are the cases the
    // scenario loader words as the trace loader does since then.
    void inlineErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "e.json: the file is empty, expected a FinAck scenario (JSON)";
        QTest::newRow("only white space") << QByteArray(" \n\t\n") << "e.json: the file is empty, expected a FinAck scenario (JSON)";
        // The column is in characters: "é" is two bytes but one column.
        QTest::newRow("column counts characters") << QByteArray(R"({"title": "é" "id": "x"})")
                                                  << "e.json: line 1, column 16: JSON parse error: unterminated object";
        // Qt places the error one past the end; the message stops at the last column there is.
        QTest::newRow("cut off inside a string") << QByteArray("{\"format\": \"fin")
                                                 << "e.json: line 1, column 16: JSON parse error: unterminated string";
        QTest::newRow("newline in a value stays escaped")
            << QByteArray(R"({"format": "finack-scenario", "version": 1, "id": "a\nb"})")
            << R"j(e.json: id: expected lowercase letters, digits and dashes, got "a\nb")j";
        QTest::newRow("missing format") << QByteArray(R"({"version": 1})")
                                        << R"j(e.json: format: missing required field, expected "finack-scenario")j";
        QTest::newRow("missing version") << QByteArray(R"({"format": "finack-scenario"})")
                                         << "e.json: version: missing required field, expected an integer >= 1";
    }

    void inlineErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        ScenarioLoader loader;
        QVERIFY(!loader.loadData(json, QStringLiteral("e.json")));
        QCOMPARE(loader.errorString(), message);
    }

    void unknownIdAndMissingFile()
    {
        ScenarioLoader loader;
        QVERIFY(!loader.loadByIdOrFile(QStringLiteral("no-such-scenario")));
        QVERIFY(loader.errorString().startsWith(QStringLiteral("no-such-scenario: no built-in scenario")));
        QVERIFY(!loader.loadByIdOrFile(QStringLiteral("/nonexistent/x.json")));
        QVERIFY(loader.errorString().startsWith(QStringLiteral("x.json: cannot open")));
    }

    void testScenariosLoad()
    {
        ScenarioLoader loader;
        const QStringList files = QDir(QStringLiteral(FINACK_TEST_DATA "/scenarios")).entryList({QStringLiteral("*.json")});
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QVERIFY2(loader.loadFile(QStringLiteral(FINACK_TEST_DATA "/scenarios/") + f), qPrintable(loader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
