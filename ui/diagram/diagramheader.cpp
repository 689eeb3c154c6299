// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/diagramheader.h"

#include "diagram/sequencerenderer.h"
#include "fontscale.h"
#include "text/scenariotext.h"

#include <QFontMetricsF>
#include <QPainter>

namespace FinAck {

DiagramHeader::DiagramHeader(const SequenceLayout &layout, const Trace &trace, const DiagramPalette &palette, const QFont &font)
    : m_layout(layout)
    , m_trace(trace)
    , m_palette(palette)
    , m_font(font)
    , m_bold(font)
{
    m_bold.setBold(true);
}

void DiagramHeader::paint(QPainter &p, const QRectF &rect) const
{
    const DiagramPalette &pal = m_palette;
    const QFont &font = m_font;
    const QFont &bold = m_bold;
    const QFontMetricsF fm(m_font);
    const double lh = fm.height();
    p.fillRect(rect, pal.headerBackground);
    p.setPen(QPen(pal.lifeline, 1));
    p.drawLine(rect.bottomLeft(), rect.bottomRight());

    const QFont title = scaledFont(bold, 1.2);
    const double titleHeight = QFontMetricsF(title).height();
    const double y0 = rect.top() + (rect.height() - titleHeight - lh) / 2;
    for (Actor a : {Actor::Client, Actor::Server}) {
        const QRectF band = m_layout.bandColumn(a);
        const QRectF area(band.center().x() - 160, y0, 320, titleHeight);
        QString name = a == Actor::Client ? SequenceRenderer::tr("Client") : SequenceRenderer::tr("Server");
        if (a == Actor::Client && m_trace.platform().clientApi == QLatin1String("qt"))
            name = SequenceRenderer::tr("Client (QTcpSocket)");
        p.setFont(title);
        p.setPen(pal.text);
        p.drawText(area, Qt::TextDontClip | Qt::AlignCenter, name);
        p.setFont(font);
        p.setPen(pal.mutedText);
        p.drawText(area.translated(0, titleHeight), Qt::TextDontClip | Qt::AlignCenter, m_trace.endpoint(a));
    }
    const QRectF middle = m_layout.middleColumn().adjusted(24, 0, -24, 0);
    if (!m_trace.scenarioTitle().isEmpty()) {
        p.setFont(bold);
        p.setPen(pal.text);
        p.drawText(QRectF(middle.left(), y0, middle.width(), titleHeight), Qt::TextDontClip | Qt::AlignCenter,
                   QFontMetricsF(bold).elidedText(scenarioText(m_trace.scenarioTitle()), Qt::ElideRight, middle.width()));
    }
    const QString line = SequenceRenderer::platformText(m_trace);
    if (!line.isEmpty()) {
        p.setFont(font);
        p.setPen(pal.mutedText);
        p.drawText(QRectF(middle.left(), y0 + titleHeight, middle.width(), lh), Qt::TextDontClip | Qt::AlignCenter,
                   fm.elidedText(line, Qt::ElideRight, middle.width()));
    }
}

} // namespace FinAck
