// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Internal to the renderer: the state of one SequenceRenderer::paint() call. It paints lifelines,
// bands, calls, signals, notes and the header; ArrowPainter draws the segments' arrows and
// DenseRuns merges the marks true time packs too close together.
#include "diagram/arrowpainter.h"
#include "diagram/denseruns.h"
#include "diagram/sequencerenderer.h"
#include "text/tracetable.h" // shortQtName

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace FinAck {

namespace SceneStyle {
inline constexpr double kFaint = 0.28; // opacity of what lies after the playhead, when shown at all
inline constexpr double kTextGap = 10; // between a band and the call text beside it
inline constexpr qint64 kBlockedUs = 1000;
} // namespace SceneStyle

// One paint() call: the painter, what it paints from, and what it has drawn so far (labels are
// drawn top-down, so each lane only needs to remember where its last label ended).
class SequenceScene
{
public:
    SequenceScene(QPainter &painter, const SequenceLayout &layout, const Trace &trace, const RenderOptions &options)
        : p(painter)
        , layout(layout)
        , trace(trace)
        , o(options)
        , pal(options.palette)
        , font(options.font)
        , bold(options.font)
        , italic(options.font)
        , fm(options.font)
        , arrows(painter, options.palette, options.font)
    {
        bold.setBold(true);
        italic.setItalic(true);
        n = std::min(trace.size(), layout.eventCount());
        shown = std::clamp(o.shownEvents, 0, n);
        visible = o.visibleRect.isEmpty() ? QRectF(0, 0, layout.width(), layout.totalHeight()) : o.visibleRect;
        revealY = layout.playheadY(shown + (shown < n ? std::clamp(o.inFlight, 0.0, 1.0) : 0.0));
        playheadUs = o.playheadUs.value_or(shown > 0 ? eventTime(trace.at(shown - 1)) : 0);
        lh = fm.height();
    }

    void run();
    RenderStats stats;

private:
    enum Lane { ClientSide, ClientBand, Middle, ServerBand, ServerSide, LaneCount };
    static Lane sideLane(Actor a) { return a == Actor::Client ? ClientSide : ServerSide; }
    static Lane bandLane(Actor a) { return a == Actor::Client ? ClientBand : ServerBand; }
    bool claim(Lane lane, double top, double bottom)
    {
        if (top < laneBottom[lane] - 1) {
            ++stats.labelsSkipped;
            return false;
        }
        laneBottom[lane] = bottom;
        return true;
    }

    void highlight(int index, const QColor &colour);
    std::pair<double, double> highlightSpan(int index) const; // top and bottom of an event's row
    void marks();
    void lifelines();
    void bands(Actor actor);
    void band(const SequenceLayout::Band &band, const StateChange &state, double top, double bottom);
    void bandLabel(const SequenceLayout::Band &band, const StateChange &state);
    void pauseMarks();
    void event(int index, double fraction);
    void call(int index, const CallRecord &c);
    void signal(int index, const SignalRecord &s);
    void note(int index, const Note &note);
    void segment(int index, const Segment &s, double fraction);
    void arrow(int index, const Segment &s, double fraction);
    void stepNumbers();
    void playheadLine();
    void header();
    double textWidth(const QString &text, const QFont &f) const { return QFontMetricsF(f).horizontalAdvance(text); }
    // Shortens "connect(9, {AF_INET, 127.0.0.1:43017}, ...)" from the right but keeps its closing
    // parenthesis: the first arguments (the descriptor) matter most.
    QString elideCall(const QString &text, double width) const
    {
        if (fm.horizontalAdvance(text) <= width || !text.endsWith(QLatin1Char(')')))
            return fm.elidedText(text, Qt::ElideRight, width);
        const double close = fm.horizontalAdvance(QStringLiteral(")"));
        return fm.elidedText(text.chopped(1), Qt::ElideRight, width - close) + QLatin1Char(')');
    }

    QPainter &p;
    const SequenceLayout &layout;
    const Trace &trace;
    const RenderOptions &o;
    const DiagramPalette &pal;
    QFont font, bold, italic;
    QFontMetricsF fm;
    QRectF visible;
    int n = 0;
    int shown = 0;
    double revealY = 0;
    qint64 playheadUs = 0;
    double lh = 0;
    double laneBottom[LaneCount] = {-1e9, -1e9, -1e9, -1e9, -1e9};
    ArrowPainter arrows;
    DenseRuns runs;
    bool joinRun(Actor a, int look, double y, int index);
    void drawRun(const DenseRuns::Run &run);
};

} // namespace FinAck
