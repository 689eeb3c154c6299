// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "kernelplan.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <QStringList>

namespace FinAck::Bench {

namespace {

// Level and number of the option names a scenario may use (docs/scenario-format.md).
std::pair<int, int> optionNumbers(const SocketOption &option)
{
    static const QList<std::tuple<QString, int, int>> known{
        {QStringLiteral("SO_LINGER"), SOL_SOCKET, SO_LINGER},
        {QStringLiteral("SO_REUSEADDR"), SOL_SOCKET, SO_REUSEADDR},
        {QStringLiteral("SO_RCVBUF"), SOL_SOCKET, SO_RCVBUF},
        {QStringLiteral("SO_SNDBUF"), SOL_SOCKET, SO_SNDBUF},
        {QStringLiteral("SO_ERROR"), SOL_SOCKET, SO_ERROR},
        {QStringLiteral("TCP_NODELAY"), IPPROTO_TCP, TCP_NODELAY},
        {QStringLiteral("TCP_USER_TIMEOUT"), IPPROTO_TCP, TCP_USER_TIMEOUT},
    };
    for (const auto &[name, level, number] : known) {
        if (name == option.name)
            return {level, number};
    }
    return {option.level, option.option};
}

} // namespace

QByteArray kernelPlanLine(int index, const ScenarioStep &step, const QString &clientState, const QString &serverState)
{
    QStringList words{QStringLiteral("step"), QString::number(index),
                      step.actor == Actor::Client ? QStringLiteral("c") : QStringLiteral("s"), callKindName(step.call)};
    const auto add = [&words](const QString &key, const QString &value) { words << key + QLatin1Char('=') + value; };
    if (!step.fd.isEmpty())
        add(QStringLiteral("fd"), step.fd);
    if (!step.as.isEmpty())
        add(QStringLiteral("as"), step.as);
    switch (step.call) {
    case CallKind::Setsockopt:
    case CallKind::Getsockopt: {
        const auto [level, number] = optionNumbers(step.option);
        add(QStringLiteral("level"), QString::number(level));
        add(QStringLiteral("option"), QString::number(number));
        if (step.option.name == QLatin1String("SO_LINGER")) {
            add(QStringLiteral("linger"), QStringLiteral("1"));
            add(QStringLiteral("onoff"), QString::number(step.value.lingerOnOff));
            add(QStringLiteral("seconds"), QString::number(step.value.lingerSeconds));
        } else {
            add(QStringLiteral("value"), QString::number(step.value.value));
        }
        break;
    }
    case CallKind::Bind:
    case CallKind::Connect:
        if (step.portOf)
            add(QStringLiteral("port"), *step.portOf == Actor::Client ? QStringLiteral("client") : QStringLiteral("server"));
        else if (step.port)
            add(QStringLiteral("port"), QString::number(*step.port));
        break;
    case CallKind::Listen: add(QStringLiteral("backlog"), QString::number(step.backlog)); break;
    case CallKind::Send:
        add(QStringLiteral("data"), QString::fromLatin1(step.data.toHex()));
        add(QStringLiteral("dontwait"), step.dontWait ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case CallKind::Recv:
        add(QStringLiteral("size"), QString::number(step.size));
        add(QStringLiteral("peek"), step.recvFlags.peek ? QStringLiteral("1") : QStringLiteral("0"));
        add(QStringLiteral("dontwait"), step.recvFlags.dontWait ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case CallKind::Shutdown:
        add(QStringLiteral("how"), step.how == ShutdownHow::Read   ? QStringLiteral("rd")
                                   : step.how == ShutdownHow::Both ? QStringLiteral("rdwr")
                                                                   : QStringLiteral("wr"));
        break;
    default: break;
    }
    add(QStringLiteral("expect"), clientState + QLatin1Char(',') + serverState);
    return words.join(QLatin1Char(' ')).toUtf8() + '\n';
}

} // namespace FinAck::Bench
