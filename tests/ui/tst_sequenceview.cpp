// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The sequence diagram widget on the offscreen platform: every built-in scenario, run for real
// through finack-lab, and every trace file in tests/data/traces, drawn with one arrow per segment,
// one band per state event and something in each lifeline's column; the playhead animation,
// clicks, zoom and the palette. Smoke checks only: no pixel comparisons.
#include "diagram/sequenceview.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "session/labclient.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace FinAck;

namespace {

int countKind(const Trace &trace, auto predicate)
{
    return int(std::count_if(trace.events().cbegin(), trace.events().cend(), predicate));
}

// Pixels in `column` (layout coordinates, the content below the header) that are not background.
int inkIn(const QImage &image, const QRectF &column, double top, const QColor &background)
{
    int ink = 0;
    const QRgb bg = background.rgb();
    for (int y = int(top); y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = int(column.left()) + 1; x < int(column.right()) - 1 && x < image.width(); ++x)
            ink += (line[x] & 0xffffff) != (bg & 0xffffff);
    }
    return ink;
}

} // namespace

class TestSequenceView : public QObject
{
    Q_OBJECT

    // The checks every finished trace must pass, however it was made.
    void checkWholeTrace(const Trace &trace)
    {
        SequenceView view;
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTrace(trace);
        view.setPlayhead(trace.size());
        QCOMPARE(view.playhead(), double(trace.size()));

        const int segments = int(trace.segments().size());
        const int states = countKind(trace, [](const TraceEvent &e) { return std::holds_alternative<StateChange>(e); });
        const int calls = countKind(trace, [](const TraceEvent &e) { return std::holds_alternative<CallRecord>(e); });
        const int signalCount = countKind(trace, [](const TraceEvent &e) { return std::holds_alternative<SignalRecord>(e); });
        QVERIFY(segments > 0);
        QVERIFY(states > 0);
        QCOMPARE(view.layout().arrowCount(), segments);
        QCOMPARE(view.layout().bandCount(), states);

        // The whole diagram, as an export would paint it.
        const SequenceLayout &layout = view.layout();
        QImage image(QSize(int(std::ceil(layout.width())), int(std::ceil(layout.totalHeight()))), QImage::Format_RGB32);
        const QRectF all(QPointF(0, 0), QSizeF(image.size()));
        RenderOptions options = view.renderOptions(all);
        options.stickyHeader = false;
        QPainter painter(&image);
        const RenderStats stats = SequenceRenderer::paint(painter, layout, trace, options);
        painter.end();
        QCOMPARE(stats.arrows, segments);
        QCOMPARE(stats.bands, states);
        QCOMPARE(stats.calls, calls);
        QCOMPARE(stats.signalMarkers, signalCount);
        const QColor bg = options.palette.background;
        for (Actor actor : {Actor::Client, Actor::Server}) {
            QVERIFY2(inkIn(image, layout.bandColumn(actor), layout.contentTop(), bg) > 100, qPrintable(actorName(actor)));
            if (!trace.calls(actor).isEmpty())
                QVERIFY2(inkIn(image, layout.sideColumn(actor), layout.contentTop(), bg) > 50, qPrintable(actorName(actor)));
        }
        QVERIFY(inkIn(image, layout.middleColumn(), layout.contentTop(), bg) > 100);

        // And the widget's own paintEvent, which shows the end (it follows the playhead).
        const QImage shown = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!shown.isNull());
        const QPointF scroll(view.horizontalScrollBar()->value(), view.verticalScrollBar()->value());
        for (Actor actor : {Actor::Client, Actor::Server})
            QVERIFY(inkIn(shown, layout.bandColumn(actor).translated(-scroll), layout.contentTop(), bg) > 100);
    }

    static Trace orderlyClose()
    {
        QString error;
        const auto trace = loadTrace(QStringLiteral(FINACK_TEST_DATA "/traces/orderly-close.json"), &error);
        if (!trace)
            qFatal("%s", qPrintable(error));
        return *trace;
    }

private Q_SLOTS:
    void everyBuiltinScenario_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioLoader::builtinIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyBuiltinScenario()
    {
        QFETCH(QString, id);
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(id);
        QVERIFY2(scenario, qPrintable(loader.errorString()));
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        if (!scenario->faults.isEmpty() && lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(QStringLiteral("needs the private network: ") + lab.fallbackReason()));
        QFile file(ScenarioLoader::builtinPath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        QVERIFY2(lab.waitForFinished(120000, &error), qPrintable(error));
        checkWholeTrace(lab.trace());
    }

    void everyTraceFile_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FINACK_TEST_DATA "/traces"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void everyTraceFile()
    {
        QFETCH(QString, path);
        QString error;
        const auto trace = loadTrace(path, &error);
        QVERIFY2(trace, qPrintable(error));
        checkWholeTrace(*trace);
    }

    void playheadHidesWhatHasNotHappenedYet_data()
    {
        QTest::addColumn<int>("position");
        QTest::newRow("nothing_shown") << 0;
        QTest::newRow("handshake_shown") << 5;
        QTest::newRow("all_but_the_last") << orderlyClose().size() - 1;
    }

    void playheadHidesWhatHasNotHappenedYet()
    {
        QFETCH(int, position);
        const Trace trace = orderlyClose();
        SequenceView view;
        view.resize(1280, 800);
        view.setTrace(trace);
        view.setPlayhead(position);
        QImage image(1280, 4000, QImage::Format_RGB32);
        QPainter painter(&image);
        RenderOptions options = view.renderOptions(QRectF(0, 0, 1280, 4000));
        const RenderStats hidden = SequenceRenderer::paint(painter, view.layout(), trace, options);
        options.future = RenderOptions::Future::Faint;
        const RenderStats faint = SequenceRenderer::paint(painter, view.layout(), trace, options);
        int shownSegments = 0;
        for (int i = 0; i < position; ++i)
            shownSegments += std::holds_alternative<Segment>(trace.at(i));
        QCOMPARE(hidden.arrows, shownSegments);
        QCOMPARE(faint.arrows, int(trace.segments().size()));
    }

    void playheadAnimatesSmoothly()
    {
        const Trace trace = orderlyClose();
        SequenceView view;
        view.resize(1280, 800);
        view.show();
        view.setTrace(trace);
        view.setSpeed(4);
        QSignalSpy moved(&view, &SequenceView::playheadChanged);
        view.animatePlayheadTo(5); // the handshake: three arrows crossing
        QVERIFY(view.isAnimating());
        QTRY_COMPARE(view.playhead(), 5.0);
        QVERIFY2(moved.size() > 5, "moved in steps, not at once");
        double previous = 0;
        for (const QList<QVariant> &args : std::as_const(moved)) {
            QVERIFY(args.at(0).toDouble() >= previous);
            previous = args.at(0).toDouble();
        }
        // The lab streaming more events in does not stop an arrow halfway.
        view.setPlayhead(0);
        view.setTrace(trace);
        view.animatePlayheadTo(5);
        view.setTrace(trace);
        QVERIFY(view.isAnimating());
        QTRY_COMPARE(view.playhead(), 5.0);
        // Going back jumps.
        view.animatePlayheadTo(2);
        QCOMPARE(view.playhead(), 2.0);
        QVERIFY(!view.isAnimating());
    }

    void clickSelectsAndSelectEventIsSilent()
    {
        const Trace trace = orderlyClose();
        SequenceView view;
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTrace(trace);
        view.setPlayhead(trace.size());
        view.verticalScrollBar()->setValue(0);
        QSignalSpy clicked(&view, &SequenceView::eventClicked);
        const int syn = 2;
        QVERIFY(std::holds_alternative<Segment>(trace.at(syn)));
        const QPointF onArrow = view.layout().arrow(syn).pointAt(0.5);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onArrow.toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), syn);
        QCOMPARE(view.selectedEvent(), syn);
        view.selectEvent(7);
        QCOMPARE(view.selectedEvent(), 7);
        QCOMPARE(clicked.size(), 1);
    }

    void zoomWithCtrlWheelAndReset()
    {
        SequenceView view;
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTrace(orderlyClose());
        const QPoint at(640, 300);
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() > 1.1);
        view.setTrace(orderlyClose()); // a new run keeps the reader's zoom
        QVERIFY(view.zoom() > 1.1);
        view.resetZoom(); // the window's View ▸ Actual size (Ctrl+0)
        QCOMPARE(view.zoom(), 1.0);
        const double evenTop = view.layout().rowTop(view.layout().rowCount() - 1);
        view.toggleSpacing();
        QCOMPARE(view.spacing(), Spacing::TrueTime);
        QVERIFY(view.layout().rowTop(view.layout().rowCount() - 1) != evenTop);
    }

    void streamingMatchesALoadedTrace()
    {
        const Trace trace = orderlyClose();
        SequenceView streamed;
        streamed.setTrace(Trace{});
        for (const TraceEvent &e : trace.events())
            streamed.appendEvent(e);
        QCOMPARE(streamed.trace().events(), trace.events());
        QCOMPARE(streamed.layout().arrowCount(), int(trace.segments().size()));
        QCOMPARE(streamed.layout().rowCount(), SequenceLayout(trace).rowCount());
        // A capture lagging behind lands before the playhead: it is shown, and still counted.
        streamed.setPlayhead(trace.size());
        Segment late;
        late.tUs = 1;
        late.flags = TcpFlag::Syn;
        streamed.appendEvent(late);
        QCOMPARE(streamed.layout().arrowCount(), int(trace.segments().size()) + 1);
        QCOMPARE(streamed.playhead(), double(trace.size() + 1));
    }

    void paletteFollowsTheSystem()
    {
        SequenceView view;
        QVERIFY(!view.diagramPalette().isDark);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x202124));
        dark.setColor(QPalette::WindowText, Qt::white);
        view.setPalette(dark);
        QVERIFY(view.diagramPalette().isDark);
        view.setDiagramPalette(DiagramPalette::light());
        QVERIFY(!view.diagramPalette().isDark);
        view.followSystemPalette();
        QVERIFY(view.diagramPalette().isDark);
        // Every state and kind has its own colour.
        for (const DiagramPalette &p : {DiagramPalette::light(), DiagramPalette::dark()}) {
            QSet<QRgb> states;
            for (const QColor &c : p.states)
                states.insert(c.rgb());
            QCOMPARE(states.size(), int(p.states.size()));
        }
    }

    void tooltipNamesEveryField()
    {
        const Trace trace = orderlyClose();
        const QStringList callFields{QStringLiteral("t_us"),  QStringLiteral("actor"),       QStringLiteral("step"),
                                     QStringLiteral("call"),  QStringLiteral("text"),        QStringLiteral("ret"),
                                     QStringLiteral("errno"), QStringLiteral("duration_us"), QStringLiteral("timed_out"),
                                     QStringLiteral("api"),   QStringLiteral("ret_type")};
        const QStringList segmentFields{QStringLiteral("t_us"),   QStringLiteral("from"),   QStringLiteral("to"),  QStringLiteral("flags"),
                                        QStringLiteral("seq"),    QStringLiteral("ack"),    QStringLiteral("len"), QStringLiteral("win"),
                                        QStringLiteral("source"), QStringLiteral("dropped")};
        const QStringList stateFields{QStringLiteral("t_us"),   QStringLiteral("actor"),    QStringLiteral("state"),
                                      QStringLiteral("source"), QStringLiteral("timer_ms"), QStringLiteral("recv_q"),
                                      QStringLiteral("send_q")};
        for (const TraceEvent &e : trace.events()) {
            const QString details = SequenceView::eventDetails(e);
            const QStringList &fields = std::holds_alternative<CallRecord>(e) ? callFields
                                        : std::holds_alternative<Segment>(e)  ? segmentFields
                                        : std::holds_alternative<StateChange>(e)
                                            ? stateFields
                                            : QStringList{QStringLiteral("t_us"), QStringLiteral("text")};
            for (const QString &field : fields)
                QVERIFY2(details.contains(QStringLiteral("<i>%1</i>").arg(field)), qPrintable(field + QStringLiteral(" in ") + details));
        }
        CallRecord reset;
        reset.call = QStringLiteral("recv");
        reset.ret = -1;
        reset.errnoNumber = 104;
        reset.errnoName = QStringLiteral("ECONNRESET");
        QCOMPARE(SequenceRenderer::resultText(reset), QStringLiteral("→ -1 ECONNRESET"));
        reset = CallRecord{};
        reset.call = QStringLiteral("recv");
        QVERIFY(SequenceRenderer::isEndOfStream(reset));
    }
};

QTEST_MAIN(TestSequenceView)
#include "tst_sequenceview.moc"
