// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/tracesteps.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace FinAck {

namespace {

int stepTag(const TraceEvent &event)
{
    if (const auto *c = std::get_if<CallRecord>(&event))
        return c->step;
    if (const auto *n = std::get_if<Note>(&event))
        return n->step;
    if (const auto *s = std::get_if<SignalRecord>(&event))
        return s->step;
    return -1;
}

} // namespace

TraceSteps traceSteps(const Trace &trace)
{
    TraceSteps steps;
    steps.eventStep.reserve(trace.size());
    steps.boundaries = {0};
    int current = -1;
    int leading = 0; // events before the first tagged one take the first step's number
    for (int i = 0; i < trace.size(); ++i) {
        const int tag = stepTag(trace.at(i));
        // Step numbers only grow: a late note of an earlier step stays in the step it landed in.
        if (tag > current) {
            if (current < 0) {
                for (int j = 0; j < leading; ++j)
                    steps.eventStep[j] = tag;
            } else {
                steps.boundaries.append(i);
            }
            current = tag;
            steps.numbers.append(tag);
        }
        if (current < 0)
            ++leading;
        steps.eventStep.append(current);
    }
    if (steps.boundaries.constLast() != trace.size())
        steps.boundaries.append(trace.size());
    return steps;
}

std::optional<StepRange> leadingSteps(const Trace &trace, int maxEvents)
{
    const TraceSteps steps = traceSteps(trace);
    qsizetype taken = 0; // steps.boundaries.at(taken) is where the next step would start
    while (taken < steps.numbers.size() && steps.boundaries.at(taken + 1) <= maxEvents)
        ++taken;
    if (taken == 0)
        return std::nullopt;
    return StepRange{stepNumber(steps.numbers.constFirst()), stepNumber(steps.numbers.at(taken - 1))};
}

std::optional<StepRange> parseStepRange(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,6})\s*(?:(-)\s*(\d{1,6})?)?\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate("FinAck::TraceSteps",
                                                 "--steps: expected a range of step numbers such as 3-6, 4 or 2-, got \"%1\"")
                         .arg(text);
        return std::nullopt;
    }
    StepRange range;
    range.first = match.captured(1).toInt();
    const bool open = !match.captured(2).isEmpty() && match.captured(3).isEmpty();
    range.last = open ? std::numeric_limits<int>::max() : match.captured(3).isEmpty() ? range.first : match.captured(3).toInt();
    if (range.first < 1 || range.last < range.first) {
        if (error)
            *error = QCoreApplication::translate("FinAck::TraceSteps",
                                                 "--steps: steps count from 1 and the range must not run backwards, got \"%1\"")
                         .arg(text);
        return std::nullopt;
    }
    return range;
}

std::optional<StepRange> stepSpan(const Trace &trace)
{
    const TraceSteps steps = traceSteps(trace);
    if (steps.numbers.isEmpty())
        return std::nullopt;
    return StepRange{stepNumber(steps.numbers.constFirst()), stepNumber(steps.numbers.constLast())};
}

std::optional<Trace> sliceSteps(const Trace &trace, const StepRange &range, QString *error)
{
    const TraceSteps steps = traceSteps(trace);
    if (steps.numbers.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("FinAck::TraceSteps",
                                                 "--steps: this trace has no scenario steps (a capture file has none); export it whole");
        return std::nullopt;
    }
    // By number, not by place in the trace: "3-6" is the rows marked 3 to 6 in the gutter, also
    // in a trace that starts at step 3 or has a step without events of its own.
    const int count = int(steps.numbers.size());
    int from = 0;
    while (from < count && stepNumber(steps.numbers.at(from)) < range.first)
        ++from;
    int to = from;
    while (to < count && stepNumber(steps.numbers.at(to)) <= range.last)
        ++to;
    if (from == to) {
        if (error)
            //: %1 and %2 the trace's first and last step numbers (as in the diagram's step gutter), %3 the first step asked for
            *error = QCoreApplication::translate("FinAck::TraceSteps",
                                                 "--steps: the trace's steps run from %1 to %2, so step %3 has no events")
                         .arg(stepNumber(steps.numbers.constFirst()))
                         .arg(stepNumber(steps.numbers.constLast()))
                         .arg(range.first);
        return std::nullopt;
    }
    const int begin = steps.boundaries.at(from);
    const int end = steps.boundaries.at(to);

    QList<TraceEvent> kept;
    // Each side's state as the range starts, if it was set before it.
    const qint64 startUs = begin < trace.size() ? eventTime(trace.at(begin)) : trace.durationUs();
    for (Actor actor : {Actor::Client, Actor::Server}) {
        std::optional<StateChange> before;
        for (int i = 0; i < begin; ++i) {
            if (const auto *s = std::get_if<StateChange>(&trace.at(i)); s && s->actor == actor)
                before = *s;
        }
        if (!before)
            continue;
        if (before->timerMs)
            before->timerMs = std::max<qint64>(0, *before->timerMs - (startUs - before->tUs) / 1000);
        before->tUs = startUs;
        kept.append(*before);
    }
    for (int i = begin; i < end; ++i)
        kept.append(trace.at(i));

    Trace result;
    result.setScenarioId(trace.scenarioId());
    result.setScenarioTitle(trace.scenarioTitle());
    result.setPlatform(trace.platform());
    result.setEndpoint(Actor::Client, trace.endpoint(Actor::Client));
    result.setEndpoint(Actor::Server, trace.endpoint(Actor::Server));
    result.setOriginUs(trace.originUs());
    for (const TraceEvent &event : kept)
        result.appendRelative(event);
    return result;
}

} // namespace FinAck
