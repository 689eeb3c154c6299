// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Every built-in scenario, run on real sockets: what the kernel did must match what the scenario
// promises, in both ways FinAck obtains segments (captured when allowed, and inferred).
#include "engine.h"
#include "io/scenarioloader.h"
#include "kernel/sockdiag.h"
#include "model/tracesteps.h"

#include <QRegularExpression>
#include <QTest>

using namespace FinAck;

namespace {

// The close handshake as a list: "client FIN", then "server ACK" once a segment from the server
// acknowledges that FIN, "server RST", ... Data and window updates are left out.
QStringList closingSequence(const QList<Segment> &segments)
{
    QStringList out;
    std::optional<quint32> pendingFin[2];
    for (const Segment &s : segments) {
        const int peer = int(s.to());
        if (s.has(TcpFlag::Ack) && pendingFin[peer] && qint32(s.ack - *pendingFin[peer]) >= 0) {
            out << actorName(s.from) + QStringLiteral(" ACK");
            pendingFin[peer].reset();
        }
        if (s.has(TcpFlag::Fin) && !pendingFin[int(s.from)]) {
            out << actorName(s.from) + QStringLiteral(" FIN");
            pendingFin[int(s.from)] = s.seqEnd();
        }
        if (s.has(TcpFlag::Rst))
            out << actorName(s.from) + QStringLiteral(" RST");
    }
    return out;
}

// The states an actor went through from ESTABLISHED on, repeats folded.
QStringList statesFromEstablished(const Trace &trace, Actor actor)
{
    QStringList out;
    for (const StateChange &s : trace.states(actor)) {
        const QString name = tcpStateName(s.state);
        if (out.isEmpty() && s.state != TcpState::Established)
            continue;
        if (out.isEmpty() || out.last() != name)
            out << name;
    }
    return out;
}

} // namespace

class TestBuiltinScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBuiltinLoads()
    {
        const QStringList ids = ScenarioLoader::builtinIds();
        for (const char *required : {"graceful-client-first", "graceful-server-first", "half-close", "unread-data-rst"})
            QVERIFY2(ids.contains(QLatin1String(required)), required);
        ScenarioLoader loader;
        for (const QString &id : ids) {
            const auto scenario = loader.loadByIdOrFile(id);
            QVERIFY2(scenario, qPrintable(loader.errorString()));
            QCOMPARE(scenario->id, id);
            QVERIFY(!scenario->title.isEmpty());
            QVERIFY(!scenario->explanation.isEmpty());
            QVERIFY2(scenario->expectations.contains(QStringLiteral("linux")), qPrintable(id));
        }
    }

    void run_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("tryCapture");
        QTest::addColumn<QStringList>("closing");
        QTest::addColumn<QStringList>("clientStates");
        QTest::addColumn<QStringList>("serverStates");

        const QStringList activeClient{QStringLiteral("ESTABLISHED"), QStringLiteral("FIN_WAIT_1"), QStringLiteral("FIN_WAIT_2"),
                                       QStringLiteral("TIME_WAIT")};
        const QStringList passiveServer{QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSE_WAIT"), QStringLiteral("LAST_ACK"),
                                        QStringLiteral("CLOSED")};
        const QStringList rst{QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSED")};
        for (bool capture : {true, false}) {
            const char *mode = capture ? "captured" : "inferred";
            QTest::addRow("graceful-client-first/%s", mode) << "graceful-client-first" << capture
                                                            << QStringList{QStringLiteral("client FIN"), QStringLiteral("server ACK"),
                                                                           QStringLiteral("server FIN"), QStringLiteral("client ACK")}
                                                            << activeClient << passiveServer;
            QTest::addRow("graceful-server-first/%s", mode) << "graceful-server-first" << capture
                                                            << QStringList{QStringLiteral("server FIN"), QStringLiteral("client ACK"),
                                                                           QStringLiteral("client FIN"), QStringLiteral("server ACK")}
                                                            << passiveServer << activeClient;
            QTest::addRow("half-close/%s", mode) << "half-close" << capture
                                                 << QStringList{QStringLiteral("client FIN"), QStringLiteral("server ACK"),
                                                                QStringLiteral("server FIN"), QStringLiteral("client ACK")}
                                                 << activeClient << passiveServer;
            QTest::addRow("unread-data-rst/%s", mode)
                << "unread-data-rst" << capture << QStringList{QStringLiteral("server RST")} << rst << rst;
        }
    }

    void run()
    {
        QFETCH(QString, id);
        QFETCH(bool, tryCapture);
        QFETCH(QStringList, closing);
        QFETCH(QStringList, clientStates);
        QFETCH(QStringList, serverStates);

        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(id);
        QVERIFY2(scenario, qPrintable(loader.errorString()));
        Engine::Options options;
        options.tryCapture = tryCapture;
        Engine engine(options);
        engine.load(*scenario);
        engine.runToEnd();
        const Trace &trace = engine.trace();

        // The author's expectation for Linux (return values, errno names, final states, segment
        // order) held on this kernel.
        QVERIFY2(engine.differences().isEmpty(), qPrintable(engine.differences().join(QLatin1Char('\n'))));

        // Segments: all captured when the capture ran, all inferred otherwise; never mixed.
        const QList<Segment> segments = trace.segments();
        QVERIFY(segments.size() >= 4);
        const SegmentSource expectedSource = engine.capturing() ? SegmentSource::Captured : SegmentSource::Inferred;
        QCOMPARE(trace.platform().segments, expectedSource);
        for (const Segment &s : segments)
            QCOMPARE(s.source, expectedSource);
        if (!tryCapture)
            QCOMPARE(expectedSource, SegmentSource::Inferred);

        QCOMPARE(closingSequence(segments), closing);
        QCOMPARE(statesFromEstablished(trace, Actor::Client), clientStates);
        QCOMPARE(statesFromEstablished(trace, Actor::Server), serverStates);

        // The active closer's TIME_WAIT is the kernel's own, with the timer it reported.
        for (Actor actor : {Actor::Client, Actor::Server}) {
            const QList<StateChange> states = trace.states(actor);
            if (states.last().state != TcpState::TimeWait)
                continue;
            const auto observed = std::find_if(states.cbegin(), states.cend(), [](const StateChange &s) {
                return s.state == TcpState::TimeWait && s.source == StateSource::Observed;
            });
            QVERIFY(observed != states.cend());
            QVERIFY2(observed->timerMs && *observed->timerMs > 50000 && *observed->timerMs <= 60000,
                     qPrintable(QString::number(observed->timerMs.value_or(-1))));
        }

        // Every state event says where it came from, and every transient one polling could not
        // catch is derived.
        for (Actor actor : {Actor::Client, Actor::Server}) {
            for (const StateChange &s : trace.states(actor)) {
                if (s.source == StateSource::Derived)
                    QVERIFY(s.state != TcpState::TimeWait || trace.states(actor).last().source == StateSource::Observed);
            }
        }

        // After an RST nothing of the connection is left in the kernel's table.
        if (closing.contains(QStringLiteral("server RST"))) {
            const quint16 clientPort = trace.endpoint(Actor::Client).section(QLatin1Char(':'), 1).toUShort();
            const quint16 serverPort = trace.endpoint(Actor::Server).section(QLatin1Char(':'), 1).toUShort();
            SockDiag diag;
            const auto rows = diag.sockets(clientPort);
            QVERIFY(rows);
            // Only this connection's two ends count: tests running in parallel may already have
            // been given the freed port for a connection of their own.
            for (const SocketInfo &row : *rows) {
                const bool ours = (row.localPort == clientPort && row.remotePort == serverPort)
                                  || (row.localPort == serverPort && row.remotePort == clientPort);
                QVERIFY2(!ours, qPrintable(tcpStateName(row.state)));
            }
            const auto calls = trace.calls(Actor::Client);
            const auto recv = std::find_if(calls.cbegin(), calls.cend(),
                                           [](const CallRecord &c) { return c.call == QLatin1String("recv"); });
            QVERIFY(recv != calls.cend());
            QCOMPARE(recv->errnoName, QStringLiteral("ECONNRESET"));
            QCOMPARE(recv->errnoNumber, 104);
        }
    }

    // "step 8, recv on the client returns 0" points at the row marked 8 in the diagram's step
    // gutter: the claim's number is the stepNumber() of the call it is about, setup included,
    // although the file's "step" counts the author's steps from 0 (docs/steps.md).
    void claimsNameTheGutterStep_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("firstClaimed"); // the first claim's number where the row pins it down, else -1
        for (const char *id : {"graceful-client-first", "half-close", "unread-data-rst", "dup-refcount"})
            QTest::newRow(id) << QString::fromLatin1(id) << -1;
        // Six setup steps (socket, bind, listen, socket, connect, accept), then the author's
        // first, send: the file's "step": 0 is step 7.
        QTest::newRow("graceful-client-first: send is step 7") << "graceful-client-first" << 7;
    }
    void claimsNameTheGutterStep()
    {
        QFETCH(QString, id);
        QFETCH(int, firstClaimed);
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(id);
        QVERIFY2(scenario, qPrintable(loader.errorString()));
        Engine::Options options;
        options.tryCapture = false;
        Engine engine(options);
        engine.load(*scenario);
        engine.runToEnd();
        const Trace &trace = engine.trace();
        const TraceSteps steps = traceSteps(trace);

        static const QRegularExpression claim(QStringLiteral(R"(^step (\d+), (\w+) on the (client|server), returns )"));
        QList<int> claimed;
        for (const ExpectationCheck &check : engine.checks()) {
            const auto match = claim.match(check.claim);
            if (!match.hasMatch())
                continue;
            const int number = match.captured(1).toInt();
            claimed << number;
            // The call the claim is about: the one whose step the gutter numbers `number`, and
            // the row it is drawn in carries that number too.
            int found = -1;
            for (int i = 0; i < trace.size(); ++i) {
                const auto *c = std::get_if<CallRecord>(&trace.at(i));
                if (c && stepNumber(c->step) == number)
                    found = i;
            }
            QVERIFY2(found >= 0, qPrintable(check.claim));
            const auto &call = std::get<CallRecord>(trace.at(found));
            QCOMPARE(call.call, match.captured(2));
            QCOMPARE(actorName(call.actor), match.captured(3));
            QCOMPARE(stepNumber(steps.eventStep.at(found)), number);
        }
        QVERIFY2(!claimed.isEmpty(), qPrintable(id));
        if (firstClaimed > 0)
            QCOMPARE(claimed.constFirst(), firstClaimed);
    }
};

QTEST_GUILESS_MAIN(TestBuiltinScenarios)
#include "tst_builtinscenarios.moc"
