#pragma once

#include <QString>
#include <optional>

namespace FinAck {

// The two ends of the one connection a scenario is about.
enum class Actor { Client, Server };

inline constexpr Actor peerOf(Actor a) { return a == Actor::Client ? Actor::Server : Actor::Client; }
inline QString actorName(Actor a) { return a == Actor::Client ? QStringLiteral("client") : QStringLiteral("server"); }
inline std::optional<Actor> actorFromName(const QString &name)
{
    if (name == QLatin1String("client"))
        return Actor::Client;
    if (name == QLatin1String("server"))
        return Actor::Server;
    return std::nullopt;
}

} // namespace FinAck
