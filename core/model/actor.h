// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace FinAck {

// The two ends of the one connection a scenario is about.
enum class Actor { Client, Server };

inline constexpr Actor peerOf(Actor a)
{
    return a == Actor::Client ? Actor::Server : Actor::Client;
}
inline QString actorName(Actor a)
{
    return a == Actor::Client ? QStringLiteral("client") : QStringLiteral("server");
}
// The name files and the lab protocol use, never translated; actorDisplayName() is the one to show.
inline std::optional<Actor> actorFromName(const QString &name)
{
    if (name == QLatin1String("client"))
        return Actor::Client;
    if (name == QLatin1String("server"))
        return Actor::Server;
    return std::nullopt;
}

// The side's name inside a sentence shown to the user ("the %1 ends in TIME_WAIT"), translated.
inline QString actorDisplayName(Actor a)
{
    if (a == Actor::Client) {
        //: one side of the TCP connection, lower case inside a sentence: "the client ends in TIME_WAIT"
        return QCoreApplication::translate("FinAck::Actor", "client");
    }
    //: the other side of the TCP connection, lower case inside a sentence: "the server ends in CLOSED"
    return QCoreApplication::translate("FinAck::Actor", "server");
}

} // namespace FinAck
