// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampalette.h"

#include <QFont>
#include <QPointF>
#include <QString>

#include <optional>

class QPainter;

namespace FinAck {

// The legend an export prints under the diagram: each segment kind's arrow, inferred and dropped
// segments, observed and derived states. It draws its samples with the diagram's own ArrowPainter
// and strip pen, so a reader of a slide sees exactly the marks the diagram uses. Its texts keep
// SequenceRenderer's translation context (SequenceRenderer::paintLegend() is its entry point).
class DiagramLegend
{
public:
    DiagramLegend(const DiagramPalette &palette, const QFont &font);

    // The height the legend takes at `width`: its entries flow left to right in equal cells.
    double height(double width) const;
    void paint(QPainter &painter, QPointF topLeft, double width) const;

private:
    struct Entry {
        Segment segment;
        std::optional<StateChange> state; // a band strip instead of an arrow
        QString text;
    };
    static QList<Entry> entries();
    double cellWidth(const QList<Entry> &entries) const;
    double rowHeight() const;

    DiagramPalette m_palette;
    QFont m_font;
};

} // namespace FinAck
