// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/scenarioloader.h"
#include "model/traceevent.h"

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
            "steps": [{"actor": "client", "call": "send", "data": "hi"}]})",
                                       QStringLiteral("x.json"));
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
        // Descriptors are made before they are used ("none" has no setup to make them).
        const auto s = loader.loadData(R"({"format": "finack-scenario", "version": 1, "id": "x", "title": "T", "setup": "none",
            "steps": [
              {"actor": "server", "call": "socket", "as": "conn"},
              {"actor": "client", "call": "socket"},
              {"actor": "server", "call": "setsockopt", "fd": "conn", "option": "SO_LINGER", "value": {"onoff": 1, "seconds": 0}},
              {"actor": "client", "call": "recv", "size": 7, "peek": true, "dontwait": true, "timeout_ms": 250, "blocks": true},
              {"actor": "client", "call": "shutdown", "how": "SHUT_RDWR"},
              {"actor": "client", "call": "setsockopt", "option": {"level": 6, "option": 9999}, "value": 3},
              {"actor": "server", "call": "dup", "as": "copy"},
              {"actor": "client", "call": "send", "data": "ab", "repeat": 3}
            ],
            "expect": {"linux": {"calls": [{"step": 3, "ret": -1, "errno": "EAGAIN"}],
                                 "final_states": {"client": "TIME_WAIT"},
                                 "segments": [{"from": "server", "flags": ["FIN", "ACK"]}]}}})",
                                       QStringLiteral("x.json"));
        QVERIFY2(s, qPrintable(loader.errorString()));
        QCOMPARE(s->setupStepCount(), 0);
        QCOMPARE(s->steps[0].as, QStringLiteral("conn"));
        QCOMPARE(s->steps[1].as, QStringLiteral("sock"));
        QVERIFY(s->steps[2].value.isLinger);
        QCOMPARE(s->steps[2].value.lingerOnOff, 1);
        QCOMPARE(s->steps[2].value.lingerSeconds, 0);
        QCOMPARE(s->steps[3].size, 7);
        QVERIFY(s->steps[3].recvFlags.peek);
        QVERIFY(s->steps[3].recvFlags.dontWait);
        QCOMPARE(s->steps[3].timeoutMs, 250);
        QVERIFY(s->steps[3].blocks);
        QCOMPARE(s->steps[4].how, ShutdownHow::Both);
        QCOMPARE(s->steps[5].option.level, 6);
        QCOMPARE(s->steps[5].option.option, 9999);
        QCOMPARE(s->steps[5].value.value, 3);
        QCOMPARE(s->steps[6].as, QStringLiteral("copy"));
        QCOMPARE(s->steps[6].fd, QStringLiteral("conn"));
        QCOMPARE(s->steps[7].data, QByteArray("ababab"));
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
        QTest::newRow("not JSON") << "scenario-not-json.json"
                                  << "scenario-not-json.json: line 2, column 58: JSON parse error";
        QTest::newRow("unknown call") << "scenario-unknown-call.json"
                                      << "scenario-unknown-call.json: steps[1].call: expected one of socket,";
        QTest::newRow("unknown actor") << "scenario-unknown-actor.json"
                                       << "steps[0].actor: expected one of client, server, got \"proxy\"";
        QTest::newRow("wrong format") << "scenario-wrong-format.json"
                                      << "format: expected \"finack-scenario\", got \"finack-trace\"";
        QTest::newRow("newer version") << "scenario-newer-version.json"
                                       << "version: expected 1, got 7: the file is from a newer FinAck";
        QTest::newRow("missing title") << "scenario-missing-title.json"
                                       << "title: missing required field, expected a string";
        QTest::newRow("size not a number") << "scenario-recv-size-type.json"
                                           << "steps[0].size: expected an integer from 1 to";
        QTest::newRow("absurd send") << "scenario-huge-send.json"
                                     << "steps[0].repeat: expected an integer from 1 to 67108864";
        QTest::newRow("unknown option") << "scenario-unknown-option.json"
                                        << "steps[0].option: expected SO_LINGER";
        QTest::newRow("unknown state") << "scenario-bad-state.json"
                                       << "expect.linux.final_states.client: expected one of CLOSED, LISTEN,";
        QTest::newRow("expectation for a missing step") << "scenario-expect-missing-step.json"
                                                        << "step 3 does not exist";
        QTest::newRow("no steps") << "scenario-no-steps.json"
                                  << "steps: expected 1 to 1000 steps, got 0";
        QTest::newRow("not an object") << "scenario-array.json"
                                       << "expected a JSON object at the top level";
        QTest::newRow("trailing garbage") << "scenario-trailing-garbage.json"
                                          << "JSON parse error";
        QTest::newRow("bad shutdown mode") << "scenario-bad-shutdown.json"
                                           << "steps[0].how: expected one of SHUT_RD, SHUT_WR, SHUT_RDWR";
        // Text Qt would take, or word vaguely (JsonTextCheck): byte offsets, JSON paths.
        QTest::newRow("Latin-1, not UTF-8") << "scenario-latin1.json"
                                            << "steps[0].note: invalid UTF-8 at byte 137 (line 2) (0xF4), expected UTF-8 text";
        QTest::newRow("UTF-8 cut off") << "scenario-utf8-cut-off.json"
                                       << "steps[0].note: invalid UTF-8 at byte 129 (line 2) (0xC3)";
        QTest::newRow("overlong UTF-8") << "scenario-utf8-overlong.json"
                                        << "title: invalid UTF-8 at byte 71 (line 1) (0xC0 0xAF)";
        QTest::newRow("UTF-8 surrogate") << "scenario-utf8-surrogate.json"
                                         << "steps[0].note: invalid UTF-8 at byte 126 (line 2) (0xED 0xA0 0x80)";
        QTest::newRow("unpaired surrogate escape") << "scenario-lone-surrogate-escape.json"
                                                   << "steps[0].data: an unpaired UTF-16 surrogate \\uD83D at byte 125";
        QTest::newRow("UTF-16") << "scenario-utf16.json"
                                << "a UTF-16 byte order mark at byte 0 (line 1), expected UTF-8 text";
        QTest::newRow("NUL byte") << "scenario-nul-byte.json"
                                  << "a NUL byte at byte 116 (line 2)";
        QTest::newRow("raw newline in a string") << "scenario-control-character.json"
                                                 << "steps[0].note: a control character U+000A in a string at byte 129";
        QTest::newRow("unknown escape") << "scenario-invalid-escape.json"
                                        << "steps[0].data: an invalid escape at byte 125 (line 2)";
        QTest::newRow("nesting") << "scenario-deep-nesting.json"
                                 << "steps[0].extra[0][0]...[0][0][0]: nesting deeper than 32 levels at byte 168";
        QTest::newRow("nesting beyond Qt's limit") << "scenario-nesting-beyond-qt.json"
                                                   << "steps[0].extra.a.a...a.a.a: nesting deeper than 32 levels";
        QTest::newRow("duplicate key") << "scenario-duplicate-key.json"
                                       << "steps[0].data: duplicate key at byte 133 (line 2), the first at byte 116";
        QTest::newRow("duplicate key, escaped") << "scenario-duplicate-key-escaped.json"
                                                << "steps[0].actor: duplicate key at byte 117";
        QTest::newRow("duplicate top-level key") << "scenario-duplicate-top-level.json"
                                                 << "id: duplicate key at byte 69";
        QTest::newRow("NaN") << "scenario-nan.json"
                             << "steps[0].size: NaN at byte 124 (line 2) is not a JSON number";
        QTest::newRow("-Infinity") << "scenario-infinity.json"
                                   << "steps[0].timeout_ms: -Infinity at byte 130";
        QTest::newRow("1e400") << "scenario-number-overflow.json"
                               << "steps[0].size: the number 1e400 at byte 124 (line 2) is too large";
        QTest::newRow("1e-400") << "scenario-number-underflow.json"
                                << "steps[0].size: the number 1e-400 at byte 124 (line 2) is too close to 0";
        QTest::newRow("\"1.\" that Qt takes") << "scenario-lenient-number.json"
                                              << "steps[0].size: invalid JSON at byte 126 (line 2)";
        QTest::newRow("a string at the top") << "scenario-top-level-string.json"
                                             << "line 1, column 2: JSON parse error";
        // Sizes and numbers.
        QTest::newRow("port 1e300") << "scenario-port-1e300.json"
                                    << "steps[1].port: expected an integer from 0 to 65535, got 1e+300";
        QTest::newRow("port 8080.5") << "scenario-port-fraction.json"
                                     << "steps[1].port: expected an integer from 0 to 65535, got 8080.5";
        QTest::newRow("negative size") << "scenario-negative-size.json"
                                       << "steps[0].size: expected an integer from 1 to 67108864, got -1";
        QTest::newRow("negative timeout") << "scenario-negative-timeout.json"
                                          << "steps[0].timeout_ms: expected an integer from 1 to 600000, got -5000";
        QTest::newRow("integer beyond 64 bits") << "scenario-big-integer.json"
                                                << "steps[0].backlog: expected an integer from 0 to 4096, got 1.2345678901234568e+29";
        QTest::newRow("4 GB send") << "scenario-send-4gb.json"
                                   << "steps[0].repeat: expected an integer from 1 to 67108864, got 4294967296";
        QTest::newRow("sends add up") << "scenario-send-total.json"
                                      << "steps[1].data: expected at most 67108864 bytes sent by all steps together";
        QTest::newRow("4 GB recv") << "scenario-huge-recv.json"
                                   << "steps[0].size: expected an integer from 1 to 67108864, got 4294967296";
        QTest::newRow("1001 steps") << "scenario-too-many-steps.json"
                                    << "steps: expected 1 to 1000 steps, got 1001";
        QTest::newRow("option value beyond int") << "scenario-setsockopt-value.json"
                                                 << "steps[0].value: expected an integer from -2147483648 to 2147483647";
        // Structure.
        QTest::newRow("empty") << "scenario-empty.json"
                               << "the file is empty, expected a FinAck scenario (JSON)";
        QTest::newRow("steps not an array") << "scenario-steps-not-array.json"
                                            << "steps: expected an array, got an object";
        QTest::newRow("step not an object") << "scenario-step-not-object.json"
                                            << "steps[1]: expected an object, got \"close\"";
        QTest::newRow("id a number") << "scenario-id-number.json"
                                     << "id: expected a string, got 7";
        QTest::newRow("missing actor") << "scenario-missing-actor.json"
                                       << "steps[0].actor: missing required field";
        QTest::newRow("actor in capitals") << "scenario-actor-wrong-case.json"
                                           << "steps[0].actor: expected one of client, server, got \"Client\"";
        QTest::newRow("unknown descriptor") << "scenario-unknown-descriptor.json"
                                            << "steps[0].fd: expected a descriptor an earlier step of the client made (sock), got \"sokc\"";
        QTest::newRow("descriptor before socket()") << "scenario-descriptor-before-socket.json"
                                                    << "steps[0].fd: expected a descriptor an earlier step of the client made (none yet";
        QTest::newRow("descriptor name with a newline") << "scenario-descriptor-name.json"
                                                        << "steps[0].as: expected a descriptor name";
        QTest::newRow("dup without as") << "scenario-dup-without-as.json"
                                        << "steps[0].as: missing required field, expected a name for the copy";
        QTest::newRow("platform key with a newline") << "scenario-platform-key.json"
                                                     << "expect[\"li\\nux\"]: expected a platform";
        QTest::newRow("state key with U+2028") << "scenario-final-state-key.json"
                                               << "expect.linux.final_states[\"client\\u2028\"]: expected \"client\" or \"server\"";
        QTest::newRow("connect to another program's port") << "scenario-connect-foreign-port.json"
                                                           << "steps[1].port: expected a port an earlier bind of this scenario names, or "
                                                              "\"server\" or \"client\" (a scenario connects only to its own sockets, "
                                                              "never to other programs on this computer), got 6379";
        QTest::newRow("fault after the last step") << "scenario-fault-step-out-of-range.json"
                                                   << "faults[0].at_step: expected an integer from 0 to 0, got 5";
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
        QTest::newRow("column counts characters")
            << QByteArray(R"({"title": "é" "id": "x"})") << "e.json: line 1, column 16: JSON parse error: unterminated object";
        // Qt places the error one past the end; the message stops at the last column there is.
        QTest::newRow("cut off inside a string")
            << QByteArray("{\"format\": \"fin") << "e.json: line 1, column 16: JSON parse error: unterminated string";
        QTest::newRow("newline in a value stays escaped") << QByteArray(R"({"format": "finack-scenario", "version": 1, "id": "a\nb"})")
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

    // What the text check lets through: everything valid JSON says, and a UTF-8 byte order mark.
    void validTextIsTaken_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("data");
        const auto scenario = [](const QByteArray &step) {
            return R"({"format": "finack-scenario", "version": 1, "id": "x", "title": "T", "steps": [)" + step + "]}";
        };
        QTest::newRow("UTF-8 byte order mark") << "\xEF\xBB\xBF" + scenario(R"({"actor": "client", "call": "send", "data": "a"})")
                                               << QByteArray("a");
        // Not raw strings: moc stops finding the class after a backslash inside one.
        QTest::newRow("escapes") << scenario("{\"actor\": \"client\", \"call\": \"send\", \"data\": \"\\t\\\"\\\\\\/\\u00e9\"}")
                                 << QByteArray("\t\"\\/\xC3\xA9");
        QTest::newRow("surrogate pair") << scenario("{\"actor\": \"client\", \"call\": \"send\", \"data\": \"\\ud83d\\ude00\"}")
                                        << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("four-byte UTF-8") << scenario("{\"actor\": \"client\", \"call\": \"send\", \"data\": \"\xF0\x9F\x98\x80\"}")
                                         << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("the same key in two objects")
            << scenario(R"({"actor": "client", "call": "send", "data": "a", "x": {"data": 1}})") << QByteArray("a");
        QTest::newRow("exponent that is whole")
            << scenario(R"({"actor": "client", "call": "send", "data": "a", "repeat": 2E1})") << QByteArray(20, 'a');
        QTest::newRow("negative zero") << scenario(R"({"actor": "client", "call": "send", "data": "a", "timeout_ms": 1, "settle_ms": -0})")
                                       << QByteArray("a");
        QTest::newRow("nesting of 32 levels") << scenario(R"({"actor": "client", "call": "send", "data": "a", "x": )" + QByteArray(29, '[')
                                                          + QByteArray(29, ']') + "}")
                                              << QByteArray("a");
    }

    void validTextIsTaken()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, data);
        ScenarioLoader loader;
        const auto s = loader.loadData(json, QStringLiteral("v.json"));
        QVERIFY2(s, qPrintable(loader.errorString()));
        QCOMPARE(s->steps.last().data, data);
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
