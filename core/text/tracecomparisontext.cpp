// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/tracecomparisontext.h"

#include "model/networkmode.h"
#include "model/tracesteps.h"
#include "text/diagramlabels.h"
#include "text/tracetable.h" // shortQtName

namespace FinAck {

namespace {

// "-1 ECONNRESET", "0", "timed out": what a call gave back, as the diagram says it.
QString resultValue(const CallRecord &call)
{
    const QString text = callResultText(call);
    if (!text.isEmpty())
        return text.mid(2); // without the diagram's "→ "
    //: a void Qt call (close()) that reported no error: it returned nothing
    return TraceComparisonText::tr("nothing");
}

QString segmentsText(const QList<Segment> &segments)
{
    if (segments.isEmpty()) {
        //: no segment went on the wire during the step
        return TraceComparisonText::tr("none");
    }
    QStringList parts;
    for (const Segment &s : segments) {
        //: one segment: %1 its sender, %2 its receiver (client/server), %3 its flags ("FIN ACK"); keep the arrow
        QString part = TraceComparisonText::tr("%1→%2 %3").arg(actorDisplayName(s.from), actorDisplayName(s.to()), segmentFlagsText(s));
        if (s.dropped) {
            //: a segment a fault removed: %1 the segment ("client→server FIN ACK")
            part = TraceComparisonText::tr("%1 (dropped)").arg(part);
        }
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString sourcesText(const QList<Segment> &segments)
{
    const auto inferred = std::count_if(segments.cbegin(), segments.cend(),
                                        [](const Segment &s) { return s.source == SegmentSource::Inferred; });
    if (inferred == 0) {
        //: segments seen on the wire by the capture
        return TraceComparisonText::tr("captured");
    }
    if (inferred == segments.size()) {
        //: segments worked out from the state changes, no capture
        return TraceComparisonText::tr("inferred");
    }
    return TraceComparisonText::tr("partly inferred");
}

QString statesText(const QList<TcpState> &states, const std::optional<TcpState> &before)
{
    if (states.isEmpty()) {
        if (!before)
            return TraceComparisonText::tr("no state yet");
        //: the side's state did not change during the step: %1 the state it stayed in (TIME_WAIT)
        return TraceComparisonText::tr("stayed in %1").arg(tcpStateName(*before));
    }
    QStringList names;
    for (TcpState s : states)
        names << tcpStateName(s);
    //: the states a side went through during a step: %1 the list, "FIN_WAIT_1 → FIN_WAIT_2"
    return TraceComparisonText::tr("went to %1").arg(names.join(QStringLiteral(" → ")));
}

QString notesText(const QStringList &notes)
{
    if (notes.isEmpty())
        return TraceComparisonText::tr("no note");
    QStringList quoted;
    for (const QString &note : notes)
        quoted << QStringLiteral("“%1”").arg(note);
    return quoted.join(QStringLiteral(" "));
}

QString callSentence(const TraceDifference &d)
{
    const CallRecord *l = d.leftCall ? &*d.leftCall : nullptr;
    const CallRecord *r = d.rightCall ? &*d.rightCall : nullptr;
    if (l && !r) {
        //: %1 the side (client/server), %2 the function's name (recv)
        return TraceComparisonText::tr("the %1 called %2() on the left only").arg(actorDisplayName(l->actor), l->call);
    }
    if (r && !l)
        return TraceComparisonText::tr("the %1 called %2() on the right only").arg(actorDisplayName(r->actor), r->call);
    if (!l || !r)
        return {};
    if (l->actor != r->actor || l->call != r->call) {
        //: %1 and %3 the sides (client/server), %2 and %4 the functions' names
        return TraceComparisonText::tr("the %1 called %2() on the left, the %3 called %4() on the right")
            .arg(actorDisplayName(l->actor), l->call, actorDisplayName(r->actor), r->call);
    }
    //: %1 the side (client/server), %2 the function's name, %3 and %4 the results ("-1 ECONNRESET", "0")
    return TraceComparisonText::tr("the %1's %2() returned %3 on the left, %4 on the right")
        .arg(actorDisplayName(l->actor), l->call, resultValue(*l), resultValue(*r));
}

QString body(const TraceDifference &d)
{
    using Kind = TraceDifference::Kind;
    switch (d.kind) {
    case Kind::Platform:
        //: %1 what differs (kernel, network...), %2 and %3 its values in the two traces
        return TraceComparisonText::tr("%1: %2 on the left, %3 on the right")
            .arg(TraceComparisonText::fieldName(d.field), TraceComparisonText::fieldValue(d.field, d.leftValue),
                 TraceComparisonText::fieldValue(d.field, d.rightValue));
    case Kind::MissingStep: {
        QStringList made;
        for (const CallRecord &call : d.presentCalls) {
            //: what a step did, in a list: %1 the side (client/server), %2 the call's name, %3 its result ("-1 ECONNRESET")
            made << TraceComparisonText::tr("%1 %2() → %3").arg(actorDisplayName(call.actor), call.call, resultValue(call));
        }
        const QString calls = made.isEmpty() ? TraceComparisonText::tr("no call") : made.join(QStringLiteral(", "));
        if (d.present == CompareSide::Left) {
            //: a step the other trace does not have: %1 what it did ("server recv() → 0")
            return TraceComparisonText::tr("only on the left: %1").arg(calls);
        }
        return TraceComparisonText::tr("only on the right: %1").arg(calls);
    }
    case Kind::Call: return callSentence(d);
    case Kind::Segments:
        //: %1 and %2 the segments of the step in each trace ("client→server FIN ACK, server→client ACK", or "none")
        return TraceComparisonText::tr("segments: %1 on the left; %2 on the right")
            .arg(segmentsText(d.leftSegments), segmentsText(d.rightSegments));
    case Kind::SegmentDropped: {
        const Segment &s = d.leftSegments.value(0);
        const QString segment = segmentsText({Segment{s.tUs, s.from, s.flags}});
        if (s.dropped) {
            //: %1 the segment ("client→server FIN ACK")
            return TraceComparisonText::tr("%1 dropped on the left, delivered on the right").arg(segment);
        }
        return TraceComparisonText::tr("%1 delivered on the left, dropped on the right").arg(segment);
    }
    case Kind::SegmentSource:
        //: %1 and %2: captured, inferred or partly inferred
        return TraceComparisonText::tr("segments %1 on the left, %2 on the right")
            .arg(sourcesText(d.leftSegments), sourcesText(d.rightSegments));
    case Kind::States:
        //: %1 the side (client/server), %2 and %3 what its state did ("went to FIN_WAIT_1 → FIN_WAIT_2", "stayed in ESTABLISHED")
        return TraceComparisonText::tr("the %1 %2 on the left, %3 on the right")
            .arg(actorDisplayName(d.actor), statesText(d.leftStates, d.leftBefore), statesText(d.rightStates, d.rightBefore));
    case Kind::FinalState:
        //: %1 the side (client/server), %2 and %3 the TCP states it ends the run in
        return TraceComparisonText::tr("the %1 ends in %2 on the left, %3 on the right")
            .arg(actorDisplayName(d.actor), tcpStateName(d.leftStates.value(0)), tcpStateName(d.rightStates.value(0)));
    case Kind::Note:
        return TraceComparisonText::tr("notes %1 on the left, %2 on the right").arg(notesText(d.leftNotes), notesText(d.rightNotes));
    }
    return {};
}

} // namespace

QString TraceComparisonText::difference(const TraceDifference &d)
{
    QString sentence = body(d);
    if (d.step < 0 || d.kind == TraceDifference::Kind::FinalState)
        return sentence;
    //: a difference in one step: %1 the step's number as in the diagram's step gutter (from 1), %2 what differs
    return tr("step %1: %2").arg(stepNumber(d.step)).arg(sentence);
}

QString TraceComparisonText::fieldName(TraceDifference::Field field)
{
    using Field = TraceDifference::Field;
    switch (field) {
    case Field::Os: return tr("system");
    case Field::Kernel: return tr("kernel");
    case Field::Network: return tr("network");
    case Field::Segments:
        //: how the segments were recorded: captured or inferred
        return tr("segments");
    case Field::ClientApi: return tr("client API");
    }
    return {};
}

QString TraceComparisonText::fieldValue(TraceDifference::Field field, const QString &value)
{
    using Field = TraceDifference::Field;
    if (value.isEmpty())
        return tr("unknown");
    switch (field) {
    case Field::Os:
    case Field::Kernel: return value;
    case Field::Network:
        if (value == QLatin1String("private"))
            return tr("private network namespace");
        if (value == QLatin1String("host"))
            return tr("host loopback");
        if (value == kCaptureFileNetwork)
            return tr("capture file");
        return value;
    case Field::Segments:
        if (value == QLatin1String("captured"))
            return tr("captured");
        return tr("inferred");
    case Field::ClientApi:
        if (value == QLatin1String("qt"))
            return tr("QTcpSocket");
        //: the client's calls went through the POSIX socket functions
        return tr("POSIX sockets");
    }
    return value;
}

QString TraceComparisonText::platform(const TracePlatform &platform)
{
    using Field = TraceDifference::Field;
    QStringList parts;
    if (!platform.os.isEmpty())
        parts << QStringLiteral("%1 %2").arg(platform.os, platform.kernel).trimmed();
    if (!platform.network.isEmpty())
        parts << fieldValue(Field::Network, platform.network);
    if (platform.segments == SegmentSource::Captured) {
        parts << tr("segments captured");
    } else {
        parts << tr("segments inferred");
    }
    if (platform.clientApi == QLatin1String("qt"))
        parts << tr("QTcpSocket client");
    return parts.join(QStringLiteral(" · "));
}

QString TraceComparisonText::summary(const TraceComparison &comparison)
{
    const int count = comparison.stepDifferenceCount();
    QString steps;
    if (count == 0) {
        steps = tr("identical in every call, segment and state");
    } else {
        // Two numerus texts each rather than "%n difference(s)": English reads right with no
        // translator installed, and a language with one form translates both alike.
        const int total = int(comparison.steps().size());
        //: the first half of "3 differences in 2 of 6 steps"
        const QString differences = count == 1 ? tr("%n difference", nullptr, count) : tr("%n differences", nullptr, count);
        if (total == 1) {
            //: %1 "3 differences", %2 how many steps have one (1), %n how many steps there are (1)
            steps = tr("%1 in %2 of %n step", nullptr, total).arg(differences).arg(comparison.differingStepCount());
        } else {
            //: %1 "3 differences", %2 how many steps have one, %n how many steps there are
            steps = tr("%1 in %2 of %n steps", nullptr, total).arg(differences).arg(comparison.differingStepCount());
        }
    }
    QStringList fields;
    for (const TraceDifference &d : comparison.differences()) {
        if (d.kind == TraceDifference::Kind::Platform)
            fields << fieldName(d.field);
    }
    if (fields.isEmpty())
        return steps;
    //: %1 the summary of the steps, %2 what differs in how the runs were recorded ("kernel, network")
    return tr("%1; recorded differently: %2").arg(steps, fields.join(QStringLiteral(", ")));
}

} // namespace FinAck
