// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampalette.h"
#include "diagram/sequencelayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <limits>
#include <optional>

class QPainter;

namespace FinAck {

// Everything a picture of the diagram depends on besides the trace and its layout. The widget
// fills it from its state; an export fills it with the whole diagram and no hover.
struct RenderOptions {
    // The part of the diagram to paint, in layout coordinates; empty: all of it.
    QRectF visibleRect;
    // The playhead (Playback's position): events [0, shownEvents) are drawn, event shownEvents is
    // on its way (an arrow in flight, `inFlight` of the way across), later ones follow `future`.
    int shownEvents = std::numeric_limits<int>::max();
    double inFlight = 0;
    enum class Future { Hidden, Faint };
    Future future = Future::Hidden;
    // The time the playhead stands for, for TIME_WAIT's countdown; by default the last shown
    // event's time. A live window may let it run on past the last event.
    std::optional<qint64> playheadUs;
    DiagramPalette palette = DiagramPalette::light();
    QFont font; // the application's font or larger; labels use its size
    int selected = -1;
    int hovered = -1;
    // Events to mark (a comparison's differences): their rows get a tint and a bar at the
    // left edge, under the selection's.
    QList<int> marked;
    // Where each scenario step starts (event indices) and the number a person reads for it
    // (stepNumber()): drawn in the left margin beside the step's first row.
    QList<std::pair<int, int>> stepStarts;
    bool playheadLine = true; // a line across at the playhead (the screen, not an export)
    bool stickyHeader = true; // actor names stay at the top of visibleRect while scrolling
    // Only the rows inside visibleRect, not also those whose labels or arrows might reach into it:
    // a PDF page must hold each row once (text clipped away is still text in a PDF).
    bool exactRows = false;
};

// What a paint() call drew, for tests and benchmarks (culling shows in these numbers).
struct RenderStats {
    int arrows = 0;
    int arrowsMerged = 0; // true time: arrows drawn as part of a dense run (see paint())
    int bands = 0;
    int calls = 0;
    int signalMarkers = 0;
    int notes = 0;
    int labelsSkipped = 0; // labels left out where they would have overlapped another
};

// The sequence diagram's one painting function (Qt's svggenerator example): the widget, PNG, SVG
// and PDF export all call paint() with another paint device, so they cannot drift apart.
class SequenceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SequenceRenderer)
public:
    static RenderStats paint(QPainter &painter, const SequenceLayout &layout, const Trace &trace, const RenderOptions &options);

    // The layout's sizes for a font (the view's, an export's).
    static LayoutMetrics metricsFor(const QFont &font);
    // The same, with the columns as wide as this trace needs and no wider: each side holds its
    // narrowest call label whole (CallLabel::minimumRoom), the middle its widest arrow label.
    static LayoutMetrics metricsFor(const QFont &font, const SequenceLayout &layout, const Trace &trace);
    // How many lines a note wraps onto at a width, in `font`'s italic, as paint() draws notes:
    // the layout's TextMeasure for the screen and every export.
    static SequenceLayout::TextMeasure noteMeasure(const QFont &font);
    // Widens `metrics` for one more event of a streaming run, as the line above would.
    static void widenFor(LayoutMetrics &metrics, const QFont &font, const SequenceLayout &layout, const TraceEvent &event);

    // The legend an export prints under the diagram: each segment kind's arrow, inferred and
    // dropped segments, observed and derived states, drawn by the same code as the diagram.
    // Returns the height it takes at `width`; paints nothing when painter is null.
    static double paintLegend(QPainter *painter, const QPointF &topLeft, double width, const RenderOptions &options);

    // The texts the diagram shows, for reuse in tooltips, panels and tests.
    static QString platformText(const Trace &trace);                          // "Linux 6.1.0 · segments captured", under the title
    static QString flagsText(const Segment &segment);                         // "FIN ACK"
    static QString numbersText(const Segment &segment);                       // "seq 6 · ack 1 · len 0"
    static QString resultText(const CallRecord &call);                        // "→ -1 ECONNRESET"
    static bool isEndOfStream(const CallRecord &call);                        // recv() -> 0
    static QString signalText(const SignalRecord &signal);                    // "errorOccurred(RemoteHostClosedError)"
    static QString timeWaitText(const StateChange &state, qint64 playheadUs); // "59.8 s left"
};

} // namespace FinAck
