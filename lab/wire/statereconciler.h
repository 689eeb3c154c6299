// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/statederiver.h"
#include "model/traceevent.h"

#include <QList>

namespace FinAck {

// Merges the two ways FinAck learns a side's state. Observed states (polled from the kernel) are
// the truth but miss what lasts microseconds; the state machine over the segments sees those
// but cannot know everything the kernel knows (a FIN queued behind data that a zero window holds
// back is not on the wire yet). So the segments and the observations since the last call are
// replayed in time order: each observation corrects the machine's idea of that side, and a
// derived state is kept only when polling could not have seen it - no observation fell inside
// its lifetime, neither confirming nor contradicting it.
class StateReconciler
{
public:
    explicit StateReconciler(qint64 pollSlackUs = 6000)
        : m_slackUs(pollSlackUs)
    {
    }

    void reset();
    void addSegment(const Segment &segment);
    void addObservation(const StateChange &observed);
    // Everything added since the last call, replayed; returns the derived states worth recording.
    QList<StateChange> takeDerived(qint64 nowUs);

private:
    bool observedDuring(Actor actor, qint64 fromUs, qint64 toUs, TcpState state, bool same) const;

    qint64 m_slackUs;
    StateDeriver m_deriver;
    QList<Segment> m_segments;        // not yet replayed
    QList<StateChange> m_newObserved; // not yet replayed
    QList<StateChange> m_observed;    // all, for the checks
};

} // namespace FinAck
