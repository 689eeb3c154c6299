// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/sequencerenderer.h"

#include "diagram/calllabel.h"
#include "diagram/diagramlegend.h"
#include "diagram/sequencescene.h"
#include "text/diagramlabels.h"

#include <QFontMetricsF>
#include <cmath>

namespace FinAck {

RenderStats SequenceRenderer::paint(QPainter &painter, const SequenceLayout &layout, const Trace &trace, const RenderOptions &options)
{
    SequenceScene scene(painter, layout, trace, options);
    scene.run();
    return scene.stats;
}

double SequenceRenderer::paintLegend(QPainter *painter, const QPointF &topLeft, double width, const RenderOptions &options)
{
    const DiagramLegend legend(options.palette, options.font);
    if (painter)
        legend.paint(*painter, topLeft, width);
    return legend.height(width);
}

// Everything the layout needs from the font, measured here so that the layout needs no display
// and the screen and every export measure alike.
LayoutMetrics SequenceRenderer::metricsFor(const QFont &font)
{
    const QFontMetricsF fm(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    LayoutMetrics m;
    m.lineHeight = fm.height();
    m.rowHeight = std::ceil(fm.height() * 1.75);
    m.arrowDrop = std::ceil(fm.height() * 2.6);
    m.headerHeight = std::ceil(fm.height() * 3.6);
    double widest = 0;
    for (int s = 0; s <= int(TcpState::TimeWait); ++s)
        widest = std::max(widest, bfm.horizontalAdvance(tcpStateName(TcpState(s))));
    m.bandWidth = std::ceil(std::max(widest, fm.horizontalAdvance(QStringLiteral("recv-Q 65535"))) + 5 + 14);
    m.minSideWidth = std::ceil(fm.averageCharWidth() * 22); // longer call texts are elided; the panels show them whole
    m.maxSideWidth = std::ceil(fm.averageCharWidth() * 64);
    m.minMiddle = std::ceil(bfm.horizontalAdvance(QStringLiteral("FIN PSH ACK"))
                            + fm.horizontalAdvance(QStringLiteral("  seq 000000 · ack 000000 · len 0000")) + 40);
    // Room on the left for the step numbers beside the rows.
    m.margin = std::ceil(std::max(fm.height() * 0.8, bfm.horizontalAdvance(QStringLiteral("88")) + 6));
    return m;
}

LayoutMetrics SequenceRenderer::metricsFor(const QFont &font, const SequenceLayout &layout, const Trace &trace)
{
    LayoutMetrics m = metricsFor(font);
    // Floors that keep an empty or short record looking like a diagram.
    QFont bold = font;
    bold.setBold(true);
    m.minSideWidth = std::ceil(QFontMetricsF(font).averageCharWidth() * 14);
    m.minMiddle = std::ceil(QFontMetricsF(bold).horizontalAdvance(QStringLiteral("FIN PSH ACK")) + 40);
    for (const TraceEvent &event : trace.events())
        widenFor(m, font, layout, event);
    return m;
}

void SequenceRenderer::widenFor(LayoutMetrics &m, const QFont &font, const SequenceLayout &layout, const TraceEvent &event)
{
    const double gap = 10 + 4; // SceneStyle::kTextGap and the label's own margin
    if (const auto *call = std::get_if<CallRecord>(&event)) {
        m.minSideWidth = std::max(m.minSideWidth, std::ceil(CallLabel::minimumRoom(*call, layout.windowsLinesOf(event), font) + gap));
        m.maxSideWidth = std::max(m.maxSideWidth, m.minSideWidth);
    } else if (const auto *segment = std::get_if<Segment>(&event)) {
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF bfm(bold);
        double label = bfm.horizontalAdvance(flagsText(*segment))
                       + QFontMetricsF(font).horizontalAdvance(QStringLiteral("  ") + numbersText(*segment));
        if (segment->dropped)
            label += bfm.horizontalAdvance(tr("  dropped"));
        m.minMiddle = std::max(m.minMiddle, std::ceil(label + 40));
    }
}

SequenceLayout::TextMeasure SequenceRenderer::noteMeasure(const QFont &font)
{
    QFont italic = font;
    italic.setItalic(true);
    return [metrics = QFontMetricsF(italic)](const QString &text, double width) {
        const QRectF box = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        return int(std::ceil(box.height() / metrics.height() - 0.01));
    };
}

QString SequenceRenderer::platformText(const Trace &trace)
{
    const TracePlatform &platform = trace.platform();
    if (platform.os.isEmpty())
        return {};
    const QString how = platform.segments == SegmentSource::Captured ? tr("segments captured") : tr("segments inferred (dashed)");
    return QStringLiteral("%1 %2 · %3").arg(platform.os, platform.kernel, how);
}

// The texts live in core (diagramlabels.h), so the text exports say exactly what the picture says.
QString SequenceRenderer::flagsText(const Segment &segment)
{
    return segmentFlagsText(segment);
}

QString SequenceRenderer::numbersText(const Segment &segment)
{
    return segmentNumbersText(segment);
}

QString SequenceRenderer::resultText(const CallRecord &call)
{
    return callResultText(call);
}

bool SequenceRenderer::isEndOfStream(const CallRecord &call)
{
    return FinAck::isEndOfStream(call);
}

QString SequenceRenderer::signalText(const SignalRecord &signal)
{
    return signalCallText(signal);
}

QString SequenceRenderer::timeWaitText(const StateChange &state, qint64 playheadUs)
{
    const qint64 elapsedMs = std::max<qint64>(0, playheadUs - state.tUs) / 1000;
    const double left = double(std::max<qint64>(0, state.timerMs.value_or(0) - elapsedMs)) / 1000.0;
    return SequenceRenderer::tr("%1 s left").arg(left, 0, 'f', 1);
}

} // namespace FinAck
