// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The side panels and the explanation on the offscreen platform, fed recorded traces through a
// Playback: what the state, queue and descriptor labels say as the playhead moves, what the
// explanation says during and at the end of a run, and that selection goes both ways.
// With FINACK_PANEL_SHOTS=<dir> (and optionally FINACK_PANEL_TRACE=<trace.json>) it also
// renders each panel to a PNG there, to be looked at.
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "model/expectationcheck.h"
#include "panels/callpanel.h"
#include "panels/explainpanel.h"
#include "panels/statepanel.h"
#include "session/calltablemodel.h"
#include "session/playback.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTextLayout>

using namespace FinAck;

namespace {

Trace recorded(const QString &name)
{
    QString error;
    const auto trace = loadTrace(name.endsWith(QLatin1String(".json")) ? name
                                                                       : QStringLiteral(FINACK_TEST_DATA "/traces/%1.json").arg(name),
                                 &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return *trace;
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statePanelFollowsThePlayhead_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("queues");
        QTest::addColumn<QString>("descriptors");
        const Actor client = Actor::Client;
        const Actor server = Actor::Server;
        QTest::newRow("nothing yet") << "orderly-close" << client << 0 << "\u2014"
                                     << "no socket reported yet"
                                     << "receive queue \u2014, send queue \u2014"
                                     << "none";
        QTest::newRow("established") << "orderly-close" << client << 7 << "ESTABLISHED"
                                     << "reported by the kernel"
                                     << "receive queue 0 bytes, send queue 0 bytes"
                                     << "none";
        QTest::newRow("derived FIN_WAIT_1 has no queues") << "orderly-close" << client << 12 << "FIN_WAIT_1"
                                                          << "worked out from the segments"
                                                          << "receive queue \u2014, send queue \u2014"
                                                          << "none";
        QTest::newRow("TIME_WAIT with its timer") << "orderly-close" << client << 22 << "TIME_WAIT"
                                                  << "timer 60.0 s left"
                                                  << "receive queue \u2014, send queue \u2014"
                                                  << "none";
        QTest::newRow("listening server holds one descriptor") << "qt-client-reset" << server << 6 << "LISTEN"
                                                               << "reported by the kernel"
                                                               << "receive queue 0 bytes, send queue 0 bytes"
                                                               << "9";
        QTest::newRow("five unread bytes, two descriptors") << "qt-client-reset" << server << 26 << "ESTABLISHED"
                                                            << "reported by the kernel"
                                                            << "receive queue 5 bytes, send queue 0 bytes"
                                                            << "9, 12";
        QTest::newRow("after close(12)") << "qt-client-reset" << server << 41 << "CLOSED"
                                         << "reported by the kernel"
                                         << "receive queue 0 bytes, send queue 0 bytes"
                                         << "9";
        QTest::newRow("the peer's FIN counts one in the receive queue") << "close/half-close" << server << 26 << "CLOSE_WAIT"
                                                                        << "reported by the kernel"
                                                                        << "receive queue 7 bytes + FIN, send queue 0 bytes"
                                                                        << "8, 11";
        QTest::newRow("Qt client") << "qt-client-reset" << client << 20 << "ESTABLISHED"
                                   << "reported by the kernel"
                                   << "receive queue 0 bytes, send queue 0 bytes"
                                   << "a QTcpSocket";
    }

    void statePanelFollowsThePlayhead()
    {
        QFETCH(QString, trace);
        QFETCH(Actor, actor);
        QFETCH(int, position);
        QFETCH(QString, state);
        QFETCH(QString, detail);
        QFETCH(QString, queues);
        QFETCH(QString, descriptors);
        Playback playback;
        playback.setTrace(recorded(trace));
        CallPanel panel(actor);
        panel.setPlayback(&playback);
        panel.show();
        playback.seek(position);
        StatePanel *s = panel.statePanel();
        QCOMPARE(s->stateText(), state);
        QVERIFY2(s->detailText().contains(detail), qPrintable(s->detailText()));
        QCOMPARE(s->queuesText(), queues);
        QCOMPARE(s->descriptorsText(), descriptors);
        // What the labels show is what the accessors say.
        const auto labels = s->findChildren<QLabel *>();
        const auto shown = [&labels](const QString &text) {
            return std::any_of(labels.cbegin(), labels.cend(), [&text](QLabel *l) { return l->isVisible() && l->text() == text; });
        };
        QVERIFY(shown(state));
        QVERIFY(shown(descriptors));
        // The address is a socket's: none beside "no socket reported yet".
        const QString endpoint = playback.trace().endpoint(actor);
        if (!endpoint.isEmpty())
            QCOMPARE(shown(endpoint), s->snapshot().state.has_value());
    }

    // A new run starts with no socket: the last run's address must not stay beside
    // "no socket reported yet" until the lab names the new one.
    void aNewRunForgetsTheLastAddress()
    {
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.seek(22);
        CallPanel panel(Actor::Client);
        panel.setPlayback(&playback);
        panel.show();
        const QString old = playback.trace().endpoint(Actor::Client);
        QVERIFY(!old.isEmpty());
        const auto shown = [&panel](const QString &text) {
            const auto labels = panel.statePanel()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&text](QLabel *l) { return l->isVisible() && l->text().contains(text); });
        };
        QVERIFY(shown(old));
        playback.setTrace(Trace()); // what the window does as the next run starts
        QCOMPARE(panel.statePanel()->detailText(), QStringLiteral("no socket reported yet"));
        QVERIFY(!shown(old));
    }

    void theStateIsLargeAndNothingIsSmall()
    {
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.seek(22);
        CallPanel panel(Actor::Client);
        panel.setPlayback(&playback);
        ExplainPanel explain;
        explain.setPlayback(&playback);
        const qreal base = QApplication::font().pointSizeF();
        const auto labels = panel.findChildren<QLabel *>();
        const auto big = std::find_if(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QLatin1String("TIME_WAIT"); });
        QVERIFY(big != labels.cend());
        QVERIFY((*big)->font().pointSizeF() >= 2 * base);
        QVERIFY(!(*big)->accessibleName().isEmpty());
        QList<QWidget *> widgets = panel.findChildren<QWidget *>() + explain.findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets))
            QVERIFY2(w->font().pointSizeF() >= base, w->metaObject()->className());
        QVERIFY(!panel.table()->accessibleName().isEmpty());
        QVERIFY(!panel.accessibleName().isEmpty());
        QVERIFY(!explain.accessibleName().isEmpty());
    }

    void tableShowsTheCallsUpToThePlayhead()
    {
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("reset-inferred")));
        CallPanel panel(Actor::Server);
        panel.setPlayback(&playback);
        QCOMPARE(panel.table()->model()->rowCount(), 0);
        playback.step();
        playback.step();
        playback.step();
        QCOMPARE(playback.position(), 6);
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QCOMPARE(panel.table()->model()->index(0, CallTableModel::ResultColumn).data().toString(),
                 QStringLiteral("-1 ECONNRESET 104 \u00b7 WSAECONNRESET 10054"));
        playback.back();
        QCOMPARE(panel.table()->model()->rowCount(), 0);
    }

    // A side panel beside the diagram is 220-320 px wide at 1366x768, the tab under it ~1300 px:
    // every cell of the result column is shown whole (wrapped, never elided) and no column needs
    // the horizontal scrollbar.
    void resultsWrapAndNoColumnScrollsAway_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("windows");
        for (int width : {220, 260, 320, 1300}) {
            QTest::addRow("reset, server, %d px", width) << "reset-inferred" << Actor::Server << width << true;
            QTest::addRow("Windows documented, server, %d px", width) << "orderly-close" << Actor::Server << width << true;
            QTest::addRow("Qt client, %d px", width) << "qt-client-reset" << Actor::Client << width << false;
        }
    }

    void resultsWrapAndNoColumnScrollsAway()
    {
        QFETCH(QString, trace);
        QFETCH(Actor, actor);
        QFETCH(int, width);
        QFETCH(bool, windows);
        Playback playback;
        playback.setTrace(recorded(trace));
        playback.seek(playback.trace().size());
        CallPanel panel(actor);
        panel.setPlayback(&playback);
        // orderly-close's recv() that returns 0 (step 3) is documented to fail on Windows.
        if (trace == QLatin1String("orderly-close"))
            panel.setWindowsExpected({{3, ExpectedCall{3, -1, QStringLiteral("WSAECONNABORTED")}}});
        panel.resize(width, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *table = panel.table();
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        int used = 0;
        for (int column = 0; column < CallTableModel::ColumnCount; ++column)
            used += table->isColumnHidden(column) ? 0 : table->columnWidth(column);
        QVERIFY2(used <= table->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(used).arg(table->viewport()->width())));
        QVERIFY(!table->isColumnHidden(CallTableModel::ResultColumn));
        if (width >= 1000) // narrower, the time may give way (the row's tooltip has it)
            QVERIFY(!table->isColumnHidden(CallTableModel::TimeColumn));
        struct OpenDelegate : QStyledItemDelegate {
            using QStyledItemDelegate::initStyleOption;
        };
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        bool sawWindows = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, CallTableModel::ResultColumn);
            QStyleOptionViewItem option;
            option.initFrom(table);
            option.font = table->font();
            auto *delegate = static_cast<QStyledItemDelegate *>(table->itemDelegate());
            (delegate->*(&OpenDelegate::initStyleOption))(&option, index);
            const QRect cell = table->visualRect(index);
            const QString text = index.data().toString();
            const int room = cell.width() - 2 * margin;
            // Tall enough for every line (the panel wraps, at spaces or, for a word wider than
            // the column, inside it: never "ECONNRE…").
            QTextLayout layout(text, option.font);
            QTextOption wrap;
            wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(wrap);
            qreal height = 0;
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(room);
                height += line.height();
            }
            layout.endLayout();
            QVERIFY2(height <= cell.height(), qPrintable(QStringLiteral("row %1 \"%2\": %3 px of lines in a %4x%5 cell")
                                                             .arg(row)
                                                             .arg(text)
                                                             .arg(height)
                                                             .arg(cell.width())
                                                             .arg(cell.height())));
            // From 260 px on, the result's words fit whole: it wraps between them.
            if (width >= 260) {
                const QFontMetrics fm(option.font);
                for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    QVERIFY2(fm.horizontalAdvance(word) <= room, qPrintable(QStringLiteral("\"%1\" in %2 px").arg(word).arg(room)));
            }
            sawWindows = sawWindows || index.data().toString().contains(QLatin1String("WSA"));
        }
        QCOMPARE(sawWindows, windows);
        if (const QString dir = qEnvironmentVariable("FINACK_PANEL_SHOTS"); !dir.isEmpty())
            QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("table-%1-%2.png").arg(QFileInfo(trace).baseName()).arg(width))));
    }

    // The lab's "had not settled" note stays in the trace; the student reads what the kernels
    // were doing instead.
    void labNotesSayWhatTheKernelsWereDoing_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("says");
        QTest::newRow("closing-state: a full receive buffer")
            << "close/closing-state" << 49 << "The client is waiting for the server's zero window to open";
        QTest::newRow("simultaneous-close: the FIN a fault dropped") << "close/simultaneous-close" << 22 << "The client's FIN was lost";
    }

    void labNotesSayWhatTheKernelsWereDoing()
    {
        QFETCH(QString, trace);
        QFETCH(int, position);
        QFETCH(QString, says);
        Playback playback;
        playback.setTrace(recorded(trace));
        QVERIFY(std::get<Note>(playback.trace().at(position - 1)).lab);
        ExplainPanel panel;
        panel.setPlayback(&playback);
        playback.seek(position);
        QVERIFY2(panel.stepText().contains(says), qPrintable(panel.stepText()));
        QVERIFY2(!panel.text().contains(QLatin1String("had not settled")), qPrintable(panel.text()));
    }

    void selectionGoesBothWays()
    {
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.seek(22);
        CallPanel panel(Actor::Server);
        panel.resize(900, 500);
        panel.setPlayback(&playback);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy selected(&panel, &CallPanel::eventSelected);

        // A click on the recv row names its trace event.
        QTableView *table = panel.table();
        const QRect rect = table->visualRect(table->model()->index(1, CallTableModel::CallColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().at(0).toInt(), 15);
        QCOMPARE(panel.selectedEvent(), 15);

        // The diagram selects the close(4) call: the row follows, without echoing back.
        panel.selectEvent(16);
        QCOMPARE(panel.selectedEvent(), 16);
        QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 2);
        QCOMPARE(selected.size(), 1);
        // A segment is not in the table: nothing stays selected.
        panel.selectEvent(17);
        QCOMPARE(panel.selectedEvent(), -1);
        QCOMPARE(selected.size(), 1);
        // The keyboard is a user too.
        table->setFocus();
        panel.selectEvent(7);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.constLast().at(0).toInt(), 15);
        // Rows vanishing as the playhead goes back are no choice of the user's.
        playback.seek(8);
        QCOMPARE(selected.size(), 2);
        QCOMPARE(panel.selectedEvent(), -1);
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        // Rows coming back leave the selection alone.
        panel.selectEvent(7);
        playback.seek(22);
        QCOMPARE(panel.selectedEvent(), 7);
        QCOMPARE(selected.size(), 2);
    }

    void explanationFollowsTheSteps()
    {
        const Trace trace = recorded(QStringLiteral("orderly-close"));
        Playback playback;
        playback.setTrace(trace);
        ExplainPanel panel;
        panel.setPlayback(&playback);
        panel.setScenario(QStringLiteral("The client closes first"), QStringLiteral("Whoever closes first ends up in TIME_WAIT."),
                          QStringLiteral("Close from the side that can afford TIME_WAIT."));
        QVERIFY(panel.text().contains(QLatin1String("The client closes first")));
        QVERIFY(panel.text().contains(QLatin1String("Whoever closes first ends up in TIME_WAIT.")));
        QVERIFY(panel.text().contains(QLatin1String("Close from the side that can afford TIME_WAIT.")));
        QVERIFY(panel.text().contains(QLatin1String("Step runs the first step")) || panel.text().contains(QLatin1String("Step shows")));

        playback.step(); // step 0: connect, with its note
        QCOMPARE(panel.stepText(), QStringLiteral("The client connects to the listening server."));
        QVERIFY(panel.text().contains(QLatin1String("connect(3, {AF_INET, 127.0.0.1:40001}, 16) = 0")));
        playback.step(); // step 1: accept, no note of its own
        QCOMPARE(panel.stepText(), QString());
        QVERIFY(panel.text().contains(QLatin1String("accept(3, NULL, NULL) = 4")));
        QVERIFY(!panel.text().contains(QLatin1String("connect(3")));
        playback.step();
        QCOMPARE(panel.stepText(), QStringLiteral("The client closes first: its FIN says \"no more data from me\"."));
        QVERIFY(panel.text().contains(QLatin1String("\"no more data from me\"")));

        // The checks wait for the end of a finished run.
        panel.setChecks({{QStringLiteral("step 3, recv on the server returns 0"), true, {}},
                         {QStringLiteral("the client ends in TIME_WAIT"), false, QStringLiteral("the client ended in CLOSED")}});
        QVERIFY(!panel.text().contains(QChar(0x2714)));
        playback.seek(trace.size());
        QVERIFY(!panel.text().contains(QChar(0x2714))); // the lab has not said the run is over
        playback.setRunFinished(true);
        const QString text = panel.text();
        QVERIFY2(text.contains(QChar(0x2714)) && text.contains(QLatin1String("step 3, recv on the server returns 0")), qPrintable(text));
        QVERIFY2(text.contains(QChar(0x2718)) && text.contains(QLatin1String("the kernel: the client ended in CLOSED")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("1 claim did not hold")));
        playback.back();
        QVERIFY(!panel.text().contains(QChar(0x2718)));
    }

    void explanationWithARealScenario()
    {
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(QStringLiteral("unread-data-rst"));
        QVERIFY2(scenario, qPrintable(loader.errorString()));
        ExplainPanel panel;
        panel.setScenario(*scenario);
        QVERIFY(panel.text().contains(scenario->title));
        QVERIFY(panel.text().contains(scenario->takeaway.left(30)));
    }

    void renderForReview()
    {
        const QString dir = qEnvironmentVariable("FINACK_PANEL_SHOTS");
        if (dir.isEmpty())
            QSKIP("set FINACK_PANEL_SHOTS=<dir> to render the panels to PNG files");
        QDir().mkpath(dir);
        const bool dark = qEnvironmentVariableIsSet("FINACK_PANEL_DARK");
        if (dark) { // what a dark desktop theme hands the program
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
            p.setColor(QPalette::HighlightedText, Qt::white);
            QApplication::setPalette(p);
        }
        const QString path = qEnvironmentVariable("FINACK_PANEL_TRACE", QStringLiteral(FINACK_TEST_DATA "/traces/qt-client-reset.json"));
        const Trace trace = recorded(path);
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(trace.scenarioId());
        Playback playback;
        playback.setTrace(trace);
        CallPanel client(Actor::Client);
        CallPanel server(Actor::Server);
        ExplainPanel explain;
        for (CallPanel *p : {&client, &server})
            p->setPlayback(&playback);
        explain.setPlayback(&playback);
        if (scenario) {
            explain.setScenario(*scenario);
            if (trace.platform().clientApi != QLatin1String("qt"))
                explain.setChecks(checkExpectation(*scenario, trace));
        }
        const QString name = QFileInfo(path).baseName();
        const QList<int> bounds = playback.stepBoundaries();
        const QList<int> stops{bounds.size() > 2 ? bounds.at(bounds.size() / 2) : bounds.last(), int(trace.size())};
        for (int stop : stops) {
            playback.seek(stop);
            playback.setRunFinished(stop == trace.size());
            client.resize(980, 560);
            server.resize(980, 560);
            explain.resize(620, 760);
            for (QWidget *w : {static_cast<QWidget *>(&client), static_cast<QWidget *>(&server), static_cast<QWidget *>(&explain)}) {
                w->show();
                QVERIFY(QTest::qWaitForWindowExposed(w));
            }
            client.selectEvent(client.model()->eventIndex(client.model()->rowCount() - 2));
            QTest::qWait(100); // the views lay out new rows and size their columns on zero timers
            const QString at = (stop == trace.size() ? QStringLiteral("end") : QStringLiteral("mid"))
                               + (dark ? QStringLiteral("-dark") : QString());
            QVERIFY(client.grab().save(QStringLiteral("%1/%2-client-%3.png").arg(dir, name, at)));
            QVERIFY(server.grab().save(QStringLiteral("%1/%2-server-%3.png").arg(dir, name, at)));
            QVERIFY(explain.grab().save(QStringLiteral("%1/%2-explain-%3.png").arg(dir, name, at)));
        }
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
