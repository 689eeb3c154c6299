// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace FinAck {

// The playhead over a trace that grows while the lab runs. The kernel finishes a close in
// microseconds; Playback replays the record at a pace a person can follow, one scenario step at
// a time, and asks for the next step to be run when the record is used up.
//
// The playhead is a position: events [0, position()) are shown, so 0 shows nothing and size()
// shows everything; timeUs() is the time of the last shown event. Step and Back move between step
// boundaries: a step's events run from its first call or note (the events carrying its `step`)
// up to the next step's first one, including the segments and states recorded in between. What
// comes before the first step (the sockets' initial states) belongs to the first step.
//
// The Session (ui/session.h) wires it to the lab: LabClient::eventReceived -> appendEvents(),
// LabClient::stepFinished -> stepRecorded(), LabClient::finished -> setRunFinished(true),
// restartRequested() -> the scenario loaded into the lab afresh; the window's PredictController
// answers needNextStep() with LabClient::step(). A saved trace replays with setTrace() and
// setRunFinished(true): Back and seek never re-run sockets.
class Playback : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 4.0;
    // At 1×: how long play rests on a step, plus how long each of its segments gets for its arrow
    // to be drawn across, so a step with a whole handshake is not rushed.
    static constexpr int kDefaultStepMs = 1200;
    static constexpr int kDefaultSegmentMs = 450;

    explicit Playback(QObject *parent = nullptr);

    const Trace &trace() const { return m_trace; }
    // Replaces the record (a loaded file, or the lab's trace wholesale). The playhead keeps its
    // position, clamped to the new size.
    void setTrace(const Trace &trace);
    // Adds events with relative times as they stream in. An event that lands before the playhead
    // (a capture lagging behind a call) is shown at once, so what was on screen stays on screen.
    void appendEvents(const QList<TraceEvent> &events);
    void appendEvent(const TraceEvent &event) { appendEvents({event}); }

    // No step is left to run: at the end, play emits finished() instead of needNextStep().
    bool isRunFinished() const { return m_runFinished; }
    void setRunFinished(bool done);
    // needNextStep() was emitted and the lab has not said the step settled yet.
    bool isWaitingForStep() const { return m_waiting; }

    int position() const { return m_position; }
    qint64 timeUs() const;
    bool isAtEnd() const { return m_position >= m_trace.size(); }
    // The `step` of the step the last shown event belongs to, -1 before the first one.
    int currentStep() const { return m_position > 0 ? stepOfEvent(m_position - 1) : -1; }
    int stepOfEvent(int index) const;
    // Where Step and Back can stop: 0, each later step's first event, and size().
    QList<int> stepBoundaries() const;

    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    // Clamped to [kMinSpeed, kMaxSpeed].
    void setSpeed(double speed);
    // The pace at 1×; tests shorten it.
    void setPace(int stepMs, int segmentMs);
    // How long play rests after showing the step that ends at `position`, at the current speed.
    int restMsAfter(int position) const;
    // How long one arrow has to cross, at the current speed; the view animates with it.
    int segmentAnimationMs() const;

public Q_SLOTS:
    // Step, Back and seek are the user taking over: they pause play. Step at the end of the
    // record asks for the next step (needNextStep) and follows its events as they arrive.
    void step();
    void back();
    void play();
    void pause();
    void togglePlay();
    // Clamped to [0, size()].
    void seek(int position);
    // Stops, clears the record (keeping the scenario's id and title) and asks for a fresh run.
    void restart();
    // The step asked for has settled (LabClient::stepFinished); play goes on after a rest.
    void stepRecorded();

Q_SIGNALS:
    void playheadChanged(int position, qint64 tUs);
    void playingChanged(bool playing);
    void stepChanged(int step);
    void speedChanged(double speed);
    // The record changed; position() is already the playhead's new place (playheadChanged follows
    // when it moved), so a view can redo its rows once.
    void traceChanged();
    // The record is used up and the run is not over: the lab should run its next step.
    void needNextStep();
    void restartRequested();
    // The playhead reached the end of a finished run (or the run finished with the playhead there).
    void finished();

private:
    void rebuildSteps();
    void moveTo(int position);
    void publish();
    void setPlaying(bool playing);
    void tick();
    void requestNextStep();

    Trace m_trace;
    // Per event: the step it belongs to; and the boundaries Step/Back stop at.
    QList<int> m_eventStep;
    QList<int> m_boundaries;
    int m_position = 0;
    int m_lastPosition = 0;
    int m_lastStep = -1;
    qint64 m_lastTimeUs = 0;
    bool m_playing = false;
    bool m_waiting = false;
    bool m_runFinished = false;
    double m_speed = 1.0;
    int m_stepMs = kDefaultStepMs;
    int m_segmentMs = kDefaultSegmentMs;
    QTimer m_timer;
    QElapsedTimer m_restClock;
};

} // namespace FinAck
