// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/arrowpainter.h"

#include "diagram/sequencerenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <iterator>

namespace FinAck {

namespace {

constexpr double kWidths[] = {2.6, 2.2, 2.4, 3.2, 1.4}; // by SegmentKind
static_assert(std::size(kWidths) == size_t(SegmentKind::Ack) + 1);

QFont bolded(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ArrowPainter::ArrowPainter(QPainter &painter, const DiagramPalette &palette, const QFont &font)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_bold(bolded(font))
    , m_metrics(font)
    , m_boldMetrics(m_bold)
{
}

double ArrowPainter::width(const Segment &segment)
{
    return kWidths[size_t(segmentKind(segment))];
}

void ArrowPainter::shape(const QLineF &line, const Segment &s, double fraction, double width) const
{
    QPainter &p = m_painter;
    const DiagramPalette &pal = m_palette;
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

void ArrowPainter::label(const QLineF &line, const Segment &s, double opacity) const
{
    QPainter &p = m_painter;
    const DiagramPalette &pal = m_palette;
    const QFontMetricsF &fm = m_metrics;
    const QString flags = SequenceRenderer::flagsText(s);
    QString numbers = QStringLiteral("  ") + SequenceRenderer::numbersText(s);
    const QString dropped = s.dropped ? SequenceRenderer::tr("  dropped") : QString();
    const double flagsWidth = m_boldMetrics.horizontalAdvance(flags);
    const double numbersWidth = fm.horizontalAdvance(numbers);
    const double total = flagsWidth + numbersWidth + (dropped.isEmpty() ? 0 : m_boldMetrics.horizontalAdvance(dropped));
    const QPointF mid = line.pointAt(0.5);
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
    p.setFont(m_bold);
    p.setPen(pal.segment(segmentKind(s)));
    p.drawText(QPointF(x, baseline), flags);
    x += flagsWidth;
    p.setFont(m_font);
    p.setPen(pal.mutedText);
    p.drawText(QPointF(x, baseline), numbers);
    x += numbersWidth;
    if (!dropped.isEmpty()) {
        p.setFont(m_bold);
        p.setPen(pal.error);
        p.drawText(QPointF(x, baseline), dropped);
    }
    p.restore();
}

} // namespace FinAck
