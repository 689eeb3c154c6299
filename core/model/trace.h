// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/actor.h"
#include "model/labtimeline.h"
#include "model/traceevent.h"

#include <QList>
#include <QString>

namespace FinAck {

// Where and how a run was recorded, so a replay on another machine can say so.
struct TracePlatform {
    QString os;      // "Linux"
    QString kernel;  // uname release, "6.1.0-18-amd64"
    QString network; // "host" (host loopback) or "private" (the lab's own namespace)
    SegmentSource segments = SegmentSource::Captured;
    QString captureError;                        // why capture was not possible, when segments are inferred
    QString clientApi = QStringLiteral("posix"); // what the client's calls went through: "posix" or "qt" (QTcpSocket)
    bool operator==(const TracePlatform &) const = default;
};

// The record of one run: metadata plus every event, ordered by time. A plain value: copy it,
// compare it, save it (tracejson.h). Times inside are microseconds relative to originUs(), the
// "t_us" of the file; append() takes the absolute wall-clock times the recorders produce.
class Trace
{
public:
    const QString &scenarioId() const { return m_scenarioId; }
    void setScenarioId(const QString &id) { m_scenarioId = id; }
    const QString &scenarioTitle() const { return m_scenarioTitle; }
    void setScenarioTitle(const QString &title) { m_scenarioTitle = title; }
    const TracePlatform &platform() const { return m_platform; }
    void setPlatform(const TracePlatform &platform) { m_platform = platform; }

    // "127.0.0.1:PORT" of each side's socket.
    const QString &endpoint(Actor actor) const;
    void setEndpoint(Actor actor, const QString &endpoint);

    // Absolute wall-clock µs (clock.h) that t_us = 0 stands for. Set it before the first append:
    // events already stored keep the times they were given.
    qint64 originUs() const { return m_originUs; }
    void setOriginUs(qint64 originUs) { m_originUs = originUs; }

    // Takes an event stamped with ABSOLUTE wall-clock µs and stores it relative to originUs().
    void append(TraceEvent event);
    // Takes an event already relative to originUs() (a loaded file, the lab's event stream).
    void appendRelative(TraceEvent event);

    const QList<TraceEvent> &events() const { return m_events; }
    const TraceEvent &at(int index) const { return m_events.at(index); }
    int size() const { return int(m_events.size()); }
    bool isEmpty() const { return m_events.isEmpty(); }

    // Relative time by which everything recorded has happened: the last event, or the end of a
    // call that blocked past it.
    qint64 durationUs() const;

    // A relative time with the lab's waits for a step command taken out (labtimeline.h): what
    // tables and true-time spacing show, so that a run stepped by hand reads like `finack run`.
    qint64 labTimeUs(qint64 tUs) const { return m_timeline.labTimeUs(tUs); }
    // Those waits, from the events that carry them (eventPausedUs); empty for a run done back to back.
    const LabTimeline &labTimeline() const { return m_timeline; }

    QList<CallRecord> calls(Actor actor) const;
    QList<Segment> segments() const;
    QList<StateChange> states(Actor actor) const;
    QList<Note> notes() const;
    QList<SignalRecord> signalRecords(Actor actor) const;

    bool operator==(const Trace &) const = default;

private:
    QString m_scenarioId;
    QString m_scenarioTitle;
    TracePlatform m_platform;
    QString m_clientEndpoint;
    QString m_serverEndpoint;
    qint64 m_originUs = 0;
    QList<TraceEvent> m_events;
    LabTimeline m_timeline; // follows m_events
};

} // namespace FinAck
