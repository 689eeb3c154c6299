// The window's frame, on the offscreen platform: it opens, says what it is, and closes.
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace FinAck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndShowsWhatToDo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("FinAck"));
        auto *label = qobject_cast<QLabel *>(window.centralWidget());
        QVERIFY(label);
        QVERIFY(label->text().contains(QLatin1String("finack run")));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
