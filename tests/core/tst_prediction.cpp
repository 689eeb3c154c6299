// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Predict mode's questions, marking and score. The choices are made before a step runs, from the
// call and the states only; run every built-in scenario step by step through finack-lab and what
// the kernel really did must be one of them, for every author step. The score's arithmetic and
// its keeping in QSettings are checked on their own.
#include "io/scenarioloader.h"
#include "session/labclient.h"
#include "session/prediction.h"
#include "session/predictionscore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace FinAck;

Q_DECLARE_METATYPE(FinAck::CallRecord)
Q_DECLARE_METATYPE(FinAck::Segment)
Q_DECLARE_METATYPE(FinAck::PredictionScore)

namespace {

CallRecord call(qint64 ret, const QString &errnoName = {}, bool timedOut = false)
{
    CallRecord c;
    c.ret = ret;
    c.errnoName = errnoName;
    c.errnoNumber = errnoName.isEmpty() ? 0 : 1;
    c.timedOut = timedOut;
    return c;
}

ScenarioStep step(CallKind kind, Actor actor = Actor::Client)
{
    ScenarioStep s;
    s.call = kind;
    s.actor = actor;
    s.fd = QStringLiteral("sock");
    return s;
}

Scenario oneStep(const ScenarioStep &s)
{
    Scenario scenario;
    scenario.id = QStringLiteral("unit");
    scenario.steps << s;
    return scenario;
}

Segment segment(Actor from, quint8 flags, quint32 len = 0)
{
    Segment s;
    s.from = from;
    s.flags = flags;
    s.len = len;
    return s;
}

} // namespace

class TestPrediction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("predict"));
    }

    // The heart of the mode: the answer is always among the choices, though it was unknown when
    // they were made.
    void everyBuiltinOutcomeIsAChoice_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioLoader::builtinIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyBuiltinOutcomeIsAChoice()
    {
        QFETCH(QString, id);
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(id);
        QVERIFY2(scenario, qPrintable(loader.errorString()));
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        if (!scenario->faults.isEmpty() && lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(QStringLiteral("needs the private network: ") + lab.fallbackReason()));
        QFile file(ScenarioLoader::builtinPath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        QSignalSpy settled(&lab, &LabClient::stepFinished);
        const bool dump = qEnvironmentVariableIsSet("FINACK_PREDICTION_DUMP");

        int asked = 0;
        QStringList missing;
        for (int position = 0; position < scenario->steps.size(); ++position) {
            const QList<PredictionQuestion> questions = predictionQuestions(*scenario, position, lab.trace());
            QCOMPARE(questions.isEmpty(), scenario->steps.at(position).setup);
            const int before = int(settled.count());
            lab.step();
            QTRY_VERIFY_WITH_TIMEOUT(settled.count() > before, 30000);
            QCOMPARE(settled.constLast().at(0).toInt(), position);
            if (questions.isEmpty())
                continue;
            const StepOutcome outcome = stepOutcome(lab.trace(), *scenario, position);
            QVERIFY(outcome.recorded);
            for (const PredictionQuestion &q : questions) {
                ++asked;
                const int right = rightAnswer(q, outcome);
                if (dump)
                    qInfo("%s step %d %s: %s [%s]", qPrintable(id), position, qPrintable(stepCallText(scenario->steps.at(position))),
                          qPrintable(q.prompt(scenario->steps.at(position))), qPrintable(outcomeText(q, outcome)));
                if (right < 0 || (q.kind != QuestionKind::Wire && right >= q.choiceCount()))
                    missing << QStringLiteral("step %1 %2: %3 -> %4")
                                   .arg(position)
                                   .arg(stepCallText(scenario->steps.at(position)), q.prompt(scenario->steps.at(position)),
                                        outcomeText(q, outcome));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QCOMPARE(asked > 0, true);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isFinished(), 30000);
    }

    // The scenario the issue names, in detail: its steps' answers are known facts of Linux.
    void writeAfterPeerCloseIsMarkedAsLinuxBehaves()
    {
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(QStringLiteral("write-after-peer-close"));
        QVERIFY(scenario);
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        QFile file(ScenarioLoader::builtinPath(scenario->id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        QVERIFY2(lab.waitForFinished(60000, &error), qPrintable(error));
        const int setup = scenario->setupStepCount();

        // The second recv (author step 7) reads the FIN: 0, and the client has nothing left.
        const StepOutcome secondRecv = stepOutcome(lab.trace(), *scenario, setup + 7);
        QCOMPARE(outcomeText(PredictionQuestion{}, secondRecv), QStringLiteral("0"));
        // The send after it (author step 8) meets the reset: EPIPE, and nothing is sent.
        const StepOutcome lastSend = stepOutcome(lab.trace(), *scenario, setup + 8);
        QVERIFY(lastSend.call);
        QCOMPARE(lastSend.call->errnoName, QStringLiteral("EPIPE"));
        QCOMPARE(lastSend.wire, WireKinds(0));
        QVERIFY(!lastSend.notes.isEmpty());
        // The second send (author step 6) draws the server's RST.
        const StepOutcome secondSend = stepOutcome(lab.trace(), *scenario, setup + 6);
        QVERIFY(secondSend.wire & WireKind::Data);
        QVERIFY(secondSend.wire & WireKind::Rst);
        QCOMPARE(secondSend.after.value(Actor::Client), TcpState::Closed);
    }

    void resultChoicesMatch_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<CallRecord>("record");
        QTest::addColumn<QString>("expected");
        const int recv = int(CallKind::Recv);
        QTest::newRow("recv data") << recv << call(13) << QStringLiteral("1 to 1024 (data)");
        QTest::newRow("recv end of stream") << recv << call(0) << QStringLiteral("0 (end of stream)");
        QTest::newRow("recv reset") << recv << call(-1, QStringLiteral("ECONNRESET")) << QStringLiteral("-1 ECONNRESET");
        QTest::newRow("recv timed out") << recv << call(-1, QStringLiteral("EINTR"), true) << QStringLiteral("-1 EAGAIN, or timed out");
        QTest::newRow("send all") << int(CallKind::Send) << call(5) << QStringLiteral("5");
        QTest::newRow("send broken pipe") << int(CallKind::Send) << call(-1, QStringLiteral("EPIPE")) << QStringLiteral("-1 EPIPE");
        QTest::newRow("close") << int(CallKind::Close) << call(0) << QStringLiteral("0");
        QTest::newRow("connect refused") << int(CallKind::Connect) << call(-1, QStringLiteral("ECONNREFUSED"))
                                         << QStringLiteral("-1 ECONNREFUSED");
        QTest::newRow("accept") << int(CallKind::Accept) << call(7) << QStringLiteral("a new descriptor (0 or more)");
        QTest::newRow("shutdown, an errno no choice names") << int(CallKind::Shutdown) << call(-1, QStringLiteral("EBADF")) << QString();
    }

    void resultChoicesMatch()
    {
        QFETCH(int, kind);
        QFETCH(CallRecord, record);
        QFETCH(QString, expected);
        ScenarioStep s = step(CallKind(kind));
        s.data = "hello";
        const Scenario scenario = oneStep(s);
        const QList<PredictionQuestion> questions = predictionQuestions(scenario, 0, Trace());
        QVERIFY(!questions.isEmpty());
        const PredictionQuestion &q = questions.first();
        QCOMPARE(q.kind, QuestionKind::Result);
        StepOutcome outcome;
        outcome.call = record;
        const int right = rightAnswer(q, outcome);
        QCOMPARE(right < 0 ? QString() : q.choiceText(right), expected);
        // Exactly one choice describes any result: marking never has two right answers.
        int matching = 0;
        for (const ResultChoice &c : q.results)
            matching += c.matches(&record) ? 1 : 0;
        QCOMPARE(matching, expected.isEmpty() ? 0 : 1);
    }

    void wireKinds_data()
    {
        QTest::addColumn<QList<Segment>>("segments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QList<Segment>{} << QStringLiteral("none");
        QTest::newRow("data carries ACK, not counted as ACK")
            << QList<Segment>{segment(Actor::Client, TcpFlag::Ack | TcpFlag::Psh, 5)} << QStringLiteral("data");
        QTest::newRow("data then its ACK") << QList<Segment>{segment(Actor::Client, TcpFlag::Ack | TcpFlag::Psh, 5),
                                                             segment(Actor::Server, TcpFlag::Ack)}
                                           << QStringLiteral("data, ACK");
        QTest::newRow("FIN ACK, ACK") << QList<Segment>{segment(Actor::Server, TcpFlag::Fin | TcpFlag::Ack),
                                                        segment(Actor::Client, TcpFlag::Ack)}
                                      << QStringLiteral("ACK, FIN");
        QTest::newRow("handshake") << QList<Segment>{segment(Actor::Client, TcpFlag::Syn),
                                                     segment(Actor::Server, TcpFlag::Syn | TcpFlag::Ack),
                                                     segment(Actor::Client, TcpFlag::Ack)}
                                   << QStringLiteral("SYN, ACK");
        QTest::newRow("RST ACK") << QList<Segment>{segment(Actor::Server, TcpFlag::Rst | TcpFlag::Ack)} << QStringLiteral("RST");
    }

    void wireKinds()
    {
        QFETCH(QList<Segment>, segments);
        QFETCH(QString, expected);
        WireKinds kinds = 0;
        for (const Segment &s : segments)
            kinds |= wireKindsOf(s);
        QCOMPARE(wireKindsText(kinds), expected);
    }

    // The state choices come from where the side is, and "no change" names that state.
    void stateChoicesFollowTheStateBefore()
    {
        const Scenario scenario = oneStep(step(CallKind::Close));
        Trace trace;
        StateChange client;
        client.state = TcpState::Established;
        StateChange server;
        server.actor = Actor::Server;
        server.state = TcpState::CloseWait;
        trace.appendRelative(client);
        trace.appendRelative(server);
        const QList<PredictionQuestion> questions = predictionQuestions(scenario, 0, trace);
        QCOMPARE(questions.size(), 4); // result, wire, the caller's state, the peer's
        const PredictionQuestion &caller = questions.at(2);
        const PredictionQuestion &peer = questions.at(3);
        QCOMPARE(caller.actor, Actor::Client);
        QStringList texts;
        for (int i = 0; i < caller.choiceCount(); ++i)
            texts << caller.choiceText(i);
        QVERIFY2(texts.contains(QLatin1String("no change (ESTABLISHED)")) && texts.contains(QLatin1String("FIN_WAIT_1"))
                     && texts.contains(QLatin1String("FIN_WAIT_2")) && texts.contains(QLatin1String("TIME_WAIT"))
                     && texts.contains(QLatin1String("CLOSED")),
                 qPrintable(texts.join(u' ')));
        // Not where a side goes by its own close: those are the peer's states, nor a new connection's.
        QVERIFY(!texts.contains(QLatin1String("ESTABLISHED")) && !texts.contains(QLatin1String("LISTEN"))
                && !texts.contains(QLatin1String("CLOSE_WAIT")) && !texts.contains(QLatin1String("LAST_ACK")));
        QCOMPARE(peer.before, TcpState::CloseWait);
        QCOMPARE(peer.choiceCount(), 3); // no change, LAST_ACK, CLOSED

        StepOutcome outcome;
        outcome.after = {{Actor::Client, TcpState::FinWait2}, {Actor::Server, TcpState::CloseWait}};
        QCOMPARE(caller.choiceText(rightAnswer(caller, outcome)), QStringLiteral("FIN_WAIT_2"));
        QCOMPARE(peer.choiceText(rightAnswer(peer, outcome)), QStringLiteral("no change (CLOSE_WAIT)"));
        QCOMPARE(outcomeText(peer, outcome), QStringLiteral("no change (CLOSE_WAIT)"));
        outcome.after[Actor::Server] = TcpState::LastAck;
        QCOMPARE(peer.choiceText(rightAnswer(peer, outcome)), QStringLiteral("LAST_ACK"));
        outcome.after[Actor::Server] = TcpState::SynSent; // a state no choice names: not scored
        QCOMPARE(rightAnswer(peer, outcome), -1);
    }

    // The order of the choices hides the commonest answer, and is the same each time the step is asked.
    void choiceOrderIsStable()
    {
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(QStringLiteral("write-after-peer-close"));
        QVERIFY(scenario);
        Trace trace;
        int noChangeFirst = 0;
        int states = 0;
        for (int position = scenario->setupStepCount(); position < scenario->steps.size(); ++position) {
            const QList<PredictionQuestion> once = predictionQuestions(*scenario, position, trace);
            const QList<PredictionQuestion> again = predictionQuestions(*scenario, position, trace);
            QCOMPARE(once.size(), again.size());
            for (int q = 0; q < once.size(); ++q) {
                QCOMPARE(once.at(q).results, again.at(q).results);
                QCOMPARE(once.at(q).states, again.at(q).states);
                if (once.at(q).kind == QuestionKind::State) {
                    ++states;
                    noChangeFirst += once.at(q).states.first() ? 0 : 1;
                }
            }
        }
        QVERIFY2(noChangeFirst < states / 2, qPrintable(QStringLiteral("%1 of %2").arg(noChangeFirst).arg(states)));
    }

    // A teacher's switch in the scenario file: "predict": true.
    void scenarioFlag_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("predict");
        QTest::addColumn<QString>("error");
        QTest::newRow("absent") << QString() << false << QString();
        QTest::newRow("true") << QStringLiteral(R"("predict": true,)") << true << QString();
        QTest::newRow("false") << QStringLiteral(R"("predict": false,)") << false << QString();
        QTest::newRow("a string is refused") << QStringLiteral(R"("predict": "yes",)") << false
                                             << QStringLiteral(R"(homework.json: predict: expected true or false, got "yes")");
    }

    void scenarioFlag()
    {
        QFETCH(QString, member);
        QFETCH(bool, predict);
        QFETCH(QString, error);
        const QString json = QStringLiteral(R"({"format": "finack-scenario", "version": 1, "id": "homework", "title": "Homework", %1
                                               "steps": [{"actor": "client", "call": "close"}]})")
                                 .arg(member);
        ScenarioLoader loader;
        const auto scenario = loader.loadData(json.toUtf8(), QStringLiteral("homework.json"));
        QCOMPARE(loader.errorString(), error);
        QCOMPARE(scenario.has_value(), error.isEmpty());
        if (scenario)
            QCOMPARE(scenario->predict, predict);
    }

    void setupStepsAreNotAsked()
    {
        ScenarioStep setup = step(CallKind::Connect);
        setup.setup = true;
        Scenario scenario = oneStep(setup);
        scenario.steps << step(CallKind::Send);
        QVERIFY(predictionQuestions(scenario, 0, Trace()).isEmpty());
        QVERIFY(!predictionQuestions(scenario, 1, Trace()).isEmpty());
        QVERIFY(predictionQuestions(scenario, 2, Trace()).isEmpty());
    }

    void scoring_data()
    {
        QTest::addColumn<QList<bool>>("answers");
        QTest::addColumn<QString>("text");
        QTest::newRow("none asked") << QList<bool>{} << QStringLiteral("0 of 0");
        QTest::newRow("all right") << QList<bool>{true, true, true} << QStringLiteral("3 of 3");
        QTest::newRow("mixed") << QList<bool>{true, false, true, true, false, true, true, false, true} << QStringLiteral("6 of 9");
        QTest::newRow("all wrong") << QList<bool>{false, false} << QStringLiteral("0 of 2");
    }

    void scoring()
    {
        QFETCH(QList<bool>, answers);
        QFETCH(QString, text);
        PredictionScore score;
        for (bool a : answers)
            score.add(a);
        QCOMPARE(score.text(), text);
        QCOMPARE(score.asked, int(answers.size()));
        QCOMPARE(score.right, int(answers.count(true)));
    }

    void betterScore_data()
    {
        QTest::addColumn<PredictionScore>("a");
        QTest::addColumn<PredictionScore>("b");
        QTest::addColumn<bool>("better");
        QTest::newRow("higher share") << PredictionScore{7, 9} << PredictionScore{6, 9} << true;
        QTest::newRow("lower share") << PredictionScore{5, 10} << PredictionScore{6, 10} << false;
        QTest::newRow("same share, more questions") << PredictionScore{8, 10} << PredictionScore{4, 5} << true;
        QTest::newRow("equal") << PredictionScore{4, 5} << PredictionScore{4, 5} << false;
        QTest::newRow("anything beats nothing asked") << PredictionScore{0, 3} << PredictionScore{0, 0} << true;
        QTest::newRow("nothing asked beats nothing") << PredictionScore{0, 0} << PredictionScore{0, 3} << false;
        QTest::newRow("share, not count") << PredictionScore{3, 4} << PredictionScore{30, 40} << false;
    }

    void betterScore()
    {
        QFETCH(PredictionScore, a);
        QFETCH(PredictionScore, b);
        QFETCH(bool, better);
        QCOMPARE(a.isBetterThan(b), better);
    }

    void scoresAreKeptPerScenario()
    {
        const QString id = QStringLiteral("unit-scenario");
        const QString other = QStringLiteral("other-scenario");
        PredictionScores::reset(id);
        PredictionScores::reset(other);
        QVERIFY(!PredictionScores::best(id));
        QVERIFY(!PredictionScores::last(id));

        PredictionScores::record(id, {5, 9});
        PredictionScores::record(id, {8, 9});
        PredictionScores::record(id, {3, 9});
        PredictionScores::record(other, {1, 4});
        QSettings().sync();
        QCOMPARE(PredictionScores::best(id), (PredictionScore{8, 9}));
        QCOMPARE(PredictionScores::last(id), (PredictionScore{3, 9}));
        QCOMPARE(PredictionScores::best(other), (PredictionScore{1, 4}));

        // A hand-edited or damaged value is no score rather than a wrong one.
        QSettings().setValue(QStringLiteral("predict/%1/best").arg(id), QStringLiteral("9/3"));
        QVERIFY(!PredictionScores::best(id));
        PredictionScores::record(id, {2, 9});
        QCOMPARE(PredictionScores::best(id), (PredictionScore{2, 9}));

        PredictionScores::reset(id);
        QVERIFY(!PredictionScores::best(id));
        QVERIFY(!PredictionScores::last(id));
        QCOMPARE(PredictionScores::best(other), (PredictionScore{1, 4})); // only that scenario's
    }
};

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
