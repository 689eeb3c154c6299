// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/tracecompare.h"

#include "model/networkmode.h"
#include "model/tracesteps.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace FinAck {

namespace {

// socket(), accept() and dup() return the lowest free descriptor: its number depends on what the
// lab held open (a capture handle, say), not on TCP. Only success against failure differs.
bool returnsDescriptor(const CallRecord &call)
{
    static const QStringList calls{QStringLiteral("socket"), QStringLiteral("accept"), QStringLiteral("accept4"),
                                   QStringLiteral("dup"),    QStringLiteral("dup2"),   QStringLiteral("dup3")};
    return call.api.isEmpty() && calls.contains(call.call);
}

bool sameResult(const CallRecord &a, const CallRecord &b)
{
    if (a.timedOut != b.timedOut || a.errnoName != b.errnoName || a.errnoNumber != b.errnoNumber || a.qtError != b.qtError
        || a.returnType != b.returnType)
        return false;
    if (returnsDescriptor(a) && returnsDescriptor(b))
        return (a.ret >= 0) == (b.ret >= 0);
    return a.ret == b.ret;
}

bool sameSignature(const Segment &a, const Segment &b)
{
    return a.from == b.from && a.flags == b.flags;
}

template<typename T> QList<std::pair<int, T>> eventsOf(const Trace &trace, const EventRange &range)
{
    QList<std::pair<int, T>> out;
    for (int i = range.begin; i < range.end; ++i) {
        if (const auto *e = std::get_if<T>(&trace.at(i)))
            out.append({i, *e});
    }
    return out;
}

template<typename T> QList<int> indices(const QList<std::pair<int, T>> &events)
{
    QList<int> out;
    for (const auto &e : events)
        out << e.first;
    return out;
}

template<typename T> QList<T> values(const QList<std::pair<int, T>> &events)
{
    QList<T> out;
    for (const auto &e : events)
        out << e.second;
    return out;
}

bool isCaptureFile(const Trace &trace)
{
    return trace.platform().network == kCaptureFileNetwork;
}

// The captured probes of the persist and keep-alive timers, and the answers that add nothing. A
// probe is a pure ACK without payload one below what the peer last acknowledged: no other segment
// sends a sequence number the peer has already acknowledged past (Linux's tcp_xmit_probe_skb;
// RFC 9293 3.8.6.1, 3.8.4). Its answer is left out only when it says nothing new: the peer's next
// segment, a pure ACK of the same point with the window still zero. Linux may leave a probe
// unanswered (out-of-window ACKs are rate-limited), and the peer's next ACK is then a window
// update that opens the window, which counts. Inferred segments have no real sequence numbers.
QSet<int> timerProbeEvents(const Trace &trace)
{
    QSet<int> probes;
    std::optional<quint32> lastAckFrom[2]; // by the sending actor
    std::optional<quint32> answerAck[2];   // a probe from the other actor awaits this actor's ACK of it
    for (int i = 0; i < trace.size(); ++i) {
        const auto *s = std::get_if<Segment>(&trace.at(i));
        if (!s || s->source != SegmentSource::Captured)
            continue;
        const int from = int(s->from);
        const int to = int(s->to());
        const bool pureAck = s->flags == TcpFlag::Ack && s->len == 0;
        if (pureAck && answerAck[from] == s->ack && s->win == 0) {
            probes.insert(i);
        } else if (pureAck && lastAckFrom[to] && s->seq + 1 == *lastAckFrom[to]) {
            probes.insert(i);
            answerAck[to] = *lastAckFrom[to];
        }
        answerAck[from].reset();
        if (s->has(TcpFlag::Ack) && !s->dropped)
            lastAckFrom[from] = s->ack;
    }
    return probes;
}

} // namespace

TraceComparison::TraceComparison(const Trace &left, const Trace &right, const CompareOptions &options)
    : m_options(options)
    , m_leftSize(left.size())
    , m_rightSize(right.size())
{
    if (!m_options.timerProbes) {
        m_leftProbes = timerProbeEvents(left);
        m_rightProbes = timerProbeEvents(right);
    }
    comparePlatform(left.platform(), right.platform());
    align(left, right);
    for (int row = 0; row < m_steps.size(); ++row) {
        const AlignedStep &step = m_steps.at(row);
        if (step.left.isEmpty() != step.right.isEmpty()) {
            // A step one scenario does not have: one difference, saying what it did there.
            TraceDifference d;
            d.kind = TraceDifference::Kind::MissingStep;
            d.present = step.left.isEmpty() ? CompareSide::Right : CompareSide::Left;
            const Trace &trace = d.present == CompareSide::Left ? left : right;
            const EventRange &range = step.range(d.present);
            QList<int> &events = d.present == CompareSide::Left ? d.leftEvents : d.rightEvents;
            for (int i = range.begin; i < range.end; ++i)
                events << i;
            d.presentCalls = values(eventsOf<CallRecord>(trace, range));
            add(d, row);
            continue;
        }
        // A capture file has no calls at all: the platform already says why.
        if (!isCaptureFile(left) && !isCaptureFile(right))
            compareCalls(row, left, right);
        compareSegments(row, left, right);
        if (m_options.notes)
            compareNotes(row, left, right);
    }
    compareStates(left, right);
    // Keep the list in reading order: platform, then row by row.
    std::stable_sort(m_differences.begin(), m_differences.end(),
                     [](const TraceDifference &a, const TraceDifference &b) { return a.row < b.row; });
}

void TraceComparison::align(const Trace &left, const Trace &right)
{
    const TraceSteps l = traceSteps(left);
    const TraceSteps r = traceSteps(right);
    if (l.numbers.isEmpty() || r.numbers.isEmpty()) {
        m_steps.append({-1, {0, left.size()}, {0, right.size()}});
        return;
    }
    // Step numbers only grow in a trace (traceSteps), so each side's k-th number owns its k-th range.
    QMap<int, AlignedStep> byNumber;
    const auto collect = [&byNumber](const TraceSteps &steps, bool isLeft) {
        for (int k = 0; k < steps.numbers.size(); ++k) {
            AlignedStep &step = byNumber[steps.numbers.at(k)];
            step.number = steps.numbers.at(k);
            (isLeft ? step.left : step.right) = {steps.boundaries.at(k), steps.boundaries.at(k + 1)};
        }
    };
    collect(l, true);
    collect(r, false);
    // An absent step is an empty range where it would have been, so that rows keep event order.
    int leftAt = 0, rightAt = 0;
    for (AlignedStep step : std::as_const(byNumber)) {
        if (step.left.isEmpty())
            step.left = {leftAt, leftAt};
        if (step.right.isEmpty())
            step.right = {rightAt, rightAt};
        leftAt = step.left.end;
        rightAt = step.right.end;
        m_steps.append(step);
    }
}

void TraceComparison::add(TraceDifference difference, int row)
{
    difference.row = row;
    difference.step = row >= 0 ? m_steps.at(row).number : -1;
    m_differences.append(std::move(difference));
}

void TraceComparison::comparePlatform(const TracePlatform &left, const TracePlatform &right)
{
    using Field = TraceDifference::Field;
    const auto segments = [](const TracePlatform &p) {
        return p.segments == SegmentSource::Captured ? QStringLiteral("captured") : QStringLiteral("inferred");
    };
    const std::pair<Field, std::pair<QString, QString>> fields[] = {
        {Field::Os, {left.os, right.os}},
        {Field::Kernel, {left.kernel, right.kernel}},
        {Field::Network, {left.network, right.network}},
        {Field::Segments, {segments(left), segments(right)}},
        {Field::ClientApi, {left.clientApi, right.clientApi}},
    };
    // A capture file has no system or kernel to tell; its network says what it is.
    const bool capture = left.network == kCaptureFileNetwork || right.network == kCaptureFileNetwork;
    for (const auto &[field, value] : fields) {
        if (value.first == value.second || (capture && (field == Field::Os || field == Field::Kernel)))
            continue;
        TraceDifference d;
        d.kind = TraceDifference::Kind::Platform;
        d.field = field;
        d.leftValue = value.first;
        d.rightValue = value.second;
        add(d, -1);
    }
}

void TraceComparison::compareCalls(int row, const Trace &left, const Trace &right)
{
    const AlignedStep &step = m_steps.at(row);
    const auto l = eventsOf<CallRecord>(left, step.left);
    const auto r = eventsOf<CallRecord>(right, step.right);
    for (qsizetype k = 0; k < std::max(l.size(), r.size()); ++k) {
        TraceDifference d;
        d.kind = TraceDifference::Kind::Call;
        if (k < l.size()) {
            d.leftCall = l.at(k).second;
            d.leftEvents = {l.at(k).first};
            d.actor = d.leftCall->actor;
        }
        if (k < r.size()) {
            d.rightCall = r.at(k).second;
            d.rightEvents = {r.at(k).first};
            if (!d.leftCall)
                d.actor = d.rightCall->actor;
        }
        if (d.leftCall && d.rightCall && d.leftCall->actor == d.rightCall->actor && d.leftCall->call == d.rightCall->call
            && sameResult(*d.leftCall, *d.rightCall))
            continue;
        add(d, row);
    }
}

void TraceComparison::compareSegments(int row, const Trace &left, const Trace &right)
{
    const AlignedStep &step = m_steps.at(row);
    auto l = eventsOf<Segment>(left, step.left);
    auto r = eventsOf<Segment>(right, step.right);
    l.removeIf([this](const auto &e) { return m_leftProbes.contains(e.first); });
    r.removeIf([this](const auto &e) { return m_rightProbes.contains(e.first); });
    const bool sameSequence = l.size() == r.size() && std::equal(l.cbegin(), l.cend(), r.cbegin(), [](const auto &a, const auto &b) {
                                  return sameSignature(a.second, b.second);
                              });
    if (!sameSequence) {
        TraceDifference d;
        d.kind = TraceDifference::Kind::Segments;
        d.leftEvents = indices(l);
        d.rightEvents = indices(r);
        d.leftSegments = values(l);
        d.rightSegments = values(r);
        add(d, row);
        return;
    }
    // The same segments: a fault may still have dropped one of them in one run only.
    TraceDifference source;
    source.kind = TraceDifference::Kind::SegmentSource;
    for (qsizetype k = 0; k < l.size(); ++k) {
        const Segment &a = l.at(k).second;
        const Segment &b = r.at(k).second;
        if (a.dropped != b.dropped) {
            TraceDifference d;
            d.kind = TraceDifference::Kind::SegmentDropped;
            d.actor = a.from;
            d.leftEvents = {l.at(k).first};
            d.rightEvents = {r.at(k).first};
            d.leftSegments = {a};
            d.rightSegments = {b};
            add(d, row);
        }
        if (a.source != b.source) {
            source.leftEvents << l.at(k).first;
            source.rightEvents << r.at(k).first;
            source.leftSegments << a;
            source.rightSegments << b;
        }
    }
    if (!source.leftSegments.isEmpty())
        add(source, row);
}

void TraceComparison::compareNotes(int row, const Trace &left, const Trace &right)
{
    const AlignedStep &step = m_steps.at(row);
    const auto l = eventsOf<Note>(left, step.left);
    const auto r = eventsOf<Note>(right, step.right);
    QStringList leftTexts, rightTexts;
    for (const auto &n : l)
        leftTexts << n.second.text;
    for (const auto &n : r)
        rightTexts << n.second.text;
    if (leftTexts == rightTexts)
        return;
    TraceDifference d;
    d.kind = TraceDifference::Kind::Note;
    d.leftEvents = indices(l);
    d.rightEvents = indices(r);
    d.leftNotes = leftTexts;
    d.rightNotes = rightTexts;
    add(d, row);
}

// A state is counted when it changes: a new observation of the same state (its queues moved, the
// probe looked again) is timing, not behaviour. Whether a state was observed or derived is how
// the lab saw it, not what the kernel did, so it does not count either.
void TraceComparison::compareStates(const Trace &left, const Trace &right)
{
    struct Walk {
        std::optional<TcpState> current;
        int last = -1; // the event that set it
    };
    Walk walks[2][2]; // [side][actor]
    for (int row = 0; row < m_steps.size(); ++row) {
        const AlignedStep &step = m_steps.at(row);
        for (Actor actor : {Actor::Client, Actor::Server}) {
            TraceDifference d;
            d.kind = TraceDifference::Kind::States;
            d.actor = actor;
            for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
                const bool isLeft = side == CompareSide::Left;
                Walk &walk = walks[isLeft ? 0 : 1][int(actor)];
                (isLeft ? d.leftBefore : d.rightBefore) = walk.current;
                const EventRange &range = step.range(side);
                for (int i = range.begin; i < range.end; ++i) {
                    const auto *s = std::get_if<StateChange>(&(isLeft ? left : right).at(i));
                    if (!s || s->actor != actor)
                        continue;
                    if (walk.current != s->state) {
                        (isLeft ? d.leftStates : d.rightStates) << s->state;
                        (isLeft ? d.leftEvents : d.rightEvents) << i;
                    }
                    walk.current = s->state;
                    walk.last = i;
                }
            }
            const bool oneSided = step.left.isEmpty() != step.right.isEmpty();
            if (!oneSided && d.leftStates != d.rightStates)
                add(d, row);
        }
    }
    if (m_steps.isEmpty())
        return;
    for (Actor actor : {Actor::Client, Actor::Server}) {
        const Walk &l = walks[0][int(actor)];
        const Walk &r = walks[1][int(actor)];
        if (l.current == r.current || !l.current || !r.current)
            continue;
        TraceDifference d;
        d.kind = TraceDifference::Kind::FinalState;
        d.actor = actor;
        d.leftStates = {*l.current};
        d.rightStates = {*r.current};
        d.leftEvents = {l.last};
        d.rightEvents = {r.last};
        add(d, int(m_steps.size()) - 1);
    }
}

int TraceComparison::stepDifferenceCount() const
{
    return int(std::count_if(m_differences.cbegin(), m_differences.cend(), [](const TraceDifference &d) { return d.row >= 0; }));
}

int TraceComparison::differingStepCount() const
{
    QSet<int> rows;
    for (const TraceDifference &d : m_differences) {
        if (d.row >= 0)
            rows.insert(d.row);
    }
    return int(rows.size());
}

int TraceComparison::rowOfEvent(CompareSide side, int event) const
{
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).range(side).contains(event))
            return row;
    }
    return -1;
}

QList<int> TraceComparison::differencesAt(CompareSide side, int event) const
{
    QList<int> out;
    for (int k = 0; k < m_differences.size(); ++k) {
        if (m_differences.at(k).events(side).contains(event))
            out << k;
    }
    return out;
}

QList<int> TraceComparison::differingEvents(CompareSide side) const
{
    QSet<int> events;
    for (const TraceDifference &d : m_differences) {
        for (int e : d.events(side))
            events.insert(e);
    }
    QList<int> out(events.cbegin(), events.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace FinAck
