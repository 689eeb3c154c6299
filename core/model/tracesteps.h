// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QList>
#include <QString>
#include <optional>

namespace FinAck {

// How a trace divides into scenario steps, shared by Playback (where Step and Back stop) and the
// exports (a slide of "steps 3–6"), so both mean the same events by the same step.
//
// A step's events run from its first call, note or signal (the events carrying its `step`) up to
// the next step's first one, including the segments and states recorded in between. What comes
// before the first tagged event (the sockets' initial states) belongs to the first step.
struct TraceSteps {
    QList<int> eventStep;  // per event: its step's `step` number (0-based), -1 in a trace without steps
    QList<int> boundaries; // 0, each later step's first event, and size(): where Step stops
    QList<int> numbers;    // the distinct step numbers, in order
};

TraceSteps traceSteps(const Trace &trace);

// The one numbering of steps a person reads, everywhere (docs/steps.md): a step's place in the
// scenario, setup steps included, counted from 1. `step` is the 0-based `step` events carry.
inline int stepNumber(int step)
{
    return step + 1;
}

// Steps as a person counts them, inclusive, "3-6": stepNumber()s, the numbers of the diagram's
// step gutter (setup steps included, from 1).
struct StepRange {
    int first = 1;
    int last = 1;
    bool operator==(const StepRange &) const = default;
};

// The first and the last stepNumber() among the trace's steps, as its gutter shows them; nullopt
// for a trace without steps. A run's trace starts at 1; a part exported on its own keeps its numbers.
std::optional<StepRange> stepSpan(const Trace &trace);

// The longest run of steps from the trace's first whose events number at most `maxEvents`, for an
// export too large to make whole; nullopt for a trace without steps, or whose first step alone
// has more.
std::optional<StepRange> leadingSteps(const Trace &trace, int maxEvents);

// "3-6", "4" (one step) or "2-" (to the end); nullopt and a reason for anything else.
std::optional<StepRange> parseStepRange(const QString &text, QString *error = nullptr);

// The events of the steps numbered first to last (stepNumber()) as a trace of their own, for an export of part of a run. The
// state each side was in when the range starts is carried in at the range's first event, its
// timer shortened by the time that had passed, so the diagram's bands start where the run stood
// rather than blank. nullopt and a reason when the trace has no such steps.
std::optional<Trace> sliceSteps(const Trace &trace, const StepRange &range, QString *error = nullptr);

} // namespace FinAck
