#include "editor/scenarioeditorjson.h"

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
    const QString call = step.value(QStringLiteral("call")).toString();
    const bool server = step.value(QStringLiteral("actor")).toString() == QLatin1String("server");
    const bool onListener = call == QLatin1String("bind") || call == QLatin1String("listen") || call == QLatin1String("accept");
    if (key == QLatin1String("fd"))
        return !server ? QStringLiteral("sock") : (onListener ? QStringLiteral("listener") : QStringLiteral("conn"));
    if (call == QLatin1String("socket"))
        return server ? QStringLiteral("listener") : QStringLiteral("sock");
    return call == QLatin1String("accept") ? QStringLiteral("conn") : QString();
}

QJsonObject defaultStepJson(Actor actor, CallKind call)
{
    QJsonObject step{{QStringLiteral("actor"), actorName(actor)}, {QStringLiteral("call"), callKindName(call)}};
    switch (call) {
    case CallKind::Send: step[QStringLiteral("data")] = QStringLiteral("hello"); break;
    case CallKind::Recv: step[QStringLiteral("size")] = 1024; break;
    case CallKind::Shutdown: step[QStringLiteral("how")] = QStringLiteral("SHUT_WR"); break;
    case CallKind::Setsockopt:
        step[QStringLiteral("option")] = QStringLiteral("SO_LINGER");
        step[QStringLiteral("value")] = QJsonObject{{QStringLiteral("onoff"), 1}, {QStringLiteral("seconds"), 0}};
        break;
    case CallKind::Getsockopt: step[QStringLiteral("option")] = QStringLiteral("SO_ERROR"); break;
    case CallKind::Dup: step[QStringLiteral("as")] = QStringLiteral("copy"); break;
    default: break;
    }
    return step;
}

QString stepCallText(const QJsonObject &step)
{
    const auto str = [&step](const char *key) { return step.value(QLatin1String(key)).toString(); };
    const auto num = [&step](const char *key) {
        const QJsonValue v = step.value(QLatin1String(key));
        return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toVariant().toString();
    };
    const QString call = str("call");
    QStringList args;
    if (!str("fd").isEmpty())
        args << str("fd");
    QString result;
    if (call == QLatin1String("send")) {
        args << u'"' + elided(str("data"), 24) + u'"';
        if (step.contains(QStringLiteral("repeat")))
            args.last() += QStringLiteral(" × ") + num("repeat");
    } else if (call == QLatin1String("recv")) {
        args << (step.contains(QStringLiteral("size")) ? num("size") : QStringLiteral("1024"));
        if (step.value(QStringLiteral("peek")).toBool())
            args << QStringLiteral("MSG_PEEK");
        if (step.value(QStringLiteral("dontwait")).toBool())
            args << QStringLiteral("MSG_DONTWAIT");
    } else if (call == QLatin1String("shutdown")) {
        args << str("how");
    } else if (call == QLatin1String("setsockopt") || call == QLatin1String("getsockopt")) {
        const QJsonValue option = step.value(QStringLiteral("option"));
        args << (option.isObject() ? QStringLiteral("%1/%2")
                                         .arg(jsonInt(option[QStringLiteral("level")], -1))
                                         .arg(jsonInt(option[QStringLiteral("option")], -1))
                                   : option.toString());
        const QJsonValue value = step.value(QStringLiteral("value"));
        if (call == QLatin1String("setsockopt") && value.isObject())
            args << QStringLiteral("{%1, %2}")
                        .arg(jsonInt(value[QStringLiteral("onoff")], 1))
                        .arg(jsonInt(value[QStringLiteral("seconds")], 0));
        else if (call == QLatin1String("setsockopt"))
            args << QString::number(jsonInt(value, 1));
    } else if (call == QLatin1String("bind") || call == QLatin1String("connect")) {
        if (step.contains(QStringLiteral("port")))
            args << QStringLiteral("port=") + num("port");
    } else if (call == QLatin1String("listen")) {
        args << (step.contains(QStringLiteral("backlog")) ? num("backlog") : QStringLiteral("16"));
    }
    result = call + u'(' + args.join(QStringLiteral(", ")) + u')';
    if (call == QLatin1String("socket") || call == QLatin1String("accept") || call == QLatin1String("dup")) {
        if (!str("as").isEmpty())
            result += QStringLiteral(" → ") + str("as");
    }
    if (call == QLatin1String("crash"))
        result = call;
    return result;
}

QStringList descriptorsBefore(const QJsonObject &scenario, int index, Actor actor)
{
    QStringList names;
    if (scenario.value(QStringLiteral("setup")).toString() != QLatin1String("none")) {
        if (actor == Actor::Client)
            names << QStringLiteral("sock");
        else
            names << QStringLiteral("listener") << QStringLiteral("conn");
    }
    const QJsonArray all = scenario.value(QStringLiteral("steps")).toArray();
    for (int i = 0; i < index && i < all.size(); ++i) {
        const QJsonObject step = all.at(i).toObject();
        if (actorFromName(step.value(QStringLiteral("actor")).toString()) != actor)
            continue;
        const QString call = step.value(QStringLiteral("call")).toString();
        QString made = step.value(QStringLiteral("as")).toString();
        if (made.isEmpty())
            made = defaultDescriptor(step, QStringLiteral("as"));
        const bool makes = call == QLatin1String("socket") || call == QLatin1String("accept") || call == QLatin1String("dup");
        if (makes && !made.isEmpty() && !names.contains(made))
            names << made;
    }
    return names;
}

void renumberSteps(QJsonObject &scenario, const std::function<int(int)> &map)
{
    QJsonArray faults = scenario.value(QStringLiteral("faults")).toArray();
    for (QJsonValueRef slot : faults) {
        QJsonObject fault = slot.toObject();
        const QJsonValue at = fault.value(QStringLiteral("at_step"));
        if (at.isDouble() && at.toDouble() == double(at.toInt())) {
            const int mapped = map(at.toInt());
            fault[QStringLiteral("at_step")] = mapped < 0 ? at.toInt() : mapped;
            slot = fault;
        }
    }
    if (scenario.contains(QStringLiteral("faults")))
        scenario[QStringLiteral("faults")] = faults;

    QJsonObject expect = scenario.value(QStringLiteral("expect")).toObject();
    for (const QString &platform : expect.keys()) {
        QJsonObject e = expect.value(platform).toObject();
        if (!e.contains(QStringLiteral("calls")))
            continue;
        QJsonArray calls;
        for (const auto &v : e.value(QStringLiteral("calls")).toArray()) {
            QJsonObject call = v.toObject();
            const QJsonValue step = call.value(QStringLiteral("step"));
            if (step.isDouble() && step.toDouble() == double(step.toInt())) {
                const int mapped = map(step.toInt());
                if (mapped < 0)
                    continue;
                call[QStringLiteral("step")] = mapped;
            }
            calls.append(v.isObject() ? QJsonValue(call) : v);
        }
        e[QStringLiteral("calls")] = calls;
        expect[platform] = e;
    }
    if (scenario.contains(QStringLiteral("expect")))
        scenario[QStringLiteral("expect")] = expect;
}

} // namespace FinAck
