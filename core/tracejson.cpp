#include "tracejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

#include <array>
#include <limits>
#include <utility>

namespace FinAck {

namespace {

constexpr auto kFormat = "finack-trace";
// A run of a few steps is kilobytes; this only stops an unrelated huge file from eating memory.
constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kInt32Max = std::numeric_limits<int>::max();
constexpr qint64 kUInt32Max = std::numeric_limits<quint32>::max();

// Written in this order; a reader accepts any order.
constexpr std::array<std::pair<quint8, const char *>, 5> kFlags{{
    {TcpFlag::Syn, "SYN"}, {TcpFlag::Ack, "ACK"}, {TcpFlag::Fin, "FIN"},
    {TcpFlag::Rst, "RST"}, {TcpFlag::Psh, "PSH"},
}};

const QStringList kKinds{"call", "segment", "state", "note"};
const QStringList kActors{"client", "server"};
const QStringList kSegmentSources{"captured", "inferred"};
const QStringList kStateSources{"observed", "derived"};

QStringList stateNames()
{
    QStringList names;
    for (int s = int(TcpState::Closed); s <= int(TcpState::TimeWait); ++s)
        names.append(tcpStateName(TcpState(s)));
    return names;
}

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
    if (c.failed())
        f += Fields{{"errno", c.errnoNumber}, {"errno_name", c.errnoName}, {"errno_message", c.errnoMessage}};
    if (c.timedOut)
        f.append({"timed_out", true});
    return f;
}

Fields fieldsOf(const Segment &s)
{
    QJsonArray flags;
    for (const auto &[bit, name] : kFlags) {
        if (s.has(bit))
            flags.append(QString::fromLatin1(name));
    }
    Fields f{{"t_us", s.tUs}, {"kind", "segment"}, {"from", actorName(s.from)}, {"to", actorName(s.to())},
             {"flags", flags}, {"seq", qint64(s.seq)}, {"ack", qint64(s.ack)}, {"len", qint64(s.len)},
             {"win", qint64(s.win)}, {"source", kSegmentSources[int(s.source)]}};
    if (s.dropped)
        f.append({"dropped", true});
    return f;
}

Fields fieldsOf(const StateChange &s)
{
    Fields f{{"t_us", s.tUs}, {"kind", "state"}, {"actor", actorName(s.actor)},
             {"state", tcpStateName(s.state)}, {"source", kStateSources[int(s.source)]}};
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
    return f;
}

Fields fieldsOf(const TraceEvent &event)
{
    return std::visit([](const auto &e) { return fieldsOf(e); }, event);
}

// ---- reading ----------------------------------------------------------------------------------

// What a value is, for "got ...": short and on one line whatever the input holds.
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Double: {
        const qint64 whole = v.toInteger(0);
        return whole == v.toInteger(1) ? QString::number(whole) : QString::number(v.toDouble(), 'g', 17);
    }
    case QJsonValue::String: break;
    }
    QString s = v.toString();
    const bool cut = s.size() > 40;
    s.truncate(40);
    return QString::fromUtf8(compact(s)) + (cut ? QStringLiteral("...") : QString());
}

// The first error wins; later reads return defaults, so parsers read straight through and check
// once. Nothing here recurses: the format is at most three containers deep.
class Errors
{
public:
    bool failed() const { return !m_message.isEmpty(); }
    const QString &message() const { return m_message; }
    void fail(const QString &path, const QString &what)
    {
        if (!failed())
            m_message = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    }

private:
    QString m_message;
};

class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, Errors &errors)
        : m_object(object), m_path(std::move(path)), m_errors(errors) {}

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    QString string(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        check(key, v, required, QStringLiteral("a string"));
        return {};
    }

    qint64 integer(const QString &key, qint64 min, qint64 max, bool required = true, qint64 absent = 0)
    {
        const QJsonValue v = m_object.value(key);
        const QString expected = min == std::numeric_limits<qint64>::min()
            ? QStringLiteral("an integer")
            : max == kInt64Max ? QStringLiteral("an integer >= %1").arg(min)
                               : QStringLiteral("an integer from %1 to %2").arg(min).arg(max);
        // toInteger() falls back to its default unless the number is whole and fits in 64 bits.
        const qint64 a = v.toInteger(0);
        if (v.isDouble() && a == v.toInteger(1) && a >= min && a <= max)
            return a;
        check(key, v, required, expected);
        return absent;
    }

    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max)
    {
        if (!has(key))
            return std::nullopt;
        return integer(key, min, max);
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        check(key, v, false, QStringLiteral("true or false"));
        return false;
    }

    // Index of the value in `names`; 0 after an error so callers can index without checking.
    int choice(const QString &key, const QStringList &names)
    {
        const QJsonValue v = m_object.value(key);
        const int index = v.isString() ? int(names.indexOf(v.toString())) : -1;
        if (index >= 0)
            return index;
        check(key, v, true, QStringLiteral("one of ") + names.join(QStringLiteral(", ")));
        return 0;
    }

    void fail(const QString &key, const QString &what) { m_errors.fail(path(key), what); }

private:
    void check(const QString &key, const QJsonValue &v, bool required, const QString &expected)
    {
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("missing required field, expected ") + expected);
        } else {
            fail(key, QStringLiteral("expected %1, got %2").arg(expected, describe(v)));
        }
    }

    QJsonObject m_object;
    QString m_path;
    Errors &m_errors;
};

CallRecord readCall(FieldReader &r)
{
    CallRecord c;
    c.actor = Actor(r.choice("actor", kActors));
    c.step = int(r.integer("step", 0, kInt32Max, false, -1));
    c.call = r.string("call");
    c.text = r.string("text");
    c.ret = r.integer("ret", std::numeric_limits<qint64>::min(), kInt64Max);
    c.durationUs = r.integer("duration_us", 0, kInt64Max);
    if (r.has("errno")) {
        c.errnoNumber = int(r.integer("errno", 1, kInt32Max));
        c.errnoName = r.string("errno_name");
        c.errnoMessage = r.string("errno_message");
    }
    c.timedOut = r.boolean("timed_out");
    return c;
}

Segment readSegment(FieldReader &r, Errors &errors)
{
    Segment s;
    s.from = Actor(r.choice("from", kActors));
    const Actor to = Actor(r.choice("to", kActors));
    if (!errors.failed() && to != s.to())
        r.fail("to", QStringLiteral("expected \"%1\" (the peer of \"%2\"), got \"%3\"")
                         .arg(actorName(s.to()), actorName(s.from), actorName(to)));
    const QJsonValue flags = r.value("flags");
    if (!flags.isArray()) {
        r.fail("flags", flags.isUndefined()
                   ? QStringLiteral("missing required field, expected an array of flag names")
                   : QStringLiteral("expected an array of flag names, got ") + describe(flags));
    }
    const QJsonArray flagArray = flags.toArray();
    for (qsizetype i = 0; i < flagArray.size() && !errors.failed(); ++i) {
        const QString key = QStringLiteral("flags[%1]").arg(i);
        const QJsonValue name = flagArray.at(i);
        const auto found = std::find_if(kFlags.begin(), kFlags.end(), [&](const auto &flag) {
            return name.isString() && name.toString() == QLatin1String(flag.second);
        });
        if (found == kFlags.end())
            r.fail(key, QStringLiteral("expected one of %1, got %2").arg(flagNames().join(QStringLiteral(", ")), describe(name)));
        else if (s.has(found->first))
            r.fail(key, QStringLiteral("expected each flag at most once, got %1 again").arg(describe(name)));
        else
            s.flags |= found->first;
    }
    s.seq = quint32(r.integer("seq", 0, kUInt32Max));
    s.ack = quint32(r.integer("ack", 0, kUInt32Max));
    s.len = quint32(r.integer("len", 0, kUInt32Max));
    s.win = quint32(r.integer("win", 0, kUInt32Max));
    s.source = SegmentSource(r.choice("source", kSegmentSources));
    s.dropped = r.boolean("dropped");
    return s;
}

StateChange readState(FieldReader &r)
{
    static const QStringList names = stateNames();
    StateChange s;
    s.actor = Actor(r.choice("actor", kActors));
    s.state = TcpState(r.choice("state", names));
    s.source = StateSource(r.choice("source", kStateSources));
    s.timerMs = r.optionalInteger("timer_ms", 0, kInt64Max);
    s.recvQ = r.optionalInteger("recv_q", 0, kInt64Max);
    s.sendQ = r.optionalInteger("send_q", 0, kInt64Max);
    return s;
}

Note readNote(FieldReader &r)
{
    Note n;
    n.step = int(r.integer("step", 0, kInt32Max, false, -1));
    n.text = r.string("text");
    return n;
}

std::optional<TraceEvent> readEvent(const QJsonValue &value, const QString &path, Errors &errors)
{
    if (!value.isObject()) {
        errors.fail(path, QStringLiteral("expected an event object, got ") + describe(value));
        return std::nullopt;
    }
    FieldReader r(value.toObject(), path, errors);
    const qint64 t = r.integer("t_us", 0, kInt64Max);
    const int kind = r.choice("kind", kKinds);
    if (errors.failed())
        return std::nullopt;
    TraceEvent event;
    switch (kind) {
    case 0: event = readCall(r); break;
    case 1: event = readSegment(r, errors); break;
    case 2: event = readState(r); break;
    default: event = readNote(r); break;
    }
    if (errors.failed())
        return std::nullopt;
    std::visit([t](auto &e) { e.tUs = t; }, event);
    return event;
}

void readHeader(FieldReader &r, Trace &trace, Errors &errors)
{
    // First, so that some other JSON file gets the one message that matters.
    const QJsonValue format = r.value("format");
    if (format.isUndefined())
        r.fail("format", QStringLiteral("missing required field, expected \"%1\"").arg(kFormat));
    else if (format.toString() != QLatin1String(kFormat))
        r.fail("format", QStringLiteral("expected \"%1\", got %2").arg(kFormat, describe(format)));
    const qint64 version = r.integer("version", 1, kInt64Max);
    if (!errors.failed() && version > kTraceFormatVersion)
        r.fail("version", QStringLiteral("expected %2, got %1: the file is from a newer FinAck (format version %1); "
                                         "this one reads version %2 only").arg(version).arg(kTraceFormatVersion));
    trace.setScenarioId(r.string("scenario"));
    trace.setScenarioTitle(r.string("title", false));
    trace.setOriginUs(r.integer("origin_us", 0, kInt64Max, false));
}

void readObjects(FieldReader &top, Trace &trace, Errors &errors)
{
    const auto object = [&](const QString &key) {
        const QJsonValue v = top.value(key);
        if (!v.isObject())
            top.fail(key, v.isUndefined() ? QStringLiteral("missing required field, expected an object")
                                          : QStringLiteral("expected an object, got ") + describe(v));
        return v.toObject();
    };
    FieldReader p(object("platform"), top.path("platform"), errors);
    TracePlatform platform;
    platform.os = p.string("os");
    platform.kernel = p.string("kernel");
    platform.network = p.string("network");
    platform.segments = SegmentSource(p.choice("segments", kSegmentSources));
    platform.captureError = p.string("capture_error", false);
    trace.setPlatform(platform);

    FieldReader e(object("endpoints"), top.path("endpoints"), errors);
    trace.setEndpoint(Actor::Client, e.string("client"));
    trace.setEndpoint(Actor::Server, e.string("server"));
}

void readEvents(FieldReader &top, Trace &trace, Errors &errors)
{
    const QJsonValue events = top.value("events");
    if (!events.isArray()) {
        top.fail("events", events.isUndefined() ? QStringLiteral("missing required field, expected an array of events")
                                                : QStringLiteral("expected an array of events, got ") + describe(events));
        return;
    }
    const QJsonArray array = events.toArray();
    qint64 previous = 0;
    for (qsizetype i = 0; i < array.size() && !errors.failed(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        const std::optional<TraceEvent> event = readEvent(array.at(i), path, errors);
        if (!event)
            return;
        // Readers may rely on the order, so a file out of order is refused rather than sorted.
        if (eventTime(*event) < previous) {
            errors.fail(path + QStringLiteral(".t_us"),
                        QStringLiteral("expected an integer >= %1 (events are in time order), got %2")
                            .arg(previous).arg(eventTime(*event)));
            return;
        }
        previous = eventTime(*event);
        trace.appendRelative(*event);
    }
}

QString lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
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
    Errors errors;
    std::optional<TraceEvent> event = readEvent(value, path, errors);
    if (!event && error)
        *error = errors.message();
    return event;
}

QByteArray toJson(const Trace &trace)
{
    const TracePlatform &p = trace.platform();
    Fields platform{{"os", p.os}, {"kernel", p.kernel}, {"network", p.network},
                    {"segments", kSegmentSources[int(p.segments)]}};
    if (!p.captureError.isEmpty())
        platform.append({"capture_error", p.captureError});

    Fields top{{"format", kFormat}, {"version", kTraceFormatVersion}, {"scenario", trace.scenarioId()}};
    if (!trace.scenarioTitle().isEmpty())
        top.append({"title", trace.scenarioTitle()});
    if (trace.originUs() > 0)
        top.append({"origin_us", trace.originUs()});

    QByteArray out = "{\n";
    for (const auto &[key, value] : top)
        out += "    " + compact(key) + ": " + compact(value) + ",\n";
    out += "    \"platform\": " + writeObject(platform) + ",\n";
    out += "    \"endpoints\": " + writeObject({{"client", trace.endpoint(Actor::Client)},
                                                {"server", trace.endpoint(Actor::Server)}}) + ",\n";
    out += "    \"events\": [";
    for (int i = 0; i < trace.size(); ++i)
        out += (i == 0 ? "\n        " : ",\n        ") + eventToJsonLine(trace.at(i));
    out += trace.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

bool saveTrace(const Trace &trace, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toJson(trace)) >= 0 && file.commit())
        return true;
    if (error)
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    return false;
}

std::optional<Trace> traceFromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    const QString prefix = sourceName + QStringLiteral(": ");
    if (json.trimmed().isEmpty())
        return fail(error, prefix + QStringLiteral("the file is empty, expected a FinAck trace (JSON)"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, prefix + lineAndColumn(json, parseError.offset)
                               + QStringLiteral(": JSON parse error: ") + parseError.errorString());
    if (!document.isObject())
        return fail(error, prefix + QStringLiteral("expected a JSON object at the top level, got an array"));

    Errors errors;
    Trace trace;
    FieldReader top(document.object(), QString(), errors);
    readHeader(top, trace, errors);
    readObjects(top, trace, errors);
    readEvents(top, trace, errors);
    if (errors.failed())
        return fail(error, prefix + errors.message());
    return trace;
}

std::optional<Trace> loadTrace(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (!file.isSequential() && file.size() > kMaxFileBytes)
        return fail(error, QStringLiteral("%1: file too large, expected a FinAck trace of at most %2 MiB")
                               .arg(path).arg(kMaxFileBytes / (1024 * 1024)));
    const QByteArray json = file.readAll();
    if (json.size() > kMaxFileBytes) // a pipe or a /proc file, whose size is not known up front
        return fail(error, QStringLiteral("%1: file too large, expected a FinAck trace of at most %2 MiB")
                               .arg(path).arg(kMaxFileBytes / (1024 * 1024)));
    return traceFromJson(json, path, error);
}

} // namespace FinAck
