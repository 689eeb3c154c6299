// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace FinAck {

// Which of the two traces being compared.
enum class CompareSide { Left, Right };

// What counts as a difference besides calls, segments and states.
struct CompareOptions {
    // A note is the scenario's commentary, not something the kernel did: two scenarios that do the
    // same thing with other words are the same run. On: differing notes are listed too.
    bool notes = false;
    // Zero-window and keep-alive probes, and the answers that only repeat a zero window, are sent
    // by the persist and keep-alive timers: which step they fall in depends on how long the steps
    // took. On: counted like any segment. Off: left out of the segments compared (finack run
    // --repeat, where one slow step on a loaded machine moved closing-state's probe a step earlier).
    bool timerProbes = true;
    bool operator==(const CompareOptions &) const = default;
};

// A half-open range of event indices into one trace.
struct EventRange {
    int begin = 0;
    int end = 0;
    bool isEmpty() const { return end <= begin; }
    bool contains(int event) const { return event >= begin && event < end; }
    bool operator==(const EventRange &) const = default;
};

// One scenario step as each trace recorded it, as traceSteps() (tracesteps.h) divides them — the
// steps Playback stops at. A step only one trace has is empty on the other side.
struct AlignedStep {
    int number = -1; // the events' `step` (0-based); -1: the whole trace (a capture has no steps)
    EventRange left;
    EventRange right;
    const EventRange &range(CompareSide side) const { return side == CompareSide::Left ? left : right; }
    bool operator==(const AlignedStep &) const = default;
};

// One thing that differs between the two traces. It keeps the facts rather than a sentence, so
// that TraceComparisonText (text/tracecomparisontext.h) speaks the language in use when asked.
struct TraceDifference {
    enum class Kind {
        Platform,       // where and how the runs were recorded (field, leftValue, rightValue)
        MissingStep,    // the step ran in one trace only (present)
        Call,           // a call's name, result, errno or timeout (leftCall, rightCall; either may be absent)
        Segments,       // the steps' direction + flags sequences (leftSegments, rightSegments)
        SegmentDropped, // the same segment, dropped in one trace only (leftSegments[0], rightSegments[0])
        SegmentSource,  // the same segments, captured in one trace and inferred in the other
        States,         // one side's state changes during the step (leftStates, rightStates, *Before)
        FinalState,     // the state one side ends the run in (leftStates[0], rightStates[0])
        Note,           // the step's notes (only with CompareOptions::notes)
    };
    enum class Field { Os, Kernel, Network, Segments, ClientApi };

    Kind kind = Kind::Call;
    int row = -1;  // index into TraceComparison::steps(); -1: the whole run (platform)
    int step = -1; // that row's step number, -1 for none
    Actor actor = Actor::Client;
    // The events to point at in each trace, in order.
    QList<int> leftEvents;
    QList<int> rightEvents;

    Field field = Field::Os;
    QString leftValue; // Platform: the values as the trace file has them ("private", "qt")
    QString rightValue;
    CompareSide present = CompareSide::Left; // MissingStep
    QList<CallRecord> presentCalls;          // MissingStep: the calls the step made there
    std::optional<CallRecord> leftCall;
    std::optional<CallRecord> rightCall;
    QList<Segment> leftSegments;
    QList<Segment> rightSegments;
    QList<TcpState> leftStates; // States: the changes; FinalState: the one state
    QList<TcpState> rightStates;
    std::optional<TcpState> leftBefore; // States: where the side stood when the step began
    std::optional<TcpState> rightBefore;
    QStringList leftNotes;
    QStringList rightNotes;

    const QList<int> &events(CompareSide side) const { return side == CompareSide::Left ? leftEvents : rightEvents; }
    bool operator==(const TraceDifference &) const = default;
};

// Two traces side by side, aligned by step, and everything that differs between them: the calls
// (name, result, errno, timeout), the segments (who sent which flags, dropped, captured or
// inferred), each side's states (the changes in each step, and the state it ends in), and where
// the runs were recorded (system, kernel, network, capture, client API). Times, sequence numbers,
// windows, queue sizes and descriptor numbers are the noise of any two runs and never differ.
//
// Steps align by their number: scenario step k of one trace faces step k of the other, whatever
// the scenarios, so "close" against "shutdown, then drain" shows where the second goes on. A
// trace without steps (a capture file) is compared whole.
class TraceComparison
{
public:
    TraceComparison() = default;
    TraceComparison(const Trace &left, const Trace &right, const CompareOptions &options = {});

    const QList<AlignedStep> &steps() const { return m_steps; }
    // The platform's first, then step by step, in each step calls, segments, states, notes.
    const QList<TraceDifference> &differences() const { return m_differences; }
    const CompareOptions &options() const { return m_options; }

    // Differences other than the platform's, and the rows they are in.
    int stepDifferenceCount() const;
    int differingStepCount() const;
    bool isIdentical() const { return stepDifferenceCount() == 0; }

    // The row an event is in, -1 for none.
    int rowOfEvent(CompareSide side, int event) const;
    // Indices into differences() that point at the event.
    QList<int> differencesAt(CompareSide side, int event) const;
    // Every event some difference points at, sorted: what a view highlights.
    QList<int> differingEvents(CompareSide side) const;

private:
    void align(const Trace &left, const Trace &right);
    void comparePlatform(const TracePlatform &left, const TracePlatform &right);
    void compareCalls(int row, const Trace &left, const Trace &right);
    void compareSegments(int row, const Trace &left, const Trace &right);
    void compareNotes(int row, const Trace &left, const Trace &right);
    void compareStates(const Trace &left, const Trace &right);
    void add(TraceDifference difference, int row);

    CompareOptions m_options;
    QSet<int> m_leftProbes; // timer probes and their answers, when the options leave them out
    QSet<int> m_rightProbes;
    QList<AlignedStep> m_steps;
    QList<TraceDifference> m_differences;
    int m_leftSize = 0;
    int m_rightSize = 0;
};

} // namespace FinAck
