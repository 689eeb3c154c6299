#include "scenarioloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "jsonfieldreader.h"
#include "posixsocketapi.h"

#include <climits>

namespace FinAck {

namespace {

constexpr int kMaxSteps = 1000;              // a lesson, not a load test
constexpr qint64 kMaxTransferBytes = 64 << 20; // per send / recv
constexpr int kMaxTimeoutMs = 600000;
constexpr int kFormatVersion = 1;

const QStringList kGroups{QStringLiteral("graceful"), QStringLiteral("abortive"), QStringLiteral("errors"), QStringLiteral("faults")};
const QStringList kSetups{QStringLiteral("connected"), QStringLiteral("none")};
// In ShutdownHow's order.
const QStringList kShutdownModes{QStringLiteral("SHUT_RD"), QStringLiteral("SHUT_WR"), QStringLiteral("SHUT_RDWR")};
// The order the trace format writes them in, so both files list the same names the same way.
const QStringList kFlagNames{QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN"), QStringLiteral("RST"), QStringLiteral("PSH")};
constexpr quint8 kFlagBits[] = {TcpFlag::Syn, TcpFlag::Ack, TcpFlag::Fin, TcpFlag::Rst, TcpFlag::Psh};

quint8 readFlags(const JsonFieldReader &f)
{
    const QString expected = ScenarioLoader::tr("a non-empty array of flag names");
    const QJsonArray array = f.array(QStringLiteral("flags"), expected);
    if (array.isEmpty())
        f.reject(QStringLiteral("flags"), expected);
    quint8 flags = 0;
    for (qsizetype i = 0; i < array.size() && !f.failed(); ++i)
        flags |= kFlagBits[f.choiceOf(array.at(i), JsonFieldReader::elementKey(QStringLiteral("flags"), i), kFlagNames)];
    return flags;
}

void readOption(const JsonFieldReader &f, ScenarioStep &step, const SocketApi &api)
{
    const QJsonValue v = f.value(QStringLiteral("option"));
    if (v.isString()) {
        step.option.name = v.toString();
        if (!api.knowsOption(step.option.name))
            f.reject(QStringLiteral("option"), ScenarioLoader::tr("SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, "
                                                                  "TCP_USER_TIMEOUT or {\"level\": N, \"option\": N}"));
    } else if (v.isObject()) {
        const JsonFieldReader raw = f.object(QStringLiteral("option"));
        const auto level = raw.optionalInteger(QStringLiteral("level"), 0, 65535);
        const auto option = raw.optionalInteger(QStringLiteral("option"), 0, 65535);
        if (!level || !option)
            //: "level" and "option" are JSON keys: keep them
            f.fail(QStringLiteral("option"), ScenarioLoader::tr("expected both \"level\" and \"option\" numbers"));
        step.option.level = int(level.value_or(-1));
        step.option.option = int(option.value_or(-1));
    } else {
        f.reject(QStringLiteral("option"), ScenarioLoader::tr("an option name or {\"level\": N, \"option\": N}"));
    }
    if (step.call != CallKind::Setsockopt)
        return;
    const QJsonValue value = f.value(QStringLiteral("value"));
    if (step.option.name == QLatin1String("SO_LINGER")) {
        const JsonFieldReader linger = f.object(QStringLiteral("value"));
        step.value.isLinger = true;
        step.value.lingerOnOff = int(linger.optionalInteger(QStringLiteral("onoff"), 0, 1).value_or(1));
        step.value.lingerSeconds = int(linger.optionalInteger(QStringLiteral("seconds"), 0, 3600).value_or(0));
    } else if (value.isBool()) {
        step.value.value = value.toBool() ? 1 : 0;
    } else {
        step.value.value = int(f.optionalInteger(QStringLiteral("value"), INT_MIN, INT_MAX).value_or(1));
    }
}

ScenarioStep readStep(const JsonFieldReader &f, const SocketApi &api)
{
    ScenarioStep step;
    step.actor = f.enumChoice<actorName, Actor::Server>(QStringLiteral("actor"));
    step.call = f.enumChoice<callKindName, CallKind::Crash>(QStringLiteral("call"));
    const bool client = step.actor == Actor::Client;
    const bool onListener = step.call == CallKind::Bind || step.call == CallKind::Listen || step.call == CallKind::Accept;
    const QString defaultFd = client ? QStringLiteral("sock") : (onListener ? QStringLiteral("listener") : QStringLiteral("conn"));
    step.fd = f.optionalString(QStringLiteral("fd"), defaultFd);
    switch (step.call) {
    case CallKind::Socket:
        step.as = f.optionalString(QStringLiteral("as"), client ? QStringLiteral("sock") : QStringLiteral("listener"));
        break;
    case CallKind::Accept:
        step.as = f.optionalString(QStringLiteral("as"), QStringLiteral("conn"));
        break;
    case CallKind::Dup:
        step.as = f.string(QStringLiteral("as"));
        break;
    case CallKind::Send: {
        const QByteArray data = f.string(QStringLiteral("data")).toUtf8();
        const qint64 repeat = f.optionalInteger(QStringLiteral("repeat"), 1, kMaxTransferBytes).value_or(1);
        if (data.isEmpty() || data.size() * repeat > kMaxTransferBytes)
            //: data and repeat are JSON keys: keep them
            f.fail(QStringLiteral("data"), ScenarioLoader::tr("expected 1 to %1 bytes in all (data × repeat)").arg(kMaxTransferBytes));
        else
            step.data = data.repeated(repeat);
        step.dontWait = f.boolean(QStringLiteral("dontwait"));
        break;
    }
    case CallKind::Recv:
        step.size = f.optionalInteger(QStringLiteral("size"), 1, kMaxTransferBytes).value_or(1024);
        step.recvFlags.peek = f.boolean(QStringLiteral("peek"));
        step.recvFlags.dontWait = f.boolean(QStringLiteral("dontwait"));
        break;
    case CallKind::Shutdown:
        step.how = ShutdownHow(f.choice(QStringLiteral("how"), kShutdownModes));
        break;
    case CallKind::Setsockopt:
    case CallKind::Getsockopt:
        readOption(f, step, api);
        break;
    case CallKind::Bind:
    case CallKind::Connect:
        // A number, or the port an actor used last: rebinding the server's port after it closed.
        if (f.value(QStringLiteral("port")).isString())
            step.portOf = f.enumChoice<actorName, Actor::Server>(QStringLiteral("port"));
        else if (const auto port = f.optionalInteger(QStringLiteral("port"), 0, 65535))
            step.port = quint16(*port);
        break;
    case CallKind::Listen:
        step.backlog = int(f.optionalInteger(QStringLiteral("backlog"), 0, 4096).value_or(16));
        break;
    case CallKind::Close:
    case CallKind::Crash:
        break;
    }
    step.timeoutMs = int(f.optionalInteger(QStringLiteral("timeout_ms"), 1, kMaxTimeoutMs).value_or(5000));
    if (const auto settle = f.optionalInteger(QStringLiteral("settle_ms"), 0, kMaxTimeoutMs))
        step.settleMs = int(*settle);
    step.blocks = f.boolean(QStringLiteral("blocks"));
    step.note = f.optionalString(QStringLiteral("note"));
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

Expectation readExpectation(const JsonFieldReader &f)
{
    Expectation e;
    const QString callsKey = QStringLiteral("calls");
    const QJsonArray calls = f.optionalArray(callsKey);
    for (qsizetype i = 0; i < calls.size() && !f.failed(); ++i) {
        const JsonFieldReader c = f.element(callsKey, calls, i);
        ExpectedCall call;
        if (!c.has(QStringLiteral("step")))
            c.reject(QStringLiteral("step"), ScenarioLoader::tr("the index of an author step"));
        call.step = int(c.integer(QStringLiteral("step"), 0, kMaxSteps));
        call.ret = c.optionalInteger(QStringLiteral("ret"), -1, kMaxTransferBytes);
        call.errnoName = c.optionalString(QStringLiteral("errno"));
        e.calls << call;
    }
    if (f.has(QStringLiteral("final_states"))) {
        const JsonFieldReader states = f.object(QStringLiteral("final_states"));
        for (const QString &key : states.keys()) {
            const auto actor = actorFromName(key);
            if (!actor)
                //: "client" and "server" are JSON keys here: keep them
                states.fail(key, ScenarioLoader::tr("expected \"client\" or \"server\" as the key"));
            else
                e.finalStates.insert(*actor, states.enumChoice<tcpStateName, TcpState::TimeWait>(key));
        }
    }
    const QString segmentsKey = QStringLiteral("segments");
    const QJsonArray segments = f.optionalArray(segmentsKey);
    for (qsizetype i = 0; i < segments.size() && !f.failed(); ++i) {
        const JsonFieldReader s = f.element(segmentsKey, segments, i);
        ExpectedSegment seg;
        seg.from = s.enumChoice<actorName, Actor::Server>(QStringLiteral("from"));
        seg.flags = readFlags(s);
        e.segments << seg;
    }
    return e;
}

ScenarioFault readFault(const JsonFieldReader &f, qsizetype stepCount)
{
    ScenarioFault fault;
    fault.atStep = int(f.optionalInteger(QStringLiteral("at_step"), 0, stepCount - 1).value_or(0));
    fault.from = f.enumChoice<actorName, Actor::Server>(QStringLiteral("from"));
    if (f.has(QStringLiteral("flags")))
        fault.flags = readFlags(f);
    fault.exactFlags = f.boolean(QStringLiteral("exact"), false);
    fault.nth = int(f.optionalInteger(QStringLiteral("nth"), 1, 1000).value_or(1));
    fault.count = int(f.optionalInteger(QStringLiteral("count"), 0, 1000).value_or(1));
    fault.note = f.optionalString(QStringLiteral("note"));
    return fault;
}

Scenario readScenario(const JsonFieldReader &top, const SocketApi &api)
{
    top.checkFormat(QStringLiteral("finack-scenario"), kFormatVersion);

    Scenario s;
    s.id = top.string(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!idPattern.match(s.id).hasMatch())
        top.reject(QStringLiteral("id"), ScenarioLoader::tr("lowercase letters, digits and dashes"));
    s.group = kGroups[top.optionalChoice(QStringLiteral("group"), kGroups, 0)];
    s.title = top.string(QStringLiteral("title"));
    s.summary = top.optionalString(QStringLiteral("summary"));
    s.explanation = top.optionalString(QStringLiteral("explanation"));
    s.takeaway = top.optionalString(QStringLiteral("takeaway"));

    if (top.optionalChoice(QStringLiteral("setup"), kSetups, 0) == 0)
        s.steps = connectedSetup();

    const QString stepsKey = QStringLiteral("steps");
    const QJsonArray steps = top.array(stepsKey);
    if (steps.isEmpty() || steps.size() > kMaxSteps)
        top.fail(stepsKey, ScenarioLoader::tr("expected 1 to %1 steps, got %2").arg(kMaxSteps).arg(steps.size()));
    for (qsizetype i = 0; i < steps.size() && !top.failed(); ++i)
        s.steps << readStep(top.element(stepsKey, steps, i), api);

    const QString faultsKey = QStringLiteral("faults");
    const QJsonArray faults = top.optionalArray(faultsKey);
    for (qsizetype i = 0; i < faults.size() && !top.failed(); ++i)
        s.faults << readFault(top.element(faultsKey, faults, i), steps.size());

    if (top.has(QStringLiteral("expect"))) {
        const JsonFieldReader expect = top.object(QStringLiteral("expect"));
        for (const QString &platform : expect.keys()) {
            if (platform != QLatin1String("linux") && platform != QLatin1String("windows") && platform != QLatin1String("textbook"))
                //: linux, windows and textbook are JSON keys: keep them
                expect.fail(platform, ScenarioLoader::tr("expected a platform: linux, windows or textbook"));
            const Expectation e = readExpectation(expect.object(platform));
            for (const ExpectedCall &c : e.calls) {
                if (c.step >= steps.size())
                    expect.fail(platform + QStringLiteral(".calls"),
                                ScenarioLoader::tr("step %1 does not exist (the scenario has %n steps)", nullptr, int(steps.size())).arg(c.step));
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
        m_error = tr("%1: cannot open: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > 16 << 20) {
        m_error = tr("%1: %2 bytes is too large for a scenario (16 MiB at most)").arg(name, QString::number(file.size()));
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
    //: what an empty file should have been: "the file is empty, expected a FinAck scenario (JSON)"
    const JsonFieldReader top = JsonFieldReader::fromDocument(json, tr("a FinAck scenario"));
    PosixSocketApi api;
    Scenario scenario = readScenario(top, api);
    if (top.failed()) {
        m_error = fileName + QStringLiteral(": ") + top.error();
        return std::nullopt;
    }
    return scenario;
}

std::optional<Scenario> ScenarioLoader::loadByIdOrFile(const QString &idOrPath)
{
    if (idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || idOrPath.contains(QLatin1Char('/')))
        return loadFile(idOrPath);
    if (!builtinIds().contains(idOrPath)) {
        m_error = tr("%1: no built-in scenario has this id (finack list shows them)").arg(idOrPath);
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
