// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/scenarioloader.h"

#include "io/displaypath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "io/boundedread.h"
#include "io/json/jsonfieldreader.h"
#include "io/scenarioformat.h"
#include "model/socketoptions.h"
#include "model/traceevent.h"

#include <QSet>

#include <climits>

namespace FinAck {

namespace {

constexpr int kMaxSteps = 1000;                // a lesson, not a load test
constexpr qint64 kMaxTransferBytes = 64 << 20; // per send / recv, and all sends together
constexpr int kMaxTimeoutMs = 600000;
constexpr qint64 kMaxFileBytes = 16 << 20;
// A scenario of 1000 steps with every field is some 20,000 values; strings are notes and data
// (more data is made with "repeat").
constexpr JsonTextLimits kJsonLimits{32, 250'000, 1 << 20};

// Descriptor names end up in diagram labels and notes: short, and one word.
bool isDescriptorName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,31}$"));
    return pattern.match(name).hasMatch();
}

QString descriptorName(const JsonFieldReader &f, const QString &key, const QString &absent)
{
    QString name = f.optionalString(key, absent);
    if (!f.failed() && !isDescriptorName(name))
        //: what the fd and as fields take: a name such as sock or conn2
        f.reject(key, ScenarioLoader::tr("a descriptor name: 1 to 32 letters, digits, _ or -, starting with a letter or _"));
    return name;
}

const QStringList kGroups{QStringLiteral("graceful"), QStringLiteral("abortive"), QStringLiteral("errors"), QStringLiteral("faults")};
const QStringList kSetups{QStringLiteral("connected"), QStringLiteral("none")};
// In ShutdownHow's order.
const QStringList kShutdownModes{QStringLiteral("SHUT_RD"), QStringLiteral("SHUT_WR"), QStringLiteral("SHUT_RDWR")};
// The order the trace format writes them in, so both files list the same names the same way.
const QStringList kFlagNames{QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN"), QStringLiteral("RST"),
                             QStringLiteral("PSH")};
constexpr quint8 kFlagBits[] = {TcpFlag::Syn, TcpFlag::Ack, TcpFlag::Fin, TcpFlag::Rst, TcpFlag::Psh};

quint8 readFlags(const JsonFieldReader &f)
{
    const QString expected = ScenarioLoader::tr("a non-empty array of flag names");
    const QJsonArray array = f.array(ScenarioKey::Flags, expected);
    if (array.isEmpty())
        f.reject(ScenarioKey::Flags, expected);
    quint8 flags = 0;
    for (qsizetype i = 0; i < array.size() && !f.failed(); ++i)
        flags |= kFlagBits[f.choiceOf(array.at(i), JsonFieldReader::elementKey(ScenarioKey::Flags, i), kFlagNames)];
    return flags;
}

void readOption(const JsonFieldReader &f, ScenarioStep &step)
{
    const QJsonValue v = f.value(ScenarioKey::Option);
    if (v.isString()) {
        step.option.name = v.toString();
        if (!findSocketOption(step.option.name))
            f.reject(ScenarioKey::Option, ScenarioLoader::tr("SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, "
                                                             "TCP_USER_TIMEOUT or {\"level\": N, \"option\": N}"));
    } else if (v.isObject()) {
        const JsonFieldReader raw = f.object(ScenarioKey::Option);
        const auto level = raw.optionalInteger(ScenarioKey::Level, 0, 65535);
        const auto option = raw.optionalInteger(ScenarioKey::Option, 0, 65535);
        if (!level || !option)
            //: "level" and "option" are JSON keys: keep them
            f.fail(ScenarioKey::Option, ScenarioLoader::tr("expected both \"level\" and \"option\" numbers"));
        step.option.level = int(level.value_or(-1));
        step.option.option = int(option.value_or(-1));
    } else {
        f.reject(ScenarioKey::Option, ScenarioLoader::tr("an option name or {\"level\": N, \"option\": N}"));
    }
    if (step.call != CallKind::Setsockopt)
        return;
    const QJsonValue value = f.value(ScenarioKey::Value);
    if (step.option.name == QLatin1String("SO_LINGER")) {
        const JsonFieldReader linger = f.object(ScenarioKey::Value);
        step.value.isLinger = true;
        step.value.lingerOnOff = int(linger.optionalInteger(ScenarioKey::OnOff, 0, 1).value_or(1));
        step.value.lingerSeconds = int(linger.optionalInteger(ScenarioKey::Seconds, 0, 3600).value_or(0));
    } else if (value.isBool()) {
        step.value.value = value.toBool() ? 1 : 0;
    } else {
        step.value.value = int(f.optionalInteger(ScenarioKey::Value, INT_MIN, INT_MAX).value_or(1));
    }
}

ScenarioStep readStep(const JsonFieldReader &f)
{
    ScenarioStep step;
    step.actor = f.enumChoice<actorName, Actor::Server>(ScenarioKey::Actor);
    step.call = f.enumChoice<callKindName, CallKind::Crash>(ScenarioKey::Call);
    const bool client = step.actor == Actor::Client;
    const bool onListener = step.call == CallKind::Bind || step.call == CallKind::Listen || step.call == CallKind::Accept;
    const QString defaultFd = client ? QStringLiteral("sock") : (onListener ? QStringLiteral("listener") : QStringLiteral("conn"));
    step.fd = descriptorName(f, ScenarioKey::Fd, defaultFd);
    switch (step.call) {
    case CallKind::Socket:
        step.as = descriptorName(f, ScenarioKey::As, client ? QStringLiteral("sock") : QStringLiteral("listener"));
        break;
    case CallKind::Accept: step.as = descriptorName(f, ScenarioKey::As, QStringLiteral("conn")); break;
    case CallKind::Dup:
        if (!f.has(ScenarioKey::As))
            f.reject(ScenarioKey::As, ScenarioLoader::tr("a name for the copy"));
        step.as = descriptorName(f, ScenarioKey::As, QString());
        break;
    case CallKind::Send: {
        const QByteArray data = f.string(ScenarioKey::Data).toUtf8();
        const qint64 repeat = f.optionalInteger(ScenarioKey::Repeat, 1, kMaxTransferBytes).value_or(1);
        // data.size() is at most the file's 16 MiB, repeat at most 64 Mi: the product fits.
        if (data.isEmpty() || data.size() * repeat > kMaxTransferBytes)
            //: data and repeat are JSON keys: keep them
            f.fail(ScenarioKey::Data, ScenarioLoader::tr("expected 1 to %1 bytes in all (data × repeat)").arg(kMaxTransferBytes));
        else
            step.data = data.repeated(repeat);
        step.dontWait = f.boolean(ScenarioKey::DontWait);
        break;
    }
    case CallKind::Recv:
        step.size = f.optionalInteger(ScenarioKey::Size, 1, kMaxTransferBytes).value_or(1024);
        step.recvFlags.peek = f.boolean(ScenarioKey::Peek);
        step.recvFlags.dontWait = f.boolean(ScenarioKey::DontWait);
        break;
    case CallKind::Shutdown: step.how = ShutdownHow(f.choice(ScenarioKey::How, kShutdownModes)); break;
    case CallKind::Setsockopt:
    case CallKind::Getsockopt: readOption(f, step); break;
    case CallKind::Bind:
    case CallKind::Connect:
        // A number, or the port an actor used last: rebinding the server's port after it closed.
        if (f.value(ScenarioKey::Port).isString())
            step.portOf = f.enumChoice<actorName, Actor::Server>(ScenarioKey::Port);
        else if (const auto port = f.optionalInteger(ScenarioKey::Port, 0, 65535))
            step.port = quint16(*port);
        break;
    case CallKind::Listen: step.backlog = int(f.optionalInteger(ScenarioKey::Backlog, 0, 4096).value_or(16)); break;
    case CallKind::Close:
    case CallKind::Crash: break;
    }
    step.timeoutMs = int(f.optionalInteger(ScenarioKey::TimeoutMs, 1, kMaxTimeoutMs).value_or(5000));
    if (const auto settle = f.optionalInteger(ScenarioKey::SettleMs, 0, kMaxTimeoutMs))
        step.settleMs = int(*settle);
    step.blocks = f.boolean(ScenarioKey::Blocks);
    step.note = f.optionalString(ScenarioKey::Note);
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
        make(Actor::Server, CallKind::Socket, {}, listener), make(Actor::Server, CallKind::Bind, listener),
        make(Actor::Server, CallKind::Listen, listener),     make(Actor::Client, CallKind::Socket, {}, sock),
        make(Actor::Client, CallKind::Connect, sock),        make(Actor::Server, CallKind::Accept, listener, QStringLiteral("conn")),
    };
}

Expectation readExpectation(const JsonFieldReader &f)
{
    Expectation e;
    const QJsonArray calls = f.optionalArray(ScenarioKey::Calls);
    for (qsizetype i = 0; i < calls.size() && !f.failed(); ++i) {
        const JsonFieldReader c = f.element(ScenarioKey::Calls, calls, i);
        ExpectedCall call;
        if (!c.has(ScenarioKey::Step))
            c.reject(ScenarioKey::Step, ScenarioLoader::tr("the index of an author step"));
        call.step = int(c.integer(ScenarioKey::Step, 0, kMaxSteps));
        call.ret = c.optionalInteger(ScenarioKey::Ret, -1, kMaxTransferBytes);
        call.errnoName = c.optionalString(ScenarioKey::Errno);
        e.calls << call;
    }
    if (f.has(ScenarioKey::FinalStates)) {
        const JsonFieldReader states = f.object(ScenarioKey::FinalStates);
        for (const QString &key : states.keys()) {
            const auto actor = actorFromName(key);
            const QString where = JsonTextCheck::memberPath(QString(), key); // quoted when it is no plain name
            if (!actor)
                //: "client" and "server" are JSON keys here: keep them
                states.fail(where, ScenarioLoader::tr("expected \"client\" or \"server\" as the key"));
            else
                e.finalStates.insert(*actor, states.enumChoice<tcpStateName, TcpState::TimeWait>(key));
        }
    }
    const QJsonArray segments = f.optionalArray(ScenarioKey::Segments);
    for (qsizetype i = 0; i < segments.size() && !f.failed(); ++i) {
        const JsonFieldReader s = f.element(ScenarioKey::Segments, segments, i);
        ExpectedSegment seg;
        seg.from = s.enumChoice<actorName, Actor::Server>(ScenarioKey::From);
        seg.flags = readFlags(s);
        e.segments << seg;
    }
    return e;
}

ScenarioFault readFault(const JsonFieldReader &f, qsizetype stepCount)
{
    ScenarioFault fault;
    fault.atStep = int(f.optionalInteger(ScenarioKey::AtStep, 0, stepCount - 1).value_or(0));
    fault.from = f.enumChoice<actorName, Actor::Server>(ScenarioKey::From);
    if (f.has(ScenarioKey::Flags))
        fault.flags = readFlags(f);
    fault.exactFlags = f.boolean(ScenarioKey::Exact, false);
    fault.nth = int(f.optionalInteger(ScenarioKey::Nth, 1, 1000).value_or(1));
    fault.count = int(f.optionalInteger(ScenarioKey::Count, 0, 1000).value_or(1));
    fault.note = f.optionalString(ScenarioKey::Note);
    return fault;
}

// Descriptors used before any step made them: a typo, which would only be skipped (with a note)
// when the scenario runs. And a connect() to a port number no earlier bind of the scenario names:
// a shared file could otherwise talk to the user's own services on 127.0.0.1 (ReachPolicy; the
// engine checks the ports the sockets really had again when the step runs).
void checkSteps(const JsonFieldReader &top, const QList<ScenarioStep> &steps)
{
    QSet<QString> made[2]; // client, server
    QSet<quint16> bound;   // port numbers earlier binds name
    int authorIndex = 0;
    for (const ScenarioStep &step : steps) {
        QSet<QString> &names = made[step.actor == Actor::Client ? 0 : 1];
        if (step.setup) {
            if (!step.as.isEmpty())
                names.insert(step.as);
            continue;
        }
        const QString key = JsonFieldReader::elementKey(ScenarioKey::Steps, authorIndex++);
        if (step.call == CallKind::Bind && step.port.value_or(0) != 0)
            bound.insert(*step.port);
        if (step.call == CallKind::Connect && step.port && !bound.contains(*step.port)) {
            //: "port", "server" and bind are JSON keys, values and calls: keep them. %1 the port number
            top.fail(ScenarioKey::path(key, ScenarioKey::Port),
                     ScenarioLoader::tr("expected a port an earlier bind of this scenario names, or \"server\" or \"client\" (a "
                                        "scenario connects only to its own sockets, never to other programs on this computer), got %1")
                         .arg(*step.port));
            return;
        }
        if (step.call != CallKind::Socket && step.call != CallKind::Crash && !names.contains(step.fd)) {
            QStringList known = names.values();
            known.sort();
            const QString fdKey = ScenarioKey::path(key, ScenarioKey::Fd);
            if (known.isEmpty())
                //: %1 "client" or "server", %2 the name; socket, accept and dup are calls: keep them
                top.fail(fdKey, ScenarioLoader::tr("expected a descriptor an earlier step of the %1 made (none yet: socket, accept "
                                                   "and dup make them), got \"%2\"")
                                    .arg(actorDisplayName(step.actor), step.fd));
            else
                //: %1 "client" or "server", %2 the names made so far ("sock, sock2"), %3 the name
                top.fail(fdKey, ScenarioLoader::tr("expected a descriptor an earlier step of the %1 made (%2), got \"%3\"")
                                    .arg(actorDisplayName(step.actor), known.join(QStringLiteral(", ")), step.fd));
            return;
        }
        if (step.call == CallKind::Socket || step.call == CallKind::Accept || step.call == CallKind::Dup)
            names.insert(step.as);
    }
}

Scenario readScenario(const JsonFieldReader &top)
{
    top.checkFormat(ScenarioFormat::kName, ScenarioFormat::kVersion);

    Scenario s;
    s.id = top.string(ScenarioKey::Id);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!idPattern.match(s.id).hasMatch())
        top.reject(ScenarioKey::Id, ScenarioLoader::tr("lowercase letters, digits and dashes"));
    s.group = kGroups[top.optionalChoice(ScenarioKey::Group, kGroups, 0)];
    s.title = top.string(ScenarioKey::Title);
    s.summary = top.optionalString(ScenarioKey::Summary);
    s.explanation = top.optionalString(ScenarioKey::Explanation);
    s.takeaway = top.optionalString(ScenarioKey::Takeaway);
    s.predict = top.boolean(ScenarioKey::Predict);

    if (top.optionalChoice(ScenarioKey::Setup, kSetups, 0) == 0)
        s.steps = connectedSetup();

    const QJsonArray steps = top.array(ScenarioKey::Steps);
    if (steps.isEmpty() || steps.size() > kMaxSteps)
        top.fail(ScenarioKey::Steps, ScenarioLoader::tr("expected 1 to %1 steps, got %2").arg(kMaxSteps).arg(steps.size()));
    // Each step holds its bytes, repeated, from loading on: 1000 sends of 64 MiB each would be
    // 64 GiB before anything runs, so the limit is for all of them together.
    qint64 sent = 0;
    for (qsizetype i = 0; i < steps.size() && !top.failed(); ++i) {
        s.steps << readStep(top.element(ScenarioKey::Steps, steps, i));
        sent += s.steps.constLast().data.size();
        if (sent > kMaxTransferBytes)
            //: data and repeat are JSON keys: keep them
            top.fail(ScenarioKey::path(JsonFieldReader::elementKey(ScenarioKey::Steps, i), ScenarioKey::Data),
                     ScenarioLoader::tr("expected at most %1 bytes sent by all steps together (data × repeat), got %2 by this step")
                         .arg(kMaxTransferBytes)
                         .arg(sent));
    }
    if (!top.failed())
        checkSteps(top, s.steps);

    const QJsonArray faults = top.optionalArray(ScenarioKey::Faults);
    for (qsizetype i = 0; i < faults.size() && !top.failed(); ++i)
        s.faults << readFault(top.element(ScenarioKey::Faults, faults, i), steps.size());

    if (top.has(ScenarioKey::Expect)) {
        const JsonFieldReader expect = top.object(ScenarioKey::Expect);
        for (const QString &platform : expect.keys()) {
            const QString where = JsonTextCheck::memberPath(QString(), platform); // quoted when it is no plain name
            if (platform != QLatin1String("linux") && platform != QLatin1String("windows") && platform != QLatin1String("textbook"))
                //: linux, windows and textbook are JSON keys: keep them
                expect.fail(where, ScenarioLoader::tr("expected a platform: linux, windows or textbook"));
            const Expectation e = readExpectation(expect.object(platform));
            for (const ExpectedCall &c : e.calls) {
                if (c.step >= steps.size())
                    expect.fail(
                        ScenarioKey::path(platform, ScenarioKey::Calls),
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
    const QString name = path.startsWith(QLatin1Char(':')) ? path : displayPath(QFileInfo(path).fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot open: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const std::optional<QByteArray> json = readAtMost(file, kMaxFileBytes);
    if (!json) {
        if (file.isSequential())
            //: %1 the file, %2 a number of bytes
            m_error = tr("%1: more than %2 bytes, expected a scenario of at most 16 MiB").arg(name, QString::number(kMaxFileBytes));
        else
            //: %1 the file, %2 its size in bytes
            m_error = tr("%1: %2 bytes, expected a scenario of at most 16 MiB").arg(name, QString::number(file.size()));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        m_error = tr("%1: cannot read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    auto scenario = loadData(*json, name);
    if (scenario) {
        scenario->sourceFile = path;
        scenario->sourceJson = *json;
    }
    return scenario;
}

std::optional<Scenario> ScenarioLoader::loadData(const QByteArray &json, const QString &fileName)
{
    m_error.clear();
    // The lab's load command hands its scenario here, not to loadFile(): the same limit holds.
    if (json.size() > kMaxFileBytes) {
        m_error = tr("%1: %2 bytes, expected a scenario of at most 16 MiB").arg(fileName, QString::number(json.size()));
        return std::nullopt;
    }
    //: what an empty file should have been: "the file is empty, expected a FinAck scenario (JSON)"
    const JsonFieldReader top = JsonFieldReader::fromDocument(json, tr("a FinAck scenario"), kJsonLimits);
    Scenario scenario = readScenario(top);
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
