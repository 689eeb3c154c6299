// The window on the offscreen platform, with a real finack-lab behind it: it runs a scenario,
// says which network ran it, and outlives a lab that is killed mid-run.
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <csignal>

using namespace FinAck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
    }

    void runsAScenarioThroughTheLab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("FinAck"));
        QVERIFY(window.lab().isRunning());
        QVERIFY(window.openScenario(QStringLiteral("half-close")));
        const auto buttons = window.findChildren<QPushButton *>();
        QPushButton *run = *std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text().contains(QLatin1String("Run")); });
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.traceText().contains(QLatin1String("The kernel did what the scenario expects.")), 20000);
        QVERIFY(window.traceText().contains(QLatin1String("shutdown(")));
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains(QLatin1String("segments")); }));
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
            return std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->isVisible() && l->text().contains(QLatin1String("lab process stopped")); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(banner(), 10000);
        // Still responsive: restart the lab from the window and run.
        const auto buttons = window.findChildren<QPushButton *>();
        QPushButton *restart = *std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text().contains(QLatin1String("Restart")); });
        QVERIFY(restart->isVisible());
        restart->click();
        QVERIFY(window.lab().isRunning());
        QVERIFY(!banner());
        QPushButton *run = *std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text().contains(QLatin1String("Run")); });
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.traceText().contains(QLatin1String("The kernel did what the scenario expects.")), 20000);
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
