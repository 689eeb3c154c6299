// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampalette.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>

class QPainter;

namespace FinAck {

// One segment's arrow: its line and head, the glyphs at its tail that tell SYN, FIN and RST apart
// without colour, a dashed line when inferred, a cross where a dropped one stopped; and the label
// along it. The diagram (SequenceScene) and its legend (DiagramLegend) both draw with it, so the
// legend's samples are the marks the diagram uses.
class ArrowPainter
{
public:
    ArrowPainter(QPainter &painter, const DiagramPalette &palette, const QFont &font);

    // The line's width for a segment's kind, before a selection widens it.
    static double width(const Segment &segment);
    // The arrow along `line`, `fraction` of the way across (an arrow in flight draws less than 1).
    void shape(const QLineF &line, const Segment &segment, double fraction, double width) const;
    // "FIN ACK  seq 6 · ack 1 · len 0" above the arrow's middle, along it, at `opacity`.
    void label(const QLineF &line, const Segment &segment, double opacity) const;
    // How far above the arrow's middle the label reaches: the room a caller claims for it.
    double labelHeight() const { return m_metrics.height() * 1.2; }

private:
    QPainter &m_painter;
    const DiagramPalette &m_palette;
    QFont m_font;
    QFont m_bold;
    QFontMetricsF m_metrics;
    QFontMetricsF m_boldMetrics;
};

} // namespace FinAck
