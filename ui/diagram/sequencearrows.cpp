#include "diagram/sequencescene.h"

#include <QPainterPath>
#include <QtMath>

#include <cmath>

namespace FinAck {

using namespace SceneStyle;

void SequenceScene::segment(int index, const Segment &s, double fraction)
{
    if (fraction >= 1.0 && joinRun(s.from, int(segmentKind(s)) * 2 + s.dropped, layout.eventY(index), index))
        return;
    arrow(index, s, fraction);
}

bool SequenceScene::joinRun(Actor a, int look, double y, int index)
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

void SequenceScene::flushRun(Run &run, int look)
{
    if (run.count > 1 && look != kCallLook) {
        const auto &last = std::get<Segment>(trace.at(run.last));
        const QRectF middle = layout.middleColumn();
        QColor tint = pal.segment(segmentKind(last));
        tint.setAlphaF(0.35F);
        p.fillRect(QRectF(middle.left(), run.top, middle.width(), std::max(1.0, run.bottom - run.top)), tint);
        stats.arrowsMerged += run.count - 1;
        arrow(run.last, last, 1.0);
    }
    run = Run{};
}

void SequenceScene::flushRuns()
{
    for (auto &side : runs) {
        for (int look = 0; look <= kCallLook; ++look)
            flushRun(side[look], look);
    }
}

void SequenceScene::arrow(int index, const Segment &s, double fraction)
{
    const QLineF line = layout.arrow(index);
    ++stats.arrows;
    double width = SceneStyle::kArrowWidths[size_t(segmentKind(s))];
    if (index == o.selected)
        width += 1.5;
    arrowShape(line, s, fraction, width);
    if (fraction > 0.4)
        segmentLabel(line, s, std::min(1.0, (fraction - 0.4) / 0.6));
}

// The line, head and glyphs of one segment's arrow, shared by the diagram and its legend.
void SequenceScene::arrowShape(const QLineF &line, const Segment &s, double fraction, double width)
{
    const SegmentKind kind = segmentKind(s);
    const QColor colour = pal.segment(kind);
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
}

void SequenceScene::segmentLabel(const QLineF &line, const Segment &s, double opacity)
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
    const double angle = reading.angle(); // counter-clockwise degrees
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

} // namespace FinAck
