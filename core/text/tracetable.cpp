// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/tracetable.h"

#include "model/errnonames.h"
#include "model/expectationcheck.h"
#include "text/cstringliteral.h"
#include "text/scenariotext.h"
#include "text/textwidth.h" // a Chinese table lines up

#include <QCoreApplication>

namespace FinAck {

namespace {

QString returnText(const CallRecord &c)
{
    switch (c.returnType) {
    case ReturnType::Void: return {};
    case ReturnType::Bool: return c.ret ? QStringLiteral(" = true") : QStringLiteral(" = false");
    case ReturnType::Integer: break;
    }
    return QStringLiteral(" = ") + QString::number(c.ret);
}

QString blockedText(const CallRecord &c)
{
    QString text;
    if (c.durationUs >= 10000)
        text += QLatin1Char(' ')
                + QCoreApplication::translate("FinAck::TraceTable", "[blocked %1 ms]").arg(c.durationUs / 1000.0, 0, 'f', 1);
    if (c.timedOut)
        text += QLatin1Char(' ') + QCoreApplication::translate("FinAck::TraceTable", "[timed out]");
    return text;
}

// Qt reports no errno: a failed call is followed by what socket.error() says, and read()
// returning 0 means "nothing buffered", not end of stream.
QString qtCallText(const CallRecord &c)
{
    QString text = c.text + returnText(c);
    if (!c.qtError.isEmpty())
        text += QStringLiteral("; socket.error() = %1 (\"%2\")").arg(c.qtError, c.qtErrorString);
    else if (!c.data.isEmpty())
        text += QStringLiteral(" ") + cStringLiteral(c.data);
    return text + blockedText(c);
}

QString signalText(const SignalRecord &s)
{
    //: a Qt signal emitted from the event loop, not inside a call
    QString where = QCoreApplication::translate("FinAck::TraceTable", "event loop");
    if (!s.during.isEmpty())
        //: a Qt signal emitted while this Qt function ran: "inside waitForConnected()"
        where = QCoreApplication::translate("FinAck::TraceTable", "inside %1()").arg(s.during);
    //: a Qt signal: %1.%2 is "socket.disconnected()", %3 where it was emitted ("event loop" or "inside close()")
    return QCoreApplication::translate("FinAck::TraceTable", "signal %1.%2  [%3]").arg(s.object, s.text(), where);
}

QString callText(const CallRecord &c)
{
    if (c.api == QLatin1String("qt"))
        return qtCallText(c);
    QString text = c.text + returnText(c);
    if (c.failed())
        text += QStringLiteral(" %1 (%2: %3)").arg(c.errnoName).arg(c.errnoNumber).arg(errnoMessageText(c.errnoMessage));
    else if (c.call == QLatin1String("recv") && c.ret == 0)
        // the peer's FIN, or this side shut reading
        text += QLatin1Char(' ') + QCoreApplication::translate("FinAck::TraceTable", "(end of stream)");
    else if (!c.data.isEmpty())
        text += QStringLiteral(" ") + cStringLiteral(c.data);
    if (c.failed()) {
        const QString windows = winsockEquivalent(c.errnoName);
        if (!windows.isEmpty())
            text += QStringLiteral(" [Windows: %1]").arg(windows);
    }
    return text + blockedText(c);
}

QString segmentText(const Segment &s)
{
    //: how FinAck knows of a segment: seen on the wire
    QString source = QCoreApplication::translate("FinAck::TraceTable", "captured");
    if (s.source == SegmentSource::Inferred)
        //: how FinAck knows of a segment: worked out from the calls, not seen
        source = QCoreApplication::translate("FinAck::TraceTable", "inferred");
    // The field names are tcpdump's and stay; the actors and the source are words.
    QString text = QStringLiteral("%1 -> %2  %3 seq=%4 ack=%5 len=%6 win=%7 (%8)")
                       .arg(actorDisplayName(s.from), actorDisplayName(s.to()), flagsText(s.flags).leftJustified(11))
                       .arg(s.seq)
                       .arg(s.ack)
                       .arg(s.len)
                       .arg(s.win)
                       .arg(source);
    if (s.dropped)
        //: a segment a fault dropped on purpose
        text += QLatin1Char(' ') + QCoreApplication::translate("FinAck::TraceTable", "DROPPED");
    return text;
}

QString stateText(const StateChange &s)
{
    //: a state read from the kernel's socket table
    QString source = QCoreApplication::translate("FinAck::TraceTable", "observed");
    if (s.source == StateSource::Derived)
        //: a state worked out from the segments (RFC 9293)
        source = QCoreApplication::translate("FinAck::TraceTable", "derived");
    //: a side's TCP state: "state FIN_WAIT_2 (observed)"
    QString text = QCoreApplication::translate("FinAck::TraceTable", "state %1 (%2)").arg(tcpStateName(s.state), source);
    if (s.recvQ.value_or(0) || s.sendQ.value_or(0)) {
        //: recv-q and send-q are the columns of ss(8): bytes queued in the socket
        text +=
            QLatin1Char(' ')
            + QCoreApplication::translate("FinAck::TraceTable", "recv-q %1 send-q %2").arg(s.recvQ.value_or(0)).arg(s.sendQ.value_or(0));
    }
    if (s.timerMs)
        //: the kernel's timer on the socket (retransmission, TIME_WAIT…)
        text += QLatin1Char(' ') + QCoreApplication::translate("FinAck::TraceTable", "timer %1 ms").arg(*s.timerMs);
    return text;
}

} // namespace

QString eventText(const TraceEvent &event)
{
    if (const auto *c = std::get_if<CallRecord>(&event))
        return callText(*c);
    if (const auto *s = std::get_if<Segment>(&event))
        return segmentText(*s);
    if (const auto *s = std::get_if<StateChange>(&event))
        return stateText(*s);
    if (const auto *s = std::get_if<SignalRecord>(&event))
        return signalText(*s);
    // Scenario notes are recorded in English and shown in the user's language.
    const Note &note = std::get<Note>(event);
    if (note.lab)
        //: a note about the lab's own running (a step's settle limit), not about TCP
        return QCoreApplication::translate("FinAck::TraceTable", "lab note: %1").arg(note.text);
    return QCoreApplication::translate("FinAck::TraceTable", "note: %1").arg(noteText(note));
}

QString shortQtName(const QString &name)
{
    const qsizetype colons = name.lastIndexOf(QLatin1String("::"));
    return colons < 0 ? name : name.mid(colons + 2);
}

QString traceRow(const TraceEvent &event, qint64 shownUs)
{
    QString actor;
    if (const auto *c = std::get_if<CallRecord>(&event))
        actor = actorDisplayName(c->actor);
    else if (const auto *s = std::get_if<StateChange>(&event))
        actor = actorDisplayName(s->actor);
    else if (const auto *s = std::get_if<SignalRecord>(&event))
        actor = actorDisplayName(s->actor);
    else if (std::holds_alternative<Segment>(event))
        //: the actor column of a segment's row: it is on the wire, between the two sides
        actor = QCoreApplication::translate("FinAck::TraceTable", "wire");
    return QStringLiteral("%1  %2  %3").arg(padLeft(QString::number(shownUs / 1000.0, 'f', 3), 10), padRight(actor, 7), eventText(event));
}

QString traceTable(const Trace &trace)
{
    //: column headings of `finack run`'s table
    QString out = QStringLiteral("%1  %2  %3\n")
                      .arg(padLeft(QCoreApplication::translate("FinAck::TraceTable", "time (ms)"), 10),
                           //: column heading: client, server or wire
                           padRight(QCoreApplication::translate("FinAck::TraceTable", "actor"), 7),
                           //: column heading: what happened
                           QCoreApplication::translate("FinAck::TraceTable", "event"));
    for (const TraceEvent &event : trace.events())
        out += traceRow(event, trace.labTimeUs(eventTime(event))) + QLatin1Char('\n');
    return out;
}

} // namespace FinAck
