// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/trace.h"

#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace FinAck {

namespace {

void setEventTime(TraceEvent &event, qint64 tUs)
{
    std::visit([tUs](auto &e) { e.tUs = tUs; }, event);
}

template<typename T> QList<T> eventsOfType(const QList<TraceEvent> &events, auto &&keep)
{
    QList<T> out;
    for (const TraceEvent &event : events) {
        if (const T *e = std::get_if<T>(&event); e && keep(*e))
            out.append(*e);
    }
    return out;
}

} // namespace

const QString &Trace::endpoint(Actor actor) const
{
    return actor == Actor::Client ? m_clientEndpoint : m_serverEndpoint;
}

void Trace::setEndpoint(Actor actor, const QString &endpoint)
{
    (actor == Actor::Client ? m_clientEndpoint : m_serverEndpoint) = endpoint;
}

void Trace::append(TraceEvent event)
{
    // The file has no negative times. An event "before" the origin only happens when the wall
    // clock is stepped backwards (NTP) during a run; pinning it to the start keeps it in order.
    const qint64 absolute = eventTime(event);
    qint64 relative = 0;
    if (absolute > m_originUs && qSubOverflow(absolute, m_originUs, &relative))
        relative = std::numeric_limits<qint64>::max();
    setEventTime(event, relative);
    appendRelative(std::move(event));
}

void Trace::appendRelative(TraceEvent event)
{
    const qint64 t = std::max<qint64>(eventTime(event), 0);
    setEventTime(event, t);
    m_timeline.add(t, eventPausedUs(event));
    // Recorders mostly deliver in time order; only a capture or a probe lagging behind a call
    // lands in the past. upper_bound keeps events with equal times in arrival order.
    if (m_events.isEmpty() || eventTime(m_events.constLast()) <= t) {
        m_events.append(std::move(event));
        return;
    }
    const auto at = std::upper_bound(m_events.cbegin(), m_events.cend(), t,
                                     [](qint64 time, const TraceEvent &e) { return time < eventTime(e); });
    m_events.insert(at - m_events.cbegin(), std::move(event));
}

qint64 Trace::durationUs() const
{
    qint64 end = 0;
    for (const TraceEvent &event : m_events) {
        qint64 t = eventTime(event);
        if (const auto *call = std::get_if<CallRecord>(&event)) {
            if (qAddOverflow(t, call->durationUs, &t))
                t = std::numeric_limits<qint64>::max();
        }
        end = std::max(end, t);
    }
    return end;
}

QList<CallRecord> Trace::calls(Actor actor) const
{
    return eventsOfType<CallRecord>(m_events, [actor](const CallRecord &c) { return c.actor == actor; });
}

QList<Segment> Trace::segments() const
{
    return eventsOfType<Segment>(m_events, [](const Segment &) { return true; });
}

QList<StateChange> Trace::states(Actor actor) const
{
    return eventsOfType<StateChange>(m_events, [actor](const StateChange &s) { return s.actor == actor; });
}

QList<Note> Trace::notes() const
{
    return eventsOfType<Note>(m_events, [](const Note &) { return true; });
}

QList<SignalRecord> Trace::signalRecords(Actor actor) const
{
    return eventsOfType<SignalRecord>(m_events, [actor](const SignalRecord &s) { return s.actor == actor; });
}

} // namespace FinAck
