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

constexpr auto kFormat = "finack-trace";
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

const QStringList kKinds{"call", "segment", "state", "note", "signal"};
constexpr int kSignalKind = 4;
const QStringList kReturnTypes{"integer", "bool", "void"};
const QStringList kSegmentSources{"captured", "inferred"};
const QStringList kStateSources{"observed", "derived"};

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
    Fields f{{"t_us", c.tUs}, {"kind", "call"}, {"actor", actorName(c.actor)}};
    if (c.step >= 0)
        f.append({"step", c.step});
    f += Fields{{"call", c.call}, {"text", c.text}, {"ret", c.ret}, {"duration_us", c.durationUs}};
    if (c.errnoNumber != 0)
        f += Fields{{"errno", c.errnoNumber}, {"errno_name", c.errnoName}, {"errno_message", c.errnoMessage}};
    if (c.timedOut)
        f.append({"timed_out", true});
    if (!c.data.isEmpty())
        f.append({"data", QString::fromLatin1(c.data)}); // one character per byte: exact and readable
    if (!c.api.isEmpty())
        f.append({"api", c.api});
    if (c.returnType != ReturnType::Integer)
        f.append({"ret_type", kReturnTypes[int(c.returnType)]});
    if (!c.qtError.isEmpty())
        f += Fields{{"qt_error", c.qtError}, {"qt_error_string", c.qtErrorString}};
    return f;
}

Fields fieldsOf(const SignalRecord &s)
{
    Fields f{{"t_us", s.tUs}, {"kind", "signal"}, {"actor", actorName(s.actor)}};
    if (s.step >= 0)
        f.append({"step", s.step});
    f += Fields{{"object", s.object}, {"signal", s.signal}, {"arguments", QJsonArray::fromStringList(s.arguments)}};
    if (!s.during.isEmpty())
        f.append({"during", s.during});
    return f;
}

Fields fieldsOf(const Segment &s)
{
    QJsonArray flags;
    for (const auto &[bit, name] : kFlags) {
        if (s.has(bit))
            flags.append(QString::fromLatin1(name));
    }
    Fields f{{"t_us", s.tUs},
             {"kind", "segment"},
             {"from", actorName(s.from)},
             {"to", actorName(s.to())},
             {"flags", flags},
             {"seq", qint64(s.seq)},
             {"ack", qint64(s.ack)},
             {"len", qint64(s.len)},
             {"win", qint64(s.win)},
             {"source", kSegmentSources[int(s.source)]}};
    if (s.dropped)
        f.append({"dropped", true});
    return f;
}

Fields fieldsOf(const StateChange &s)
{
    Fields f{{"t_us", s.tUs},
             {"kind", "state"},
             {"actor", actorName(s.actor)},
             {"state", tcpStateName(s.state)},
             {"source", kStateSources[int(s.source)]}};
    if (s.timerMs)
        f.append({"timer_ms", *s.timerMs});
    if (s.recvQ)
        f.append({"recv_q", *s.recvQ});
    if (s.sendQ)
        f.append({"send_q", *s.sendQ});
    return f;
}

Fields fieldsOf(const Note &n)
{
    Fields f{{"t_us", n.tUs}, {"kind", "note"}};
    if (n.step >= 0)
        f.append({"step", n.step});
    f.append({"text", n.text});
    if (n.lab)
        f.append({"lab", true});
    return f;
}

Fields fieldsOf(const TraceEvent &event)
{
    Fields f = std::visit([](const auto &e) { return fieldsOf(e); }, event);
    if (const qint64 paused = eventPausedUs(event); paused > 0)
        f.append({"paused_us", paused});
    return f;
}

// ---- reading ----------------------------------------------------------------------------------

CallRecord readCall(const JsonFieldReader &r)
{
    CallRecord c;
    c.actor = r.enumChoice<actorName, Actor::Server>("actor");
    c.step = int(r.optionalInteger("step", 0, kInt32Max).value_or(-1));
    c.call = r.string("call");
    c.text = r.string("text");
    c.ret = r.integer("ret");
    c.durationUs = r.integer("duration_us", 0);
    if (r.has("errno")) {
        c.errnoNumber = int(r.integer("errno", 1, kInt32Max));
        c.errnoName = r.string("errno_name");
        c.errnoMessage = r.string("errno_message");
    }
    c.timedOut = r.boolean("timed_out");
    const QString data = r.optionalString("data");
    if (data.size() > kKeptDataBytes || std::any_of(data.cbegin(), data.cend(), [](QChar ch) { return ch.unicode() > 0xff; }))
        r.reject("data", QCoreApplication::translate("FinAck::TraceJson", "at most %1 characters from U+0000 to U+00FF (one per byte)")
                             .arg(kKeptDataBytes));
    else
        c.data = data.toLatin1();
    c.api = r.optionalString("api");
    c.returnType = ReturnType(r.optionalChoice("ret_type", kReturnTypes, 0));
    if (r.has("qt_error")) {
        c.qtError = r.string("qt_error");
        c.qtErrorString = r.string("qt_error_string");
    }
    return c;
}

SignalRecord readSignal(const JsonFieldReader &r)
{
    SignalRecord s;
    s.actor = r.enumChoice<actorName, Actor::Server>("actor");
    s.step = int(r.optionalInteger("step", 0, kInt32Max).value_or(-1));
    s.object = r.string("object");
    s.signal = r.string("signal");
    const QJsonArray arguments = r.array("arguments", QCoreApplication::translate("FinAck::TraceJson", "an array of strings"));
    for (qsizetype i = 0; i < arguments.size() && !r.failed(); ++i) {
        if (!arguments.at(i).isString())
            r.reject(JsonFieldReader::elementKey("arguments", i), QCoreApplication::translate("FinAck::TraceJson", "a string"),
                     arguments.at(i));
        s.arguments.append(arguments.at(i).toString());
    }
    s.during = r.optionalString("during");
    return s;
}

Segment readSegment(const JsonFieldReader &r)
{
    static const QStringList names = flagNames();
    Segment s;
    s.from = r.enumChoice<actorName, Actor::Server>("from");
    const Actor to = r.enumChoice<actorName, Actor::Server>("to");
    if (!r.failed() && to != s.to())
        //: client and server here are JSON values: keep them
        r.fail("to", QCoreApplication::translate("FinAck::TraceJson", "expected \"%1\" (the peer of \"%2\"), got \"%3\"")
                         .arg(actorName(s.to()), actorName(s.from), actorName(to)));
    const QJsonArray flags = r.array("flags", QCoreApplication::translate("FinAck::TraceJson", "an array of flag names"));
    for (qsizetype i = 0; i < flags.size() && !r.failed(); ++i) {
        const QString key = JsonFieldReader::elementKey("flags", i);
        const quint8 bit = kFlags[r.choiceOf(flags.at(i), key, names)].first;
        if (s.has(bit))
            r.fail(key, QCoreApplication::translate("FinAck::TraceJson", "expected each flag at most once, got %1 again")
                            .arg(JsonFieldReader::describe(flags.at(i))));
        s.flags |= bit;
    }
    s.seq = quint32(r.integer("seq", 0, kUInt32Max));
    s.ack = quint32(r.integer("ack", 0, kUInt32Max));
    s.len = quint32(r.integer("len", 0, kUInt32Max));
    s.win = quint32(r.integer("win", 0, kUInt32Max));
    s.source = SegmentSource(r.choice("source", kSegmentSources));
    s.dropped = r.boolean("dropped");
    return s;
}

StateChange readState(const JsonFieldReader &r)
{
    StateChange s;
    s.actor = r.enumChoice<actorName, Actor::Server>("actor");
    s.state = r.enumChoice<tcpStateName, TcpState::TimeWait>("state");
    s.source = StateSource(r.choice("source", kStateSources));
    s.timerMs = r.optionalInteger("timer_ms", 0, kInt64Max);
    s.recvQ = r.optionalInteger("recv_q", 0, kInt64Max);
    s.sendQ = r.optionalInteger("send_q", 0, kInt64Max);
    return s;
}

Note readNote(const JsonFieldReader &r)
{
    Note n;
    n.step = int(r.optionalInteger("step", 0, kInt32Max).value_or(-1));
    n.text = r.string("text");
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
    const qint64 t = r.integer("t_us", 0);
    const int kind = r.choice("kind", kKinds);
    if (!r.failed() && kind == kSignalKind && version < kSignalFormatVersion)
        //: %1 lists the event kinds (call, segment…), "signal" is one too: keep them
        r.fail("kind",
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
    const qint64 paused = r.failed() ? 0 : r.optionalInteger("paused_us", 0, kInt64Max).value_or(0);
    if (!r.failed() && paused > t)
        //: t_us is a JSON key: keep it
        r.fail("paused_us", QCoreApplication::translate("FinAck::TraceJson",
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
    const int version = int(top.failed() ? 1 : top.integer("version"));
    trace.setScenarioId(top.string("scenario"));
    trace.setScenarioTitle(top.optionalString("title"));
    trace.setOriginUs(top.optionalInteger("origin_us", 0, kInt64Max).value_or(0));

    const JsonFieldReader p = top.object("platform");
    TracePlatform platform;
    platform.os = p.string("os");
    platform.kernel = p.string("kernel");
    platform.network = p.string("network");
    platform.segments = SegmentSource(p.choice("segments", kSegmentSources));
    platform.captureError = p.optionalString("capture_error");
    platform.clientApi = p.optionalString("client_api", QStringLiteral("posix"));
    trace.setPlatform(platform);

    const JsonFieldReader e = top.object("endpoints");
    trace.setEndpoint(Actor::Client, e.string("client"));
    trace.setEndpoint(Actor::Server, e.string("server"));
    return version;
}

void readEvents(const JsonFieldReader &top, Trace &trace, int version)
{
    const QJsonArray events = top.array("events", QCoreApplication::translate("FinAck::TraceJson", "an array of events"));
    // Counted before any is built: what a picture or the window does with them grows with the count.
    if (events.size() > kMaxTraceEvents) {
        //: %1 the number of events in the file, %2 the most FinAck reads
        top.fail("events", QCoreApplication::translate("FinAck::TraceJson", "%1 events, at most %2")
                               .arg(QString::number(events.size()), QString::number(kMaxTraceEvents)));
        return;
    }
    qint64 previous = 0;
    for (qsizetype i = 0; i < events.size() && !top.failed(); ++i) {
        const QString key = JsonFieldReader::elementKey("events", i);
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
    Fields platform{{"os", p.os}, {"kernel", p.kernel}, {"network", p.network}, {"segments", kSegmentSources[int(p.segments)]}};
    if (!p.captureError.isEmpty())
        platform.append({"capture_error", p.captureError});
    if (p.clientApi != QLatin1String("posix"))
        platform.append({"client_api", p.clientApi});

    // The lowest version that holds the content: a trace without signals stays readable by
    // FinAcks that know version 1 only.
    const bool hasSignals = std::any_of(trace.events().cbegin(), trace.events().cend(),
                                        [](const TraceEvent &e) { return std::holds_alternative<SignalRecord>(e); });
    Fields top{{"format", kFormat}, {"version", hasSignals ? kSignalFormatVersion : 1}, {"scenario", trace.scenarioId()}};
    if (!trace.scenarioTitle().isEmpty())
        top.append({"title", trace.scenarioTitle()});
    if (trace.originUs() > 0)
        top.append({"origin_us", trace.originUs()});

    QByteArray out = "{\n";
    for (const auto &[key, value] : top)
        out += "    " + compact(key) + ": " + compact(value) + ",\n";
    out += "    \"platform\": " + writeObject(platform) + ",\n";
    out += "    \"endpoints\": " + writeObject({{"client", trace.endpoint(Actor::Client)}, {"server", trace.endpoint(Actor::Server)}})
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
