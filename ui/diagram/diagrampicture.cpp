// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/diagrampicture.h"

#include "io/displaypath.h"
#include "io/outputfile.h"
#include "io/scenarioloader.h"
#include "model/expectationcheck.h"

#include "diagram/diagrampdf.h"
#include "diagram/sequencerenderer.h"
#include "text/scenariotext.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <limits>

namespace FinAck {

// Texts are drawn with Qt::TextDontClip, as in sequencescene.cpp: Chinese lines are taller than
// the export font's line, and clipping to it would cut what lies below the baseline.

namespace {

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    font.setBold(bold);
    return font;
}

// Options for the diagram itself in a file: everything shown, nothing hovered, no playhead.
RenderOptions fileRenderOptions(const Trace &trace, const DiagramPalette &palette, const QFont &font)
{
    RenderOptions o;
    o.palette = palette;
    o.font = font;
    o.playheadLine = false;
    o.stickyHeader = false;
    o.playheadUs = trace.durationUs();
    return o;
}

// The screen's sizes, with the middle wide enough for the header's platform line: a file has no
// tooltip to show what an ellipsis hid.
LayoutMetrics exportMetrics(const Trace &trace, const QFont &font)
{
    const QFontMetricsF fm(font);
    LayoutMetrics m = SequenceRenderer::metricsFor(font);
    double middle = fm.horizontalAdvance(SequenceRenderer::platformText(trace)) + 64;
    // Notes too, up to a line a reader can take in at once.
    QFont italic = font;
    italic.setItalic(true);
    const QFontMetricsF ifm(italic);
    for (const Note &note : trace.notes())
        middle = std::max(middle, std::min(ifm.horizontalAdvance(noteText(note)) + 64, fm.averageCharWidth() * 100));
    m.minMiddle = std::max(m.minMiddle, std::ceil(middle));
    return m;
}

// As wide as the longest call with its result needs (up to the layout's maximum side width), so
// that a slide shows calls whole where the window would elide them.
double widthFor(const Trace &trace, const LayoutMetrics &m, const QFont &font)
{
    const QFontMetricsF fm(font);
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF bfm(boldFont);
    double side = m.minSideWidth;
    for (const TraceEvent &event : trace.events()) {
        if (const auto *c = std::get_if<CallRecord>(&event)) {
            const double eof = SequenceRenderer::isEndOfStream(*c) ? fm.horizontalAdvance(SequenceRenderer::tr("end of stream")) + 22 : 0;
            side = std::max(side, fm.horizontalAdvance(c->text)
                                      + bfm.horizontalAdvance(QStringLiteral("  ") + SequenceRenderer::resultText(*c)) + eof + 16);
        } else if (const auto *s = std::get_if<SignalRecord>(&event)) {
            side = std::max(side, fm.horizontalAdvance(SequenceRenderer::signalText(*s)) + 24);
        }
    }
    side = std::min(side, m.maxSideWidth);
    return 2 * m.margin + 2 * m.bandWidth + 2 * side + m.minMiddle;
}

} // namespace

QFont DiagramPicture::exportFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(13);
    return font;
}

DiagramPicture::DiagramPicture(const Trace &trace, const PictureOptions &options)
    : m_trace(trace)
    , m_options(options)
    , m_palette(options.dark ? DiagramPalette::dark() : DiagramPalette::light())
    , m_font(exportFont())
    , m_layout(Trace(), options.spacing, exportMetrics(trace, m_font))
{
    // As on screen: Windows' documented results beside the calls of a built-in scenario, and
    // notes that wrap rather than end in "…".
    if (ScenarioLoader::builtinIds().contains(trace.scenarioId())) {
        if (const auto scenario = ScenarioLoader().loadFile(ScenarioLoader::builtinPath(trace.scenarioId())))
            m_layout.setWindowsExpected(windowsExpectations(*scenario), Trace());
    }
    m_layout.setTextMeasure(SequenceRenderer::noteMeasure(m_font));
    m_layout.setWidth(widthFor(trace, m_layout.metrics(), m_font));
    for (const TraceEvent &event : trace.events())
        m_layout.append(event);
    const QFontMetricsF fm(m_font);
    m_block.title = m_margin + QFontMetricsF(scaled(m_font, 1.6, true)).height() + fm.height() + m_margin / 2;
    m_block.legend = SequenceRenderer::paintLegend(nullptr, {}, m_layout.width() - 2 * m_margin,
                                                   fileRenderOptions(m_trace, m_palette, m_font))
                     + m_margin;
    m_block.footer = fm.height() + m_margin;
}

QSizeF DiagramPicture::size() const
{
    return {m_layout.width(), m_block.title + m_layout.totalHeight() + m_block.legend + m_block.footer};
}

QString DiagramPicture::subtitle() const
{
    QStringList parts;
    if (!m_trace.scenarioId().isEmpty())
        parts << tr("scenario %1").arg(m_trace.scenarioId());
    if (m_options.steps) {
        const StepRange &r = *m_options.steps;
        if (r.last == std::numeric_limits<int>::max())
            parts << tr("steps %1 to the end").arg(r.first);
        else if (r.first == r.last)
            parts << tr("step %1").arg(r.first);
        else
            parts << tr("steps %1–%2").arg(r.first).arg(r.last);
    } else {
        parts << tr("the whole run");
    }
    return parts.join(QStringLiteral(" · "));
}

QString DiagramPicture::footerText() const
{
    const TracePlatform &platform = m_trace.platform();
    QStringList parts;
    if (!platform.os.isEmpty())
        parts << QStringLiteral("%1 %2").arg(platform.os, platform.kernel).trimmed();
    if (platform.network == QLatin1String("private"))
        parts << tr("the lab's private network namespace");
    else if (platform.network == QLatin1String("host"))
        parts << tr("the host's loopback");
    else if (!platform.network.isEmpty())
        parts << platform.network;
    parts << (platform.segments == SegmentSource::Captured ? tr("segments captured from the wire")
                                                           : tr("segments inferred (no capture permission)"));
    if (platform.clientApi == QLatin1String("qt"))
        parts << tr("client: QTcpSocket");
    if (m_trace.originUs() > 0)
        parts << tr("recorded %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(m_trace.originUs() / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return parts.join(QStringLiteral(" · "));
}

void DiagramPicture::paintTitle(QPainter &painter, double width) const
{
    const QFont title = scaled(m_font, 1.6, true);
    const double titleHeight = QFontMetricsF(title).height();
    painter.setFont(title);
    painter.setPen(m_palette.text);
    const QString text = m_trace.scenarioTitle().isEmpty() ? tr("FinAck trace") : scenarioText(m_trace.scenarioTitle());
    painter.drawText(QRectF(m_margin, m_margin, width - 2 * m_margin, titleHeight), Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(title).elidedText(text, Qt::ElideRight, width - 2 * m_margin));
    painter.setFont(m_font);
    painter.setPen(m_palette.mutedText);
    painter.drawText(QRectF(m_margin, m_margin + titleHeight, width - 2 * m_margin, QFontMetricsF(m_font).height()),
                     Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter, subtitle());
}

void DiagramPicture::paintFooter(QPainter &painter, const QRectF &rect, const QString &page) const
{
    painter.setFont(m_font);
    painter.setPen(m_palette.mutedText);
    const QFontMetricsF fm(m_font);
    // Who made it stays readable on the right; the platform line gives way when space is short.
    const QString right = QStringLiteral("FinAck %1").arg(QStringLiteral(FINACK_VERSION))
                          + (page.isEmpty() ? QString() : QStringLiteral(" · ") + page);
    const double pageWidth = fm.horizontalAdvance(right) + m_margin;
    painter.drawText(rect.adjusted(0, 0, -pageWidth, 0), Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(footerText(), Qt::ElideRight, rect.width() - pageWidth));
    painter.drawText(rect, Qt::TextDontClip | Qt::AlignRight | Qt::AlignVCenter, right);
}

void DiagramPicture::paint(QPainter &painter) const
{
    const QSizeF total = size();
    const double width = total.width();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), total), m_palette.background);
    paintTitle(painter, width);

    painter.save();
    painter.translate(0, m_block.title);
    SequenceRenderer::paint(painter, m_layout, m_trace, fileRenderOptions(m_trace, m_palette, m_font));
    painter.restore();

    const double legendTop = m_block.title + m_layout.totalHeight() + m_margin / 2;
    SequenceRenderer::paintLegend(&painter, QPointF(m_margin, legendTop), width - 2 * m_margin,
                                  fileRenderOptions(m_trace, m_palette, m_font));
    paintFooter(painter, QRectF(m_margin, total.height() - m_block.footer, width - 2 * m_margin, m_block.footer - m_margin / 2));
    painter.restore();
}

QImage DiagramPicture::image(double scale, QString *warning) const
{
    const QSizeF natural = size();
    double s = std::max(scale, 0.01);
    // Bounded so that a 10,000-segment run still gives a file that decoders, viewers and this
    // machine's memory can take: scaled down, whole, rather than cut.
    const double sideFit = kMaxPngSide / std::max(natural.width(), natural.height());
    const double areaFit = std::sqrt(double(kMaxPngPixels) / (natural.width() * natural.height()));
    const double fit = std::min(sideFit, areaFit);
    if (s > fit) {
        if (warning)
            *warning = tr("the whole diagram at scale %1 would be %2×%3 pixels; the PNG is scaled to %4 to stay within "
                          "%5 pixels a side. For a readable slide export some steps (--steps) or use SVG or PDF.")
                           .arg(scale)
                           .arg(qRound(natural.width() * scale))
                           .arg(qRound(natural.height() * scale))
                           .arg(fit, 0, 'g', 3)
                           .arg(kMaxPngSide);
        s = fit;
    }
    QImage image(QSize(std::max(1, int(std::ceil(natural.width() * s))), std::max(1, int(std::ceil(natural.height() * s)))),
                 QImage::Format_RGB32);
    // Screen pixels are 96 per inch: a scale of 2 is a 192 dpi image of the same size on paper.
    const int dotsPerMeter = int(std::lround(96.0 * s / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(m_palette.background);
    QPainter painter(&image);
    painter.scale(s, s);
    paint(painter);
    return image;
}

bool DiagramPicture::writePng(const QString &path, QString *error, QString *warning) const
{
    const QImage picture = image(m_options.scale, warning);
    OutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = tr("%1: cannot write the PNG: %2").arg(displayPath(path), file.errorString());
        return false;
    }
    QImageWriter writer(&file.device(), "png");
    writer.setText(QStringLiteral("Title"), scenarioText(m_trace.scenarioTitle()));
    writer.setText(QStringLiteral("Software"), QStringLiteral("FinAck %1").arg(QStringLiteral(FINACK_VERSION)));
    if (!writer.write(picture)) {
        if (error)
            *error = tr("%1: cannot write the PNG: %2").arg(displayPath(path), writer.errorString());
        return false;
    }
    if (file.commit())
        return true;
    if (error)
        *error = tr("%1: cannot write the PNG: %2").arg(displayPath(path), file.errorString());
    return false;
}

QByteArray DiagramPicture::svg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF total = size();
    generator.setSize(total.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), total));
    generator.setTitle(scenarioText(m_trace.scenarioTitle()));
    generator.setDescription(tr("A TCP connection's end as FinAck recorded it: %1").arg(footerText()));
    QPainter painter(&generator);
    paint(painter);
    painter.end();
    return buffer.data();
}

bool DiagramPicture::writePdf(const QString &path, QString *error) const
{
    return DiagramPdf(*this).write(path, error);
}

bool DiagramPicture::writeSvg(const QString &path, QString *error) const
{
    QString why;
    if (writeOutputFile(path, svg(), &why))
        return true;
    if (error)
        *error = tr("%1: cannot write the SVG: %2").arg(displayPath(path), why);
    return false;
}

} // namespace FinAck
