// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The compare window on the offscreen platform, over runs recorded here through finack-lab and
// saved as trace files: both diagrams show their whole trace, scrolling one brings the other to
// the same step, a difference clicked in the list selects its events in both, a click on a
// marked event finds its difference, and a file that cannot be compared changes nothing.
#include "compare/comparescroll.h"
#include "compare/compareview.h"
#include "compare/comparewindow.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "session/labclient.h"
#include "text/tracecomparisontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QListWidget>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <functional>

using namespace FinAck;
using Kind = TraceDifference::Kind;

Q_DECLARE_METATYPE(FinAck::CompareSide)
Q_DECLARE_METATYPE(FinAck::TraceDifference::Kind)

namespace {

QString dataFile(const QString &relative)
{
    return QStringLiteral(FINACK_TEST_DATA "/") + relative;
}

CompareSide otherSide(CompareSide side)
{
    return side == CompareSide::Left ? CompareSide::Right : CompareSide::Left;
}

// Whether the event's line is inside the view's visible part, below the sticky header.
bool isOnScreen(const SequenceView *view, int event)
{
    const double y = view->layout().eventY(event);
    const int top = view->verticalScrollBar()->value();
    return y >= top + view->layout().contentTop() && y <= top + view->viewport()->height();
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_close;  // graceful-client-first
    QString m_drain;  // half-close
    QString m_edited; // orderly-close.json with one call's result changed

    QString record(LabClient &lab, const QString &id)
    {
        QFile file(ScenarioLoader::builtinPath(id));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        QString error;
        if (!lab.waitForFinished(60000, &error)) {
            qWarning("%s: %s", qPrintable(id), qPrintable(error));
            return {};
        }
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        return saveTrace(lab.trace(), path, &error) ? path : QString();
    }

    // A window showing close against shutdown-then-drain, laid out at a real size.
    void openPair(CompareWindow &window)
    {
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openFiles(m_close, m_drain, &error), qPrintable(error));
        for (CompareSide side : {CompareSide::Left, CompareSide::Right})
            QVERIFY(window.view(side)->verticalScrollBar()->maximum() > 0);
    }

    int firstOfKind(const CompareWindow &window, Kind kind)
    {
        const QList<TraceDifference> &all = window.comparison().differences();
        for (int k = 0; k < all.size(); ++k) {
            if (all.at(k).kind == kind)
                return k;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        m_close = record(lab, QStringLiteral("graceful-client-first"));
        m_drain = record(lab, QStringLiteral("half-close"));
        QVERIFY(!m_close.isEmpty() && !m_drain.isEmpty());

        QFile original(dataFile(QStringLiteral("traces/orderly-close.json")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray json = original.readAll();
        const QByteArray before = R"x("ret": 0, "duration_us": 6})x";
        QCOMPARE(json.count(before), 1);
        json.replace(
            before,
            R"x("ret": -1, "duration_us": 6, "errno": 104, "errno_name": "ECONNRESET", "errno_message": "Connection reset by peer"})x");
        m_edited = m_dir.filePath(QStringLiteral("orderly-close-reset.json"));
        QFile edited(m_edited);
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(json);
    }

    void bothViewsShowTheirWholeTrace()
    {
        CompareWindow window;
        openPair(window);
        const auto left = loadTrace(m_close);
        const auto right = loadTrace(m_drain);
        QVERIFY(left && right);
        QCOMPARE(window.view(CompareSide::Left)->trace(), *left);
        QCOMPARE(window.view(CompareSide::Right)->trace(), *right);
        for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
            CompareView *view = window.view(side);
            QCOMPARE(view->playhead(), double(view->trace().size()));
            QCOMPARE(view->layout().arrowCount(), int(view->trace().segments().size()));
            QVERIFY(!view->markedEvents().isEmpty());
            QCOMPARE(view->markedEvents(), window.comparison().differingEvents(side));
        }
        QVERIFY2(window.headerText(CompareSide::Left).contains(QStringLiteral("graceful-client-first.json — Graceful close, client first")),
                 qPrintable(window.headerText(CompareSide::Left)));
        QVERIFY2(
            window.headerText(CompareSide::Right).contains(QStringLiteral("half-close.json — Half-close: shutdown(SHUT_WR), then drain")),
            qPrintable(window.headerText(CompareSide::Right)));
        QVERIFY(window.headerText(CompareSide::Right).contains(TraceComparisonText::platform(right->platform())));
        QCOMPARE(window.windowTitle(), QStringLiteral("Compare graceful-client-first.json and half-close.json"));

        // The summary and the list say what the comparison found.
        const TraceComparison &comparison = window.comparison();
        QCOMPARE(
            window.summaryText(),
            QStringLiteral("%1 differences in %2 of 15 steps").arg(comparison.stepDifferenceCount()).arg(comparison.differingStepCount()));
        QCOMPARE(window.differenceList()->count(), comparison.differences().size());
        for (int k = 0; k < comparison.differences().size(); ++k)
            QCOMPARE(window.differenceList()->item(k)->text(), TraceComparisonText::difference(comparison.differences().at(k)));
    }

    void scrollingOneScrollsTheOther_data()
    {
        QTest::addColumn<CompareSide>("side");
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("into");
        for (const auto &[side, name] : {std::pair{CompareSide::Left, "left"}, {CompareSide::Right, "right"}}) {
            for (int row : {3, 6, 8, 9}) {
                for (double into : {0.0, 0.5}) {
                    QTest::addRow("%s scrolled %d%% into step %d", name, int(into * 100), row + 1) << side << row << into;
                }
            }
        }
    }

    void scrollingOneScrollsTheOther()
    {
        QFETCH(CompareSide, side);
        QFETCH(int, row);
        QFETCH(double, into);
        CompareWindow window;
        openPair(window);
        StepScrollLink *link = window.scrollLink();
        CompareView *from = window.view(side);
        CompareView *to = window.view(otherSide(side));
        QCOMPARE(to->verticalScrollBar()->value(), 0);

        const auto [top, bottom] = link->span(side, row);
        QVERIFY(bottom > top);
        const int value = int(std::ceil(top + into * (bottom - top) - from->layout().contentTop()));
        from->verticalScrollBar()->setValue(value);
        // A step near the end of the shorter trace may lie within its last screenful.
        if (value <= from->verticalScrollBar()->maximum())
            QCOMPARE(link->rowAtTop(side), row);
        else
            QCOMPARE(from->verticalScrollBar()->value(), from->verticalScrollBar()->maximum());
        QVERIFY(to->verticalScrollBar()->value() > 0);
        if (to->verticalScrollBar()->value() < to->verticalScrollBar()->maximum()) {
            QCOMPARE(link->rowAtTop(otherSide(side)), link->rowAtTop(side));
            QVERIFY(std::abs(link->position(otherSide(side)).second - link->position(side).second) < 0.1);
        }
    }

    void wheelOnOneMovesBoth()
    {
        CompareWindow window;
        openPair(window);
        CompareView *left = window.view(CompareSide::Left);
        CompareView *right = window.view(CompareSide::Right);
        const QPoint at = left->viewport()->rect().center();
        for (int k = 0; k < 3; ++k) {
            QWheelEvent wheel(at, left->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(left->viewport(), &wheel);
        }
        QVERIFY(left->verticalScrollBar()->value() > 0);
        QVERIFY(right->verticalScrollBar()->value() > 0);
        QCOMPARE(window.scrollLink()->rowAtTop(CompareSide::Right), window.scrollLink()->rowAtTop(CompareSide::Left));
    }

    void clickingADifferenceSelectsItsEvents_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("a call") << Kind::Call;
        QTest::newRow("segments") << Kind::Segments;
        QTest::newRow("states") << Kind::States;
        QTest::newRow("a step on one side only") << Kind::MissingStep;
    }

    void clickingADifferenceSelectsItsEvents()
    {
        QFETCH(Kind, kind);
        CompareWindow window;
        openPair(window);
        const int k = firstOfKind(window, kind);
        QVERIFY(k >= 0);
        const TraceDifference d = window.comparison().differences().at(k);
        QListWidget *list = window.differenceList();
        list->scrollToItem(list->item(k));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(k)).center());
        QCOMPARE(list->currentRow(), k);
        for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
            CompareView *view = window.view(side);
            const QList<int> &events = d.events(side);
            QCOMPARE(view->selectedEvent(), events.isEmpty() ? -1 : events.first());
            if (!events.isEmpty())
                QVERIFY2(isOnScreen(view, events.first()), qPrintable(TraceComparisonText::difference(d)));
        }
        // The step without events on the left: that view shows where it would be, its end.
        if (kind == Kind::MissingStep) {
            CompareView *left = window.view(CompareSide::Left);
            QCOMPARE(left->verticalScrollBar()->value(), left->verticalScrollBar()->maximum());
        }
    }

    void clickingAMarkedEventFindsItsDifference()
    {
        CompareWindow window;
        openPair(window);
        const int k = firstOfKind(window, Kind::Call);
        QVERIFY(k >= 0);
        const TraceDifference d = window.comparison().differences().at(k);
        CompareView *left = window.view(CompareSide::Left);
        left->verticalScrollBar()->setValue(int(left->layout().eventY(d.leftEvents.first()) - 200));
        const QPointF point(left->layout().sideColumn(d.actor).center().x(), left->layout().eventY(d.leftEvents.first()));
        const QPoint at = (point - QPointF(left->horizontalScrollBar()->value(), left->verticalScrollBar()->value())).toPoint();
        QCOMPARE(left->layout().eventAt(point), d.leftEvents.first());
        QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(left->selectedEvent(), d.leftEvents.first());
        QCOMPARE(window.differenceList()->currentRow(), k);
        QCOMPARE(window.view(CompareSide::Right)->selectedEvent(), d.rightEvents.first());
        QVERIFY(isOnScreen(window.view(CompareSide::Right), d.rightEvents.first()));
    }

    void summaries_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QStringList>("list");
        QTest::newRow("a run against itself") << QStringLiteral("close") << QStringLiteral("close")
                                              << QStringLiteral("identical in every call, segment and state") << QStringList();
        QTest::newRow("one edited result") << dataFile(QStringLiteral("traces/orderly-close.json")) << QStringLiteral("edited")
                                           << QStringLiteral("1 difference in 1 of 5 steps")
                                           << QStringList{QStringLiteral(
                                                  "step 4: the server's recv() returned 0 on the left, -1 ECONNRESET on the right")};
    }

    void summaries()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, summary);
        QFETCH(QStringList, list);
        const auto path = [this](const QString &name) {
            return name == QLatin1String("close") ? m_close : name == QLatin1String("edited") ? m_edited : name;
        };
        CompareWindow window;
        QString error;
        QVERIFY2(window.openFiles(path(left), path(right), &error), qPrintable(error));
        QCOMPARE(window.summaryText(), summary);
        QStringList shown;
        for (int k = 0; k < window.differenceList()->count(); ++k)
            shown << window.differenceList()->item(k)->text();
        QCOMPARE(shown, list);
        QCOMPARE(window.view(CompareSide::Right)->markedEvents().size(), list.size());
    }

    void notesCheckBoxRecompares()
    {
        CompareWindow window;
        QVERIFY(window.openFiles(m_close, m_drain));
        const int without = window.differenceList()->count();
        auto *notes = window.findChild<QCheckBox *>();
        QVERIFY(notes && !notes->isChecked());
        notes->click();
        QVERIFY(window.comparesNotes());
        QVERIFY(window.differenceList()->count() > without);
        QVERIFY(window.comparison().options().notes);
    }

    void fileThatCannotBeComparedChangesNothing_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("broken trace") << dataFile(QStringLiteral("bad/trace-unknown-kind.json"))
                                      << QStringLiteral("trace-unknown-kind.json");
        QTest::newRow("a scenario") << dataFile(QStringLiteral("scenarios/blocking-recv.json"))
                                    << QStringLiteral("a scenario, not a recorded run");
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("nothing.json")) << QStringLiteral("nothing.json");
    }

    void fileThatCannotBeComparedChangesNothing()
    {
        QFETCH(QString, bad);
        QFETCH(QString, reason);
        CompareWindow window;
        QVERIFY(window.openFiles(m_close, m_drain));
        const QString summary = window.summaryText();
        const Trace right = window.view(CompareSide::Right)->trace();
        for (const auto &open : {std::function([&](QString *e) { return window.openFiles(m_close, bad, e); }),
                                 std::function([&](QString *e) { return window.openFile(CompareSide::Right, bad, e); })}) {
            QString error;
            QVERIFY(!open(&error));
            QVERIFY2(error.contains(reason), qPrintable(error));
            QVERIFY(!error.contains(QLatin1Char('\n')));
            QCOMPARE(window.summaryText(), summary);
            QCOMPARE(window.view(CompareSide::Right)->trace(), right);
        }
    }

    void captureAgainstTrace()
    {
        CompareWindow window;
        QString error;
        QVERIFY2(window.openFiles(dataFile(QStringLiteral("traces/orderly-close.json")),
                                  dataFile(QStringLiteral("pcap/graceful-close.pcap")), &error),
                 qPrintable(error));
        QVERIFY2(window.headerText(CompareSide::Right).contains(QLatin1String("graceful-close.pcap")),
                 qPrintable(window.headerText(CompareSide::Right)));
        QVERIFY(window.headerText(CompareSide::Right).contains(QLatin1String("capture file")));
        QCOMPARE(window.comparison().steps().size(), 1);
        QVERIFY(window.summaryText().endsWith(QLatin1String("; recorded differently: network")));
        QCOMPARE(window.differenceList()->item(0)->text(), QStringLiteral("network: host loopback on the left, capture file on the right"));
    }

    void languageChangeRemakesTheTexts()
    {
        CompareWindow window;
        QVERIFY(window.openFiles(m_close, m_drain));
        const QString first = window.differenceList()->item(0)->text();
        window.differenceList()->item(0)->setText(QStringLiteral("stale"));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&window, &change);
        QCOMPARE(window.differenceList()->item(0)->text(), first);
    }

    // FINACK_SCREENSHOT=path.png: a picture of the window with a difference shown, for a person.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("FINACK_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set FINACK_SCREENSHOT to a .png path to get a picture of the window");
        CompareWindow window;
        openPair(window);
        window.resize(1840, 1000);
        QApplication::processEvents();
        window.showDifference(firstOfKind(window, Kind::Call) + 1);
        QApplication::processEvents();
        QVERIFY(window.grab().save(path));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
