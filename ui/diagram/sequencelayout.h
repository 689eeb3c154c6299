// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/statederiver.h"
#include "model/trace.h"

#include <QHash>

#include <functional>

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace FinAck {

// Even: one row per group of simultaneous events, readable however fast loopback was.
// TrueTime: y proportional to t_us, so waits look long and loopback bursts collapse.
enum class Spacing { Even, TrueTime };

// Sizes that come from fonts. Whoever owns the fonts (the view, an exporter) measures them, so the
// geometry itself needs no display and no QGuiApplication.
struct LayoutMetrics {
    double lineHeight = 20;    // one line of the diagram's text
    double rowHeight = 34;     // an even-spacing row without an arrow
    double arrowDrop = 44;     // even spacing: how far an arrow falls on its way across
    double headerHeight = 56;  // actor names above the lifelines; not zoomed
    double bandWidth = 112;    // the state band beside each lifeline
    double minSideWidth = 220; // call text outside each band
    double maxSideWidth = 460;
    double minMiddle = 380; // between the lifelines: an arrow's label must fit
    double margin = 16;
    double pixelsPerMs = 3; // true time at zoom 1
    bool operator==(const LayoutMetrics &) const = default;
};

// Where everything of a trace goes: actor <-> x, time <-> y, rows, arrows, state bands, and the
// way back from a point to an event. A plain value (KDAB Hotspot's timeline geometry): no painter,
// no fonts, tested without a display. Coordinates are the diagram's own, y = 0 at the top of the
// header; zoom scales everything below the header.
// NOLINTNEXTLINE(bugprone-reserved-identifier): __i0 is clang's own loop index in the implicit copy of an array member
class SequenceLayout
{
public:
    enum class Kind { Call, Segment, State, Note, Signal };

    struct Row {
        double top = 0;    // unzoomed, below the header
        double height = 0; // unzoomed
        int first = 0;     // its events are [first, first + count)
        int count = 0;
        qint64 tUs = 0;
        int lanes = 0; // what its events take of the row's width (even spacing)
    };

    // True time: where a wait for a step command was taken out (Trace::labTimeUs), a gap of its
    // own across the diagram, to be drawn as a break with the wait's length.
    struct PauseMark {
        double top = 0; // zoomed
        double bottom = 0;
        qint64 lengthUs = 0;
    };

    // A state event's stretch of its actor's lifeline: until the actor's next state, or the end.
    // It begins where the kernel changed state, which the trace records before the state event
    // itself: a poll sees a state after the fact, and a state worked out from a segment follows
    // it. So a band starts at the line of the call that sent the segment causing it (close()
    // enters FIN_WAIT_1, then sends the FIN), at that segment's start, or at its arrival (a FIN
    // arriving enters CLOSE_WAIT); at its own line only when the trace holds no such cause.
    struct Band {
        int event = -1;
        Actor actor = Actor::Client;
        double top = 0; // zoomed, like everything a query returns
        double bottom = 0;
    };

    SequenceLayout() = default;
    explicit SequenceLayout(const Trace &trace, Spacing spacing = Spacing::Even, const LayoutMetrics &metrics = {});

    void clear();
    // Events arrive in time order, one by one while a run streams in.
    void append(const TraceEvent &event);

    Spacing spacing() const { return m_spacing; }
    void setSpacing(Spacing spacing);
    const LayoutMetrics &metrics() const { return m_metrics; }
    void setMetrics(const LayoutMetrics &metrics);
    // The scenario's "windows" claims by step position (windowsExpectations()): a call whose
    // Windows result differs, or that failed with a Winsock counterpart, gets the lines
    // windowsLines() gives it under its label, and its row the room for them.
    const QHash<int, ExpectedCall> &windowsExpected() const { return m_windows; }
    // The layout keeps no events, so it is given the trace again to lay out with the claims.
    void setWindowsExpected(const QHash<int, ExpectedCall> &windows, const Trace &trace);
    // windowsLines() of a call event with this layout's claims; empty for other events.
    QStringList windowsLinesOf(const TraceEvent &event) const;
    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // clamped to [kMinZoom, kMaxZoom]
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 20.0;

    // The width available (a viewport); the diagram is never narrower than it needs to be.
    // A note wraps onto as many lines as the middle column needs, so a narrower diagram may
    // make its rows taller.
    void setWidth(double width);
    // How many lines a note's text takes wrapped at words to `width` pixels, in the diagram's
    // font as the renderer wraps it: the layout has no fonts of its own, so whoever owns them
    // measures (the view, an export). None: one line.
    using TextMeasure = std::function<int(const QString &text, double width)>;
    void setTextMeasure(TextMeasure measure) { m_measure = std::move(measure); }
    // The lines a note takes at the current width (1 for anything else).
    int noteLines(int event) const;
    double width() const;
    // The narrowest the diagram can be with every column at its minimum: less scrolls sideways.
    double neededWidth() const { return neededWidth(m_metrics); }
    static double neededWidth(const LayoutMetrics &metrics);
    double totalHeight() const;
    double contentTop() const { return m_metrics.headerHeight; }

    int eventCount() const { return int(m_items.size()); }
    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int r) const { return m_rows.at(r); }
    Kind kind(int event) const { return m_items.at(event).kind; }
    Actor actor(int event) const { return m_items.at(event).actor; }
    int rowOf(int event) const { return m_items.at(event).row; }
    // One arrow per segment, one band per state event.
    int arrowCount() const { return m_arrowCount; }
    int bandCount() const { return int(m_bands[0].size() + m_bands[1].size()); }

    // x: lifelines, the state band columns beside them (inside the lifelines' outer side), and the
    // call text columns outside those.
    double lifelineX(Actor actor) const;
    QRectF bandColumn(Actor actor) const; // full height
    QRectF sideColumn(Actor actor) const; // full height
    QRectF middleColumn() const;          // between the lifelines

    // y, zoomed.
    double rowTop(int row) const;
    double rowBottom(int row) const;
    double eventY(int event) const; // where an event sits: a call's line, an arrow's start
    QLineF arrow(int event) const;  // a segment: sender at send time -> receiver at arrival
    double yForTime(qint64 tUs) const;
    qint64 timeAt(double y) const;
    // Empty in even spacing, which shows no time.
    QList<PauseMark> pauseMarks() const;
    // The playhead as a position in events (Playback's: [0, position) shown), fractions in between:
    // how far down the diagram is revealed.
    double playheadY(double position) const;

    // Hit-testing by binary search over the rows. -1: none.
    int rowAt(double y) const;
    int eventAt(QPointF point) const;
    // The rows that intersect [top, bottom], as [first, last]; first > last when none do.
    std::pair<int, int> rowsIn(double top, double bottom) const;

    // One actor's bands, in time order, and those that intersect [top, bottom].
    QList<Band> bands(Actor actor) const;
    QList<Band> bandsIn(Actor actor, double top, double bottom) const;
    int bandOf(int event) const; // index into bands(actor(event)), -1 when not a state

private:
    struct Item {
        qint64 tUs = 0;
        Kind kind = Kind::Note;
        Actor actor = Actor::Client;
        int row = 0;
        int lanes = 0;
        int extraLines = 0;     // label lines under a call's own (its Windows result)
        QString noteText;       // a note's text as shown, for TextMeasure (empty without one)
        int cause = -1;         // a state: the call or segment whose line its band starts at
        bool atArrival = false; // ... at the end of that segment's arrow
        qint64 pausedUs = 0;
    };
    // A transition the segments imply for one actor, not yet claimed by one of its state events.
    struct Cause {
        int event = -1;
        TcpState state = TcpState::Closed;
        bool atArrival = false;
    };
    struct CallSpan {
        int event = -1;
        qint64 fromUs = 0;
        qint64 toUs = 0;
        bool closes = false; // close() or shutdown(): may enter FIN_WAIT_1 or LAST_ACK with no FIN sent
    };
    void noteSegment(int index, const Segment &segment);
    void findCause(Item &item, int index, const StateChange &state);
    double bandTop(const Item &item) const;
    int noteLinesFor(const Item &item) const;
    void place(int index);
    void clearPlacement();
    void rebuildRows();
    double toY(double unzoomed) const { return m_metrics.headerHeight + unzoomed * m_zoom; }
    double fromY(double y) const { return (y - m_metrics.headerHeight) / m_zoom; }
    double pad() const { return m_metrics.rowHeight * 0.5; }
    double sideWidth() const;
    Band bandAt(Actor actor, int i) const;
    int bandIndexAt(Actor actor, double y) const;
    double revealedBottom(int event) const;
    double trueTimeTop(qint64 tUs) const;
    // A break mark's two lines, and one for the label of the row below it (labels sit above their line).
    double pauseGap() const { return m_metrics.lineHeight * 3; }

    Spacing m_spacing = Spacing::Even;
    LayoutMetrics m_metrics;
    double m_zoom = 1.0;
    double m_width = 0;
    QList<Item> m_items;
    QList<Row> m_rows;
    QList<double> m_rowTops;     // m_rows[i].top, for std::upper_bound
    QList<int> m_bands[2];       // state events per actor (index by int(Actor))
    QList<double> m_bandTops[2]; // unzoomed y of each band's start
    QList<int> m_bandIndex;      // per event: its index in m_bands, -1 for other kinds
    int m_arrowCount = 0;
    qint64 m_firstUs = 0;
    QHash<int, ExpectedCall> m_windows;
    TextMeasure m_measure;
    bool m_hasNotes = false;
    // Where each band starts does not depend on spacing: it is found once, as events arrive, by
    // the state machine that derives states from segments, told what the kernel reported.
    StateDeriver m_deriver;
    QList<Cause> m_causes[2];      // per actor, since its last state event
    CallSpan m_lastCall[2];        // per actor
    int m_lastState[2] = {-1, -1}; // per actor: the index of its last state event
    LabTimeline m_timeline;        // true time is lab time: the waits for a step command taken out
};

} // namespace FinAck
