// DiagramPicture's PDF: a long run does not fit one page a reader can open, so the diagram is cut
// into pages as wide as it is, between rows, with the actor names repeated at the top of each.
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

namespace {

struct Page {
    double from = 0; // layout y of the first diagram pixel below the header
    double to = 0;
    bool title = false;
    bool legend = false;
};

} // namespace

bool DiagramPicture::writePdf(const QString &path, QString *error) const
{
    const double width = size().width();
    // A-series proportions; a diagram shorter than that gets a page of its own height.
    const double pageHeight = std::min(std::ceil(width * 1.414), std::ceil(size().height()));
    const double header = m_layout.contentTop();
    const double end = m_layout.totalHeight();

    // Page breaks fall between rows: the first row that does not fit starts the next page. A row
    // taller than a whole page (a long true-time wait) is cut where the page ends.
    QList<Page> pages;
    double from = header;
    int row = 0;
    while (from < end || pages.isEmpty()) {
        Page page{from, end, pages.isEmpty(), false};
        const double room = pageHeight - (page.title ? m_block.title : 0) - header - m_block.footer;
        double to = std::min(end, from + room);
        while (row < m_layout.rowCount() && m_layout.rowBottom(row) <= from + room)
            ++row;
        if (row < m_layout.rowCount() && m_layout.rowTop(row) > from + 1)
            to = std::min(to, m_layout.rowTop(row));
        page.to = std::max(to, std::min(end, from + 1));
        pages.append(page);
        from = page.to;
        if (from >= end)
            break;
    }
    const Page &last = pages.constLast();
    const double lastUsed = (last.title ? m_block.title : 0) + header + (last.to - last.from) + m_block.footer;
    if (lastUsed + m_block.legend <= pageHeight)
        pages.last().legend = true;
    else
        pages.append(Page{end, end, false, true});

    OutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = tr("%1: cannot write the PDF: %2").arg(displayPath(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file.device());
    writer.setResolution(96); // one diagram pixel is one screen pixel: 0.75 pt
    writer.setPageSize(QPageSize(QSizeF(width * 0.75, pageHeight * 0.75), QPageSize::Point, tr("FinAck diagram"), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(scenarioText(m_trace.scenarioTitle()));
    writer.setCreator(QStringLiteral("FinAck %1").arg(QStringLiteral(FINACK_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("%1: cannot write the PDF (is the folder writable?)").arg(displayPath(path));
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);

    RenderOptions options;
    options.palette = m_palette;
    options.font = m_font;
    options.playheadLine = false;
    options.stickyHeader = false; // each page paints the header part itself
    options.exactRows = true;
    options.playheadUs = m_trace.durationUs();

    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        if (i > 0)
            writer.newPage();
        painter.fillRect(QRectF(0, 0, width, pageHeight), m_palette.background);
        double y = 0;
        if (page.title) {
            paintTitle(painter, width);
            y = m_block.title;
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
                SequenceRenderer::paint(painter, m_layout, m_trace, options);
                painter.restore();
                y += part.height();
            }
        }
        if (page.legend)
            SequenceRenderer::paintLegend(&painter, QPointF(m_margin, y + m_margin / 2), width - 2 * m_margin, options);
        paintFooter(painter, QRectF(m_margin, pageHeight - m_block.footer, width - 2 * m_margin, m_block.footer - m_margin / 2),
                    tr("page %1 of %2").arg(i + 1).arg(pages.size()));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("%1: cannot finish the PDF").arg(displayPath(path));
        return false;
    }
    if (file.commit())
        return true;
    if (error)
        *error = tr("%1: cannot write the PDF: %2").arg(displayPath(path), file.errorString());
    return false;
}

} // namespace FinAck
