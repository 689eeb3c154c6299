// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The abortive and error lessons of the scenario library, each run the way finack runs it (through
// finack-lab, in its private network where the kernel allows it). tst_scenariolibrary checks every
// claim a scenario file makes; this test pins down the facts each lesson rests on and the files'
// claims cannot express: which side sent the RST and what it acknowledged, that no TIME_WAIT was
// left, that a call returned at once or blocked until an ACK, errno numbers as well as names.
#include "io/scenarioloader.h"
#include "model/expectationcheck.h"
#include "session/labclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace FinAck;

namespace {

const QStringList kIds{QStringLiteral("linger-zero"),        QStringLiteral("write-after-peer-close"), QStringLiteral("rst-before-accept"),
                       QStringLiteral("peer-crash"),         QStringLiteral("connect-refused"),        QStringLiteral("unsupported-option"),
                       QStringLiteral("ignored-recv-return")};

// One finished run of a built-in scenario.
struct Run {
    Scenario scenario;
    Trace trace;
    QList<ExpectationCheck> checks;
    QList<CallRecord> calls; // both actors', in time order

    bool captured() const { return trace.platform().segments == SegmentSource::Captured; }

    // The call author step `step` made (setup steps not counted); a default record if none.
    CallRecord call(int step) const
    {
        const int position = scenario.setupStepCount() + step;
        const auto it = std::find_if(calls.cbegin(), calls.cend(), [&](const CallRecord &c) { return c.step == position; });
        return it == calls.cend() ? CallRecord{} : *it;
    }

    QList<CallRecord> callsNamed(Actor actor, const QString &name) const
    {
        QList<CallRecord> out;
        for (const CallRecord &c : calls) {
            if (c.actor == actor && c.call == name)
                out << c;
        }
        return out;
    }

    QList<Segment> segmentsWith(quint8 flag) const
    {
        QList<Segment> out;
        for (const Segment &s : trace.segments()) {
            if (s.has(flag))
                out << s;
        }
        return out;
    }

    bool everIn(Actor actor, TcpState state) const
    {
        const QList<StateChange> states = trace.states(actor);
        return std::any_of(states.cbegin(), states.cend(), [&](const StateChange &s) { return s.state == state; });
    }

    // Names, so that a failure reads "TIME_WAIT", not 10.
    QString finalState(Actor actor) const
    {
        const QList<StateChange> states = trace.states(actor);
        return states.isEmpty() ? QStringLiteral("none") : tcpStateName(states.last().state);
    }

    // The last state the kernel reported for `actor` before relative time `tUs`.
    QString observedBefore(Actor actor, qint64 tUs) const
    {
        QString last = QStringLiteral("none");
        for (const StateChange &s : trace.states(actor)) {
            if (s.tUs < tUs && s.source == StateSource::Observed)
                last = tcpStateName(s.state);
        }
        return last;
    }
};

// Runs built-in `id` through the lab; on failure the calling test has failed (check with
// QTest::currentTestFailed()).
void runBuiltin(const QString &id, Run &run)
{
    ScenarioLoader loader;
    const auto scenario = loader.loadByIdOrFile(id);
    QVERIFY2(scenario, qPrintable(loader.errorString()));
    run.scenario = *scenario;

    LabClient lab;
    lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
    QString error;
    QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
    QFile file(ScenarioLoader::builtinPath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    lab.load(QJsonDocument::fromJson(file.readAll()).object());
    lab.run();
    QVERIFY2(lab.waitForFinished(60000, &error), qPrintable(error));
    run.trace = lab.trace();
    run.checks = lab.checks();
    run.calls = run.trace.calls(Actor::Client) + run.trace.calls(Actor::Server);
    std::sort(run.calls.begin(), run.calls.end(), [](const CallRecord &a, const CallRecord &b) { return a.tUs < b.tUs; });
}

} // namespace

// Segment facts need the segments as captured; inferred ones are the engine's reconstruction.
#define REQUIRE_CAPTURE(run)                                                                                         \
    do {                                                                                                             \
        if (!(run).captured())                                                                                       \
            QSKIP(qPrintable(QStringLiteral("segments are inferred here: ") + (run).trace.platform().captureError)); \
    } while (false)

#define RUN_BUILTIN(id, run)             \
    Run run;                             \
    runBuiltin(QStringLiteral(id), run); \
    if (QTest::currentTestFailed())      \
        return;

class TestAbortiveScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every RST on the wire is announced by the note of the step that causes it, which names the
    // rule that produced it; and the kernel did what each file says Linux does.
    void everyResetIsExplained_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : kIds)
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyResetIsExplained()
    {
        QFETCH(QString, id);
        Run run;
        runBuiltin(id, run);
        if (QTest::currentTestFailed())
            return;
        // As in tst_scenariolibrary: claims about segment order hold for captured segments only.
        QStringList failed;
        for (const ExpectationCheck &check : std::as_const(run.checks)) {
            if (!check.held && (run.captured() || !check.claim.startsWith(QLatin1String("segments in this order"))))
                failed << differenceText(check);
        }
        QVERIFY(!run.checks.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QVERIFY(!run.scenario.takeaway.isEmpty());
        QVERIFY(run.scenario.expectations.contains(QStringLiteral("textbook")));
        QVERIFY(run.scenario.expectations.contains(QStringLiteral("windows")));
        REQUIRE_CAPTURE(run);
        const QList<Note> notes = run.trace.notes();
        for (const Segment &rst : run.segmentsWith(TcpFlag::Rst)) {
            const Note *cause = nullptr;
            for (const Note &n : notes) {
                if (n.step >= 0 && n.tUs <= rst.tUs)
                    cause = &n;
            }
            QVERIFY2(cause, "an RST before any step's note");
            QVERIFY2(cause->text.contains(QLatin1String("RST")) && cause->text.contains(QLatin1String("rule")), qPrintable(cause->text));
        }
    }

    void lingerZeroResetsWithoutTimeWait()
    {
        RUN_BUILTIN("linger-zero", run);
        QCOMPARE(run.call(5).call, QStringLiteral("close"));
        QCOMPARE(run.call(5).ret, 0);

        // The abort skips the whole close handshake: no FIN_WAIT, no TIME_WAIT.
        for (TcpState s : {TcpState::FinWait1, TcpState::FinWait2, TcpState::Closing, TcpState::TimeWait})
            QVERIFY2(!run.everIn(Actor::Client, s), qPrintable(tcpStateName(s)));
        QCOMPARE(run.finalState(Actor::Client), QStringLiteral("CLOSED"));
        QCOMPARE(run.finalState(Actor::Server), QStringLiteral("CLOSED"));

        const CallRecord reset = run.call(6);
        QCOMPARE(reset.ret, -1);
        QCOMPARE(reset.errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(reset.errnoNumber, 104);
        // Reported once: then end of stream, although no FIN came.
        QCOMPARE(run.call(7).ret, 0);
        QCOMPARE(run.call(7).errnoNumber, 0);
        QCOMPARE(run.call(8).errnoName, QStringLiteral("EPIPE"));
        QCOMPARE(run.call(8).errnoNumber, 32);

        REQUIRE_CAPTURE(run);
        const QList<Segment> resets = run.segmentsWith(TcpFlag::Rst);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().from, Actor::Client);
        QVERIFY(resets.first().tUs >= run.call(5).tUs);
        QVERIFY(run.segmentsWith(TcpFlag::Fin).isEmpty());
    }

    void writeAfterPeerCloseGetsResetThenEndOfStream()
    {
        RUN_BUILTIN("write-after-peer-close", run);
        const CallRecord serverClose = run.call(4);
        const CallRecord secondSend = run.call(6);
        const CallRecord recvAfterReset = run.call(7);
        QCOMPARE(serverClose.call, QStringLiteral("close"));
        QCOMPARE(serverClose.ret, 0);
        QCOMPARE(secondSend.ret, 13);
        // Linux: end of stream, no error; Windows (the article's 10053) is the file's claim.
        QCOMPARE(recvAfterReset.call, QStringLiteral("recv"));
        QCOMPARE(recvAfterReset.ret, 0);
        QCOMPARE(recvAfterReset.errnoNumber, 0);
        const auto windows = run.scenario.expectations.value(QStringLiteral("windows")).calls;
        QVERIFY(std::any_of(windows.cbegin(), windows.cend(),
                            [](const ExpectedCall &c) { return c.step == 7 && c.errnoName == QLatin1String("WSAECONNABORTED"); }));
        QCOMPARE(run.call(8).errnoName, QStringLiteral("EPIPE"));
        QCOMPARE(run.call(8).errnoNumber, 32);
        QCOMPARE(run.finalState(Actor::Client), QStringLiteral("CLOSED"));
        QCOMPARE(run.finalState(Actor::Server), QStringLiteral("CLOSED"));

        REQUIRE_CAPTURE(run);
        // SO_LINGER {1, 30} still closes with FIN, and close() returned only once the FIN was
        // acknowledged.
        const QList<Segment> serverSegments = [&] {
            QList<Segment> out;
            for (const Segment &s : run.trace.segments()) {
                if (s.from == Actor::Server && s.tUs >= serverClose.tUs && (s.has(TcpFlag::Fin) || s.has(TcpFlag::Rst)))
                    out << s;
            }
            return out;
        }();
        QVERIFY(serverSegments.size() >= 2);
        const Segment fin = serverSegments.first();
        QVERIFY(fin.has(TcpFlag::Fin) && !fin.has(TcpFlag::Rst));
        const QList<Segment> all = run.trace.segments();
        const auto finAck = std::find_if(all.cbegin(), all.cend(), [&](const Segment &s) {
            return s.from == Actor::Client && s.has(TcpFlag::Ack) && qint32(s.ack - fin.seqEnd()) >= 0;
        });
        QVERIFY(finAck != all.cend());
        QVERIFY2(finAck->tUs <= serverClose.tUs + serverClose.durationUs,
                 qPrintable(QStringLiteral("ACK of the FIN at %1 µs, close() returned at %2 µs")
                                .arg(finAck->tUs)
                                .arg(serverClose.tUs + serverClose.durationUs)));

        // The second send went out after the FIN had arrived, and the orphaned server answered
        // its data with a bare RST (the data segment carried an ACK, so the RST takes its
        // sequence number from it and acknowledges nothing).
        QVERIFY(secondSend.tUs > fin.tUs);
        const Segment rst = serverSegments.last();
        QVERIFY(rst.has(TcpFlag::Rst));
        QCOMPARE(rst.flags, quint8(TcpFlag::Rst));
        const auto data = std::find_if(all.cbegin(), all.cend(),
                                       [&](const Segment &s) { return s.from == Actor::Client && s.len == 13 && s.tUs >= secondSend.tUs; });
        QVERIFY(data != all.cend());
        QVERIFY(data->tUs <= rst.tUs);
        QCOMPARE(rst.seq, data->ack);
        QVERIFY(rst.tUs < recvAfterReset.tUs);
        QCOMPARE(run.segmentsWith(TcpFlag::Rst).size(), 1);
    }

    void resetBeforeAcceptStillAccepts()
    {
        RUN_BUILTIN("rst-before-accept", run);
        const CallRecord accept = run.call(7);
        QCOMPARE(accept.call, QStringLiteral("accept"));
        // Not ECONNABORTED (POSIX's description): a descriptor for the dead connection.
        QVERIFY2(accept.ret >= 0, qPrintable(accept.errnoName));
        QCOMPARE(accept.errnoNumber, 0);
        const CallRecord recv = run.call(8);
        QCOMPARE(recv.ret, -1);
        QCOMPARE(recv.errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(recv.errnoNumber, 104);
        QCOMPARE(run.call(9).ret, 0);
        QCOMPARE(run.call(9).errnoNumber, 0);
        const auto textbook = run.scenario.expectations.value(QStringLiteral("textbook")).calls;
        QVERIFY(std::any_of(textbook.cbegin(), textbook.cend(),
                            [](const ExpectedCall &c) { return c.step == 7 && c.errnoName == QLatin1String("ECONNABORTED"); }));

        // The reset connection was already CLOSED in the queue when accept() handed it out.
        QCOMPARE(run.observedBefore(Actor::Server, accept.tUs), QStringLiteral("CLOSED"));
        QVERIFY(run.everIn(Actor::Server, TcpState::Established));

        REQUIRE_CAPTURE(run);
        const QList<Segment> resets = run.segmentsWith(TcpFlag::Rst);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().from, Actor::Client);
        QVERIFY(resets.first().tUs < accept.tUs);
        QVERIFY(run.segmentsWith(TcpFlag::Fin).isEmpty());
    }

    void peerCrashClosesLikeClose()
    {
        RUN_BUILTIN("peer-crash", run);
        // The client's two reads: an ordinary end of stream after the first death, a reset after
        // the second (unread data).
        const QList<CallRecord> reads = run.callsNamed(Actor::Client, QStringLiteral("recv"));
        QCOMPARE(reads.size(), 2);
        QCOMPARE(reads.at(0).ret, 0);
        QCOMPARE(reads.at(0).errnoNumber, 0);
        QCOMPARE(reads.at(1).ret, -1);
        QCOMPARE(reads.at(1).errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(reads.at(1).errnoNumber, 104);
        // The kernel finished the first close for the dead process: TIME_WAIT, with its timer.
        const QList<StateChange> server = run.trace.states(Actor::Server);
        const auto timeWait = std::find_if(server.cbegin(), server.cend(), [](const StateChange &s) {
            return s.state == TcpState::TimeWait && s.source == StateSource::Observed;
        });
        QVERIFY(timeWait != server.cend());
        QVERIFY(timeWait->tUs < reads.at(1).tUs);
        QCOMPARE(run.finalState(Actor::Client), QStringLiteral("CLOSED"));
        QCOMPARE(run.finalState(Actor::Server), QStringLiteral("CLOSED"));

        REQUIRE_CAPTURE(run);
        QList<Segment> endings; // the server's FINs and RSTs, in order
        for (const Segment &s : run.trace.segments()) {
            if (s.from == Actor::Server && (s.has(TcpFlag::Fin) || s.has(TcpFlag::Rst)))
                endings << s;
        }
        QCOMPARE(endings.size(), 2);
        QVERIFY(endings.at(0).has(TcpFlag::Fin) && !endings.at(0).has(TcpFlag::Rst));
        QVERIFY(endings.at(1).has(TcpFlag::Rst));
        QVERIFY(endings.at(0).tUs < reads.at(0).tUs);
        QVERIFY(endings.at(1).tUs < reads.at(1).tUs && endings.at(1).tUs > reads.at(0).tUs);
        QCOMPARE(run.segmentsWith(TcpFlag::Rst).size(), 1);
    }

    void connectRefusedAtOnce()
    {
        RUN_BUILTIN("connect-refused", run);
        const CallRecord connect = run.call(3);
        QCOMPARE(connect.call, QStringLiteral("connect"));
        QCOMPARE(connect.ret, -1);
        QCOMPARE(connect.errnoName, QStringLiteral("ECONNREFUSED"));
        QCOMPARE(connect.errnoNumber, 111);
        // An answer, not a timeout: a lost SYN would be retried after 1 s at the earliest.
        QVERIFY2(connect.durationUs < 500000, qPrintable(QString::number(connect.durationUs)));
        QVERIFY(!run.everIn(Actor::Client, TcpState::Established));

        REQUIRE_CAPTURE(run);
        // One SYN, one RST|ACK that acknowledges it, and no retry (Windows retries; Linux not).
        const QList<Segment> segments = run.trace.segments();
        QCOMPARE(segments.size(), 2);
        const Segment syn = segments.at(0);
        const Segment rst = segments.at(1);
        QCOMPARE(syn.from, Actor::Client);
        QCOMPARE(syn.flags, quint8(TcpFlag::Syn));
        QCOMPARE(rst.from, Actor::Server);
        QCOMPARE(rst.flags, quint8(TcpFlag::Rst | TcpFlag::Ack));
        QCOMPARE(rst.ack, syn.seqEnd());
        QVERIFY(rst.tUs >= connect.tUs && rst.tUs <= connect.tUs + connect.durationUs);
    }

    void unknownOptionLeavesConnectionAlone_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("call");
        QTest::newRow("getsockopt(IPPROTO_TCP, 200)") << 0 << QStringLiteral("getsockopt");
        QTest::newRow("setsockopt(IPPROTO_TCP, 200)") << 1 << QStringLiteral("setsockopt");
        QTest::newRow("getsockopt(SOL_SOCKET, 200)") << 2 << QStringLiteral("getsockopt");
    }

    void unknownOptionLeavesConnectionAlone()
    {
        QFETCH(int, step);
        QFETCH(QString, call);
        RUN_BUILTIN("unsupported-option", run);
        const CallRecord failed = run.call(step);
        QCOMPARE(failed.call, call);
        QCOMPARE(failed.ret, -1);
        QCOMPARE(failed.errnoName, QStringLiteral("ENOPROTOOPT"));
        QCOMPARE(failed.errnoNumber, 92);
        QCOMPARE(run.call(3).ret, 0);  // TCP_NODELAY by number
        QCOMPARE(run.call(5).ret, 10); // the data still flows
        QCOMPARE(run.call(5).data, QByteArray("still fine"));
        QCOMPARE(run.finalState(Actor::Client), QStringLiteral("TIME_WAIT"));
        QCOMPARE(run.finalState(Actor::Server), QStringLiteral("CLOSED"));

        REQUIRE_CAPTURE(run);
        QVERIFY(run.segmentsWith(TcpFlag::Rst).isEmpty());
        QCOMPARE(run.segmentsWith(TcpFlag::Fin).size(), 2);
        // The failed calls put nothing on the wire.
        const qint64 sendStart = run.call(4).tUs;
        for (const Segment &s : run.trace.segments())
            QVERIFY(s.tUs < failed.tUs || s.tUs > sendStart);
    }

    void ignoredRecvReturnIsEndOfStream()
    {
        RUN_BUILTIN("ignored-recv-return", run);
        // The buggy loop: 5 bytes of HELLO, then 0, 0, 0 - each at once, none an error, and
        // nothing new in the buffer.
        QCOMPARE(run.call(2).ret, 5);
        QCOMPARE(run.call(2).data, QByteArray("HELLO"));
        for (int step : {3, 4, 5}) {
            const CallRecord r = run.call(step);
            QCOMPARE(r.call, QStringLiteral("recv"));
            QCOMPARE(r.ret, 0);
            QCOMPARE(r.errnoNumber, 0);
            QVERIFY(r.data.isEmpty());
            QVERIFY2(r.durationUs < 500000, qPrintable(QString::number(r.durationUs))); // did not block
            QVERIFY(!r.timedOut);
        }
        // Never closed by the buggy loop: the server's end sat in CLOSE_WAIT, the client's in
        // FIN_WAIT_2, until FinAck stopped the loop (step 6).
        const qint64 stopped = run.call(6).tUs;
        QCOMPARE(run.observedBefore(Actor::Server, stopped), QStringLiteral("CLOSE_WAIT"));
        QCOMPARE(run.observedBefore(Actor::Client, stopped), QStringLiteral("FIN_WAIT_2"));

        // The fixed loop: 5, then 0, then close: the server ends CLOSED, the client in TIME_WAIT.
        QCOMPARE(run.call(12).ret, 5);
        QCOMPARE(run.call(12).data, QByteArray("HELLO"));
        QCOMPARE(run.call(13).ret, 0);
        QCOMPARE(run.call(14).call, QStringLiteral("close"));
        QCOMPARE(run.call(14).ret, 0);
        QCOMPARE(run.finalState(Actor::Client), QStringLiteral("TIME_WAIT"));
        QCOMPARE(run.finalState(Actor::Server), QStringLiteral("CLOSED"));

        REQUIRE_CAPTURE(run);
        QVERIFY(run.segmentsWith(TcpFlag::Rst).isEmpty());
        // The server's FIN of each connection comes only with its close(), never with a recv().
        const QList<Segment> fins = run.segmentsWith(TcpFlag::Fin);
        QList<Segment> serverFins;
        std::copy_if(fins.cbegin(), fins.cend(), std::back_inserter(serverFins), [](const Segment &s) { return s.from == Actor::Server; });
        QCOMPARE(serverFins.size(), 2);
        QVERIFY(serverFins.at(0).tUs >= stopped);
        QVERIFY(serverFins.at(1).tUs >= run.call(14).tUs);
    }
};

QTEST_GUILESS_MAIN(TestAbortiveScenarios)
#include "tst_abortivescenarios.moc"
