// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The Session without any window: a real finack-lab runs a built-in scenario, Playback steps it
// to the end, the record is saved, opened again as a file that replays with no lab, and choosing
// the scenario again goes back to live runs.
#include "session.h"

#include "io/scenarioloader.h"
#include "model/tcpstate.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace FinAck;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QSettings().clear();
    }

    void liveRunThenReplayThenLive_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("clientEnd"); // the client's last state
        QTest::newRow("graceful close, client first") << QStringLiteral("graceful-client-first") << QStringLiteral("TIME_WAIT");
        QTest::newRow("graceful close, server first") << QStringLiteral("graceful-server-first") << QStringLiteral("CLOSED");
    }

    void liveRunThenReplayThenLive()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, clientEnd);
        Session session;
        QSignalSpy loaded(&session, &Session::scenarioLoaded);
        QSignalSpy shown(&session, &Session::fileShown);
        QSignalSpy checks(&session, &Session::checksChanged);
        session.startLab();
        QCOMPARE(session.labState(), Session::LabState::Running);
        QVERIFY(session.lab().isRunning());

        QString error;
        QVERIFY2(session.openScenario(scenario, &error), qPrintable(error));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!session.openedFile());
        QCOMPARE(session.scenario()->id, scenario);

        // Step to the end: each step at the end of the record asks the lab for the next one.
        Playback &playback = session.playback();
        playback.setPace(1, 1);
        connect(&playback, &Playback::needNextStep, &session.lab(), &LabClient::step);
        playback.play();
        QTRY_VERIFY_WITH_TIMEOUT(playback.isRunFinished() && playback.isAtEnd(), 60000);

        // One record: what playback walked over is the lab's run, which also holds the header.
        const Trace &live = session.shownTrace();
        QCOMPARE(&live, &session.lab().trace());
        QCOMPARE(live.scenarioId(), scenario);
        QCOMPARE(playback.trace().events(), live.events());
        QVERIFY(!live.endpoint(Actor::Client).isEmpty());
        QVERIFY(!live.segments().isEmpty());
        QVERIFY(!live.states(Actor::Client).isEmpty());
        QCOMPARE(tcpStateName(live.states(Actor::Client).constLast().state), clientEnd);
        QTRY_VERIFY(!checks.isEmpty() && !checks.constLast().constFirst().value<QList<ExpectationCheck>>().isEmpty());

        // Saved and opened again: it replays with no socket, the lab idle.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("run.json"));
        QVERIFY2(session.saveTraceTo(saved, &error), qPrintable(error));
        const Trace recorded = live;
        QVERIFY2(session.openFile(saved, &error), qPrintable(error));
        QCOMPARE(shown.count(), 1);
        QVERIFY(session.openedFile());
        QCOMPARE(session.openedFile()->kind, OpenedFile::Kind::Trace);
        QCOMPARE(session.shownTrace(), recorded);
        QCOMPARE(playback.trace(), recorded);
        QCOMPARE(playback.position(), 0);
        QVERIFY(playback.isRunFinished());
        QSignalSpy asked(&playback, &Playback::needNextStep);
        while (!playback.isAtEnd())
            playback.step();
        QCOMPARE(asked.count(), 0); // a replay never asks the lab for anything

        // The scenario again: live runs, an empty record, the file closed.
        QVERIFY2(session.openScenario(scenario, &error), qPrintable(error));
        QCOMPARE(loaded.count(), 2);
        QVERIFY(!session.openedFile());
        QVERIFY(playback.trace().isEmpty());
        QVERIFY(!playback.isRunFinished());
        playback.play();
        QTRY_VERIFY_WITH_TIMEOUT(playback.isRunFinished() && playback.isAtEnd(), 60000);
        QCOMPARE(session.shownTrace().scenarioId(), scenario);
        QCOMPARE(session.shownTrace().segments().size(), recorded.segments().size());
    }

    // A lab that stops answering (here: SIGSTOP) is reported with how long it has been silent,
    // until it answers again; startLab() then ends it at once, not after a polite wait, and the
    // scenario runs in a new one.
    void hungLabIsReportedAndReplaced()
    {
        Session session;
        session.lab().setHeartbeatInterval(100);
        session.lab().setHangTimeout(1000);
        session.startLab();
        QString error;
        QVERIFY2(session.openScenario(QStringLiteral("graceful-client-first"), &error), qPrintable(error));
        QSignalSpy silence(&session, &Session::labSilenceChanged);
        const auto stopped = pid_t(session.lab().processId());

        QVERIFY(::kill(stopped, SIGSTOP) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(session.labSilentMs() >= 1000, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(session.labSilentMs() >= 2000, 5000); // it counts on
        QCOMPARE(session.labState(), Session::LabState::Running);
        QVERIFY(::kill(stopped, SIGCONT) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(session.labSilentMs(), qint64(0), 5000);
        QCOMPARE(silence.constLast().constFirst().toLongLong(), qint64(0));

        QVERIFY(::kill(stopped, SIGSTOP) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(session.labSilentMs() > 0, 5000);
        QElapsedTimer timer;
        timer.start();
        session.startLab();
        const qint64 restartMs = timer.elapsed();
        QVERIFY2(restartMs < 2500, qPrintable(QString::number(restartMs))); // LabClient::stop() waits 3 s for a lab that may quit
        QVERIFY(::kill(stopped, 0) == -1 && errno == ESRCH);                // ended, and reaped
        QVERIFY(session.lab().isRunning());
        QVERIFY(pid_t(session.lab().processId()) != stopped);
        QCOMPARE(session.labSilentMs(), qint64(0));
        QCOMPARE(session.scenario()->id, QStringLiteral("graceful-client-first"));
        Playback &playback = session.playback();
        playback.setPace(1, 1);
        connect(&playback, &Playback::needNextStep, &session.lab(), &LabClient::step);
        playback.play();
        QTRY_VERIFY_WITH_TIMEOUT(playback.isRunFinished() && playback.isAtEnd(), 60000);
        QCOMPARE(session.shownTrace().scenarioId(), QStringLiteral("graceful-client-first"));
    }

    void badScenarioChangesNothing()
    {
        Session session;
        QSignalSpy failed(&session, &Session::scenarioLoadFailed);
        QString error;
        QVERIFY(!session.loadScenarioFile(QStringLiteral(FINACK_TEST_DATA "/no-such-file.json"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(session.scenarioPath().isEmpty());
        QCOMPARE(session.labState(), Session::LabState::NotStarted);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
