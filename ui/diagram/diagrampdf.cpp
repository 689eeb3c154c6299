// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/diagrampdf.h"

#include "diagram/diagrampicture.h"
#include "diagram/sequencerenderer.h"
#include "io/displaypath.h"
#include "io/outputfile.h"
#include "text/scenariotext.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace FinAck {

DiagramPdf::DiagramPdf(const DiagramPicture &picture)
    : m_picture(picture)
    , m_width(picture.size().width())
    // A-series proportions; a diagram shorter than that gets a page of its own height.
    , m_pageHeight(std::min(std::ceil(m_width * 1.414), std::ceil(picture.size().height())))
{
}

QList<DiagramPdf::Page> DiagramPdf::pages() const
{
    const SequenceLayout &layout = m_picture.layout();
    const DiagramPicture::Block &block = m_picture.block();
    const double pageHeight = m_pageHeight;
    const double header = layout.contentTop();
    const double end = layout.totalHeight();

    // Page breaks fall between rows: the first row that does not fit starts the next page. A row
    // taller than a whole page (a long true-time wait) is cut where the page ends.
    QList<Page> pages;
    double from = header;
    int row = 0;
    while (from < end || pages.isEmpty()) {
        Page page{from, end, pages.isEmpty(), false};
        const double room = pageHeight - (page.title ? block.title : 0) - header - block.footer;
        double to = std::min(end, from + room);
        while (row < layout.rowCount() && layout.rowBottom(row) <= from + room)
            ++row;
        if (row < layout.rowCount() && layout.rowTop(row) > from + 1)
            to = std::min(to, layout.rowTop(row));
        page.to = std::max(to, std::min(end, from + 1));
        pages.append(page);
        from = page.to;
        if (from >= end)
            break;
    }
    const Page &last = pages.constLast();
    const double lastUsed = (last.title ? block.title : 0) + header + (last.to - last.from) + block.footer;
    if (lastUsed + block.legend <= pageHeight)
        pages.last().legend = true;
    else
        pages.append(Page{end, end, false, true});
    return pages;
}

bool DiagramPdf::write(const QString &path, QString *error) const
{
    const SequenceLayout &layout = m_picture.layout();
    const DiagramPicture::Block &block = m_picture.block();
    const DiagramPalette &palette = m_picture.palette();
    const Trace &trace = m_picture.trace();
    const double margin = m_picture.margin();
    const double width = m_width;
    const double pageHeight = m_pageHeight;
    const double header = layout.contentTop();
    const QList<Page> pages = this->pages();

    OutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = DiagramPicture::tr("%1: cannot write the PDF: %2").arg(displayPath(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file.device());
    writer.setResolution(96); // one diagram pixel is one screen pixel: 0.75 pt
    writer.setPageSize(
        QPageSize(QSizeF(width * 0.75, pageHeight * 0.75), QPageSize::Point, DiagramPicture::tr("FinAck diagram"), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(scenarioText(trace.scenarioTitle()));
    writer.setCreator(QStringLiteral("FinAck %1").arg(QStringLiteral(FINACK_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = DiagramPicture::tr("%1: cannot write the PDF (is the folder writable?)").arg(displayPath(path));
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);

    RenderOptions options;
    options.palette = palette;
    options.font = m_picture.font();
    options.playheadLine = false;
    options.stickyHeader = false; // each page paints the header part itself
    options.exactRows = true;
    options.playheadUs = trace.durationUs();

    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        if (i > 0)
            writer.newPage();
        painter.fillRect(QRectF(0, 0, width, pageHeight), palette.background);
        double y = 0;
        if (page.title) {
            m_picture.paintTitle(painter, width);
            y = block.title;
        }
        if (page.to > page.from || page.title) {
            // The actor names, then the page's rows below them: two paints, each clipped to its
            // own part, so no row hides under the header (PDF keeps hidden text, and pdftotext
            // and screen readers would read it twice).
            for (const QRectF &part : {QRectF(0, 0, width, header), QRectF(0, page.from, width, page.to - page.from)}) {
                options.visibleRect = part.adjusted(0, 0, 0, -0.5); // not the row that starts where the page ends
                painter.save();
                painter.translate(0, y - part.top());
                painter.setClipRect(part);
                SequenceRenderer::paint(painter, layout, trace, options);
                painter.restore();
                y += part.height();
            }
        }
        if (page.legend)
            SequenceRenderer::paintLegend(&painter, QPointF(margin, y + margin / 2), width - 2 * margin, options);
        m_picture.paintFooter(painter, QRectF(margin, pageHeight - block.footer, width - 2 * margin, block.footer - margin / 2),
                              DiagramPicture::tr("page %1 of %2").arg(i + 1).arg(pages.size()));
    }
    if (!painter.end()) {
        if (error)
            *error = DiagramPicture::tr("%1: cannot finish the PDF").arg(displayPath(path));
        return false;
    }
    if (file.commit())
        return true;
    if (error)
        *error = DiagramPicture::tr("%1: cannot write the PDF: %2").arg(displayPath(path), file.errorString());
    return false;
}

} // namespace FinAck
