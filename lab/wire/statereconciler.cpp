// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "wire/statereconciler.h"

#include <algorithm>

namespace FinAck {

void StateReconciler::reset()
{
    m_deriver.reset();
    m_segments.clear();
    m_newObserved.clear();
    m_observed.clear();
}

void StateReconciler::addSegment(const Segment &segment)
{
    m_segments << segment;
}

void StateReconciler::addObservation(const StateChange &observed)
{
    m_newObserved << observed;
    m_observed << observed;
}

bool StateReconciler::observedDuring(Actor actor, qint64 fromUs, qint64 toUs, TcpState state, bool same) const
{
    return std::any_of(m_observed.cbegin(), m_observed.cend(), [&](const StateChange &o) {
        return o.actor == actor && o.tUs >= fromUs && o.tUs <= toUs && (o.state == state) == same;
    });
}

QList<StateChange> StateReconciler::takeDerived(qint64 nowUs)
{
    // Replay in time order. A poll stamps an observation after the change it saw, so on equal
    // times the segment goes first.
    std::stable_sort(m_segments.begin(), m_segments.end(), [](const Segment &a, const Segment &b) { return a.tUs < b.tUs; });
    // A CLOSED is added when a later poll confirms it, with the time it was first seen.
    std::stable_sort(m_newObserved.begin(), m_newObserved.end(), [](const StateChange &a, const StateChange &b) { return a.tUs < b.tUs; });
    QList<StateDeriver::Transition> transitions;
    qsizetype o = 0;
    for (const Segment &s : std::as_const(m_segments)) {
        while (o < m_newObserved.size() && m_newObserved[o].tUs < s.tUs) {
            m_deriver.observe(m_newObserved[o].actor, m_newObserved[o].state);
            ++o;
        }
        transitions << m_deriver.feed(s);
    }
    for (; o < m_newObserved.size(); ++o)
        m_deriver.observe(m_newObserved[o].actor, m_newObserved[o].state);
    m_segments.clear();
    m_newObserved.clear();

    QList<StateChange> derived;
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const StateDeriver::Transition &t = transitions.at(i);
        qint64 until = nowUs;
        for (qsizetype j = i + 1; j < transitions.size(); ++j) {
            if (transitions.at(j).actor == t.actor) {
                until = transitions.at(j).tUs;
                break;
            }
        }
        // Seen by polling already (a poll lands a little after the change it saw).
        if (observedDuring(t.actor, t.tUs - m_slackUs, until + m_slackUs, t.state, true))
            continue;
        // Polled while it should have lasted, and the kernel said otherwise: the segments did not
        // tell the whole story (a FIN still queued, say); the kernel is right.
        if (until - t.tUs > 2 * m_slackUs && observedDuring(t.actor, t.tUs + m_slackUs, until - m_slackUs, t.state, false))
            continue;
        StateChange s;
        s.tUs = t.tUs;
        s.actor = t.actor;
        s.state = t.state;
        s.source = StateSource::Derived;
        derived << s;
    }
    return derived;
}

} // namespace FinAck
