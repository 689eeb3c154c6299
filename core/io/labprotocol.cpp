// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/labprotocol.h"

#include "io/tracejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace FinAck::LabProtocol {

namespace {

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject labMessage(const char *event)
{
    return {{QStringLiteral("kind"), QStringLiteral("lab")}, {QStringLiteral("event"), QLatin1String(event)}};
}

} // namespace

QByteArray command(const QString &name)
{
    return line({{QStringLiteral("cmd"), name}});
}

QByteArray loadCommand(const QJsonObject &scenario)
{
    return line({{QStringLiteral("cmd"), QStringLiteral("load")}, {QStringLiteral("scenario"), scenario}});
}

QByteArray readyLine(const QString &network, const QString &fallbackReason)
{
    QJsonObject o = labMessage("ready");
    o.insert(QStringLiteral("network"), network);
    if (!fallbackReason.isEmpty())
        o.insert(QStringLiteral("fallback_reason"), fallbackReason);
    return line(o);
}

QByteArray headerLine(const Trace &trace)
{
    // The header is the trace file's own top level without events: one definition of the fields.
    Trace header;
    header.setScenarioId(trace.scenarioId());
    header.setScenarioTitle(trace.scenarioTitle());
    header.setPlatform(trace.platform());
    header.setEndpoint(Actor::Client, trace.endpoint(Actor::Client));
    header.setEndpoint(Actor::Server, trace.endpoint(Actor::Server));
    header.setOriginUs(trace.originUs());
    QJsonObject o = labMessage("header");
    o.insert(QStringLiteral("trace"), QJsonDocument::fromJson(toJson(header)).object());
    return line(o);
}

QByteArray stepFinishedLine(int step, bool atEnd)
{
    QJsonObject o = labMessage("step_finished");
    o.insert(QStringLiteral("step"), step);
    o.insert(QStringLiteral("at_end"), atEnd);
    return line(o);
}

QByteArray finishedLine(const QList<ExpectationCheck> &checks)
{
    QJsonObject o = labMessage("finished");
    QJsonArray array;
    for (const ExpectationCheck &c : checks) {
        array.append(
            QJsonObject{{QStringLiteral("claim"), c.claim}, {QStringLiteral("held"), c.held}, {QStringLiteral("observed"), c.observed}});
    }
    o.insert(QStringLiteral("checks"), array);
    return line(o);
}

QByteArray pongLine()
{
    return line(labMessage("pong"));
}

QByteArray errorLine(const QString &message, const QString &command)
{
    QJsonObject o = labMessage("error");
    o.insert(QStringLiteral("message"), message);
    if (!command.isEmpty())
        o.insert(QStringLiteral("command"), command);
    return line(o);
}

QString quotedPrefix(const QString &text)
{
    QStringView kept = QStringView(text).left(kQuotedPrefixChars);
    if (!kept.isEmpty() && kept.back().isHighSurrogate() && text.size() > kQuotedPrefixChars)
        kept.chop(1); // never half a character
    QString out;
    for (const QChar c : kept) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > kQuotedPrefixChars)
        out += QChar(0x2026); // …
    return out;
}

std::optional<Message> parseMessage(const QJsonObject &object, bool *isEvent)
{
    *isEvent = false;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("lab")) {
        *isEvent = true;
        return std::nullopt;
    }
    Message m;
    const QString event = object.value(QStringLiteral("event")).toString();
    if (event == QLatin1String("ready")) {
        m.type = MessageType::Ready;
        m.network = object.value(QStringLiteral("network")).toString();
        m.fallbackReason = object.value(QStringLiteral("fallback_reason")).toString();
    } else if (event == QLatin1String("header")) {
        m.type = MessageType::Header;
        QString error;
        const QByteArray json = QJsonDocument(object.value(QStringLiteral("trace")).toObject()).toJson();
        m.header = traceFromJson(json, QStringLiteral("finack-lab"), &error);
        if (!m.header) {
            m.type = MessageType::Error;
            m.message = error;
        }
    } else if (event == QLatin1String("step_finished")) {
        m.type = MessageType::StepFinished;
        m.step = object.value(QStringLiteral("step")).toInt(-1);
        m.atEnd = object.value(QStringLiteral("at_end")).toBool();
    } else if (event == QLatin1String("pong")) {
        m.type = MessageType::Pong;
    } else if (event == QLatin1String("finished")) {
        m.type = MessageType::Finished;
        for (const auto &v : object.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            m.checks << ExpectationCheck{c.value(QStringLiteral("claim")).toString(), c.value(QStringLiteral("held")).toBool(),
                                         c.value(QStringLiteral("observed")).toString()};
        }
    } else {
        m.type = MessageType::Error;
        m.command = object.value(QStringLiteral("command")).toString();
        m.message = event == QLatin1String("error")
                        ? object.value(QStringLiteral("message")).toString()
                        : QCoreApplication::translate("FinAck::LabProtocol", "finack-lab sent an unknown message \"%1\"").arg(event);
    }
    return m;
}

} // namespace FinAck::LabProtocol
