// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampalette.h"
#include "diagram/sequencelayout.h"
#include "diagram/sequencerenderer.h"

#include <QAbstractScrollArea>
#include <QVariantAnimation>

namespace FinAck {

class Playback;

// The sequence diagram as a widget: a scroll area over SequenceLayout, painted by
// SequenceRenderer. It animates the playhead (Playback's position: events [0, position) shown)
// so that each arrow visibly crosses from sender to receiver, zooms with Ctrl+wheel, and tells
// the panels which event was clicked. It never runs anything: the trace comes from outside.
class SequenceView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_PROPERTY(double playhead READ playhead WRITE setPlayhead NOTIFY playheadChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed)
    Q_PROPERTY(bool followPlayhead READ followsPlayhead WRITE setFollowPlayhead)
public:
    // At speed 1: how long an arrow takes to cross, and how long anything else takes to appear.
    static constexpr int kSegmentMs = 400;
    static constexpr int kOtherEventMs = 120;
    // A long jump is compressed to this, so "run to the end" does not keep the user waiting.
    static constexpr int kLongestAnimationMs = 3000;

    explicit SequenceView(QWidget *parent = nullptr);

    void setTrace(const Trace &trace);
    const Trace &trace() const { return m_trace; }
    const SequenceLayout &layout() const { return m_layout; }

    double playhead() const { return m_playhead; }
    bool isAnimating() const { return m_animation.state() == QAbstractAnimation::Running; }
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    double zoom() const { return m_layout.zoom(); }
    Spacing spacing() const { return m_layout.spacing(); }
    bool followsPlayhead() const { return m_follow; }
    void setFollowPlayhead(bool follow) { m_follow = follow; }
    int selectedEvent() const { return m_selected; }
    int hoveredEvent() const { return m_hovered; }
    // Events after the playhead: hidden (no spoilers, the default) or faint.
    void setFutureStyle(RenderOptions::Future future);
    // Replaces the palette that follows the system's light or dark scheme; forPalette(palette())
    // again follows the system.
    void setDiagramPalette(const DiagramPalette &palette);
    void followSystemPalette();
    const DiagramPalette &diagramPalette() const { return m_palette; }

    // The diagram's text is this much larger than the widget's font (the window's, which its text
    // zoom scales): 1.15 normally, to read from the back of a lecture hall; 1 in presentation,
    // where the window's font is already large.
    // Where the diagram would need more width than it has, it gives up that extra size first
    // (down to the window's own text size) before it scrolls sideways.
    double textFactor() const { return m_textFactor; }
    void setTextFactor(double factor);
    QFont diagramFont() const { return fontAt(m_fitFactor); }
    // The width the diagram needs at its preferred text size: what the window arranges for.
    double preferredWidth() const { return m_preferredWidth; }
    // The scenario's "windows" claims by step position (windowsExpectations()), for the lines
    // under the calls; empty for none.
    void setWindowsExpected(const QHash<int, ExpectedCall> &windows);
    // Follows a playback: its record (traceChanged) and its playhead, animated (playheadChanged).
    // It must outlive the view or be replaced; nullptr stops following.
    void setPlayback(Playback *playback);
    // Where each step starts (event index) and its number as a person reads it (stepNumber()),
    // from the record: the step gutter, and the part of the diagram kept in view.
    const QList<std::pair<int, int>> &stepStarts() const { return m_stepStarts; }

    // What paint() is given for the part of the diagram in `rect` (layout coordinates); an
    // export passes the whole diagram.
    RenderOptions renderOptions(const QRectF &rect) const;
    // The full texts of one event, field by field, as the tooltip shows them.
    static QString eventDetails(const TraceEvent &event);

public Q_SLOTS:
    // One event as it streams in from the lab (relative time).
    void appendEvent(const FinAck::TraceEvent &event);
    // Jumps there at once (seek, step back, a test).
    void setPlayhead(double position);
    // Moves there smoothly: each arrow crosses in kSegmentMs / speed.
    void animatePlayheadTo(int position);
    // The time the playhead stands for (Playback::timeUs, or the wall clock of a live run), so
    // that TIME_WAIT counts down; by default the time of the last shown event.
    void setPlayheadTime(qint64 tUs);
    void setZoom(double zoom);
    void resetZoom() { setZoom(1.0); }
    void setSpacing(FinAck::Spacing spacing);
    void toggleSpacing();
    // Selects without emitting eventClicked (the panels already know), and scrolls it into view.
    void selectEvent(int index);

Q_SIGNALS:
    void playheadChanged(double position);
    // preferredWidth() changed: a longer label, another text size.
    void preferredWidthChanged(double width);
    void zoomChanged(double zoom);
    void eventClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    QPointF toLayout(QPointF viewportPoint) const;
    void scrollToY(double y, double atFraction);
    void ensurePlayheadVisible();
    void setHovered(int index);
    void onAnimationValue(const QVariant &value);
    int weightMs(int event) const;

    void rebuildLayout();
    void noteStep(int index);
    void recountSteps();
    QFont fontAt(double factor) const;
    LayoutMetrics fittedMetrics();
    void announcePreferredWidth();

    Trace m_trace;
    SequenceLayout m_layout;
    double m_textFactor = 1.15;
    double m_fitFactor = 1.15;
    double m_preferredWidth = 0;
    double m_announcedWidth = 0;
    QList<std::pair<int, int>> m_stepStarts;
    int m_lastStep = -1; // the `step` of the last event that carried one
    QList<QMetaObject::Connection> m_playbackConnections;
    DiagramPalette m_palette = DiagramPalette::light();
    bool m_systemPalette = true;
    RenderOptions::Future m_future = RenderOptions::Future::Hidden;
    double m_playhead = 0;
    std::optional<qint64> m_playheadUs;
    double m_speed = 1.0;
    bool m_follow = true;
    int m_selected = -1;
    int m_hovered = -1;
    QVariantAnimation m_animation;
    // The animation runs in milliseconds: when each event it crosses is done, from its start.
    double m_animationFrom = 0;
    int m_animationTo = 0;
    QList<double> m_animationEnds;
};

} // namespace FinAck
