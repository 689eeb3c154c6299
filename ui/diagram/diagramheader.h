// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampalette.h"
#include "diagram/sequencelayout.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace FinAck {

// The band across the diagram's top: each actor's name and endpoint above its lifeline, the
// scenario's title and where the run was recorded in the middle. SequenceScene paints it last,
// over the rows, where the view keeps it while scrolling.
class DiagramHeader
{
public:
    DiagramHeader(const SequenceLayout &layout, const Trace &trace, const DiagramPalette &palette, const QFont &font);
    // Into `rect`, as tall as the layout's contentTop().
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    const SequenceLayout &m_layout;
    const Trace &m_trace;
    const DiagramPalette &m_palette;
    QFont m_font;
    QFont m_bold;
};

} // namespace FinAck
