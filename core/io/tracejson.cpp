// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/tracejson.h"

#include "io/displaypath.h"
#include "io/outputfile.h"

#include "io/boundedread.h"
#include "io/json/jsonfieldreader.h"
#include "model/labnote.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <array>
#include <limits>
#include <utility>

namespace FinAck {

namespace {

constexpr QLatin1String kFormat("finack-trace");
// A segment event is a dozen values, a call's flags a few more: far more than kMaxTraceEvents of
// them fit, so a file of too many events hears their count. Strings are names, call texts and
// notes; data is 256 bytes at most.
constexpr JsonTextLimits kJsonLimits{32, qsizetype(kMaxTraceEvents) * 40, 1 << 20};
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kInt32Max = std::numeric_limits<int>::max();
constexpr qint64 kUInt32Max = std::numeric_limits<quint32>::max();

// Written in this order; a reader accepts any order.
constexpr std::array<std::pair<quint8, const char *>, 5> kFlags{{
    {TcpFlag::Syn, "SYN"},
    {TcpFlag::Ack, "ACK"},
    {TcpFlag::Fin, "FIN"},
    {TcpFlag::Rst, "RST"},
    {TcpFlag::Psh, "PSH"},
}};

const QStringList kKinds{QStringLiteral("call"), QStringLiteral("segment"), QStringLiteral("state"), QStringLiteral("note"),
                         QStringLiteral("signal")};
constexpr int kSignalKind = 4;
const QStringList kReturnTypes{QStringLiteral("integer"), QStringLiteral("bool"), QStringLiteral("void")};
const QStringList kSegmentSources{QStringLiteral("captured"), QStringLiteral("inferred")};
const QStringList kStateSources{QStringLiteral("observed"), QStringLiteral("derived")};

QStringList flagNames()
{
    QStringList names;
    for (const auto &[bit, name] : kFlags)
        names.append(QString::fromLatin1(name));
    return names;
}

// ---- writing ----------------------------------------------------------------------------------

// QJsonObject sorts its keys; a hand-kept order puts t_us and kind first, where eyes look.
using Fields = QList<std::pair<QString, QJsonValue>>;

QByteArray compact(const QJsonValue &value)
{
    // QJsonDocument serialises only containers: wrap and unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray writeObject(const Fields &fields)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += compact(fields[i].first) + ": " + compact(fields[i].second);
    }
    return out + '}';
}

Fields fieldsOf(const CallRecord &c)
{
    Fields f{{QStringLiteral("t_us"), c.tUs},
             {QStringLiteral("kind"), QStringLiteral("call")},
             {QStringLiteral("actor"), actorName(c.actor)}};
    if (c.step >= 0)
        f.append({QStringLiteral("step"), c.step});
    f += Fields{{QStringLiteral("call"), c.call},
                {QStringLiteral("text"), c.text},
                {QStringLiteral("ret"), c.ret},
                {QStringLiteral("duration_us"), c.durationUs}};
    if (c.errnoNumber != 0)
        f += Fields{{QStringLiteral("errno"), c.errnoNumber},
                    {QStringLiteral("errno_name"), c.errnoName},
                    {QStringLiteral("errno_message"), c.errnoMessage}};
    if (c.timedOut)
        f.append({QStringLiteral("timed_out"), true});
    if (!c.data.isEmpty())
        f.append({QStringLiteral("data"), QString::fromLatin1(c.data)}); // one character per byte: exact and readable
    if (!c.api.isEmpty())
        f.append({QStringLiteral("api"), c.api});
    if (c.returnType != ReturnType::Integer)
        f.append({QStringLiteral("ret_type"), kReturnTypes[int(c.returnType)]});
    if (!c.qtError.isEmpty())
        f += Fields{{QStringLiteral("qt_error"), c.qtError}, {QStringLiteral("qt_error_string"), c.qtErrorString}};
    return f;
}

Fields fieldsOf(const SignalRecord &s)
{
    Fields f{{QStringLiteral("t_us"), s.tUs},
             {QStringLiteral("kind"), QStringLiteral("signal")},
             {QStringLiteral("actor"), actorName(s.actor)}};
    if (s.step >= 0)
        f.append({QStringLiteral("step"), s.step});
    f += Fields{{QStringLiteral("object"), s.object},
                {QStringLiteral("signal"), s.signal},
                {QStringLiteral("arguments"), QJsonArray::fromStringList(s.arguments)}};
    if (!s.during.isEmpty())
        f.append({QStringLiteral("during"), s.during});
    return f;
}

Fields fieldsOf(const Segment &s)
{
    QJsonArray flags;
    for (const auto &[bit, name] : kFlags) {
        if (s.has(bit))
            flags.append(QString::fromLatin1(name));
    }
    Fields f{{QStringLiteral("t_us"), s.tUs},
             {QStringLiteral("kind"), QStringLiteral("segment")},
             {QStringLiteral("from"), actorName(s.from)},
             {QStringLiteral("to"), actorName(s.to())},
             {QStringLiteral("flags"), flags},
             {QStringLiteral("seq"), qint64(s.seq)},
             {QStringLiteral("ack"), qint64(s.ack)},
             {QStringLiteral("len"), qint64(s.len)},
             {QStringLiteral("win"), qint64(s.win)},
             {QStringLiteral("source"), kSegmentSources[int(s.source)]}};
    if (s.dropped)
        f.append({QStringLiteral("dropped"), true});
    return f;
}

Fields fieldsOf(const StateChange &s)
{
    Fields f{{QStringLiteral("t_us"), s.tUs},
             {QStringLiteral("kind"), QStringLiteral("state")},
             {QStringLiteral("actor"), actorName(s.actor)},
             {QStringLiteral("state"), tcpStateName(s.state)},
             {QStringLiteral("source"), kStateSources[int(s.source)]}};
    if (s.timerMs)
        f.append({QStringLiteral("timer_ms"), *s.timerMs});
    if (s.recvQ)
        f.append({QStringLiteral("recv_q"), *s.recvQ});
    if (s.sendQ)
        f.append({QStringLiteral("send_q"), *s.sendQ});
    return f;
}

Fields fieldsOf(const Note &n)
{
    Fields f{{QStringLiteral("t_us"), n.tUs}, {QStringLiteral("kind"), QStringLiteral("note")}};
    if (n.step >= 0)
        f.append({QStringLiteral("step"), n.step});
    f.append({QStringLiteral("text"), n.text});
    if (n.lab)
        f.append({QStringLiteral("lab"), true});
    return f;
}

Fields fieldsOf(const TraceEvent &event)
{
    Fields f = std::visit([](const auto &e) { return fieldsOf(e); }, event);
    if (const qint64 paused = eventPausedUs(event); paused > 0)
        f.append({QStringLiteral("paused_us"), paused});
    return f;
}

// ---- reading ----------------------------------------------------------------------------------

CallRecord readCall(const JsonFieldReader &r)
{
    CallRecord c;
    c.actor = r.enumChoice<actorName, Actor::Server>(QStringLiteral("actor"));
    c.step = int(r.optionalInteger(QStringLiteral("step"), 0, kInt32Max).value_or(-1));
    c.call = r.string(QStringLiteral("call"));
    c.text = r.string(QStringLiteral("text"));
    c.ret = r.integer(QStringLiteral("ret"));
    c.durationUs = r.integer(QStringLiteral("duration_us"), 0);
    if (r.has(QStringLiteral("errno"))) {
        c.errnoNumber = int(r.integer(QStringLiteral("errno"), 1, kInt32Max));
        c.errnoName = r.string(QStringLiteral("errno_name"));
        c.errnoMessage = r.string(QStringLiteral("errno_message"));
    }
    c.timedOut = r.boolean(QStringLiteral("timed_out"));
    const QString data = r.optionalString(QStringLiteral("data"));
    if (data.size() > kKeptDataBytes || std::any_of(data.cbegin(), data.cend(), [](QChar ch) { return ch.unicode() > 0xff; }))
        r.reject(QStringLiteral("data"),
                 QCoreApplication::translate("FinAck::TraceJson", "at most %1 characters from U+0000 to U+00FF (one per byte)")
                     .arg(kKeptDataBytes));
    else
        c.data = data.toLatin1();
    c.api = r.optionalString(QStringLiteral("api"));
    c.returnType = ReturnType(r.optionalChoice(QStringLiteral("ret_type"), kReturnTypes, 0));
    if (r.has(QStringLiteral("qt_error"))) {
        c.qtError = r.string(QStringLiteral("qt_error"));
        c.qtErrorString = r.string(QStringLiteral("qt_error_string"));
    }
    return c;
}

SignalRecord readSignal(const JsonFieldReader &r)
{
    SignalRecord s;
    s.actor = r.enumChoice<actorName, Actor::Server>(QStringLiteral("actor"));
    s.step = int(r.optionalInteger(QStringLiteral("step"), 0, kInt32Max).value_or(-1));
    s.object = r.string(QStringLiteral("object"));
    s.signal = r.string(QStringLiteral("signal"));
    const QJsonArray arguments = r.array(QStringLiteral("arguments"),
                                         QCoreApplication::translate("FinAck::TraceJson", "an array of strings"));
    for (qsizetype i = 0; i < arguments.size() && !r.failed(); ++i) {
        if (!arguments.at(i).isString())
            r.reject(JsonFieldReader::elementKey(QStringLiteral("arguments"), i),
                     QCoreApplication::translate("FinAck::TraceJson", "a string"), arguments.at(i));
        s.arguments.append(arguments.at(i).toString());
    }
    s.during = r.optionalString(QStringLiteral("during"));
    return s;
}

Segment readSegment(const JsonFieldReader &r)
{
    static const QStringList names = flagNames();
    Segment s;
    s.from = r.enumChoice<actorName, Actor::Server>(QStringLiteral("from"));
    const Actor to = r.enumChoice<actorName, Actor::Server>(QStringLiteral("to"));
    if (!r.failed() && to != s.to())
        //: client and server here are JSON values: keep them
        r.fail(QStringLiteral("to"), QCoreApplication::translate("FinAck::TraceJson", "expected \"%1\" (the peer of \"%2\"), got \"%3\"")
                                         .arg(actorName(s.to()), actorName(s.from), actorName(to)));
    const QJsonArray flags = r.array(QStringLiteral("flags"), QCoreApplication::translate("FinAck::TraceJson", "an array of flag names"));
    for (qsizetype i = 0; i < flags.size() && !r.failed(); ++i) {
        const QString key = JsonFieldReader::elementKey(QStringLiteral("flags"), i);
        const quint8 bit = kFlags[r.choiceOf(flags.at(i), key, names)].first;
        if (s.has(bit))
            r.fail(key, QCoreApplication::translate("FinAck::TraceJson", "expected each flag at most once, got %1 again")
                            .arg(JsonFieldReader::describe(flags.at(i))));
        s.flags |= bit;
    }
    s.seq = quint32(r.integer(QStringLiteral("seq"), 0, kUInt32Max));
    s.ack = quint32(r.integer(QStringLiteral("ack"), 0, kUInt32Max));
    s.len = quint32(r.integer(QStringLiteral("len"), 0, kUInt32Max));
    s.win = quint32(r.integer(QStringLiteral("win"), 0, kUInt32Max));
    s.source = SegmentSource(r.choice(QStringLiteral("source"), kSegmentSources));
    s.dropped = r.boolean(QStringLiteral("dropped"));
    return s;
}

StateChange readState(const JsonFieldReader &r)
{
    StateChange s;
    s.actor = r.enumChoice<actorName, Actor::Server>(QStringLiteral("actor"));
    s.state = r.enumChoice<tcpStateName, TcpState::TimeWait>(QStringLiteral("state"));
    s.source = StateSource(r.choice(QStringLiteral("source"), kStateSources));
    s.timerMs = r.optionalInteger(QStringLiteral("timer_ms"), 0, kInt64Max);
    s.recvQ = r.optionalInteger(QStringLiteral("recv_q"), 0, kInt64Max);
    s.sendQ = r.optionalInteger(QStringLiteral("send_q"), 0, kInt64Max);
    return s;
}

Note readNote(const JsonFieldReader &r)
{
    Note n;
    n.step = int(r.optionalInteger(QStringLiteral("step"), 0, kInt32Max).value_or(-1));
    n.text = r.string(QStringLiteral("text"));
    // Traces from before "lab" existed mark the lab's one note by its words.
    n.lab = r.has(QStringLiteral("lab")) ? r.boolean(QStringLiteral("lab")) : isUnmarkedLabNote(n.text);
    return n;
}

// `parent` only lends its error: eventFromJson() reads a lone event, readEvents() an element of a
// file of `version`, in which only the kinds of that version may occur.
std::optional<TraceEvent> readEvent(const JsonFieldReader &parent, const QJsonValue &value, const QString &key,
                                    int version = kTraceFormatVersion)
{
    const JsonFieldReader r = parent.objectOf(value, key, QCoreApplication::translate("FinAck::TraceJson", "an event object"));
    const qint64 t = r.integer(QStringLiteral("t_us"), 0);
    const int kind = r.choice(QStringLiteral("kind"), kKinds);
    if (!r.failed() && kind == kSignalKind && version < kSignalFormatVersion)
        //: %1 lists the event kinds (call, segment…), "signal" is one too: keep them
        r.fail(QStringLiteral("kind"),
               QCoreApplication::translate("FinAck::TraceJson",
                                           "expected one of %1 in a version %2 file, got \"signal\" (signals need format version %3)")
                   .arg(kKinds.mid(0, kSignalKind).join(QStringLiteral(", ")), QString::number(version),
                        QString::number(kSignalFormatVersion)));
    if (r.failed())
        return std::nullopt;
    TraceEvent event;
    switch (kind) {
    case 0: event = readCall(r); break;
    case 1: event = readSegment(r); break;
    case 2: event = readState(r); break;
    case 3: event = readNote(r); break;
    default: event = readSignal(r); break;
    }
    const qint64 paused = r.failed() ? 0 : r.optionalInteger(QStringLiteral("paused_us"), 0, kInt64Max).value_or(0);
    if (!r.failed() && paused > t)
        //: t_us is a JSON key: keep it
        r.fail(QStringLiteral("paused_us"),
               QCoreApplication::translate("FinAck::TraceJson",
                                           "expected an integer from 0 to %1 (a pause ends at t_us and began at t_us = 0 or "
                                           "later), got %2")
                   .arg(t)
                   .arg(paused));
    if (r.failed())
        return std::nullopt;
    std::visit(
        [t, paused](auto &e) {
        e.tUs = t;
        e.pausedUs = paused;
        },
        event);
    return event;
}

// The file's version (after checkFormat: 1 up to kTraceFormatVersion).
int readHeader(const JsonFieldReader &top, Trace &trace)
{
    top.checkFormat(kFormat, kTraceFormatVersion);
    const int version = int(top.failed() ? 1 : top.integer(QStringLiteral("version")));
    trace.setScenarioId(top.string(QStringLiteral("scenario")));
    trace.setScenarioTitle(top.optionalString(QStringLiteral("title")));
    trace.setOriginUs(top.optionalInteger(QStringLiteral("origin_us"), 0, kInt64Max).value_or(0));

    const JsonFieldReader p = top.object(QStringLiteral("platform"));
    TracePlatform platform;
    platform.os = p.string(QStringLiteral("os"));
    platform.kernel = p.string(QStringLiteral("kernel"));
    platform.network = p.string(QStringLiteral("network"));
    platform.segments = SegmentSource(p.choice(QStringLiteral("segments"), kSegmentSources));
    platform.captureError = p.optionalString(QStringLiteral("capture_error"));
    platform.clientApi = p.optionalString(QStringLiteral("client_api"), QStringLiteral("posix"));
    trace.setPlatform(platform);

    const JsonFieldReader e = top.object(QStringLiteral("endpoints"));
    trace.setEndpoint(Actor::Client, e.string(QStringLiteral("client")));
    trace.setEndpoint(Actor::Server, e.string(QStringLiteral("server")));
    return version;
}

void readEvents(const JsonFieldReader &top, Trace &trace, int version)
{
    const QJsonArray events = top.array(QStringLiteral("events"), QCoreApplication::translate("FinAck::TraceJson", "an array of events"));
    // Counted before any is built: what a picture or the window does with them grows with the count.
    if (events.size() > kMaxTraceEvents) {
        //: %1 the number of events in the file, %2 the most FinAck reads
        top.fail(QStringLiteral("events"), QCoreApplication::translate("FinAck::TraceJson", "%1 events, at most %2")
                                               .arg(QString::number(events.size()), QString::number(kMaxTraceEvents)));
        return;
    }
    qint64 previous = 0;
    for (qsizetype i = 0; i < events.size() && !top.failed(); ++i) {
        const QString key = JsonFieldReader::elementKey(QStringLiteral("events"), i);
        const std::optional<TraceEvent> event = readEvent(top, events.at(i), key, version);
        if (!event)
            return;
        // Readers may rely on the order, so a file out of order is refused rather than sorted.
        if (eventTime(*event) < previous) {
            top.fail(key + QStringLiteral(".t_us"),
                     QCoreApplication::translate("FinAck::TraceJson", "expected an integer >= %1 (events are in time order), got %2")
                         .arg(previous)
                         .arg(eventTime(*event)));
            return;
        }
        previous = eventTime(*event);
        trace.appendRelative(*event);
    }
}

std::optional<Trace> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QJsonObject eventToJson(const TraceEvent &event)
{
    QJsonObject object;
    for (const auto &[key, value] : fieldsOf(event))
        object.insert(key, value);
    return object;
}

QByteArray eventToJsonLine(const TraceEvent &event)
{
    return writeObject(fieldsOf(event));
}

std::optional<TraceEvent> eventFromJson(const QJsonValue &value, const QString &path, QString *error)
{
    const JsonFieldReader root;
    std::optional<TraceEvent> event = readEvent(root, value, path);
    if (!event && error)
        *error = root.error();
    return event;
}

QByteArray toJson(const Trace &trace)
{
    const TracePlatform &p = trace.platform();
    Fields platform{{QStringLiteral("os"), p.os},
                    {QStringLiteral("kernel"), p.kernel},
                    {QStringLiteral("network"), p.network},
                    {QStringLiteral("segments"), kSegmentSources[int(p.segments)]}};
    if (!p.captureError.isEmpty())
        platform.append({QStringLiteral("capture_error"), p.captureError});
    if (p.clientApi != QLatin1String("posix"))
        platform.append({QStringLiteral("client_api"), p.clientApi});

    // The lowest version that holds the content: a trace without signals stays readable by
    // FinAcks that know version 1 only.
    const bool hasSignals = std::any_of(trace.events().cbegin(), trace.events().cend(),
                                        [](const TraceEvent &e) { return std::holds_alternative<SignalRecord>(e); });
    Fields top{{QStringLiteral("format"), kFormat},
               {QStringLiteral("version"), hasSignals ? kSignalFormatVersion : 1},
               {QStringLiteral("scenario"), trace.scenarioId()}};
    if (!trace.scenarioTitle().isEmpty())
        top.append({QStringLiteral("title"), trace.scenarioTitle()});
    if (trace.originUs() > 0)
        top.append({QStringLiteral("origin_us"), trace.originUs()});

    QByteArray out = "{\n";
    for (const auto &[key, value] : top)
        out += "    " + compact(key) + ": " + compact(value) + ",\n";
    out += "    \"platform\": " + writeObject(platform) + ",\n";
    out += "    \"endpoints\": "
           + writeObject(
               {{QStringLiteral("client"), trace.endpoint(Actor::Client)}, {QStringLiteral("server"), trace.endpoint(Actor::Server)}})
           + ",\n";
    out += "    \"events\": [";
    for (int i = 0; i < trace.size(); ++i)
        out += (i == 0 ? "\n        " : ",\n        ") + eventToJsonLine(trace.at(i));
    out += trace.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

bool saveTrace(const Trace &trace, const QString &path, QString *error)
{
    QString why;
    if (writeOutputFile(path, toJson(trace), &why))
        return true;
    if (error)
        *error = QCoreApplication::translate("FinAck::TraceJson", "%1: cannot write: %2").arg(displayPath(path), why);
    return false;
}

std::optional<Trace> traceFromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    const QString prefix = sourceName + QStringLiteral(": ");
    if (json.size() > kMaxTraceFileBytes) // as loadTrace() refuses a file: before parsing
        //: %1 a number of bytes, %2 the limit in MiB
        return fail(error, prefix
                               + QCoreApplication::translate("FinAck::TraceJson", "%1 bytes, expected a FinAck trace of at most %2 MiB")
                                     .arg(QString::number(json.size()), QString::number(kMaxTraceFileBytes / 1024 / 1024)));
    const JsonFieldReader top = JsonFieldReader::fromDocument(json, QCoreApplication::translate("FinAck::TraceJson", "a FinAck trace"),
                                                              kJsonLimits);
    Trace trace;
    const int version = readHeader(top, trace);
    readEvents(top, trace, version);
    if (top.failed())
        return fail(error, prefix + top.error());
    return trace;
}

std::optional<Trace> loadTrace(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error,
                    QCoreApplication::translate("FinAck::TraceJson", "%1: cannot read: %2").arg(displayPath(path), file.errorString()));
    // A pipe or a /proc file has no size up front: it is read up to the limit, never further.
    const std::optional<QByteArray> json = readAtMost(file, kMaxTraceFileBytes);
    if (!json)
        return fail(error, QCoreApplication::translate("FinAck::TraceJson", "%1: file too large, expected a FinAck trace of at most %2 MiB")
                               .arg(displayPath(path), QString::number(kMaxTraceFileBytes / 1024 / 1024)));
    if (file.error() != QFileDevice::NoError)
        return fail(error,
                    QCoreApplication::translate("FinAck::TraceJson", "%1: cannot read: %2").arg(displayPath(path), file.errorString()));
    return traceFromJson(*json, displayPath(path), error);
}

} // namespace FinAck
