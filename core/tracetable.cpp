#include "tracetable.h"

#include "errnonames.h"
#include "expectationcheck.h"
#include "posixsocketapi.h"

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
        text += QStringLiteral(" [blocked %1 ms]").arg(c.durationUs / 1000.0, 0, 'f', 1);
    if (c.timedOut)
        text += QStringLiteral(" [timed out]");
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
    return QStringLiteral("signal %1.%2  [%3]")
        .arg(s.object, s.text(), s.during.isEmpty() ? QStringLiteral("event loop") : QStringLiteral("inside %1()").arg(s.during));
}

QString callText(const CallRecord &c)
{
    if (c.api == QLatin1String("qt"))
        return qtCallText(c);
    QString text = c.text + returnText(c);
    if (c.failed())
        text += QStringLiteral(" %1 (%2: %3)").arg(c.errnoName).arg(c.errnoNumber).arg(c.errnoMessage);
    else if (c.call == QLatin1String("recv") && c.ret == 0)
        text += QStringLiteral(" (end of stream)"); // the peer's FIN, or this side shut reading
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
    QString text = QStringLiteral("%1 -> %2  %3 seq=%4 ack=%5 len=%6 win=%7 (%8)")
                       .arg(actorName(s.from), actorName(s.to()), flagsText(s.flags).leftJustified(11))
                       .arg(s.seq)
                       .arg(s.ack)
                       .arg(s.len)
                       .arg(s.win)
                       .arg(s.source == SegmentSource::Captured ? QStringLiteral("captured") : QStringLiteral("inferred"));
    if (s.dropped)
        text += QStringLiteral(" DROPPED");
    return text;
}

QString stateText(const StateChange &s)
{
    QString text = QStringLiteral("state %1 (%2)")
                       .arg(tcpStateName(s.state), s.source == StateSource::Observed ? QStringLiteral("observed") : QStringLiteral("derived"));
    if (s.recvQ.value_or(0) || s.sendQ.value_or(0))
        text += QStringLiteral(" recv-q %1 send-q %2").arg(s.recvQ.value_or(0)).arg(s.sendQ.value_or(0));
    if (s.timerMs)
        text += QStringLiteral(" timer %1 ms").arg(*s.timerMs);
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
    return QStringLiteral("note: ") + std::get<Note>(event).text;
}

QString shortQtName(const QString &name)
{
    const qsizetype colons = name.lastIndexOf(QLatin1String("::"));
    return colons < 0 ? name : name.mid(colons + 2);
}

QString traceRow(const TraceEvent &event)
{
    QString actor;
    if (const auto *c = std::get_if<CallRecord>(&event))
        actor = actorName(c->actor);
    else if (const auto *s = std::get_if<StateChange>(&event))
        actor = actorName(s->actor);
    else if (const auto *s = std::get_if<SignalRecord>(&event))
        actor = actorName(s->actor);
    else if (std::holds_alternative<Segment>(event))
        actor = QStringLiteral("wire");
    return QStringLiteral("%1  %2  %3").arg(QString::number(eventTime(event) / 1000.0, 'f', 3).rightJustified(10), actor.leftJustified(7), eventText(event));
}

QString traceTable(const Trace &trace)
{
    QString out = QStringLiteral("%1  %2  %3\n").arg(QStringLiteral("time (ms)").rightJustified(10), QStringLiteral("actor ").leftJustified(7), QStringLiteral("event"));
    for (const TraceEvent &event : trace.events())
        out += traceRow(event) + QLatin1Char('\n');
    return out;
}

} // namespace FinAck
