// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <optional>

namespace FinAck {

// What the client's calls go through. The server is always the platform's socket API; the client
// may instead be a real QTcpSocket, so that Qt programmers see what their own code would get.
enum class ClientApi { Posix, Qt };

// "posix", "qt": the names on the command line (--client) and in the trace (platform.client_api).
inline QString clientApiName(ClientApi api)
{
    return api == ClientApi::Qt ? QStringLiteral("qt") : QStringLiteral("posix");
}

inline std::optional<ClientApi> clientApiFromName(const QString &name)
{
    if (name == QLatin1String("posix"))
        return ClientApi::Posix;
    if (name == QLatin1String("qt"))
        return ClientApi::Qt;
    return std::nullopt;
}

} // namespace FinAck
