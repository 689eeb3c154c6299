// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorjson.h"

#include "io/scenarioformat.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace FinAck {

namespace {

QString elided(const QString &text, int length)
{
    QString flat = text;
    flat.replace(u'\n', QStringLiteral("\\n")).replace(u'\r', QStringLiteral("\\r"));
    return flat.size() > length ? flat.left(length - 1) + u'…' : flat;
}

} // namespace

int jsonInt(const QJsonValue &v, int absent)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (!v.isDouble())
        return absent;
    return int(std::clamp(v.toDouble(), double(INT_MIN), double(INT_MAX)));
}

QString defaultDescriptor(const QJsonObject &step, const QString &key)
{
    const QString call = step.value(ScenarioKey::Call).toString();
    const bool server = step.value(ScenarioKey::Actor).toString() == QLatin1String("server");
    const bool onListener = call == QLatin1String("bind") || call == QLatin1String("listen") || call == QLatin1String("accept");
    if (key == ScenarioKey::Fd)
        return !server ? QStringLiteral("sock") : (onListener ? QStringLiteral("listener") : QStringLiteral("conn"));
    if (call == QLatin1String("socket"))
        return server ? QStringLiteral("listener") : QStringLiteral("sock");
    return call == QLatin1String("accept") ? QStringLiteral("conn") : QString();
}

QJsonObject defaultStepJson(Actor actor, CallKind call)
{
    QJsonObject step{{ScenarioKey::Actor, actorName(actor)}, {ScenarioKey::Call, callKindName(call)}};
    switch (call) {
    case CallKind::Send: step[ScenarioKey::Data] = QStringLiteral("hello"); break;
    case CallKind::Recv: step[ScenarioKey::Size] = 1024; break;
    case CallKind::Shutdown: step[ScenarioKey::How] = QStringLiteral("SHUT_WR"); break;
    case CallKind::Setsockopt:
        step[ScenarioKey::Option] = QStringLiteral("SO_LINGER");
        step[ScenarioKey::Value] = QJsonObject{{ScenarioKey::OnOff, 1}, {ScenarioKey::Seconds, 0}};
        break;
    case CallKind::Getsockopt: step[ScenarioKey::Option] = QStringLiteral("SO_ERROR"); break;
    case CallKind::Dup: step[ScenarioKey::As] = QStringLiteral("copy"); break;
    default: break;
    }
    return step;
}

QString stepCallText(const QJsonObject &step)
{
    const auto str = [&step](QLatin1String key) { return step.value(key).toString(); };
    const auto num = [&step](QLatin1String key) {
        const QJsonValue v = step.value(key);
        return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toVariant().toString();
    };
    const QString call = str(ScenarioKey::Call);
    QStringList args;
    if (!str(ScenarioKey::Fd).isEmpty())
        args << str(ScenarioKey::Fd);
    QString result;
    if (call == QLatin1String("send")) {
        args << u'"' + elided(str(ScenarioKey::Data), 24) + u'"';
        if (step.contains(ScenarioKey::Repeat))
            args.last() += QStringLiteral(" × ") + num(ScenarioKey::Repeat);
    } else if (call == QLatin1String("recv")) {
        args << (step.contains(ScenarioKey::Size) ? num(ScenarioKey::Size) : QStringLiteral("1024"));
        if (step.value(ScenarioKey::Peek).toBool())
            args << QStringLiteral("MSG_PEEK");
        if (step.value(ScenarioKey::DontWait).toBool())
            args << QStringLiteral("MSG_DONTWAIT");
    } else if (call == QLatin1String("shutdown")) {
        args << str(ScenarioKey::How);
    } else if (call == QLatin1String("setsockopt") || call == QLatin1String("getsockopt")) {
        const QJsonValue option = step.value(ScenarioKey::Option);
        args << (option.isObject()
                     ? QStringLiteral("%1/%2").arg(jsonInt(option[ScenarioKey::Level], -1)).arg(jsonInt(option[ScenarioKey::Option], -1))
                     : option.toString());
        const QJsonValue value = step.value(ScenarioKey::Value);
        if (call == QLatin1String("setsockopt") && value.isObject())
            args << QStringLiteral("{%1, %2}").arg(jsonInt(value[ScenarioKey::OnOff], 1)).arg(jsonInt(value[ScenarioKey::Seconds], 0));
        else if (call == QLatin1String("setsockopt"))
            args << QString::number(jsonInt(value, 1));
    } else if (call == QLatin1String("bind") || call == QLatin1String("connect")) {
        if (step.contains(ScenarioKey::Port))
            args << QStringLiteral("port=") + num(ScenarioKey::Port);
    } else if (call == QLatin1String("listen")) {
        args << (step.contains(ScenarioKey::Backlog) ? num(ScenarioKey::Backlog) : QStringLiteral("16"));
    }
    result = call + u'(' + args.join(QStringLiteral(", ")) + u')';
    if (call == QLatin1String("socket") || call == QLatin1String("accept") || call == QLatin1String("dup")) {
        if (!str(ScenarioKey::As).isEmpty())
            result += QStringLiteral(" → ") + str(ScenarioKey::As);
    }
    if (call == QLatin1String("crash"))
        result = call;
    return result;
}

QStringList descriptorsBefore(const QJsonObject &scenario, int index, Actor actor)
{
    QStringList names;
    if (scenario.value(ScenarioKey::Setup).toString() != QLatin1String("none")) {
        if (actor == Actor::Client)
            names << QStringLiteral("sock");
        else
            names << QStringLiteral("listener") << QStringLiteral("conn");
    }
    const QJsonArray all = scenario.value(ScenarioKey::Steps).toArray();
    for (int i = 0; i < index && i < all.size(); ++i) {
        const QJsonObject step = all.at(i).toObject();
        if (actorFromName(step.value(ScenarioKey::Actor).toString()) != actor)
            continue;
        const QString call = step.value(ScenarioKey::Call).toString();
        QString made = step.value(ScenarioKey::As).toString();
        if (made.isEmpty())
            made = defaultDescriptor(step, ScenarioKey::As);
        const bool makes = call == QLatin1String("socket") || call == QLatin1String("accept") || call == QLatin1String("dup");
        if (makes && !made.isEmpty() && !names.contains(made))
            names << made;
    }
    return names;
}

void renumberSteps(QJsonObject &scenario, const std::function<int(int)> &map)
{
    QJsonArray faults = scenario.value(ScenarioKey::Faults).toArray();
    for (QJsonValueRef slot : faults) {
        QJsonObject fault = slot.toObject();
        const QJsonValue at = fault.value(ScenarioKey::AtStep);
        if (at.isDouble() && at.toDouble() == double(at.toInt())) {
            const int mapped = map(at.toInt());
            fault[ScenarioKey::AtStep] = mapped < 0 ? at.toInt() : mapped;
            slot = fault;
        }
    }
    if (scenario.contains(ScenarioKey::Faults))
        scenario[ScenarioKey::Faults] = faults;

    QJsonObject expect = scenario.value(ScenarioKey::Expect).toObject();
    for (const QString &platform : expect.keys()) {
        QJsonObject e = expect.value(platform).toObject();
        if (!e.contains(ScenarioKey::Calls))
            continue;
        QJsonArray calls;
        for (const auto &v : e.value(ScenarioKey::Calls).toArray()) {
            QJsonObject call = v.toObject();
            const QJsonValue step = call.value(ScenarioKey::Step);
            if (step.isDouble() && step.toDouble() == double(step.toInt())) {
                const int mapped = map(step.toInt());
                if (mapped < 0)
                    continue;
                call[ScenarioKey::Step] = mapped;
            }
            calls.append(v.isObject() ? QJsonValue(call) : v);
        }
        e[ScenarioKey::Calls] = calls;
        expect[platform] = e;
    }
    if (scenario.contains(ScenarioKey::Expect))
        scenario[ScenarioKey::Expect] = expect;
}

} // namespace FinAck
