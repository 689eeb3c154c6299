// The legend under an exported diagram. It draws its samples with SequenceScene's own arrow and
// band code, so a reader of a slide sees exactly the marks the diagram uses.
#include "diagram/sequencescene.h"

namespace FinAck {

double SequenceRenderer::paintLegend(QPainter *painter, const QPointF &topLeft, double width, const RenderOptions &options)
{
    // The scene wants a painter even to measure; a null one only measures (see legend()).
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter measuring;
    if (!painter)
        measuring.begin(&scratch);
    const SequenceLayout layout;
    const Trace trace;
    SequenceScene scene(painter ? *painter : measuring, layout, trace, options);
    return scene.legend(topLeft, width, painter != nullptr);
}

double SequenceScene::legend(QPointF topLeft, double width, bool draw)
{
    using namespace TcpFlag;
    struct Entry {
        Segment segment;
        std::optional<StateChange> state; // a band strip instead of an arrow
        QString text;
    };
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
    const QList<Entry> entries{
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

    // Entries flow left to right in equal cells and wrap, so the legend fits any diagram width.
    const double sample = 56;
    double cell = 0;
    for (const Entry &e : entries)
        cell = std::max(cell, sample + 8 + fm.horizontalAdvance(e.text) + 24);
    const int columns = std::max(1, int(width / cell));
    const double rowHeight = std::max(lh * 1.6, 22.0);
    const int rows = int((entries.size() + columns - 1) / columns);
    if (!draw)
        return rows * rowHeight;

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const int row = i / columns; // whole rows, then the place in the row
        const QPointF origin = topLeft + QPointF((i % columns) * cell, row * rowHeight);
        const double y = origin.y() + rowHeight / 2;
        if (e.state) {
            p.setPen(stripPen(*e.state));
            p.drawLine(QPointF(origin.x() + 8, y), QPointF(origin.x() + sample - 8, y));
        } else {
            const QLineF line(origin.x() + 8, y, origin.x() + sample - 6, y);
            arrowShape(line, e.segment, 1.0, SceneStyle::kArrowWidths[size_t(segmentKind(e.segment))]);
        }
        p.setPen(pal.text);
        p.drawText(QRectF(origin.x() + sample + 8, origin.y(), cell - sample - 8, rowHeight),
                   Qt::TextDontClip | Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
    p.restore();
    return rows * rowHeight;
}

} // namespace FinAck
