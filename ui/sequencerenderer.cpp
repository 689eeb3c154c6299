#include "sequencerenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace FinAck {

namespace {

constexpr double kFaint = 0.28;    // opacity of what lies after the playhead, when shown at all
constexpr double kTextGap = 10;    // between a band and the call text beside it
constexpr qint64 kBlockedUs = 1000;
constexpr double kDense = 3;        // pixels between arrows of one look below which they merge

QString shortQtName(QString name)
{
    const qsizetype colons = name.lastIndexOf(QLatin1String("::"));
    return colons >= 0 ? name.mid(colons + 2) : name;
}

// One paint() call: the painter, what it paints from, and what it has drawn so far (labels are
// drawn top-down, so each lane only needs to remember where its last label ended).
class Scene
{
public:
    Scene(QPainter &painter, const SequenceLayout &layout, const Trace &trace, const RenderOptions &options)
        : p(painter), layout(layout), trace(trace), o(options), pal(options.palette)
        , font(options.font), bold(options.font), italic(options.font), fm(options.font)
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

    void highlight(int event, const QColor &colour);
    void lifelines();
    void bands(Actor actor);
    void band(const SequenceLayout::Band &band, const StateChange &state, double top, double bottom);
    void bandLabel(const SequenceLayout::Band &band, const StateChange &state);
    void event(int index, double fraction);
    void call(int index, const CallRecord &c);
    void signal(int index, const SignalRecord &s);
    void note(int index, const Note &note);
    void segment(int index, const Segment &s, double fraction);
    void arrow(int index, const Segment &s, double fraction);
    void segmentLabel(const QLineF &line, const Segment &s, double opacity);
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
    // True time packs thousands of loopback segments into a few pixels. Arrows of one look that
    // follow each other closer than kDense pixels make a run, drawn as its first arrow, a tinted
    // block and its last arrow: the same picture at a bounded cost. Calls merge their markers.
    struct Run {
        double top = 0;
        double bottom = 0;
        int count = 0;
        int last = -1;
    };
    static constexpr int kCallLook = 10;
    Run runs[2][kCallLook + 1];
    bool joinRun(Actor a, int look, double y, int index);
    void flushRun(Run &run, int look);
    void flushRuns();
};

void Scene::run()
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    p.fillRect(visible, pal.background);

    if (o.hovered >= 0 && o.hovered < n && o.hovered != o.selected)
        highlight(o.hovered, pal.hover);
    if (o.selected >= 0 && o.selected < n)
        highlight(o.selected, pal.selection);
    lifelines();
    bands(Actor::Client);
    bands(Actor::Server);

    // Labels sit above their line and arrows fall below it: widen the search by both.
    const double drop = layout.spacing() == Spacing::Even ? layout.metrics().arrowDrop * layout.zoom() : 0;
    const double reach = lh * 2 + drop;
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
        flushRuns();
    }
    if (n == 0) {
        p.setPen(pal.mutedText);
        const QRectF middle = layout.middleColumn();
        p.drawText(QRectF(middle.left(), layout.contentTop(), middle.width(), lh * 3), Qt::AlignCenter,
                   SequenceRenderer::tr("Nothing recorded yet"));
    }
    if (o.playheadLine && shown < n)
        playheadLine();
    header();
    p.restore();
}

void Scene::highlight(int index, const QColor &colour)
{
    double top = 0, bottom = 0;
    if (layout.spacing() == Spacing::Even) {
        top = layout.rowTop(layout.rowOf(index));
        bottom = layout.rowBottom(layout.rowOf(index));
    } else {
        top = layout.eventY(index) - lh * 0.9;
        bottom = layout.eventY(index) + lh * 0.5;
    }
    if (bottom < visible.top() || top > visible.bottom())
        return;
    p.fillRect(QRectF(visible.left(), top, visible.width(), bottom - top), colour);
}

void Scene::lifelines()
{
    const double top = std::max(visible.top(), layout.contentTop());
    const double bottom = std::min(visible.bottom(), layout.totalHeight());
    p.setPen(QPen(pal.lifeline, 1.5));
    for (Actor a : {Actor::Client, Actor::Server}) {
        const double x = layout.lifelineX(a);
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void Scene::bands(Actor actor)
{
    const QList<SequenceLayout::Band> visibleBands = layout.bandsIn(actor, visible.top() - lh * 4, visible.bottom());
    for (const SequenceLayout::Band &b : visibleBands) {
        const auto &state = std::get<StateChange>(trace.at(b.event));
        const bool past = b.event < shown;
        if (!past && o.future == RenderOptions::Future::Hidden)
            break;
        // The newest band reaches the playhead, and at least far enough to hold its own label.
        const double cut = past ? std::clamp(std::max(revealY, b.top + lh * 2.2), b.top, b.bottom) : b.top;
        if (past) {
            band(b, state, b.top, cut);
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

void Scene::band(const SequenceLayout::Band &b, const StateChange &state, double top, double bottom)
{
    if (bottom <= top)
        return;
    const QRectF column = layout.bandColumn(b.actor);
    const QRectF rect(column.left(), top, column.width(), bottom - top);
    p.fillRect(rect, pal.stateFill(state.state));
    // A strip of the state's full colour along the lifeline: the state reads even where the fill
    // is faint; derived states get a broken strip (worked out, not seen).
    const double strip = 5;
    const double x = b.actor == Actor::Client ? column.right() - strip / 2 : column.left() + strip / 2;
    QPen pen(pal.state(state.state), strip, Qt::SolidLine, Qt::FlatCap);
    if (state.source == StateSource::Derived)
        pen.setDashPattern({2.0, 1.2});
    p.setPen(pen);
    p.drawLine(QPointF(x, top), QPointF(x, bottom));
}

void Scene::bandLabel(const SequenceLayout::Band &b, const StateChange &state)
{
    const int index = layout.bandOf(b.event);
    const StateChange *previous = nullptr;
    if (index > 0)
        previous = &std::get<StateChange>(trace.at(layout.bands(b.actor).at(index - 1).event));
    const bool changed = !previous || previous->state != state.state;
    // Queues worth a line: those holding bytes, and those just emptied (the read happened).
    QStringList queues;
    const auto queueLine = [&](const char *name, std::optional<qint64> now, std::optional<qint64> before) {
        if (now.value_or(0) > 0 || (!changed && before.value_or(0) > 0))
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
        p.drawText(QRectF(left, y, width, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(f).elidedText(tcpStateName(state.state), Qt::ElideRight, width));
        y += lh;
    }
    p.setFont(font);
    for (const QString &line : std::as_const(extra)) {
        p.setPen(state.state == TcpState::TimeWait ? pal.state(TcpState::TimeWait) : pal.mutedText);
        p.drawText(QRectF(left, y, width, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(line, Qt::ElideRight, width));
        y += lh;
    }
}

void Scene::event(int index, double fraction)
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

void Scene::call(int index, const CallRecord &c)
{
    const double y = layout.eventY(index);
    if (joinRun(c.actor, kCallLook, y, index))
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

    if (!claim(sideLane(c.actor), y - lh / 2, y + lh / 2))
        return;
    QString result = SequenceRenderer::resultText(c);
    const bool eof = SequenceRenderer::isEndOfStream(c);
    const QString eofText = SequenceRenderer::tr("end of stream");
    // The result matters most, but a long Qt error name must leave the call some room.
    const QFontMetricsF bfm(bold);
    const double room = side.width() - kTextGap - 4;
    if (bfm.horizontalAdvance(QStringLiteral("  ") + result) > room * 0.6)
        result = bfm.elidedText(result, Qt::ElideRight, room * 0.6);
    const double resultWidth = result.isEmpty() ? 0 : bfm.horizontalAdvance(QStringLiteral("  ") + result);
    const double eofWidth = eof ? textWidth(eofText, font) + 14 : 0;
    const double available = room - resultWidth - eofWidth;
    const QString text = elideCall(c.text, std::max(0.0, available));
    const double total = fm.horizontalAdvance(text) + resultWidth + eofWidth;
    double x = client ? bandColumn.left() - kTextGap - total : bandColumn.right() + kTextGap;
    const double baseline = y + fm.ascent() / 2 - fm.descent() / 2 + 1;

    p.setPen(pal.text);
    p.drawText(QPointF(x, baseline), text);
    x += fm.horizontalAdvance(text);
    if (!result.isEmpty()) {
        p.setFont(bold);
        p.setPen(accent);
        p.drawText(QPointF(x, baseline), QStringLiteral("  ") + result);
        p.setFont(font);
        x += resultWidth;
    }
    if (eof) {
        // recv() -> 0 is not an error but the peer's FIN reaching the application: a badge.
        const QRectF badge(x + 8, y - lh / 2, eofWidth - 8, lh);
        p.setPen(QPen(pal.endOfStream, 1.2));
        p.setBrush(QColor(pal.endOfStream.red(), pal.endOfStream.green(), pal.endOfStream.blue(), 36));
        p.drawRoundedRect(badge, lh / 2, lh / 2);
        p.setBrush(Qt::NoBrush);
        p.setPen(pal.endOfStream);
        p.drawText(badge, Qt::AlignCenter, eofText);
    }
}

void Scene::signal(int index, const SignalRecord &s)
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

void Scene::note(int index, const Note &note)
{
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
    if (!claim(Middle, y - lh / 2, y + lh / 2))
        return;
    ++stats.notes;
    const QRectF middle = layout.middleColumn().adjusted(16, 0, -16, 0);
    p.setFont(italic);
    p.setPen(pal.mutedText);
    p.drawText(QRectF(middle.left(), y - lh / 2, middle.width(), lh), Qt::AlignCenter,
               QFontMetricsF(italic).elidedText(note.text, Qt::ElideRight, middle.width()));
    p.setFont(font);
}

void Scene::segment(int index, const Segment &s, double fraction)
{
    if (fraction >= 1.0 && joinRun(s.from, int(segmentKind(s)) * 2 + s.dropped, layout.eventY(index), index))
        return;
    arrow(index, s, fraction);
}

bool Scene::joinRun(Actor a, int look, double y, int index)
{
    Run &run = runs[a == Actor::Client ? 0 : 1][look];
    const bool plain = index != o.selected && index != o.hovered && p.opacity() >= 1.0;
    if (plain && run.count > 0 && y - run.bottom < kDense) {
        run.bottom = y;
        ++run.count;
        run.last = index;
        return true;
    }
    flushRun(run, look);
    run = plain ? Run{y, y, 1, index} : Run{};
    return false;
}

void Scene::flushRun(Run &run, int look)
{
    if (run.count > 1 && look != kCallLook) {
        const auto &last = std::get<Segment>(trace.at(run.last));
        const QRectF middle = layout.middleColumn();
        QColor tint = pal.segment(segmentKind(last));
        tint.setAlphaF(0.35f);
        p.fillRect(QRectF(middle.left(), run.top, middle.width(), std::max(1.0, run.bottom - run.top)), tint);
        stats.arrowsMerged += run.count - 1;
        arrow(run.last, last, 1.0);
    }
    run = Run{};
}

void Scene::flushRuns()
{
    for (auto &side : runs) {
        for (int look = 0; look <= kCallLook; ++look)
            flushRun(side[look], look);
    }
}

void Scene::arrow(int index, const Segment &s, double fraction)
{
    const QLineF line = layout.arrow(index);
    const SegmentKind kind = segmentKind(s);
    ++stats.arrows;
    const QColor colour = pal.segment(kind);
    static constexpr double widths[] = {2.6, 2.2, 2.4, 3.2, 1.4};   // by SegmentKind
    double width = widths[size_t(kind)];
    if (index == o.selected)
        width += 1.5;
    // A dropped segment never arrives: its arrow stops halfway, at a cross.
    const QPointF end = s.dropped ? line.pointAt(0.5) : line.p2();
    const QPointF tip = line.p1() + (end - line.p1()) * fraction;
    QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (s.source == SegmentSource::Inferred)
        pen.setDashPattern({4, 2.5});
    p.setPen(pen);
    p.drawLine(line.p1(), tip);

    // Glyphs at the tail tell SYN, FIN and RST apart without colour.
    const double r = 4.5;
    p.setPen(QPen(colour, 1.8));
    p.setBrush(kind == SegmentKind::Syn ? pal.background : colour);
    if (kind == SegmentKind::Syn || kind == SegmentKind::Fin)
        p.drawEllipse(line.p1(), r, r);
    else if (kind == SegmentKind::Rst)
        p.drawRect(QRectF(line.p1() - QPointF(r, r), QSizeF(2 * r, 2 * r)));

    const QLineF unit = QLineF(line.p1(), line.p2()).unitVector();
    const QPointF dir(unit.dx(), unit.dy());
    const QPointF normal(-dir.y(), dir.x());
    if (s.dropped && fraction >= 1.0) {
        // Where it was going, as a ghost: the reader sees who never got it.
        QPen ghost(colour, 1.2, Qt::DotLine);
        const double opacity = p.opacity();
        p.setOpacity(opacity * 0.45);
        p.setPen(ghost);
        p.drawLine(end, line.p2());
        p.setOpacity(opacity);
        p.setPen(QPen(pal.error, 2.8, Qt::SolidLine, Qt::RoundCap));
        const double c = 7;
        p.drawLine(end + QPointF(-c, -c), end + QPointF(c, c));
        p.drawLine(end + QPointF(-c, c), end + QPointF(c, -c));
    } else if (!s.dropped || fraction < 1.0) {
        const double head = 11;
        const QPointF back = tip - dir * head;
        if (kind == SegmentKind::Ack) {
            p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(QPolygonF{back + normal * (head * 0.45), tip, back - normal * (head * 0.45)});
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPolygon(QPolygonF{tip, back + normal * (head * 0.45), back - normal * (head * 0.45)});
            if (kind == SegmentKind::Rst) {
                // RST: a stop bar across the head.
                p.setPen(QPen(colour, 2.6, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(tip + normal * 8, tip - normal * 8);
            }
        }
    }
    p.setBrush(Qt::NoBrush);
    if (fraction > 0.4)
        segmentLabel(line, s, std::min(1.0, (fraction - 0.4) / 0.6));
}

void Scene::segmentLabel(const QLineF &line, const Segment &s, double opacity)
{
    const QString flags = SequenceRenderer::flagsText(s);
    QString numbers = QStringLiteral("  ") + SequenceRenderer::numbersText(s);
    const QString dropped = s.dropped ? SequenceRenderer::tr("  dropped") : QString();
    const double flagsWidth = textWidth(flags, bold);
    const double numbersWidth = fm.horizontalAdvance(numbers);
    const double total = flagsWidth + numbersWidth + (dropped.isEmpty() ? 0 : textWidth(dropped, bold));
    const QPointF mid = line.pointAt(0.5);
    if (!claim(Middle, mid.y() - lh * 1.2, mid.y()))
        return;
    // Along the arrow, always reading left to right.
    QLineF reading = line.dx() < 0 ? QLineF(line.p2(), line.p1()) : line;
    const double angle = reading.angle();   // counter-clockwise degrees
    p.save();
    p.setOpacity(p.opacity() * opacity);
    p.translate(mid);
    p.rotate(-angle);
    // Clear of the cross that sits at a dropped arrow's middle.
    const double baseline = (s.dropped ? -14 : -6) - fm.descent();
    double x = -total / 2;
    p.setFont(bold);
    p.setPen(pal.segment(segmentKind(s)));
    p.drawText(QPointF(x, baseline), flags);
    x += flagsWidth;
    p.setFont(font);
    p.setPen(pal.mutedText);
    p.drawText(QPointF(x, baseline), numbers);
    x += numbersWidth;
    if (!dropped.isEmpty()) {
        p.setFont(bold);
        p.setPen(pal.error);
        p.drawText(QPointF(x, baseline), dropped);
    }
    p.restore();
}

void Scene::playheadLine()
{
    if (revealY < visible.top() || revealY > visible.bottom())
        return;
    const QRectF client = layout.sideColumn(Actor::Client);
    const QRectF server = layout.sideColumn(Actor::Server);
    // Across everything but the bands, whose labels it would strike through.
    p.setPen(QPen(pal.playhead, 1.5, Qt::DashLine));
    for (const QRectF &column : {client, layout.middleColumn(), server})
        p.drawLine(QPointF(column.left(), revealY), QPointF(column.right(), revealY));
    const QString time = SequenceRenderer::tr("%1 ms").arg(double(playheadUs) / 1000.0, 0, 'f', 3);
    p.setPen(pal.playhead);
    p.drawText(QRectF(server.left(), revealY - lh - 2, server.width(), lh), Qt::AlignRight | Qt::AlignBottom, time);
}

void Scene::header()
{
    const double height = layout.contentTop();
    const double top = o.stickyHeader ? std::max(0.0, visible.top()) : 0.0;
    if (top > visible.bottom() || top + height < visible.top())
        return;
    const QRectF rect(visible.left(), top, visible.width(), height);
    p.fillRect(rect, pal.headerBackground);
    p.setPen(QPen(pal.lifeline, 1));
    p.drawLine(rect.bottomLeft(), rect.bottomRight());

    QFont title = bold;
    title.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.2 : 12);
    if (font.pointSizeF() <= 0)
        title.setPixelSize(qRound(font.pixelSize() * 1.2));
    const double titleHeight = QFontMetricsF(title).height();
    const double y0 = top + (height - titleHeight - lh) / 2;
    for (Actor a : {Actor::Client, Actor::Server}) {
        const QRectF band = layout.bandColumn(a);
        const QRectF area(band.center().x() - 160, y0, 320, titleHeight);
        QString name = a == Actor::Client ? SequenceRenderer::tr("Client") : SequenceRenderer::tr("Server");
        if (a == Actor::Client && trace.platform().clientApi == QLatin1String("qt"))
            name = SequenceRenderer::tr("Client (QTcpSocket)");
        p.setFont(title);
        p.setPen(pal.text);
        p.drawText(area, Qt::AlignCenter, name);
        p.setFont(font);
        p.setPen(pal.mutedText);
        p.drawText(area.translated(0, titleHeight), Qt::AlignCenter, trace.endpoint(a));
    }
    const QRectF middle = layout.middleColumn().adjusted(24, 0, -24, 0);
    if (!trace.scenarioTitle().isEmpty()) {
        p.setFont(bold);
        p.setPen(pal.text);
        p.drawText(QRectF(middle.left(), y0, middle.width(), titleHeight), Qt::AlignCenter,
                   QFontMetricsF(bold).elidedText(trace.scenarioTitle(), Qt::ElideRight, middle.width()));
    }
    const TracePlatform &platform = trace.platform();
    if (!platform.os.isEmpty()) {
        const QString how = platform.segments == SegmentSource::Captured ? SequenceRenderer::tr("segments captured")
                                                                          : SequenceRenderer::tr("segments inferred (dashed)");
        const QString line = QStringLiteral("%1 %2 · %3").arg(platform.os, platform.kernel, how);
        p.setFont(font);
        p.setPen(pal.mutedText);
        p.drawText(QRectF(middle.left(), y0 + titleHeight, middle.width(), lh), Qt::AlignCenter,
                   fm.elidedText(line, Qt::ElideRight, middle.width()));
    }
}

} // namespace

RenderStats SequenceRenderer::paint(QPainter &painter, const SequenceLayout &layout, const Trace &trace,
                                    const RenderOptions &options)
{
    Scene scene(painter, layout, trace, options);
    scene.run();
    return scene.stats;
}

QString SequenceRenderer::flagsText(const Segment &segment)
{
    QStringList names;
    const std::pair<quint8, const char *> order[] = {{TcpFlag::Syn, "SYN"}, {TcpFlag::Fin, "FIN"}, {TcpFlag::Rst, "RST"},
                                                     {TcpFlag::Psh, "PSH"}, {TcpFlag::Ack, "ACK"}};
    for (const auto &[flag, name] : order) {
        if (segment.has(flag))
            names << QLatin1String(name);
    }
    return names.isEmpty() ? QStringLiteral("(no flags)") : names.join(QLatin1Char(' '));
}

QString SequenceRenderer::numbersText(const Segment &segment)
{
    QStringList parts{QStringLiteral("seq %1").arg(segment.seq)};
    if (segment.has(TcpFlag::Ack))
        parts << QStringLiteral("ack %1").arg(segment.ack);
    parts << QStringLiteral("len %1").arg(segment.len);
    return parts.join(QStringLiteral(" · "));
}

QString SequenceRenderer::resultText(const CallRecord &call)
{
    const QString arrow = QStringLiteral("→ ");
    if (call.timedOut)
        return arrow + SequenceRenderer::tr("timed out");
    switch (call.returnType) {
    case ReturnType::Void:
        return call.qtError.isEmpty() ? QString() : arrow + shortQtName(call.qtError);
    case ReturnType::Bool: {
        const QString value = call.ret ? QStringLiteral("true") : QStringLiteral("false");
        return arrow + value + (call.qtError.isEmpty() ? QString() : QLatin1Char(' ') + shortQtName(call.qtError));
    }
    case ReturnType::Integer:
        break;
    }
    QString text = arrow + QString::number(call.ret);
    if (!call.errnoName.isEmpty())
        text += QLatin1Char(' ') + call.errnoName;
    else if (!call.qtError.isEmpty())
        text += QLatin1Char(' ') + shortQtName(call.qtError);
    return text;
}

bool SequenceRenderer::isEndOfStream(const CallRecord &call)
{
    static const QStringList reads{QStringLiteral("recv"), QStringLiteral("read"), QStringLiteral("recvfrom"),
                                   QStringLiteral("recvmsg")};
    return call.returnType == ReturnType::Integer && call.ret == 0 && !call.failed() && !call.timedOut
        && reads.contains(call.call);
}

QString SequenceRenderer::signalText(const SignalRecord &signal)
{
    QStringList args;
    for (const QString &a : signal.arguments)
        args << shortQtName(a);
    return QStringLiteral("%1(%2)").arg(signal.signal, args.join(QStringLiteral(", ")));
}

QString SequenceRenderer::timeWaitText(const StateChange &state, qint64 playheadUs)
{
    const qint64 elapsedMs = std::max<qint64>(0, playheadUs - state.tUs) / 1000;
    const double left = double(std::max<qint64>(0, state.timerMs.value_or(0) - elapsedMs)) / 1000.0;
    return SequenceRenderer::tr("%1 s left").arg(left, 0, 'f', 1);
}

} // namespace FinAck
