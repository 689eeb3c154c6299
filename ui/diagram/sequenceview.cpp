// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/sequenceview.h"
#include "diagram/eventdetails.h"
#include "fontscale.h"

#include "model/tracesteps.h"
#include "session/playback.h"
#include "text/scenariotext.h"

#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleHints>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace FinAck {

namespace {

DiagramPalette systemPalette(const QPalette &widgetPalette)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        return DiagramPalette::system();
#endif
    return DiagramPalette::forPalette(widgetPalette);
}

} // namespace

SequenceView::SequenceView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    m_palette = systemPalette(palette());
    m_animation.setEasingCurve(QEasingCurve::Linear);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, &SequenceView::onAnimationValue);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_systemPalette) {
            m_palette = systemPalette(palette());
            viewport()->update();
        }
    });
#endif
    updateMetrics();
}

void SequenceView::setTrace(const Trace &trace)
{
    // A run that grows while an arrow crosses must not stop it halfway: the animation goes on
    // when its target still exists.
    if (m_animationTo > trace.size())
        m_animation.stop();
    m_trace = trace;
    recountSteps();
    rebuildLayout();
    if (m_selected >= m_trace.size())
        m_selected = -1;
    m_hovered = -1;
    updateScrollBars();
    if (!isAnimating())
        setPlayhead(std::min(m_playhead, double(m_trace.size())));
    viewport()->update();
}

void SequenceView::appendEvent(const TraceEvent &event)
{
    const qint64 t = std::max<qint64>(eventTime(event), 0);
    const bool atEnd = m_trace.isEmpty() || eventTime(m_trace.events().constLast()) <= t;
    m_trace.appendRelative(event);
    if (atEnd) {
        LayoutMetrics metrics = m_layout.metrics();
        SequenceRenderer::widenFor(metrics, diagramFont(), m_layout, m_trace.events().constLast());
        if (SequenceLayout::neededWidth(metrics) > m_layout.neededWidth() && m_fitFactor == m_textFactor)
            metrics = fittedMetrics(); // wider: perhaps too wide for the preferred size now
        m_layout.setMetrics(metrics);
        m_layout.append(m_trace.events().constLast());
        noteStep(m_trace.size() - 1);
        announcePreferredWidth();
    } else {
        // A capture lagging behind a call lands in the past: redo the rows. What was on screen
        // stays on screen (as Playback does), so the playhead moves on by one when it lands before.
        const auto at = std::upper_bound(m_trace.events().cbegin(), m_trace.events().cend(), t,
                                         [](qint64 time, const TraceEvent &e) { return time < eventTime(e); });
        const int index = int(at - m_trace.events().cbegin()) - 1;
        recountSteps();
        rebuildLayout();
        if (index < m_playhead)
            m_playhead += 1;
        if (m_selected >= index)
            ++m_selected;
    }
    updateScrollBars();
    viewport()->update();
}

// A new layout of the whole record, with the columns as wide as its labels need.
void SequenceView::rebuildLayout()
{
    const double zoom = m_layout.zoom();
    const QHash<int, ExpectedCall> windows = m_layout.windowsExpected();
    // Columns first (they depend on the labels, Windows lines included), then the rows, whose
    // notes wrap at the middle column's width.
    m_layout = SequenceLayout(Trace(), m_layout.spacing(), m_layout.metrics());
    m_layout.setWindowsExpected(windows, Trace());
    m_layout.setMetrics(fittedMetrics());
    m_layout.setTextMeasure(SequenceRenderer::noteMeasure(diagramFont()));
    m_layout.setZoom(zoom);
    m_layout.setWidth(viewport()->width());
    for (const TraceEvent &event : m_trace.events())
        m_layout.append(event);
    announcePreferredWidth();
}

// Last, when the layout is whole: the window may rearrange itself and resize this view at once.
void SequenceView::announcePreferredWidth()
{
    if (m_preferredWidth == m_announcedWidth)
        return;
    m_announcedWidth = m_preferredWidth;
    Q_EMIT preferredWidthChanged(m_preferredWidth);
}

// The preferred text size when the diagram fits the viewport at it, else the window's own.
LayoutMetrics SequenceView::fittedMetrics()
{
    LayoutMetrics metrics = SequenceRenderer::metricsFor(fontAt(m_textFactor), m_layout, m_trace);
    const double preferred = SequenceLayout::neededWidth(metrics);
    m_fitFactor = m_textFactor;
    if (preferred > viewport()->width() && m_textFactor > 1.0) {
        m_fitFactor = 1.0;
        metrics = SequenceRenderer::metricsFor(fontAt(m_fitFactor), m_layout, m_trace);
    }
    m_preferredWidth = preferred; // announced by the caller once the layout is whole again
    return metrics;
}

QFont SequenceView::fontAt(double factor) const
{
    return scaledFont(font(), factor);
}

void SequenceView::setTextFactor(double factor)
{
    if (factor == m_textFactor)
        return;
    m_textFactor = factor;
    updateMetrics();
}

void SequenceView::setWindowsExpected(const QHash<int, ExpectedCall> &windows)
{
    m_layout.setWindowsExpected(windows, Trace());
    updateMetrics();
}

void SequenceView::setPlayback(Playback *playback)
{
    for (const QMetaObject::Connection &c : std::as_const(m_playbackConnections))
        disconnect(c);
    m_playbackConnections.clear();
    if (!playback)
        return;
    m_playbackConnections << connect(playback, &Playback::traceChanged, this, [this, playback] { setTrace(playback->trace()); });
    m_playbackConnections << connect(playback, &Playback::playheadChanged, this, [this](int position) { animatePlayheadTo(position); });
    setTrace(playback->trace());
    setPlayhead(playback->position());
}

void SequenceView::recountSteps()
{
    m_stepStarts.clear();
    m_lastStep = -1;
    for (int i = 0; i < m_trace.size(); ++i)
        noteStep(i);
}

// A step starts at the first event that carries its `step` (TraceSteps' rule); what comes before
// the first one belongs to the first step.
void SequenceView::noteStep(int index)
{
    const int step = std::visit(
        [](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, CallRecord> || std::is_same_v<T, Note> || std::is_same_v<T, SignalRecord>)
            return e.step;
        else
            return -1;
        },
        m_trace.at(index));
    if (step < 0 || step == m_lastStep)
        return;
    m_lastStep = step;
    m_stepStarts.append({m_stepStarts.isEmpty() ? 0 : index, stepNumber(step)});
}

void SequenceView::setPlayhead(double position)
{
    m_animation.stop();
    position = std::clamp(position, 0.0, double(m_trace.size()));
    if (position == m_playhead)
        return;
    m_playhead = position;
    if (m_follow)
        ensurePlayheadVisible();
    viewport()->update();
    Q_EMIT playheadChanged(m_playhead);
}

int SequenceView::weightMs(int event) const
{
    const bool arrow = std::holds_alternative<Segment>(m_trace.at(event));
    return arrow ? kSegmentMs : kOtherEventMs;
}

void SequenceView::animatePlayheadTo(int position)
{
    position = std::clamp(position, 0, m_trace.size());
    m_animation.stop();
    if (position <= m_playhead) {
        setPlayhead(position); // back and seek jump: the animation is for what happens next
        return;
    }
    m_animationFrom = m_playhead;
    m_animationTo = position;
    m_animationEnds.clear();
    const int first = int(std::floor(m_playhead));
    double total = 0;
    for (int k = first; k < position; ++k) {
        const double done = k == first ? m_playhead - first : 0.0;
        total += weightMs(k) * (1.0 - done) / m_speed;
        m_animationEnds.append(total);
    }
    const double duration = std::min(total, double(kLongestAnimationMs));
    // The animation's value is in uncompressed milliseconds; a long jump just runs it faster.
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(total);
    m_animation.setDuration(std::max(1, int(duration)));
    m_animation.start();
}

void SequenceView::onAnimationValue(const QVariant &value)
{
    if (m_animationEnds.isEmpty())
        return;
    const double u = value.toDouble();
    const int first = int(std::floor(m_animationFrom));
    const auto it = std::upper_bound(m_animationEnds.cbegin(), m_animationEnds.cend(), u);
    const int j = int(it - m_animationEnds.cbegin());
    double position = m_animationTo;
    if (j < m_animationEnds.size()) {
        const double start = j == 0 ? 0.0 : m_animationEnds.at(j - 1);
        const double f = (u - start) / (m_animationEnds.at(j) - start);
        const double from = j == 0 ? m_animationFrom - first : 0.0;
        position = first + j + from + (1.0 - from) * f;
    }
    position = std::clamp(position, 0.0, double(m_trace.size()));
    if (position == m_playhead)
        return;
    m_playhead = position;
    if (m_follow)
        ensurePlayheadVisible();
    viewport()->update();
    Q_EMIT playheadChanged(m_playhead);
}

void SequenceView::setSpeed(double speed)
{
    m_speed = std::clamp(speed, 0.05, 20.0);
}

void SequenceView::setPlayheadTime(qint64 tUs)
{
    m_playheadUs = tUs;
    viewport()->update();
}

void SequenceView::setFutureStyle(RenderOptions::Future future)
{
    m_future = future;
    viewport()->update();
}

void SequenceView::setDiagramPalette(const DiagramPalette &palette)
{
    m_palette = palette;
    m_systemPalette = false;
    viewport()->update();
}

void SequenceView::followSystemPalette()
{
    m_palette = systemPalette(palette());
    m_systemPalette = true;
    viewport()->update();
}

void SequenceView::setZoom(double zoom)
{
    const double before = m_layout.zoom();
    m_layout.setZoom(zoom);
    if (m_layout.zoom() == before)
        return;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_layout.zoom());
}

void SequenceView::setSpacing(Spacing spacing)
{
    if (spacing == m_layout.spacing())
        return;
    m_layout.setSpacing(spacing);
    updateScrollBars();
    if (m_follow)
        ensurePlayheadVisible();
    viewport()->update();
}

void SequenceView::toggleSpacing()
{
    setSpacing(m_layout.spacing() == Spacing::Even ? Spacing::TrueTime : Spacing::Even);
}

void SequenceView::selectEvent(int index)
{
    m_selected = index >= 0 && index < m_trace.size() ? index : -1;
    if (m_selected >= 0) {
        const double y = m_layout.eventY(m_selected);
        const double top = verticalScrollBar()->value();
        if (y < top + m_layout.contentTop() || y > top + viewport()->height() - m_layout.metrics().rowHeight)
            scrollToY(y, 0.4);
    }
    viewport()->update();
}

RenderOptions SequenceView::renderOptions(const QRectF &rect) const
{
    RenderOptions o;
    o.visibleRect = rect;
    o.shownEvents = int(std::floor(m_playhead));
    o.inFlight = m_playhead - o.shownEvents;
    o.future = m_future;
    const qint64 lastShown = o.shownEvents > 0 ? eventTime(m_trace.at(o.shownEvents - 1)) : 0;
    o.playheadUs = std::max(lastShown, m_playheadUs.value_or(0));
    o.palette = m_palette;
    o.font = diagramFont();
    o.stepStarts = m_stepStarts;
    o.selected = m_selected;
    o.hovered = m_hovered;
    return o;
}

void SequenceView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    SequenceRenderer::paint(painter, m_layout, m_trace, renderOptions(QRectF(offset, QSizeF(viewport()->size()))));
}

void SequenceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int width = viewport()->width();
    const bool shrink = m_fitFactor > 1.0 && m_layout.neededWidth() > width;
    const bool grow = m_fitFactor < m_textFactor && m_preferredWidth <= width;
    if (shrink || grow)
        rebuildLayout();
    m_layout.setWidth(width);
    updateScrollBars();
    if (m_follow)
        ensurePlayheadVisible();
}

void SequenceView::updateMetrics()
{
    // Notes are measured as they are laid out: another font or language lays them out again.
    rebuildLayout();
    updateScrollBars();
    viewport()->update();
}

void SequenceView::updateScrollBars()
{
    const QSize size = viewport()->size();
    verticalScrollBar()->setPageStep(size.height());
    verticalScrollBar()->setSingleStep(int(m_layout.metrics().rowHeight));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.totalHeight())) - size.height()));
    horizontalScrollBar()->setPageStep(size.width());
    horizontalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.width())) - size.width()));
}

QPointF SequenceView::toLayout(QPointF viewportPoint) const
{
    return viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void SequenceView::scrollToY(double y, double atFraction)
{
    verticalScrollBar()->setValue(int(y - viewport()->height() * atFraction));
}

void SequenceView::ensurePlayheadVisible()
{
    const double y = m_layout.playheadY(m_playhead);
    const int top = verticalScrollBar()->value();
    const int height = viewport()->height();
    const double header = m_layout.contentTop();
    const double margin = m_layout.metrics().rowHeight * 2;
    // The current step from its first row: the header is sticky and covers what lies under it.
    double stepTop = y;
    for (const auto &[event, number] : std::as_const(m_stepStarts)) {
        if (event >= m_playhead || event >= m_layout.eventCount())
            break;
        stepTop = m_layout.rowTop(m_layout.rowOf(event));
    }
    const double overflow = y - (top + height - margin);
    if (overflow > 0) {
        // While an arrow crosses, glide along with it, but never past the step's first row.
        const double limit = stepTop - header;
        double target = overflow < height / 2.0 ? std::ceil(top + overflow) : y - height * 0.7;
        if (y - limit <= height - margin)
            target = std::min(target, limit);
        verticalScrollBar()->setValue(int(target));
    } else if (stepTop < top + header) {
        verticalScrollBar()->setValue(int(stepTop - header));
    }
}

void SequenceView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Zoom about the cursor: what is under it stays under it.
    const QPointF pos = event->position();
    const double header = m_layout.contentTop();
    const double unzoomed = (toLayout(pos).y() - header) / m_layout.zoom();
    setZoom(m_layout.zoom() * std::pow(1.15, event->angleDelta().y() / 120.0));
    verticalScrollBar()->setValue(int(header + unzoomed * m_layout.zoom() - pos.y()));
    event->accept();
}

void SequenceView::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+= / Ctrl+- / Ctrl+0 belong to the window's View menu: they scale every text, this
    // diagram's with it. Ctrl+wheel here stretches the time axis alone.
    QAbstractScrollArea::keyPressEvent(event);
}

void SequenceView::mousePressEvent(QMouseEvent *event)
{
    const int index = m_layout.eventAt(toLayout(event->position()));
    const bool reachable = index >= 0 && (index < std::ceil(m_playhead) || m_future == RenderOptions::Future::Faint);
    if (event->button() != Qt::LeftButton || !reachable) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_selected = index;
    viewport()->update();
    Q_EMIT eventClicked(index);
}

void SequenceView::mouseMoveEvent(QMouseEvent *event)
{
    const int index = m_layout.eventAt(toLayout(event->position()));
    const bool reachable = index >= 0 && (index < std::ceil(m_playhead) || m_future == RenderOptions::Future::Faint);
    setHovered(reachable ? index : -1);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SequenceView::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QAbstractScrollArea::leaveEvent(event);
}

void SequenceView::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    viewport()->update();
}

bool SequenceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-static-cast-downcast): type() says it is one (Qt's idiom)
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = m_layout.eventAt(toLayout(help->pos()));
        const bool reachable = index >= 0 && (index < std::ceil(m_playhead) || m_future == RenderOptions::Future::Faint);
        if (reachable)
            QToolTip::showText(help->globalPos(), eventDetails(m_trace.at(index)), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        if (m_systemPalette)
            m_palette = systemPalette(palette());
        viewport()->update();
        break;
    case QEvent::FontChange:
    case QEvent::LanguageChange:
        // Every text is made at paint time in the current language; the glyphs of another script
        // may come from a fallback font, so the sizes are measured again too.
        updateMetrics();
        break;
    default: break;
    }
    QAbstractScrollArea::changeEvent(event);
}

QString SequenceView::eventDetails(const TraceEvent &event)
{
    return eventDetailsHtml(event);
}

} // namespace FinAck
