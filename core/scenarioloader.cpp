#include "scenarioloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "posixsocketapi.h"

#include <climits>

namespace FinAck {

namespace {

constexpr int kMaxSteps = 1000;              // a lesson, not a load test
constexpr qint64 kMaxTransferBytes = 64 << 20; // per send / recv
constexpr int kMaxTimeoutMs = 600000;

// Thrown inside the loader only; turned into the one-line error at its boundary.
struct LoadError {
    QString path;
    QString message;
};

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::String: return QLatin1Char('"') + v.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Typed access to one JSON object that knows its own path for error messages.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path)
        : m_object(object), m_path(std::move(path)) {}

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key) const { return m_object.value(key); }

    [[noreturn]] void fail(const QString &key, const QString &expected) const
    {
        throw LoadError{path(key), QStringLiteral("expected %1, got %2").arg(expected, describe(m_object.value(key)))};
    }

    QString string(const QString &key, bool required = false, const QString &fallback = {}) const
    {
        if (!has(key)) {
            if (required)
                throw LoadError{path(key), QStringLiteral("missing; expected a string")};
            return fallback;
        }
        if (!m_object.value(key).isString())
            fail(key, QStringLiteral("a string"));
        return m_object.value(key).toString();
    }

    qint64 integer(const QString &key, qint64 min, qint64 max, qint64 fallback) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
            fail(key, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        return qint64(d);
    }

    bool boolean(const QString &key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        if (!m_object.value(key).isBool())
            fail(key, QStringLiteral("true or false"));
        return m_object.value(key).toBool();
    }

    QString oneOf(const QString &key, const QStringList &choices, bool required, const QString &fallback = {}) const
    {
        const QString value = string(key, required, fallback);
        if (has(key) && !choices.contains(value))
            fail(key, QStringLiteral("one of %1").arg(choices.join(QStringLiteral(", "))));
        return value;
    }

    Fields object(const QString &key) const
    {
        if (!m_object.value(key).isObject())
            fail(key, QStringLiteral("an object"));
        return Fields(m_object.value(key).toObject(), path(key));
    }

    QJsonArray array(const QString &key, bool required) const
    {
        if (!has(key)) {
            if (required)
                throw LoadError{path(key), QStringLiteral("missing; expected an array")};
            return {};
        }
        if (!m_object.value(key).isArray())
            fail(key, QStringLiteral("an array"));
        return m_object.value(key).toArray();
    }

    QStringList keys() const { return m_object.keys(); }

private:
    QJsonObject m_object;
    QString m_path;
};

Fields element(const QJsonArray &array, int i, const QString &path)
{
    const QString here = QStringLiteral("%1[%2]").arg(path).arg(i);
    if (!array.at(i).isObject())
        throw LoadError{here, QStringLiteral("expected an object, got %1").arg(describe(array.at(i)))};
    return Fields(array.at(i).toObject(), here);
}

Actor actorField(const Fields &f, const QString &key)
{
    const QString name = f.oneOf(key, {QStringLiteral("client"), QStringLiteral("server")}, true);
    return *actorFromName(name);
}

TcpState stateValue(const QJsonValue &v, const QString &path)
{
    const auto state = v.isString() ? tcpStateFromName(v.toString()) : std::nullopt;
    if (!state)
        throw LoadError{path, QStringLiteral("expected a TCP state name such as ESTABLISHED or TIME_WAIT, got %1").arg(describe(v))};
    return *state;
}

quint8 flagsValue(const QJsonValue &v, const QString &path)
{
    static const QMap<QString, quint8> names{{QStringLiteral("SYN"), TcpFlag::Syn}, {QStringLiteral("ACK"), TcpFlag::Ack},
                                             {QStringLiteral("FIN"), TcpFlag::Fin}, {QStringLiteral("RST"), TcpFlag::Rst},
                                             {QStringLiteral("PSH"), TcpFlag::Psh}};
    if (!v.isArray() || v.toArray().isEmpty())
        throw LoadError{path, QStringLiteral("expected a non-empty array of flag names, got %1").arg(describe(v))};
    quint8 flags = 0;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString name = array.at(i).toString();
        if (!names.contains(name))
            throw LoadError{QStringLiteral("%1[%2]").arg(path).arg(i),
                            QStringLiteral("expected one of SYN, ACK, FIN, RST, PSH, got %1").arg(describe(array.at(i)))};
        flags |= names.value(name);
    }
    return flags;
}

void readOption(const Fields &f, ScenarioStep &step, const SocketApi &api)
{
    const QJsonValue v = f.raw(QStringLiteral("option"));
    if (v.isString()) {
        step.option.name = v.toString();
        if (!api.knowsOption(step.option.name))
            f.fail(QStringLiteral("option"), QStringLiteral("SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, "
                                                            "TCP_USER_TIMEOUT or {\"level\": N, \"option\": N}"));
    } else if (v.isObject()) {
        const Fields raw = f.object(QStringLiteral("option"));
        step.option.level = int(raw.integer(QStringLiteral("level"), 0, 65535, -1));
        step.option.option = int(raw.integer(QStringLiteral("option"), 0, 65535, -1));
        if (step.option.level < 0 || step.option.option < 0)
            throw LoadError{f.path(QStringLiteral("option")), QStringLiteral("expected both \"level\" and \"option\" numbers")};
    } else {
        f.fail(QStringLiteral("option"), QStringLiteral("an option name or {\"level\": N, \"option\": N}"));
    }
    if (step.call != CallKind::Setsockopt)
        return;
    const QJsonValue value = f.raw(QStringLiteral("value"));
    if (step.option.name == QLatin1String("SO_LINGER")) {
        const Fields linger = f.object(QStringLiteral("value"));
        step.value.isLinger = true;
        step.value.lingerOnOff = int(linger.integer(QStringLiteral("onoff"), 0, 1, 1));
        step.value.lingerSeconds = int(linger.integer(QStringLiteral("seconds"), 0, 3600, 0));
    } else if (value.isBool()) {
        step.value.value = value.toBool() ? 1 : 0;
    } else {
        step.value.value = int(f.integer(QStringLiteral("value"), INT_MIN, INT_MAX, 1));
    }
}

ScenarioStep readStep(const Fields &f, const SocketApi &api)
{
    ScenarioStep step;
    step.actor = actorField(f, QStringLiteral("actor"));
    const QString callName = f.oneOf(QStringLiteral("call"), callKindNames(), true);
    step.call = *callKindFromName(callName);
    const bool client = step.actor == Actor::Client;
    const bool onListener = step.call == CallKind::Bind || step.call == CallKind::Listen || step.call == CallKind::Accept;
    const QString defaultFd = client ? QStringLiteral("sock") : (onListener ? QStringLiteral("listener") : QStringLiteral("conn"));
    step.fd = f.string(QStringLiteral("fd"), false, defaultFd);
    switch (step.call) {
    case CallKind::Socket:
        step.as = f.string(QStringLiteral("as"), false, client ? QStringLiteral("sock") : QStringLiteral("listener"));
        break;
    case CallKind::Accept:
        step.as = f.string(QStringLiteral("as"), false, QStringLiteral("conn"));
        break;
    case CallKind::Dup:
        step.as = f.string(QStringLiteral("as"), true);
        break;
    case CallKind::Send: {
        const QByteArray data = f.string(QStringLiteral("data"), true).toUtf8();
        const qint64 repeat = f.integer(QStringLiteral("repeat"), 1, kMaxTransferBytes, 1);
        if (data.isEmpty() || data.size() * repeat > kMaxTransferBytes)
            throw LoadError{f.path(QStringLiteral("data")), QStringLiteral("expected 1 to %1 bytes in all (data × repeat)").arg(kMaxTransferBytes)};
        step.data = data.repeated(repeat);
        step.dontWait = f.boolean(QStringLiteral("dontwait"), false);
        break;
    }
    case CallKind::Recv:
        step.size = f.integer(QStringLiteral("size"), 1, kMaxTransferBytes, 1024);
        step.recvFlags.peek = f.boolean(QStringLiteral("peek"), false);
        step.recvFlags.dontWait = f.boolean(QStringLiteral("dontwait"), false);
        break;
    case CallKind::Shutdown: {
        const QString how = f.oneOf(QStringLiteral("how"), {QStringLiteral("SHUT_RD"), QStringLiteral("SHUT_WR"), QStringLiteral("SHUT_RDWR")}, true);
        step.how = how == QLatin1String("SHUT_RD") ? ShutdownHow::Read : how == QLatin1String("SHUT_WR") ? ShutdownHow::Write : ShutdownHow::Both;
        break;
    }
    case CallKind::Setsockopt:
    case CallKind::Getsockopt:
        readOption(f, step, api);
        break;
    case CallKind::Bind:
        if (f.has(QStringLiteral("port")))
            step.port = quint16(f.integer(QStringLiteral("port"), 0, 65535, 0));
        break;
    case CallKind::Listen:
        step.backlog = int(f.integer(QStringLiteral("backlog"), 0, 4096, 16));
        break;
    case CallKind::Connect:
    case CallKind::Close:
        break;
    }
    step.timeoutMs = int(f.integer(QStringLiteral("timeout_ms"), 1, kMaxTimeoutMs, 5000));
    if (f.has(QStringLiteral("settle_ms")))
        step.settleMs = int(f.integer(QStringLiteral("settle_ms"), 0, kMaxTimeoutMs, 0));
    step.blocks = f.boolean(QStringLiteral("blocks"), false);
    step.note = f.string(QStringLiteral("note"));
    return step;
}

// The standard way in: a listener on 127.0.0.1 (ephemeral port), a client that connects, and
// the server's accept. Recorded like any step, so the handshake is on the diagram too.
QList<ScenarioStep> connectedSetup()
{
    auto make = [](Actor actor, CallKind call, const QString &fd, const QString &as = {}) {
        ScenarioStep s;
        s.actor = actor;
        s.call = call;
        s.fd = fd;
        s.as = as;
        s.setup = true;
        return s;
    };
    const QString listener = QStringLiteral("listener");
    const QString sock = QStringLiteral("sock");
    return {
        make(Actor::Server, CallKind::Socket, {}, listener),
        make(Actor::Server, CallKind::Bind, listener),
        make(Actor::Server, CallKind::Listen, listener),
        make(Actor::Client, CallKind::Socket, {}, sock),
        make(Actor::Client, CallKind::Connect, sock),
        make(Actor::Server, CallKind::Accept, listener, QStringLiteral("conn")),
    };
}

Expectation readExpectation(const Fields &f)
{
    Expectation e;
    const QJsonArray calls = f.array(QStringLiteral("calls"), false);
    for (int i = 0; i < calls.size(); ++i) {
        const Fields c = element(calls, i, f.path(QStringLiteral("calls")));
        ExpectedCall call;
        call.step = int(c.integer(QStringLiteral("step"), 0, kMaxSteps, -1));
        if (call.step < 0)
            throw LoadError{c.path(QStringLiteral("step")), QStringLiteral("missing; expected the index of an author step")};
        if (c.has(QStringLiteral("ret")))
            call.ret = c.integer(QStringLiteral("ret"), -1, kMaxTransferBytes, 0);
        call.errnoName = c.string(QStringLiteral("errno"));
        e.calls << call;
    }
    if (f.has(QStringLiteral("final_states"))) {
        const Fields states = f.object(QStringLiteral("final_states"));
        for (const QString &key : states.keys()) {
            const auto actor = actorFromName(key);
            if (!actor)
                throw LoadError{states.path(key), QStringLiteral("expected \"client\" or \"server\" as the key")};
            e.finalStates.insert(*actor, stateValue(states.raw(key), states.path(key)));
        }
    }
    const QJsonArray segments = f.array(QStringLiteral("segments"), false);
    for (int i = 0; i < segments.size(); ++i) {
        const Fields s = element(segments, i, f.path(QStringLiteral("segments")));
        ExpectedSegment seg;
        seg.from = actorField(s, QStringLiteral("from"));
        seg.flags = flagsValue(s.raw(QStringLiteral("flags")), s.path(QStringLiteral("flags")));
        e.segments << seg;
    }
    return e;
}

Scenario readScenario(const Fields &top, const SocketApi &api)
{
    if (top.string(QStringLiteral("format"), true) != QLatin1String("finack-scenario"))
        top.fail(QStringLiteral("format"), QStringLiteral("\"finack-scenario\""));
    const qint64 version = top.integer(QStringLiteral("version"), 1, 1000000, -1);
    if (version == -1)
        throw LoadError{QStringLiteral("version"), QStringLiteral("missing; expected 1")};
    if (version > 1)
        throw LoadError{QStringLiteral("version"), QStringLiteral("version %1 is newer than this FinAck reads (1); update FinAck").arg(version)};

    Scenario s;
    s.id = top.string(QStringLiteral("id"), true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!idPattern.match(s.id).hasMatch())
        top.fail(QStringLiteral("id"), QStringLiteral("lowercase letters, digits and dashes"));
    s.group = top.oneOf(QStringLiteral("group"), {QStringLiteral("graceful"), QStringLiteral("abortive"), QStringLiteral("errors"), QStringLiteral("faults")},
                        false, QStringLiteral("graceful"));
    s.title = top.string(QStringLiteral("title"), true);
    s.summary = top.string(QStringLiteral("summary"));
    s.explanation = top.string(QStringLiteral("explanation"));

    const QString setup = top.oneOf(QStringLiteral("setup"), {QStringLiteral("connected"), QStringLiteral("none")}, false, QStringLiteral("connected"));
    if (setup == QLatin1String("connected"))
        s.steps = connectedSetup();

    const QJsonArray steps = top.array(QStringLiteral("steps"), true);
    if (steps.isEmpty() || steps.size() > kMaxSteps)
        throw LoadError{QStringLiteral("steps"), QStringLiteral("expected 1 to %1 steps, got %2").arg(kMaxSteps).arg(steps.size())};
    for (int i = 0; i < steps.size(); ++i)
        s.steps << readStep(element(steps, i, QStringLiteral("steps")), api);

    if (top.has(QStringLiteral("expect"))) {
        const Fields expect = top.object(QStringLiteral("expect"));
        for (const QString &platform : expect.keys()) {
            if (platform != QLatin1String("linux") && platform != QLatin1String("windows") && platform != QLatin1String("textbook"))
                throw LoadError{expect.path(platform), QStringLiteral("expected a platform: linux, windows or textbook")};
            const Expectation e = readExpectation(expect.object(platform));
            for (const ExpectedCall &c : e.calls) {
                if (c.step >= steps.size())
                    throw LoadError{expect.path(platform) + QStringLiteral(".calls"),
                                    QStringLiteral("step %1 does not exist (the scenario has %2 steps)").arg(c.step).arg(steps.size())};
            }
            s.expectations.insert(platform, e);
        }
    }
    return s;
}

} // namespace

std::optional<Scenario> ScenarioLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: cannot open: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > 16 << 20) {
        m_error = QStringLiteral("%1: %2 bytes is too large for a scenario (16 MiB at most)").arg(name).arg(file.size());
        return std::nullopt;
    }
    auto scenario = loadData(file.readAll(), name);
    if (scenario)
        scenario->sourceFile = path;
    return scenario;
}

std::optional<Scenario> ScenarioLoader::loadData(const QByteArray &json, const QString &fileName)
{
    m_error.clear();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        m_error = QStringLiteral("%1: line %2, column %3: not valid JSON: %4").arg(fileName).arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        m_error = QStringLiteral("%1: top level: expected an object").arg(fileName);
        return std::nullopt;
    }
    try {
        PosixSocketApi api;
        return readScenario(Fields(doc.object(), {}), api);
    } catch (const LoadError &e) {
        m_error = QStringLiteral("%1: %2: %3").arg(fileName, e.path, e.message);
        return std::nullopt;
    }
}

std::optional<Scenario> ScenarioLoader::loadByIdOrFile(const QString &idOrPath)
{
    if (idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || idOrPath.contains(QLatin1Char('/')))
        return loadFile(idOrPath);
    if (!builtinIds().contains(idOrPath)) {
        m_error = QStringLiteral("%1: no built-in scenario has this id (finack list shows them)").arg(idOrPath);
        return std::nullopt;
    }
    return loadFile(builtinPath(idOrPath));
}

QStringList ScenarioLoader::builtinIds()
{
    QStringList ids;
    const QStringList files = QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ids << f.chopped(5);
    return ids;
}

QString ScenarioLoader::builtinPath(const QString &id)
{
    return QStringLiteral(":/scenarios/%1.json").arg(id);
}

} // namespace FinAck
