// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/playback.h"

#include "model/tracesteps.h"

#include <algorithm>

namespace FinAck {

Playback::Playback(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Playback::tick);
}

void Playback::setTrace(const Trace &trace)
{
    const bool follow = m_waiting && m_position == m_trace.size();
    m_trace = trace;
    rebuildSteps();
    m_position = follow ? m_trace.size() : std::min(m_position, m_trace.size());
    Q_EMIT traceChanged();
    publish();
}

void Playback::appendEvents(const QList<TraceEvent> &events)
{
    if (events.isEmpty())
        return;
    // Waiting at the end for the step we asked for: its events are what the user wants to see.
    const bool follow = m_waiting && m_position == m_trace.size();
    int position = m_position;
    for (const TraceEvent &event : events) {
        // Where Trace::appendRelative will put it: after every event at the same time or earlier.
        const qint64 t = std::max<qint64>(eventTime(event), 0);
        const auto &all = m_trace.events();
        const auto at = std::upper_bound(all.cbegin(), all.cend(), t, [](qint64 time, const TraceEvent &e) { return time < eventTime(e); });
        if (at - all.cbegin() < position)
            ++position;
        m_trace.appendRelative(event);
    }
    rebuildSteps();
    m_position = follow ? m_trace.size() : position;
    Q_EMIT traceChanged();
    publish();
}

void Playback::setRunFinished(bool done)
{
    const bool was = m_runFinished;
    m_runFinished = done;
    if (!done)
        return;
    stepRecorded(); // nothing more is coming for a step we may still be waiting for
    if (!was && isAtEnd() && !m_trace.isEmpty())
        Q_EMIT finished();
}

qint64 Playback::timeUs() const
{
    return m_position > 0 ? eventTime(m_trace.at(m_position - 1)) : 0;
}

int Playback::stepOfEvent(int index) const
{
    return index >= 0 && index < m_eventStep.size() ? m_eventStep.at(index) : -1;
}

QList<int> Playback::stepBoundaries() const
{
    return m_boundaries;
}

void Playback::rebuildSteps()
{
    TraceSteps steps = traceSteps(m_trace);
    m_eventStep = std::move(steps.eventStep);
    m_boundaries = std::move(steps.boundaries);
}

void Playback::moveTo(int position)
{
    m_position = std::clamp(position, 0, int(m_trace.size()));
    publish();
}

// Listeners of traceChanged() read position() already updated; the signals about the playhead
// go out only for what really changed since they were last sent.
void Playback::publish()
{
    const qint64 t = timeUs();
    const bool moved = m_position != m_lastPosition;
    if (moved || t != m_lastTimeUs) {
        m_lastPosition = m_position;
        m_lastTimeUs = t;
        Q_EMIT playheadChanged(m_position, t);
    }
    const int s = currentStep();
    if (s != m_lastStep) {
        m_lastStep = s;
        Q_EMIT stepChanged(s);
    }
    if (moved && isAtEnd() && m_runFinished && !m_trace.isEmpty())
        Q_EMIT finished();
}

void Playback::setPlaying(bool playing)
{
    if (!playing)
        m_timer.stop();
    if (playing == m_playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

void Playback::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    // A rest already under way takes the new pace for what is left of it.
    if (m_timer.isActive())
        m_timer.start(int(std::max<qint64>(0, restMsAfter(m_position) - m_restClock.elapsed())));
    Q_EMIT speedChanged(speed);
}

void Playback::setPace(int stepMs, int segmentMs)
{
    m_stepMs = std::max(0, stepMs);
    m_segmentMs = std::max(0, segmentMs);
}

int Playback::restMsAfter(int position) const
{
    const auto end = std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), position);
    const int from = end == m_boundaries.cbegin() ? 0 : *(end - 1);
    int segments = 0;
    for (int i = from; i < std::min(position, int(m_trace.size())); ++i)
        segments += std::holds_alternative<Segment>(m_trace.at(i)) ? 1 : 0;
    return int((m_stepMs + m_segmentMs * segments) / m_speed);
}

int Playback::segmentAnimationMs() const
{
    return int(m_segmentMs / m_speed);
}

void Playback::step()
{
    setPlaying(false);
    if (!isAtEnd())
        moveTo(*std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), m_position));
    else if (!m_runFinished)
        requestNextStep();
}

void Playback::back()
{
    setPlaying(false);
    const auto at = std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), m_position);
    moveTo(at == m_boundaries.cbegin() ? 0 : *(at - 1));
}

void Playback::play()
{
    if (m_playing)
        return;
    if (isAtEnd() && m_runFinished && !m_trace.isEmpty())
        moveTo(0); // like a player at the end of a film: play means from the beginning
    setPlaying(true);
    tick();
}

void Playback::pause()
{
    setPlaying(false);
}

void Playback::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void Playback::seek(int position)
{
    setPlaying(false);
    moveTo(position);
}

void Playback::restart()
{
    setPlaying(false);
    m_waiting = false;
    m_runFinished = false;
    Trace fresh;
    fresh.setScenarioId(m_trace.scenarioId());
    fresh.setScenarioTitle(m_trace.scenarioTitle());
    m_trace = fresh;
    rebuildSteps();
    m_position = 0;
    Q_EMIT traceChanged();
    publish();
    Q_EMIT restartRequested();
}

void Playback::stepRecorded()
{
    m_waiting = false;
    if (m_playing && !m_timer.isActive()) {
        m_restClock.start();
        m_timer.start(restMsAfter(m_position));
    }
}

void Playback::tick()
{
    if (!m_playing)
        return;
    if (!isAtEnd()) {
        moveTo(*std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), m_position));
        m_restClock.start();
        m_timer.start(restMsAfter(m_position));
        return;
    }
    if (m_runFinished) {
        setPlaying(false); // finished() went out when the playhead got here
        return;
    }
    requestNextStep(); // play goes on from stepRecorded()
}

void Playback::requestNextStep()
{
    if (m_waiting)
        return;
    m_waiting = true;
    Q_EMIT needNextStep();
}

} // namespace FinAck
