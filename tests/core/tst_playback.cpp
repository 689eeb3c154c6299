// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Playback over recorded traces: Step and Back stop at scenario steps, seek stays in bounds,
// play paces itself by the speed, asks for the next step at the end of the record and goes on
// when the lab's events arrive.
#include "io/tracejson.h"
#include "session/playback.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace FinAck;

namespace {

Trace recorded(const QString &name)
{
    QString error;
    const auto trace = loadTrace(QStringLiteral(FINACK_TEST_DATA "/traces/%1.json").arg(name), &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return *trace;
}

// The first `count` events, as the lab would have streamed them so far.
Trace prefix(const Trace &trace, int count)
{
    Trace out;
    out.setScenarioId(trace.scenarioId());
    for (int i = 0; i < count; ++i)
        out.appendRelative(trace.at(i));
    return out;
}

QList<TraceEvent> slice(const Trace &trace, int from, int to)
{
    return trace.events().mid(from, to - from);
}

} // namespace

class TestPlayback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsThroughARecordedTrace_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<QList<int>>("stops");
        QTest::addColumn<QList<int>>("steps");
        // orderly-close: the handshake's segments and states belong to step 0 (connect).
        QTest::newRow("orderly-close") << "orderly-close" << QList<int>{7, 8, 15, 16, 22} << QList<int>{0, 1, 2, 3, 4};
        // The initial CLOSED states come before any call and go with the first step.
        QTest::newRow("qt-client-reset, signals inside steps")
            << "qt-client-reset" << QList<int>{3, 4, 6, 7, 19, 20, 26, 36, 38, 41} << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        // A note without a step stays with the step before it.
        QTest::newRow("reset-inferred, untagged note") << "reset-inferred" << QList<int>{1, 4, 6, 8} << QList<int>{0, 1, 2, 3};
        QTest::newRow("forward-compatible, no steps at all") << "forward-compatible" << QList<int>{4} << QList<int>{-1};
    }

    void stepsThroughARecordedTrace()
    {
        QFETCH(QString, trace);
        QFETCH(QList<int>, stops);
        QFETCH(QList<int>, steps);
        Playback playback;
        playback.setTrace(recorded(trace));
        playback.setRunFinished(true);
        QCOMPARE(playback.position(), 0);
        QCOMPARE(playback.timeUs(), 0);
        QCOMPARE(playback.stepOfEvent(0), steps.first()); // what comes before the first step is part of it
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        QSignalSpy finished(&playback, &Playback::finished);
        for (int i = 0; i < stops.size(); ++i) {
            playback.step();
            QCOMPARE(playback.position(), stops.at(i));
            QCOMPARE(playback.currentStep(), steps.at(i));
            QCOMPARE(moved.size(), i + 1);
            QCOMPARE(moved.constLast().at(0).toInt(), stops.at(i));
            QCOMPARE(moved.constLast().at(1).toLongLong(), eventTime(playback.trace().at(stops.at(i) - 1)));
        }
        QVERIFY(playback.isAtEnd());
        QCOMPARE(finished.size(), 1);
        // At the end of a finished run, Step has nowhere to go and asks for nothing.
        QSignalSpy need(&playback, &Playback::needNextStep);
        playback.step();
        QCOMPARE(moved.size(), stops.size());
        QCOMPARE(need.size(), 0);
    }

    void backRetracesTheSteps()
    {
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.seek(22);
        QSignalSpy stepSpy(&playback, &Playback::stepChanged);
        QList<int> positions;
        for (int i = 0; i < 5; ++i) {
            playback.back();
            positions << playback.position();
        }
        QCOMPARE(positions, (QList<int>{16, 15, 8, 7, 0}));
        QCOMPARE(playback.currentStep(), -1);
        QCOMPARE(stepSpy.size(), 5);
        QCOMPARE(stepSpy.constLast().at(0).toInt(), -1);
        // Back from the middle of a step goes to that step's start, not the one before.
        playback.seek(11);
        playback.back();
        QCOMPARE(playback.position(), 8);
        // Back at the start stays there, silently.
        playback.seek(0);
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        playback.back();
        QCOMPARE(playback.position(), 0);
        QCOMPARE(moved.size(), 0);
    }

    void seekStaysInBounds_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("tUs");
        QTest::newRow("before the start") << -5 << 0 << qint64(0);
        QTest::newRow("start") << 0 << 0 << qint64(0);
        QTest::newRow("mid-step") << 10 << 10 << qint64(500412);
        QTest::newRow("end") << 22 << 22 << qint64(1000693);
        QTest::newRow("past the end") << 1000 << 22 << qint64(1000693);
    }

    void seekStaysInBounds()
    {
        QFETCH(int, target);
        QFETCH(int, expected);
        QFETCH(qint64, tUs);
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.seek(3);
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        playback.seek(target);
        QCOMPARE(playback.position(), expected);
        QCOMPARE(playback.timeUs(), tUs);
        QCOMPARE(moved.size(), expected == 3 ? 0 : 1);
        playback.seek(target); // the same place again: nothing to tell
        QCOMPARE(moved.size(), expected == 3 ? 0 : 1);
    }

    void playAsksForTheNextStepAndGoesOnWithItsEvents()
    {
        const Trace full = recorded(QStringLiteral("orderly-close"));
        Playback playback;
        playback.setPace(20, 5);
        playback.setTrace(prefix(full, 8)); // steps 0 and 1 recorded so far
        QSignalSpy need(&playback, &Playback::needNextStep);
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        QSignalSpy playing(&playback, &Playback::playingChanged);
        playback.play();
        QVERIFY(playback.isPlaying());
        QCOMPARE(playing.size(), 1);
        QTRY_COMPARE(need.size(), 1);
        QCOMPARE(playback.position(), 8);
        QVERIFY(playback.isWaitingForStep());
        QVERIFY(playback.isPlaying());

        // Step 2 streams in, event by event: the playhead follows it.
        playback.appendEvents(slice(full, 8, 10));
        QCOMPARE(playback.position(), 10);
        playback.appendEvents(slice(full, 10, 15));
        QCOMPARE(playback.position(), 15);
        QCOMPARE(need.size(), 1); // not asked again while the step settles
        playback.stepRecorded();
        QTRY_COMPARE(need.size(), 2);
        QCOMPARE(playback.position(), 15);

        // The last two steps at once, then the lab says the run is over.
        playback.appendEvents(slice(full, 15, 22));
        QCOMPARE(playback.position(), 22);
        QSignalSpy finished(&playback, &Playback::finished);
        playback.setRunFinished(true);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(!playback.isPlaying());
        QCOMPARE(need.size(), 2);
        QCOMPARE(playing.constLast().at(0).toBool(), false);
    }

    void stepAtTheEndOfTheRecordAsksOnce()
    {
        const Trace full = recorded(QStringLiteral("reset-inferred"));
        Playback playback;
        playback.setTrace(prefix(full, 4));
        playback.seek(4);
        QSignalSpy need(&playback, &Playback::needNextStep);
        playback.step();
        playback.step(); // a second press while the lab runs the step
        QCOMPARE(need.size(), 1);
        playback.appendEvent(full.at(4));
        QCOMPARE(playback.position(), 5);
        QCOMPARE(playback.currentStep(), 2);
        playback.stepRecorded();
        QVERIFY(!playback.isWaitingForStep());
        // Not waiting any more: later events are recorded but not shown until asked for.
        playback.appendEvents(slice(full, 5, 8));
        QCOMPARE(playback.position(), 5);
        playback.step();
        QCOMPARE(playback.position(), 6);
    }

    void anEventLandingBeforeThePlayheadIsShown()
    {
        const Trace full = recorded(QStringLiteral("orderly-close"));
        Trace partial;
        for (int i = 0; i < 10; ++i) {
            if (i != 3) // the SYN|ACK lags behind, as a capture can
                partial.appendRelative(full.at(i));
        }
        Playback playback;
        playback.setTrace(partial);
        playback.seek(7);
        const qint64 before = playback.timeUs();
        playback.appendEvent(full.at(3));
        QCOMPARE(playback.position(), 8);
        QCOMPARE(playback.timeUs(), before);
        QCOMPARE(playback.trace().at(3), full.at(3));
        // One that lands after the playhead is not.
        playback.appendEvent(full.at(10));
        QCOMPARE(playback.position(), 8);
    }

    void speedSetsThePace_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("expectedSpeed");
        QTest::newRow("quarter") << 0.25 << 0.25;
        QTest::newRow("normal") << 1.0 << 1.0;
        QTest::newRow("four times") << 4.0 << 4.0;
        QTest::newRow("too slow, clamped") << 0.01 << 0.25;
        QTest::newRow("too fast, clamped") << 100.0 << 4.0;
    }

    void speedSetsThePace()
    {
        QFETCH(double, speed);
        QFETCH(double, expectedSpeed);
        Playback playback;
        playback.setPace(400, 100);
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.setSpeed(speed);
        QCOMPARE(playback.speed(), expectedSpeed);
        // Step 0 has three segments to draw; step 1 none.
        QCOMPARE(playback.restMsAfter(7), int((400 + 3 * 100) / expectedSpeed));
        QCOMPARE(playback.restMsAfter(8), int(400 / expectedSpeed));
        QCOMPARE(playback.segmentAnimationMs(), int(100 / expectedSpeed));
    }

    void fasterPlayIsFaster()
    {
        const auto timeToEnd = [](double speed) {
            Playback playback;
            playback.setPace(160, 0);
            playback.setTrace(recorded(QStringLiteral("reset-inferred")));
            playback.setRunFinished(true);
            playback.setSpeed(speed);
            QSignalSpy finished(&playback, &Playback::finished);
            QElapsedTimer clock;
            clock.start();
            playback.play(); // shows step 0 at once, then rests 160 ms / speed per step
            [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); }();
            return clock.elapsed();
        };
        const qint64 fast = timeToEnd(4.0);   // 3 rests of 40 ms
        const qint64 normal = timeToEnd(1.0); // 3 rests of 160 ms
        qDebug() << "to the end: 4x" << fast << "ms, 1x" << normal << "ms";
        QVERIFY2(normal >= 3 * 160 - 10, qPrintable(QString::number(normal)));
        QVERIFY2(fast < normal, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(normal)));
    }

    void pauseStops()
    {
        Playback playback;
        playback.setPace(50, 0);
        playback.setTrace(recorded(QStringLiteral("qt-client-reset")));
        playback.setRunFinished(true);
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        playback.play();
        QTRY_COMPARE(moved.size(), 2);
        playback.pause();
        QVERIFY(!playback.isPlaying());
        const int at = playback.position();
        QVERIFY(!moved.wait(300)); // six rests' worth: nothing moves
        QCOMPARE(playback.position(), at);
        // Play goes on from there.
        playback.play();
        QTRY_COMPARE(moved.size(), 3);
        QVERIFY(playback.position() > at);
        playback.togglePlay();
        QVERIFY(!playback.isPlaying());
    }

    void playAtTheEndOfAFinishedRunStartsAgain()
    {
        Playback playback;
        playback.setPace(10, 0);
        playback.setTrace(recorded(QStringLiteral("reset-inferred")));
        playback.setRunFinished(true);
        playback.seek(8);
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        QSignalSpy need(&playback, &Playback::needNextStep);
        playback.play();
        QCOMPARE(moved.at(0).at(0).toInt(), 0);
        QCOMPARE(moved.at(1).at(0).toInt(), 1);
        QTRY_VERIFY(!playback.isPlaying());
        QCOMPARE(playback.position(), 8);
        QCOMPARE(need.size(), 0);
    }

    void manualMovesPausePlay()
    {
        Playback playback;
        playback.setPace(10000, 0);
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.play();
        QVERIFY(playback.isPlaying());
        playback.back();
        QVERIFY(!playback.isPlaying());
        playback.play();
        playback.seek(3);
        QVERIFY(!playback.isPlaying());
        playback.play();
        playback.step();
        QVERIFY(!playback.isPlaying());
    }

    void restartClearsTheRecordAndAsksForARun()
    {
        const Trace full = recorded(QStringLiteral("orderly-close"));
        Playback playback;
        playback.setTrace(prefix(full, 8));
        playback.seek(8);
        playback.step(); // waiting for step 2
        QVERIFY(playback.isWaitingForStep());
        QSignalSpy restart(&playback, &Playback::restartRequested);
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        QSignalSpy steps(&playback, &Playback::stepChanged);
        QSignalSpy changed(&playback, &Playback::traceChanged);
        playback.restart();
        QCOMPARE(restart.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(playback.position(), 0);
        QCOMPARE(moved.constLast().at(0).toInt(), 0);
        QCOMPARE(steps.constLast().at(0).toInt(), -1);
        QVERIFY(playback.trace().isEmpty());
        QCOMPARE(playback.trace().scenarioId(), full.scenarioId());
        QVERIFY(!playback.isWaitingForStep());
        QVERIFY(!playback.isRunFinished());
        // The new run's first step: Step asks for it, its events are followed.
        QSignalSpy need(&playback, &Playback::needNextStep);
        playback.step();
        QCOMPARE(need.size(), 1);
        playback.appendEvents(slice(full, 0, 7));
        QCOMPARE(playback.position(), 7);
    }
};

QTEST_GUILESS_MAIN(TestPlayback)
#include "tst_playback.moc"
