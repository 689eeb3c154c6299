// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The sequence diagram's geometry, without a display: rows in even spacing and in true time,
// arrows from sender to receiver, time <-> y both ways, zoom and hit-testing at row edges. Where
// state bands begin is tst_statebands.cpp.
#include "diagram/sequencelayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace FinAck;

namespace {

TraceEvent call(qint64 t, Actor actor = Actor::Client)
{
    CallRecord c;
    c.tUs = t;
    c.actor = actor;
    c.call = QStringLiteral("close");
    c.text = QStringLiteral("close(3)");
    return c;
}

TraceEvent segment(qint64 t, Actor from = Actor::Client, quint8 flags = TcpFlag::Ack)
{
    Segment s;
    s.tUs = t;
    s.from = from;
    s.flags = flags;
    return s;
}

TraceEvent state(qint64 t, Actor actor, TcpState st)
{
    StateChange s;
    s.tUs = t;
    s.actor = actor;
    s.state = st;
    return s;
}

TraceEvent note(qint64 t)
{
    Note n;
    n.tUs = t;
    n.text = QStringLiteral("a step");
    return n;
}

Trace traceOf(const QList<TraceEvent> &events)
{
    Trace trace;
    for (const TraceEvent &e : events)
        trace.appendRelative(e);
    return trace;
}

// A close as the kernel records it: calls, segments microseconds apart, states of both sides.
Trace closeTrace()
{
    return traceOf({state(0, Actor::Client, TcpState::Established), state(0, Actor::Server, TcpState::Established), note(100000),
                    call(100010), segment(100050, Actor::Client, TcpFlag::Fin | TcpFlag::Ack),
                    state(100050, Actor::Client, TcpState::FinWait1), segment(100061, Actor::Server),
                    state(100090, Actor::Client, TcpState::FinWait2), state(100090, Actor::Server, TcpState::CloseWait),
                    call(300000, Actor::Server), segment(300020, Actor::Server, TcpFlag::Fin | TcpFlag::Ack),
                    segment(300031, Actor::Client), state(300080, Actor::Client, TcpState::TimeWait),
                    state(300080, Actor::Server, TcpState::Closed)});
}

const LayoutMetrics metrics; // the defaults; tests compute expectations from them

} // namespace

class TestSequenceLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QList<TraceEvent>>("events");
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<QList<double>>("tops"); // unzoomed, below the header

        const double pad = metrics.rowHeight / 2;
        const double perUs = metrics.pixelsPerMs / 1000.0;
        const double r = metrics.rowHeight;
        const QList<TraceEvent> gaps{call(0), call(10, Actor::Server), note(1000000)};
        QTest::newRow("even_one_row_per_event_whatever_the_gaps") << gaps << Spacing::Even << QList<double>{pad, pad + r, pad + 2 * r};
        QTest::newRow("true_time_proportional_to_t_us")
            << gaps << Spacing::TrueTime << QList<double>{pad, pad + 10 * perUs, pad + 1000000 * perUs};

        const QList<TraceEvent> bothStates{state(5, Actor::Client, TcpState::Established), state(5, Actor::Server, TcpState::Established)};
        QTest::newRow("even_simultaneous_states_of_both_sides_share_a_row") << bothStates << Spacing::Even << QList<double>{pad};
        const QList<TraceEvent> sameSide{call(5), call(5)};
        QTest::newRow("even_simultaneous_calls_on_one_side_split") << sameSide << Spacing::Even << QList<double>{pad, pad + r};
        QTest::newRow("true_simultaneous_calls_share_a_row") << sameSide << Spacing::TrueTime << QList<double>{pad};

        const QList<TraceEvent> arrowThenState{segment(7), state(7, Actor::Client, TcpState::FinWait1), call(9)};
        QTest::newRow("even_arrow_row_is_taller_and_its_state_follows")
            << arrowThenState << Spacing::Even << QList<double>{pad, pad + r + metrics.arrowDrop, pad + 2 * r + metrics.arrowDrop};
        const QList<TraceEvent> twoArrows{segment(7), segment(7, Actor::Server)};
        QTest::newRow("even_two_arrows_at_one_instant_get_two_rows")
            << twoArrows << Spacing::Even << QList<double>{pad, pad + r + metrics.arrowDrop};
    }

    void rows()
    {
        QFETCH(QList<TraceEvent>, events);
        QFETCH(Spacing, spacing);
        QFETCH(QList<double>, tops);
        const SequenceLayout layout(traceOf(events), spacing);
        QCOMPARE(layout.rowCount(), tops.size());
        for (int r = 0; r < tops.size(); ++r)
            QCOMPARE(layout.rowTop(r), metrics.headerHeight + tops.at(r));
        for (int i = 0; i < events.size(); ++i)
            QVERIFY(layout.rowOf(i) >= 0 && layout.rowOf(i) < layout.rowCount());
        QVERIFY(layout.totalHeight() > layout.rowBottom(layout.rowCount() - 1));
    }

    void columnsKeepClientLeftAndServerRight_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("narrow_viewport_gets_the_minimum") << 300.0;
        QTest::newRow("laptop_1280") << 1280.0;
        QTest::newRow("wide_4k") << 3840.0;
    }

    void columnsKeepClientLeftAndServerRight()
    {
        QFETCH(double, width);
        SequenceLayout layout(closeTrace());
        layout.setWidth(width);
        QVERIFY(layout.width() >= width);
        const QRectF clientSide = layout.sideColumn(Actor::Client);
        const QRectF clientBand = layout.bandColumn(Actor::Client);
        const QRectF serverBand = layout.bandColumn(Actor::Server);
        const QRectF serverSide = layout.sideColumn(Actor::Server);
        // Call text outside, bands beside the lifelines, arrows in between.
        QVERIFY(clientSide.left() >= 0);
        QCOMPARE(clientSide.right(), clientBand.left());
        QCOMPARE(clientBand.right(), layout.lifelineX(Actor::Client));
        QCOMPARE(serverBand.left(), layout.lifelineX(Actor::Server));
        QCOMPARE(serverSide.left(), serverBand.right());
        QVERIFY(serverSide.right() <= layout.width());
        QVERIFY(layout.middleColumn().width() >= metrics.minMiddle - 0.001);
        QVERIFY(clientSide.width() >= metrics.minSideWidth && clientSide.width() <= metrics.maxSideWidth);
    }

    void arrowsGoFromSenderToReceiver_data()
    {
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<Actor>("from");
        QTest::addColumn<double>("drop");
        QTest::newRow("even_client_to_server_slopes_down") << Spacing::Even << 1.0 << Actor::Client << metrics.arrowDrop;
        QTest::newRow("even_server_to_client_slopes_down") << Spacing::Even << 1.0 << Actor::Server << metrics.arrowDrop;
        QTest::newRow("even_zoom_2_doubles_the_slope") << Spacing::Even << 2.0 << Actor::Client << 2 * metrics.arrowDrop;
        QTest::newRow("true_time_loopback_arrives_when_sent") << Spacing::TrueTime << 1.0 << Actor::Client << 0.0;
    }

    void arrowsGoFromSenderToReceiver()
    {
        QFETCH(Spacing, spacing);
        QFETCH(double, zoom);
        QFETCH(Actor, from);
        QFETCH(double, drop);
        SequenceLayout layout(traceOf({call(0), segment(10, from, TcpFlag::Fin)}), spacing);
        layout.setWidth(1280);
        layout.setZoom(zoom);
        QCOMPARE(layout.arrowCount(), 1);
        const QLineF arrow = layout.arrow(1);
        QCOMPARE(arrow.x1(), layout.lifelineX(from));
        QCOMPARE(arrow.x2(), layout.lifelineX(peerOf(from)));
        QCOMPARE(arrow.y1(), layout.eventY(1));
        QCOMPARE(arrow.y2() - arrow.y1(), drop);
    }

    void timeAndYBothWays_data()
    {
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<double>("zoom");
        QTest::newRow("even") << Spacing::Even << 1.0;
        QTest::newRow("even_zoom_0_5") << Spacing::Even << 0.5;
        QTest::newRow("true_time") << Spacing::TrueTime << 1.0;
        QTest::newRow("true_time_zoom_3") << Spacing::TrueTime << 3.0;
    }

    void timeAndYBothWays()
    {
        QFETCH(Spacing, spacing);
        QFETCH(double, zoom);
        const Trace trace = closeTrace();
        SequenceLayout layout(trace, spacing);
        layout.setZoom(zoom);
        for (int i = 0; i < trace.size(); ++i) {
            const qint64 t = eventTime(trace.at(i));
            // Simultaneous events that could not share a row: a time means the first of them.
            if (i == 0 || eventTime(trace.at(i - 1)) != t)
                QCOMPARE(layout.yForTime(t), layout.eventY(i));
            QCOMPARE(layout.timeAt(layout.eventY(i)), t);
        }
        // Between two events: between their lines, and back.
        const double y = layout.yForTime(200000);
        QVERIFY(y > layout.yForTime(100090) && y < layout.yForTime(300000));
        QVERIFY(qAbs(layout.timeAt(y) - 200000) <= 1000 / zoom);
    }

    // The same close, stepped by hand: 52.6 s passed before the server's close. True time leaves
    // the wait out and puts a break of its own in its place; the times going in stay wall clock.
    void trueTimeBreaksWhereAPauseWasLeftOut_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("zoom 1") << 1.0;
        QTest::newRow("zoom 2.5") << 2.5;
    }

    void trueTimeBreaksWhereAPauseWasLeftOut()
    {
        QFETCH(double, zoom);
        constexpr qint64 kPausedUs = 52'600'000;
        const Trace quick = closeTrace();
        Trace stepped;
        for (int i = 0; i < quick.size(); ++i) {
            TraceEvent e = quick.at(i);
            if (eventTime(e) >= 300000) {
                std::visit(
                    [i, &quick](auto &v) {
                    v.tUs += kPausedUs;
                    if (eventTime(quick.at(i - 1)) < 300000)
                        v.pausedUs = kPausedUs; // the first event after the wait carries it
                    },
                    e);
            }
            stepped.appendRelative(e);
        }
        QCOMPARE(stepped.labTimeUs(300000 + kPausedUs), 300000);

        SequenceLayout plain(quick, Spacing::TrueTime);
        SequenceLayout layout(stepped, Spacing::TrueTime);
        plain.setZoom(zoom);
        layout.setZoom(zoom);
        const double gap = metrics.lineHeight * 3 * zoom; // the break's two lines and the next row's label
        int after = -1;
        for (int i = 0; i < stepped.size(); ++i) {
            const bool later = eventTime(stepped.at(i)) >= 300000;
            if (later && after < 0)
                after = i;
            QCOMPARE(layout.eventY(i), plain.eventY(i) + (later ? gap : 0.0));
            QCOMPARE(layout.timeAt(layout.eventY(i)), eventTime(stepped.at(i)));
            if (i == 0 || eventTime(stepped.at(i - 1)) != eventTime(stepped.at(i)))
                QCOMPARE(layout.yForTime(eventTime(stepped.at(i))), layout.eventY(i));
        }
        const QList<SequenceLayout::PauseMark> marks = layout.pauseMarks();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().lengthUs, kPausedUs);
        QCOMPARE(marks.first().bottom - marks.first().top, metrics.lineHeight * 2 * zoom);
        QVERIFY(marks.first().top > layout.eventY(after - 1));
        QCOMPARE(marks.first().top + gap, layout.eventY(after));
        // On the break: where the run went on.
        QCOMPARE(layout.timeAt((marks.first().top + marks.first().bottom) / 2), 300000 + kPausedUs);

        // Even spacing shows no time, so no break either.
        layout.setSpacing(Spacing::Even);
        QVERIFY(layout.pauseMarks().isEmpty());
        SequenceLayout evenPlain(quick, Spacing::Even);
        evenPlain.setZoom(zoom);
        for (int i = 0; i < stepped.size(); ++i)
            QCOMPARE(layout.eventY(i), evenPlain.eventY(i));
    }

    void hitTestingAtRowEdges_data()
    {
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<double>("zoom");
        QTest::newRow("even_zoom_1") << Spacing::Even << 1.0;
        QTest::newRow("even_zoom_1_5_rounding") << Spacing::Even << 1.5;
        QTest::newRow("even_zoom_0_3") << Spacing::Even << 0.3;
        QTest::newRow("true_time_zoom_1") << Spacing::TrueTime << 1.0;
        QTest::newRow("true_time_zoom_7") << Spacing::TrueTime << 7.0;
    }

    void hitTestingAtRowEdges()
    {
        QFETCH(Spacing, spacing);
        QFETCH(double, zoom);
        SequenceLayout layout(closeTrace(), spacing);
        layout.setZoom(zoom);
        QVERIFY(layout.rowCount() > 3);
        QCOMPARE(layout.rowAt(layout.contentTop() - 1), -1); // the header
        QCOMPARE(layout.rowAt(layout.rowTop(0) - 0.001), -1);
        for (int r = 0; r < layout.rowCount(); ++r) {
            QCOMPARE(layout.rowAt(layout.rowTop(r)), r);
            if (r > 0)
                QCOMPARE(layout.rowAt(std::nextafter(layout.rowTop(r), 0.0)), r - 1);
            QCOMPARE(layout.rowAt(std::nextafter(layout.rowBottom(r), 0.0)), r);
        }
        QCOMPARE(layout.rowAt(layout.rowBottom(layout.rowCount() - 1)), -1);
    }

    void rowAtAgreesWithALinearScan()
    {
        QList<TraceEvent> events;
        QRandomGenerator random(42);
        qint64 t = 0;
        for (int i = 0; i < 2000; ++i) {
            t += random.bounded(3) == 0 ? 0 : random.bounded(1, 5000);
            const Actor a = random.bounded(2) ? Actor::Client : Actor::Server;
            switch (random.bounded(3)) {
            case 0: events << call(t, a); break;
            case 1: events << segment(t, a); break;
            default: events << state(t, a, TcpState::Established); break;
            }
        }
        for (Spacing spacing : {Spacing::Even, Spacing::TrueTime}) {
            SequenceLayout layout(traceOf(events), spacing);
            layout.setZoom(1.3);
            for (int probe = 0; probe < 500; ++probe) {
                const double y = random.bounded(layout.totalHeight());
                int expected = -1;
                for (int r = 0; r < layout.rowCount(); ++r) {
                    if (y >= layout.rowTop(r) && y < layout.rowBottom(r) && layout.rowBottom(r) > layout.rowTop(r))
                        expected = r;
                }
                QCOMPARE(layout.rowAt(y), expected);
            }
        }
    }

    void eventAtFindsWhatIsDrawnThere()
    {
        const Trace trace = closeTrace();
        SequenceLayout layout(trace);
        layout.setWidth(1280);
        // The client's FIN: the middle of its arrow.
        QCOMPARE(layout.eventAt(layout.arrow(4).pointAt(0.5)), 4);
        // close(3) of the client: on the client's text side, at its line.
        QCOMPARE(layout.eventAt(QPointF(layout.sideColumn(Actor::Client).center().x(), layout.eventY(3))), 3);
        // A band: the state it shows, anywhere along it (FIN_WAIT_2 lasts until the server's FIN
        // arrives).
        const SequenceLayout::Band finWait2 = layout.bands(Actor::Client).at(2);
        QCOMPARE(finWait2.event, 7);
        const double inFinWait2 = (finWait2.top + finWait2.bottom) / 2;
        QCOMPARE(layout.eventAt(QPointF(layout.bandColumn(Actor::Client).center().x(), inFinWait2)), 7);
        // The server's call text side at the client's close: nothing there.
        QCOMPARE(layout.eventAt(QPointF(layout.sideColumn(Actor::Server).center().x(), layout.eventY(3))), -1);
        QCOMPARE(layout.eventAt(QPointF(10, 5)), -1); // the header
    }

    void zoomScalesEverythingBelowTheHeader()
    {
        SequenceLayout layout(closeTrace());
        const double height = layout.rowBottom(layout.rowCount() - 1) - layout.contentTop();
        layout.setZoom(2.5);
        QCOMPARE(layout.zoom(), 2.5);
        QCOMPARE(layout.rowBottom(layout.rowCount() - 1) - layout.contentTop(), 2.5 * height);
        layout.setZoom(1000);
        QCOMPARE(layout.zoom(), SequenceLayout::kMaxZoom);
        layout.setZoom(0);
        QCOMPARE(layout.zoom(), SequenceLayout::kMinZoom);
    }

    void bandsCoverEachStateUntilTheNext()
    {
        const Trace trace = closeTrace();
        SequenceLayout layout(trace);
        QCOMPARE(layout.bandCount(), trace.states(Actor::Client).size() + trace.states(Actor::Server).size());
        const QList<SequenceLayout::Band> client = layout.bands(Actor::Client);
        QCOMPARE(client.size(), 4);
        for (int i = 0; i + 1 < client.size(); ++i) {
            QCOMPARE(client.at(i).bottom, client.at(i + 1).top);
            QCOMPARE(layout.bandOf(client.at(i).event), i);
        }
        QCOMPARE(client.constLast().bottom, layout.totalHeight());
        // Only those that reach into the range: FIN_WAIT_2 alone around its middle.
        const double mid = (client.at(2).top + client.at(2).bottom) / 2;
        const auto some = layout.bandsIn(Actor::Client, mid - 1, mid + 1);
        QCOMPARE(some.size(), 1);
        QCOMPARE(some.constFirst().event, client.at(2).event);
        QCOMPARE(layout.bandOf(3), -1); // a call
    }

    void playheadMovesDownAndEndsAtTheBottom()
    {
        const Trace trace = closeTrace();
        for (Spacing spacing : {Spacing::Even, Spacing::TrueTime}) {
            const SequenceLayout layout(trace, spacing);
            double previous = layout.playheadY(0);
            QCOMPARE(previous, layout.contentTop());
            for (double p = 0.25; p <= trace.size(); p += 0.25) {
                const double y = layout.playheadY(p);
                QVERIFY2(y >= previous, qPrintable(QStringLiteral("position %1").arg(p)));
                previous = y;
            }
            QCOMPARE(layout.playheadY(trace.size()), layout.totalHeight());
        }
    }

    void streamingEqualsLoading()
    {
        const Trace trace = closeTrace();
        const SequenceLayout loaded(trace);
        SequenceLayout streamed;
        for (const TraceEvent &e : trace.events())
            streamed.append(e);
        QCOMPARE(streamed.rowCount(), loaded.rowCount());
        for (int r = 0; r < loaded.rowCount(); ++r)
            QCOMPARE(streamed.rowTop(r), loaded.rowTop(r));
        QCOMPARE(streamed.totalHeight(), loaded.totalHeight());
        // Switching spacing and back gives the same rows again.
        streamed.setSpacing(Spacing::TrueTime);
        QVERIFY(streamed.rowTop(streamed.rowCount() - 1) != loaded.rowTop(loaded.rowCount() - 1));
        streamed.setSpacing(Spacing::Even);
        QCOMPARE(streamed.rowTop(streamed.rowCount() - 1), loaded.rowTop(loaded.rowCount() - 1));
    }

    void emptyTrace()
    {
        SequenceLayout layout{Trace{}};
        layout.setWidth(1280);
        QCOMPARE(layout.eventCount(), 0);
        QCOMPARE(layout.rowCount(), 0);
        QCOMPARE(layout.arrowCount(), 0);
        QCOMPARE(layout.bandCount(), 0);
        QVERIFY(layout.totalHeight() > layout.contentTop());
        QCOMPARE(layout.rowAt(layout.contentTop() + 5), -1);
        QCOMPARE(layout.eventAt(QPointF(640, layout.contentTop() + 5)), -1);
        QCOMPARE(layout.playheadY(0), layout.contentTop());
        const auto [first, last] = layout.rowsIn(0, 10000);
        QVERIFY(first > last);
        QVERIFY(layout.bandsIn(Actor::Client, 0, 10000).isEmpty());
        QCOMPARE(layout.yForTime(12345), layout.contentTop());
    }
};

QTEST_GUILESS_MAIN(TestSequenceLayout)
#include "tst_sequencelayout.moc"
