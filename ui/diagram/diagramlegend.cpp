// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/diagramlegend.h"

#include "diagram/arrowpainter.h"
#include "diagram/sequencerenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace FinAck {

namespace {

constexpr double kSample = 56; // the width of an entry's arrow or strip

} // namespace

DiagramLegend::DiagramLegend(const DiagramPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
{
}

QList<DiagramLegend::Entry> DiagramLegend::entries()
{
    using namespace TcpFlag;
    const auto seg = [](quint8 flags, SegmentSource source = SegmentSource::Captured, bool dropped = false) {
        Segment s;
        s.flags = flags;
        s.len = flags & Psh ? 1 : 0; // data is what carries bytes
        s.source = source;
        s.dropped = dropped;
        return s;
    };
    const auto state = [](StateSource source) {
        StateChange c;
        c.state = TcpState::FinWait2;
        c.source = source;
        return c;
    };
    return {
        {seg(Syn), {}, SequenceRenderer::tr("SYN: opens")},
        {seg(Fin | Ack), {}, SequenceRenderer::tr("FIN: no more data from this side")},
        {seg(Rst), {}, SequenceRenderer::tr("RST: connection reset")},
        {seg(Psh | Ack), {}, SequenceRenderer::tr("data")},
        {seg(Ack), {}, SequenceRenderer::tr("ACK only")},
        {seg(Ack, SegmentSource::Inferred), {}, SequenceRenderer::tr("dashed: inferred, not captured")},
        {seg(Fin | Ack, SegmentSource::Captured, true), {}, SequenceRenderer::tr("cross: dropped by a fault")},
        {{}, state(StateSource::Observed), SequenceRenderer::tr("state read from the kernel")},
        {{}, state(StateSource::Derived), SequenceRenderer::tr("broken strip: state derived from segments")},
    };
}

double DiagramLegend::cellWidth(const QList<Entry> &entries) const
{
    const QFontMetricsF fm(m_font);
    double cell = 0;
    for (const Entry &e : entries)
        cell = std::max(cell, kSample + 8 + fm.horizontalAdvance(e.text) + 24);
    return cell;
}

double DiagramLegend::rowHeight() const
{
    return std::max(QFontMetricsF(m_font).height() * 1.6, 22.0);
}

double DiagramLegend::height(double width) const
{
    const QList<Entry> all = entries();
    const int columns = std::max(1, int(width / cellWidth(all)));
    const int rows = int((all.size() + columns - 1) / columns);
    return rows * rowHeight();
}

void DiagramLegend::paint(QPainter &p, QPointF topLeft, double width) const
{
    const QList<Entry> all = entries();
    const double cell = cellWidth(all);
    const int columns = std::max(1, int(width / cell));
    const double rowHeight = this->rowHeight();
    const ArrowPainter arrows(p, m_palette, m_font);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(m_font);
    for (int i = 0; i < all.size(); ++i) {
        const Entry &e = all.at(i);
        const int row = i / columns; // whole rows: the entries fill the legend row by row
        const QPointF origin = topLeft + QPointF((i % columns) * cell, row * rowHeight);
        const double y = origin.y() + rowHeight / 2;
        if (e.state) {
            p.setPen(m_palette.stateStrip(*e.state));
            p.drawLine(QPointF(origin.x() + 8, y), QPointF(origin.x() + kSample - 8, y));
        } else {
            const QLineF line(origin.x() + 8, y, origin.x() + kSample - 6, y);
            arrows.shape(line, e.segment, 1.0, ArrowPainter::width(e.segment));
        }
        p.setPen(m_palette.text);
        p.drawText(QRectF(origin.x() + kSample + 8, origin.y(), cell - kSample - 8, rowHeight),
                   Qt::TextDontClip | Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
    p.restore();
}

} // namespace FinAck
