// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The engine's promises beyond the built-in scenarios: blocking calls really block (and only
// their own actor), timeouts end them, and calls report the kernel's errno.
#include "engine.h"
#include "io/scenarioloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace FinAck;

namespace {

Scenario load(const QString &name)
{
    ScenarioLoader loader;
    const auto s = loader.loadFile(QStringLiteral(FINACK_TEST_DATA "/scenarios/") + name);
    if (!s)
        qFatal("%s", qPrintable(loader.errorString()));
    return *s;
}

// The call a given author step made.
CallRecord callOf(const Engine &engine, int authorStep)
{
    const int position = engine.scenario().setupStepCount() + authorStep;
    for (Actor a : {Actor::Client, Actor::Server}) {
        for (const CallRecord &c : engine.trace().calls(a)) {
            if (c.step == position)
                return c;
        }
    }
    return {};
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blockingRecvWaitsForThePeer()
    {
        Engine engine;
        engine.load(load(QStringLiteral("blocking-recv.json")));
        QSignalSpy finishedSteps(&engine, &Engine::stepFinished);
        while (engine.nextStep() < engine.scenario().setupStepCount() + 1)
            engine.step();
        // The server's recv is blocked in its own thread; the engine went on.
        const int setup = engine.scenario().setupStepCount();
        QCOMPARE(finishedSteps.size(), setup + 1);
        QCOMPARE(callOf(engine, 0).call, QString()); // not returned yet
        engine.step();                               // the client sends: the server's recv returns with the data
        const CallRecord recv = callOf(engine, 0);
        QCOMPARE(recv.call, QStringLiteral("recv"));
        QCOMPARE(recv.ret, 7);
        QVERIFY(!recv.timedOut);
        QVERIFY(recv.durationUs >= 10000); // it blocked at least through the engine's quiet period
        const CallRecord send = callOf(engine, 1);
        QVERIFY(send.tUs > recv.tUs && send.tUs < recv.tUs + recv.durationUs);
        engine.runToEnd();
        QVERIFY(engine.differences().isEmpty());
    }

    void blockingAcceptWaitsForAConnection()
    {
        Engine engine;
        engine.load(load(QStringLiteral("blocking-accept.json")));
        engine.runToEnd();
        const CallRecord accept = callOf(engine, 3);
        const CallRecord connect = callOf(engine, 5);
        QCOMPARE(accept.call, QStringLiteral("accept"));
        QVERIFY(accept.ret >= 0);
        // accept() returned only after the client's connect() began, in the server's own thread.
        QVERIFY(accept.tUs < connect.tUs);
        QVERIFY(accept.tUs + accept.durationUs >= connect.tUs);
        QCOMPARE(callOf(engine, 7).ret, 0); // the accepted socket reads the client's FIN
        QCOMPARE(engine.trace().states(Actor::Server).first().state, TcpState::Closed);
    }

    void timeoutInterruptsABlockedCall()
    {
        Engine engine;
        engine.load(load(QStringLiteral("recv-timeout.json")));
        engine.runToEnd();
        const CallRecord recv = callOf(engine, 0);
        QCOMPARE(recv.call, QStringLiteral("recv"));
        QVERIFY(recv.timedOut);
        QCOMPARE(recv.ret, -1);
        QCOMPARE(recv.errnoName, QStringLiteral("EINTR"));
        QVERIFY2(recv.durationUs >= 300000 && recv.durationUs < 2000000, qPrintable(QString::number(recv.durationUs)));
        // The note says what happened, and the rest of the scenario still ran.
        const QList<Note> notes = engine.trace().notes();
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const Note &n) { return n.text.contains(QLatin1String("timeout")); }));
        QCOMPARE(callOf(engine, 2).call, QStringLiteral("close"));
    }

    void lingeringCloseBlocks()
    {
        // close() with SO_LINGER {1, 1} while the peer's zero window holds the data back blocks
        // for the linger time, on the client's thread only.
        Engine engine;
        engine.load(load(QStringLiteral("linger-close-blocks.json")));
        engine.runToEnd();
        const CallRecord send = callOf(engine, 8);
        QVERIFY2(send.ret > 0 && send.ret < 16 * 16384, qPrintable(send.text + QString::number(send.ret)));
        const CallRecord close = callOf(engine, 10);
        QCOMPARE(close.call, QStringLiteral("close"));
        QVERIFY(!close.timedOut);
        QVERIFY2(close.durationUs >= 900000 && close.durationUs < 3000000, qPrintable(QString::number(close.durationUs)));
        // While close() blocked, the kernel reported the client in FIN_WAIT_1 with bytes queued.
        const QList<StateChange> states = engine.trace().states(Actor::Client);
        QVERIFY(std::any_of(states.cbegin(), states.cend(), [](const StateChange &s) {
            return s.state == TcpState::FinWait1 && s.source == StateSource::Observed && s.sendQ.value_or(0) > 0;
        }));
    }

    void errnoOfRealCalls()
    {
        Engine engine;
        engine.load(load(QStringLiteral("unsupported-option.json")));
        engine.runToEnd();
        const CallRecord raw = callOf(engine, 0);
        QCOMPARE(raw.errnoName, QStringLiteral("ENOPROTOOPT"));
        QCOMPARE(raw.errnoNumber, ENOPROTOOPT);
        QVERIFY(!raw.errnoMessage.isEmpty());
        QVERIFY(raw.text.startsWith(QLatin1String("setsockopt(")));
        QCOMPARE(callOf(engine, 1).ret, 0); // getsockopt(SO_ERROR)
        QCOMPARE(callOf(engine, 4).ret, 0); // close one of two descriptors: nothing on the wire
        QCOMPARE(callOf(engine, 5).ret, 0); // the last close: unread "x", so RST
        // The first send after the RST reports the reset, the next one EPIPE (and no SIGPIPE
        // killed the test: MSG_NOSIGNAL).
        QCOMPARE(callOf(engine, 6).errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(callOf(engine, 7).errnoName, QStringLiteral("EPIPE"));

        // Closing the first of two descriptors sent nothing: the only FIN or RST came after the
        // last close.
        const qint64 lastClose = callOf(engine, 5).tUs;
        for (const Segment &s : engine.trace().segments()) {
            if (s.has(TcpFlag::Fin) || s.has(TcpFlag::Rst))
                QVERIFY(s.tUs >= lastClose);
        }
    }

    void sendTextIsCSource()
    {
        Engine engine;
        engine.load(load(QStringLiteral("blocking-recv.json")));
        engine.runToEnd();
        const CallRecord send = callOf(engine, 1);
        QVERIFY2(send.text.contains(QLatin1String("\"wake up\", 7, MSG_NOSIGNAL)")), qPrintable(send.text));
        QCOMPARE(engine.trace().endpoint(Actor::Client).left(10), QStringLiteral("127.0.0.1:"));
        QCOMPARE(engine.trace().endpoint(Actor::Server).left(10), QStringLiteral("127.0.0.1:"));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
