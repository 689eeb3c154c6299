// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/sequencescene.h"

#include "diagram/calllabel.h"
#include "diagram/diagramheader.h"
#include "text/scenariotext.h"

#include <QPainterPath>
#include <QtMath>

#include <cmath>

namespace FinAck {

using namespace SceneStyle;

// Labels are drawn with Qt::TextDontClip: a line holding Chinese takes the taller line box of the
// CJK fallback font, and a rectangle one line of the diagram's own font high would cut off what
// lies below the baseline (the underscore of LAST_ACK). The texts are elided to their width.

void SequenceScene::run()
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    p.fillRect(visible, pal.background);

    if (!o.marked.isEmpty())
        marks();
    if (o.hovered >= 0 && o.hovered < n && o.hovered != o.selected)
        highlight(o.hovered, pal.hover);
    if (o.selected >= 0 && o.selected < n)
        highlight(o.selected, pal.selection);
    lifelines();
    bands(Actor::Client);
    bands(Actor::Server);
    pauseMarks();

    // Labels sit above their line and arrows fall below it: widen the search by both.
    const double drop = layout.spacing() == Spacing::Even ? layout.metrics().arrowDrop * layout.zoom() : 0;
    const double reach = o.exactRows ? 0.0 : lh * 2 + drop;
    const auto [first, last] = layout.rowsIn(visible.top() - reach, visible.bottom() + reach);
    if (first <= last) {
        const int end = std::min(n, layout.row(last).first + layout.row(last).count);
        for (int i = layout.row(first).first; i < end; ++i) {
            if (i < shown) {
                event(i, 1.0);
            } else if (i == shown && o.inFlight > 0) {
                event(i, std::min(o.inFlight, 1.0));
            } else if (o.future == RenderOptions::Future::Faint) {
                p.setOpacity(kFaint);
                event(i, 1.0);
                p.setOpacity(1.0);
            } else {
                break;
            }
        }
        for (const DenseRuns::Run &run : runs.finish())
            drawRun(run);
    }
    if (n == 0) {
        p.setPen(pal.mutedText);
        const QRectF middle = layout.middleColumn();
        p.drawText(QRectF(middle.left(), layout.contentTop(), middle.width(), lh * 3), Qt::TextDontClip | Qt::AlignCenter,
                   SequenceRenderer::tr("Nothing recorded yet"));
    }
    stepNumbers();
    if (o.playheadLine && shown < n)
        playheadLine();
    header();
    p.restore();
}

std::pair<double, double> SequenceScene::highlightSpan(int index) const
{
    if (layout.spacing() == Spacing::Even)
        return {layout.rowTop(layout.rowOf(index)), layout.rowBottom(layout.rowOf(index))};
    return {layout.eventY(index) - lh * 0.9, layout.eventY(index) + lh * 0.5};
}

void SequenceScene::highlight(int index, const QColor &colour)
{
    const auto [top, bottom] = highlightSpan(index);
    if (bottom < visible.top() || top > visible.bottom())
        return;
    p.fillRect(QRectF(visible.left(), top, visible.width(), bottom - top), colour);
}

void SequenceScene::marks()
{
    // Amber, apart from the blue of selection and hover and from every state's colour.
    const QColor tint = pal.isDark ? QColor(227, 179, 65, 46) : QColor(230, 170, 20, 56);
    const QColor bar = pal.isDark ? QColor(227, 179, 65) : QColor(191, 135, 0);
    for (const int index : o.marked) {
        if (index < 0 || index >= n)
            continue;
        highlight(index, tint);
        const auto [top, bottom] = highlightSpan(index);
        if (bottom >= visible.top() && top <= visible.bottom())
            p.fillRect(QRectF(visible.left(), top, 4, bottom - top), bar);
    }
}

void SequenceScene::lifelines()
{
    const double top = std::max(visible.top(), layout.contentTop());
    const double bottom = std::min(visible.bottom(), layout.totalHeight());
    p.setPen(QPen(pal.lifeline, 1.5));
    for (Actor a : {Actor::Client, Actor::Server}) {
        const double x = layout.lifelineX(a);
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void SequenceScene::bands(Actor actor)
{
    const QList<SequenceLayout::Band> visibleBands = layout.bandsIn(actor, visible.top() - lh * 4, visible.bottom());
    double drawnTo = visible.top();
    for (qsizetype k = 0; k < visibleBands.size(); ++k) {
        const SequenceLayout::Band &b = visibleBands.at(k);
        const auto &state = std::get<StateChange>(trace.at(b.event));
        const bool past = b.event < shown;
        if (!past && o.future == RenderOptions::Future::Hidden)
            break;
        // The newest band reaches the playhead, and at least far enough to hold its own label. A
        // band begins where the kernel changed state, often a few events before the trace says so
        // (close() enters FIN_WAIT_1 before the poll sees it): until then the newest band goes on
        // past that point rather than leave the lifeline bare.
        const bool newest = k + 1 == visibleBands.size() || visibleBands.at(k + 1).event >= shown;
        const double end = newest ? std::max(b.bottom, std::min(revealY, visible.bottom())) : b.bottom;
        const double cut = past ? std::clamp(std::max(revealY, b.top + lh * 2.2), b.top, end) : std::max(b.top, drawnTo);
        if (past) {
            band(b, state, b.top, cut);
            drawnTo = cut;
            ++stats.bands;
        }
        if (o.future == RenderOptions::Future::Faint && cut < b.bottom) {
            p.setOpacity(kFaint);
            band(b, state, cut, b.bottom);
            p.setOpacity(1.0);
        }
        if (b.top >= visible.top() - lh * 4) {
            if (!past)
                p.setOpacity(kFaint);
            bandLabel(b, state);
            p.setOpacity(1.0);
        }
    }
}

void SequenceScene::band(const SequenceLayout::Band &b, const StateChange &state, double top, double bottom)
{
    if (bottom <= top)
        return;
    const QRectF column = layout.bandColumn(b.actor);
    const QRectF rect(column.left(), top, column.width(), bottom - top);
    p.fillRect(rect, pal.stateFill(state.state));
    const QPen pen = pal.stateStrip(state);
    const double strip = pen.widthF();
    const double x = b.actor == Actor::Client ? column.right() - strip / 2 : column.left() + strip / 2;
    p.setPen(pen);
    p.drawLine(QPointF(x, top), QPointF(x, bottom));
}

void SequenceScene::bandLabel(const SequenceLayout::Band &b, const StateChange &state)
{
    const int index = layout.bandOf(b.event);
    const StateChange *previous = nullptr;
    if (index > 0)
        previous = &std::get<StateChange>(trace.at(layout.bands(b.actor).at(index - 1).event));
    const bool changed = !previous || previous->state != state.state;
    // Queues worth a line: a new state's that hold bytes; in the same state, those that moved
    // (filled, drained, emptied by the read). An unchanged "send-Q 1" (a FIN retransmitted in
    // FIN_WAIT_1, polled again) would only print the line above once more.
    QStringList queues;
    const auto queueLine = [&](const char *name, std::optional<qint64> now, std::optional<qint64> before) {
        if (changed ? now.value_or(0) > 0 : now.value_or(0) != before.value_or(0))
            queues << SequenceRenderer::tr("%1 %2").arg(QLatin1String(name)).arg(now.value_or(0));
    };
    queueLine("recv-Q", state.recvQ, previous ? previous->recvQ : std::nullopt);
    queueLine("send-Q", state.sendQ, previous ? previous->sendQ : std::nullopt);
    QStringList extra;
    if (!queues.isEmpty())
        extra << queues.join(QStringLiteral(" · "));
    if (state.state == TcpState::TimeWait && state.timerMs)
        extra << SequenceRenderer::timeWaitText(state, playheadUs);
    if (!changed && extra.isEmpty())
        return;

    const QRectF column = layout.bandColumn(b.actor);
    const double lines = (changed ? 1 : 0) + extra.size();
    // Simultaneous states (true time) stack their labels rather than overprint them.
    const double top = std::max(b.top + 3, laneBottom[bandLane(b.actor)]);
    if (top > b.top + lh * 3 || !claim(bandLane(b.actor), top, top + lines * lh)) {
        ++stats.labelsSkipped;
        return;
    }
    const double strip = 5;
    const double left = b.actor == Actor::Client ? column.left() + 6 : column.left() + strip + 6;
    const double width = column.width() - strip - 12;
    double y = top;
    if (!changed) {
        // Same state, new queues: a tick across the band marks the observation.
        p.setPen(QPen(pal.state(state.state), 1));
        p.drawLine(QPointF(column.left(), b.top), QPointF(column.right(), b.top));
    }
    if (changed) {
        p.setPen(QPen(pal.state(state.state), 1.5));
        p.drawLine(QPointF(column.left(), b.top), QPointF(column.right(), b.top));
        QFont f = bold;
        f.setItalic(state.source == StateSource::Derived);
        p.setFont(f);
        p.setPen(pal.text);
        p.drawText(QRectF(left, y, width, lh), Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(f).elidedText(tcpStateName(state.state), Qt::ElideRight, width));
        y += lh;
    }
    p.setFont(font);
    for (const QString &line : std::as_const(extra)) {
        p.setPen(state.state == TcpState::TimeWait ? pal.state(TcpState::TimeWait) : pal.mutedText);
        p.drawText(QRectF(left, y, width, lh), Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(line, Qt::ElideRight, width));
        y += lh;
    }
}

void SequenceScene::event(int index, double fraction)
{
    const TraceEvent &e = trace.at(index);
    if (const auto *s = std::get_if<Segment>(&e)) {
        segment(index, *s, fraction);
        return;
    }
    // Everything else appears rather than travels: it fades in over its share of the animation.
    const double opacity = p.opacity();
    p.setOpacity(opacity * fraction);
    if (const auto *c = std::get_if<CallRecord>(&e))
        call(index, *c);
    else if (const auto *sig = std::get_if<SignalRecord>(&e))
        signal(index, *sig);
    else if (const auto *note_ = std::get_if<Note>(&e))
        note(index, *note_);
    p.setOpacity(opacity);
}

void SequenceScene::segment(int index, const Segment &s, double fraction)
{
    if (fraction >= 1.0 && joinRun(s.from, int(segmentKind(s)) * 2 + s.dropped, layout.eventY(index), index))
        return;
    arrow(index, s, fraction);
}

bool SequenceScene::joinRun(Actor a, int look, double y, int index)
{
    const bool plain = index != o.selected && index != o.hovered && p.opacity() >= 1.0;
    QList<DenseRuns::Run> ended;
    const bool joined = runs.join(a, look, y, index, plain, ended);
    for (const DenseRuns::Run &run : std::as_const(ended))
        drawRun(run);
    return joined;
}

void SequenceScene::drawRun(const DenseRuns::Run &run)
{
    if (run.look == DenseRuns::kCallLook)
        return;
    const auto &last = std::get<Segment>(trace.at(run.last));
    const QRectF middle = layout.middleColumn();
    QColor tint = pal.segment(segmentKind(last));
    tint.setAlphaF(0.35F);
    p.fillRect(QRectF(middle.left(), run.top, middle.width(), std::max(1.0, run.bottom - run.top)), tint);
    stats.arrowsMerged += run.count - 1;
    arrow(run.last, last, 1.0);
}

void SequenceScene::arrow(int index, const Segment &s, double fraction)
{
    const QLineF line = layout.arrow(index);
    ++stats.arrows;
    const double width = ArrowPainter::width(s) + (index == o.selected ? 1.5 : 0);
    arrows.shape(line, s, fraction, width);
    const double mid = line.pointAt(0.5).y();
    if (fraction > 0.4 && claim(Middle, mid - arrows.labelHeight(), mid))
        arrows.label(line, s, std::min(1.0, (fraction - 0.4) / 0.6));
}

void SequenceScene::call(int index, const CallRecord &c)
{
    const double y = layout.eventY(index);
    if (joinRun(c.actor, DenseRuns::kCallLook, y, index))
        return;
    ++stats.calls;
    const QRectF bandColumn = layout.bandColumn(c.actor);
    const QRectF side = layout.sideColumn(c.actor);
    const bool client = c.actor == Actor::Client;
    const double markerX = client ? bandColumn.left() : bandColumn.right();
    const QColor accent = c.failed() || c.timedOut ? pal.error : pal.text;

    // A call that blocked: a bar from its start down to where it returned. Calls that return
    // within microseconds get none, although segments may be recorded while they run.
    if (c.durationUs >= kBlockedUs) {
        double end = layout.yForTime(eventTime(trace.at(index)) + c.durationUs);
        if (o.future == RenderOptions::Future::Hidden && index < shown)
            end = std::min(end, revealY);
        if (end - y > lh) {
            p.setPen(QPen(pal.mutedText, 3, Qt::SolidLine, Qt::RoundCap));
            const double x = markerX + (client ? -4 : 4);
            p.drawLine(QPointF(x, y), QPointF(x, end));
        }
    }
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawEllipse(QPointF(markerX, y), 4, 4);
    p.setBrush(Qt::NoBrush);

    const CallLabel label = CallLabel::make(c, layout.windowsLinesOf(trace.at(index)), font, side.width() - kTextGap - 4);
    if (!claim(sideLane(c.actor), y - lh / 2, y + lh / 2 + lh * label.windows.size()))
        return;
    const QFontMetricsF bfm(bold);
    const double resultWidth = label.result.isEmpty() ? 0 : bfm.horizontalAdvance(QStringLiteral("  ") + label.result);
    const double badgeWidth = label.endOfStream ? CallLabel::badgeWidth(font) : 0;
    double x = client ? bandColumn.left() - kTextGap - label.width : bandColumn.right() + kTextGap;
    const double baseline = y + fm.ascent() / 2 - fm.descent() / 2 + 1;

    p.setPen(pal.text);
    p.drawText(QPointF(x, baseline), label.call);
    x += fm.horizontalAdvance(label.call);
    if (!label.result.isEmpty()) {
        p.setFont(bold);
        p.setPen(accent);
        p.drawText(QPointF(x, baseline), QStringLiteral("  ") + label.result);
        p.setFont(font);
        x += resultWidth;
    }
    if (label.endOfStream) {
        // recv() -> 0 is not an error but the peer's FIN reaching the application: a badge.
        const QRectF badge(x + 8, y - lh / 2, badgeWidth - 8, lh);
        p.setPen(QPen(pal.endOfStream, 1.2));
        p.setBrush(QColor(pal.endOfStream.red(), pal.endOfStream.green(), pal.endOfStream.blue(), 36));
        p.drawRoundedRect(badge, lh / 2, lh / 2);
        p.setBrush(Qt::NoBrush);
        p.setPen(pal.endOfStream);
        p.drawText(badge, Qt::TextDontClip | Qt::AlignCenter, CallLabel::endOfStreamText());
    }
    // What a Windows program gets here, under the call, aligned with its text on the far side.
    double lineY = baseline;
    for (const QString &line : label.windows) {
        lineY += lh;
        const double w = fm.horizontalAdvance(line);
        const double lx = client ? bandColumn.left() - kTextGap - w : bandColumn.right() + kTextGap;
        p.setPen(pal.windows);
        p.drawText(QPointF(lx, lineY), line);
    }
}

void SequenceScene::signal(int index, const SignalRecord &s)
{
    ++stats.signalMarkers;
    const double y = layout.eventY(index);
    const QRectF bandColumn = layout.bandColumn(s.actor);
    const QRectF side = layout.sideColumn(s.actor);
    const bool client = s.actor == Actor::Client;
    const double markerX = client ? bandColumn.left() : bandColumn.right();
    QPainterPath diamond;
    diamond.moveTo(markerX, y - 5);
    diamond.lineTo(markerX + 5, y);
    diamond.lineTo(markerX, y + 5);
    diamond.lineTo(markerX - 5, y);
    diamond.closeSubpath();
    p.fillPath(diamond, pal.signal);

    if (!claim(sideLane(s.actor), y - lh / 2, y + lh / 2))
        return;
    const QString where = s.during.isEmpty() ? SequenceRenderer::tr("event loop") : SequenceRenderer::tr("in %1()").arg(s.during);
    // Where it was emitted only when the signal itself fits; the tooltip always says.
    const QFontMetricsF ifm(italic);
    const double room = side.width() - kTextGap - 4;
    const QString full = SequenceRenderer::signalText(s);
    QString suffix = QStringLiteral("  [%1]").arg(where);
    if (ifm.horizontalAdvance(full) + fm.horizontalAdvance(suffix) > room)
        suffix.clear();
    const double suffixWidth = fm.horizontalAdvance(suffix);
    const QString text = ifm.elidedText(full, Qt::ElideRight, std::max(0.0, room - suffixWidth));
    const double total = ifm.horizontalAdvance(text) + suffixWidth;
    double x = client ? bandColumn.left() - kTextGap - total : bandColumn.right() + kTextGap;
    const double baseline = y + fm.ascent() / 2 - fm.descent() / 2 + 1;
    p.setFont(italic);
    p.setPen(pal.signal);
    p.drawText(QPointF(x, baseline), text);
    p.setFont(font);
    p.setPen(pal.mutedText);
    p.drawText(QPointF(x + ifm.horizontalAdvance(text), baseline), suffix);
}

void SequenceScene::note(int index, const Note &note)
{
    if (note.lab)
        return; // about the lab, not TCP: the explanation pane says what the kernels were doing
    const double y = layout.eventY(index);
    // True time has no row of its own for a note: one that an arrow would strike through is left
    // to the explanation pane.
    if (layout.spacing() == Spacing::TrueTime) {
        for (int step : {-1, 1}) {
            for (int j = index + step; j >= 0 && j < n && std::abs(layout.eventY(j) - y) < lh; j += step) {
                if (std::holds_alternative<Segment>(trace.at(j))) {
                    ++stats.labelsSkipped;
                    return;
                }
            }
        }
    }
    const int lines = layout.noteLines(index);
    if (!claim(Middle, y - lh / 2, y - lh / 2 + lh * lines))
        return;
    ++stats.notes;
    const QRectF middle = layout.middleColumn().adjusted(16, 0, -16, 0);
    p.setFont(italic);
    p.setPen(pal.mutedText);
    // Scenario notes are recorded in English and shown in the user's language; they wrap onto the
    // lines their row was made for rather than end in "…".
    const QString text = noteText(note);
    if (lines > 1)
        p.drawText(QRectF(middle.left(), y - lh / 2, middle.width(), lh * lines),
                   Qt::TextDontClip | Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    else
        p.drawText(QRectF(middle.left(), y - lh / 2, middle.width(), lh), Qt::TextDontClip | Qt::AlignCenter,
                   QFontMetricsF(italic).elidedText(text, Qt::ElideRight, middle.width()));
    p.setFont(font);
}

// The step gutter: each step's number in the left margin, beside the row where it starts, so that
// "step 5" in the explanation, the claims and the exports points at a row.
void SequenceScene::stepNumbers()
{
    const double width = layout.metrics().margin;
    p.setFont(bold);
    for (const auto &[event, number] : o.stepStarts) {
        if (event < 0 || event >= n || (event >= shown && o.future == RenderOptions::Future::Hidden))
            continue;
        const double y = layout.eventY(event);
        if (y < visible.top() - lh || y > visible.bottom() + lh)
            continue;
        p.setPen(event < shown ? pal.mutedText : QColor(pal.mutedText.red(), pal.mutedText.green(), pal.mutedText.blue(), 90));
        p.drawText(QRectF(0, y - lh / 2, width, lh), Qt::TextDontClip | Qt::AlignCenter, QString::number(number));
    }
    p.setFont(font);
}

// Where true time took out a wait for Step: the lifelines and bands break, between two zig-zags,
// and the gap says how long the wait was, so that nothing looks as if the kernel took that long.
void SequenceScene::pauseMarks()
{
    const QRectF client = layout.bandColumn(Actor::Client);
    const QRectF server = layout.bandColumn(Actor::Server);
    const double left = client.left();
    const double right = server.right();
    for (const SequenceLayout::PauseMark &mark : layout.pauseMarks()) {
        if (mark.bottom < visible.top() || mark.top > visible.bottom())
            continue;
        const bool future = mark.top >= revealY;
        if (future && o.future == RenderOptions::Future::Hidden)
            continue;
        p.setOpacity(future ? kFaint : 1.0);
        p.fillRect(QRectF(left, mark.top, right - left, mark.bottom - mark.top), pal.background);
        const double tooth = std::min(6.0, (mark.bottom - mark.top) / 4);
        p.setPen(QPen(pal.lifeline, 1.2));
        for (const double y : {mark.top + tooth, mark.bottom - tooth}) {
            QPainterPath zigzag(QPointF(left, y));
            // An integer counter, not a double one summed with rounding; no teeth in a pause of no height.
            for (int i = 0; tooth > 0 && left + (i + 1) * tooth < right; ++i)
                zigzag.lineTo(left + (i + 1) * tooth, y + (i % 2 == 0 ? -tooth : tooth) / 2);
            zigzag.lineTo(right, y);
            p.drawPath(zigzag);
        }
        const double seconds = double(mark.lengthUs) / 1e6;
        //: a break in the true-time diagram where the wait for the next step was taken out
        const QString text = seconds >= 1 ? SequenceRenderer::tr("paused %1 s").arg(seconds, 0, 'f', 1)
                                          //: the same, for a wait under a second
                                          : SequenceRenderer::tr("paused %1 ms").arg(qRound64(seconds * 1000));
        const QRectF middle = layout.middleColumn();
        const double width = QFontMetricsF(italic).horizontalAdvance(text) + 12;
        const QRectF label(middle.center().x() - width / 2, (mark.top + mark.bottom - lh) / 2, width, lh);
        p.fillRect(label, pal.background);
        p.setFont(italic);
        p.setPen(pal.mutedText);
        p.drawText(label, Qt::TextDontClip | Qt::AlignCenter, text);
        p.setFont(font);
        p.setOpacity(1.0);
    }
}

void SequenceScene::playheadLine()
{
    if (revealY < visible.top() || revealY > visible.bottom())
        return;
    const QRectF client = layout.sideColumn(Actor::Client);
    const QRectF server = layout.sideColumn(Actor::Server);
    // Across everything but the bands, whose labels it would strike through.
    p.setPen(QPen(pal.playhead, 1.5, Qt::DashLine));
    for (const QRectF &column : {client, layout.middleColumn(), server})
        p.drawLine(QPointF(column.left(), revealY), QPointF(column.right(), revealY));
    const QString time = SequenceRenderer::tr("%1 ms").arg(double(trace.labTimeUs(playheadUs)) / 1000.0, 0, 'f', 3);
    p.setPen(pal.playhead);
    p.drawText(QRectF(server.left(), revealY - lh - 2, server.width(), lh), Qt::TextDontClip | Qt::AlignRight | Qt::AlignBottom, time);
}

void SequenceScene::header()
{
    const double height = layout.contentTop();
    const double top = o.stickyHeader ? std::max(0.0, visible.top()) : 0.0;
    if (top > visible.bottom() || top + height < visible.top())
        return;
    DiagramHeader(layout, trace, pal, font).paint(p, QRectF(visible.left(), top, visible.width(), height));
}

} // namespace FinAck
