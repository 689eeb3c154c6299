// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The window on the offscreen platform, with a real finack-lab behind it: choosing a scenario and
// pressing Space plays it to the end on real sockets, the diagram and panels follow, and the
// window outlives a lab that is killed mid-run.
#include "diagram/sequenceview.h"
#include "mainwindow.h"
#include "panels/callpanel.h"
#include "panels/statepanel.h"
#include "session/calltablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <csignal>

using namespace FinAck;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static void fastest(MainWindow &window)
    {
        auto *speed = window.findChild<QComboBox *>();
        QVERIFY(speed);
        speed->setCurrentIndex(speed->count() - 1); // 4x: the test need not watch at lecture pace
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QSettings().clear();
    }

    void spacePlaysTheCloseToTheEnd()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.lab().isRunning());
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        fastest(window);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().isRunFinished() && window.playback().isAtEnd(), 60000);

        const Trace &trace = window.playback().trace();
        QVERIFY(trace.segments().size() >= 9);
        // One arrow per segment in the diagram, one row per call in each panel.
        QCOMPARE(window.sequenceView()->layout().arrowCount(), int(trace.segments().size()));
        QCOMPARE(window.panel(Actor::Client)->model()->rowCount(), int(trace.calls(Actor::Client).size()));
        QCOMPARE(window.panel(Actor::Server)->model()->rowCount(), int(trace.calls(Actor::Server).size()));
        QCOMPARE(window.panel(Actor::Client)->statePanel()->stateText(), QStringLiteral("TIME_WAIT"));
        QCOMPARE(window.panel(Actor::Server)->statePanel()->stateText(), QStringLiteral("CLOSED"));

        // Back moves over what was recorded, without running anything again.
        const int calls = int(window.lab().trace().calls(Actor::Client).size());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QVERIFY(!window.playback().isAtEnd());
        QVERIFY(window.panel(Actor::Client)->model()->rowCount() <= calls);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTRY_VERIFY(window.playback().isAtEnd());
        QCOMPARE(int(window.lab().trace().calls(Actor::Client).size()), calls);

        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains(QLatin1String("segments")); }));
    }

    // On the host network a banner stays above the diagram: why, and what that limits.
    void hostNetworkShowsALastingBanner()
    {
        MainWindow window(LabClient::Network::Host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.lab().isRunning());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("networkBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("not in a private network namespace")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("(faults) are refused")), qPrintable(banner->text()));
        QVERIFY2(banner->text().endsWith(QLatin1String("Why: --network host was asked for")), qPrintable(banner->text()));
        // Lasting: a run and the status messages after it leave it in place.
        QVERIFY(window.openScenario(QStringLiteral("half-close")));
        fastest(window);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().isRunFinished() && window.playback().isAtEnd(), 60000);
        QVERIFY(banner->isVisible());
    }

    void privateNetworkShowsNoBanner()
    {
        MainWindow window(LabClient::Network::Private);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!window.lab().isRunning())
            QSKIP("the kernel allows no private network namespace here");
        auto *banner = window.findChild<QLabel *>(QStringLiteral("networkBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
    }

    void survivesTheLabBeingKilled()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        QVERIFY(::kill(pid_t(window.lab().processId()), SIGKILL) == 0);
        const auto banner = [&window] {
            const auto labels = window.findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [](QLabel *l) { return l->isVisible() && l->text().contains(QLatin1String("lab process stopped")); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(banner(), 10000);
        // Still responsive: restart the lab from the window and play.
        const auto buttons = window.findChildren<QPushButton *>();
        QPushButton *restart = *std::find_if(buttons.cbegin(), buttons.cend(),
                                             [](QPushButton *b) { return b->text().contains(QLatin1String("Restart")); });
        QVERIFY(restart->isVisible());
        restart->click();
        QVERIFY(window.lab().isRunning());
        QVERIFY(!banner());
        fastest(window);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().isRunFinished() && window.playback().isAtEnd(), 60000);
    }

    // A lab that stops answering (SIGSTOP) is shown as such, however it looked before ("lab
    // running"), and the window's button ends it and runs the scenario in a new one.
    void showsALabThatDoesNotAnswer()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lab().setHeartbeatInterval(100);
        window.lab().setHangTimeout(1000);
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        const auto stopped = pid_t(window.lab().processId());
        QVERIFY(::kill(stopped, SIGSTOP) == 0);
        const auto shown = [&window](const QString &text) {
            const auto labels = window.findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&text](QLabel *l) { return l->isVisible() && l->text().contains(text); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(QStringLiteral("The lab has not answered for 1 s")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(shown(QStringLiteral("The lab has not answered for 2 s")), 5000);
        QVERIFY(shown(QStringLiteral("lab not answering")));
        const auto buttons = window.findChildren<QPushButton *>();
        const auto restart = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
            return b->isVisible() && b->text() == QLatin1String("End and restart the lab");
        });
        QVERIFY(restart != buttons.cend());
        (*restart)->click();
        QVERIFY(::kill(stopped, 0) == -1); // ended, not left stopped
        QVERIFY(window.lab().isRunning());
        QVERIFY(pid_t(window.lab().processId()) != stopped);
        QVERIFY(!shown(QStringLiteral("has not answered")));
        QVERIFY(shown(QStringLiteral("lab running")));
        QVERIFY(!(*restart)->isVisible());
        fastest(window);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().isRunFinished() && window.playback().isAtEnd(), 60000);
        QCOMPARE(window.shownTrace().scenarioId(), QStringLiteral("graceful-client-first"));
    }

    void unknownScenarioIsRefused()
    {
        MainWindow window;
        QString error;
        QVERIFY(!window.openScenario(QStringLiteral("no-such-id"), &error));
        QVERIFY(error.contains(QLatin1String("no built-in scenario")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
