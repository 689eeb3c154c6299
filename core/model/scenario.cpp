// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/scenario.h"

#include <array>
#include <utility>

namespace FinAck {

namespace {
constexpr std::array<std::pair<CallKind, const char *>, 13> kCalls{{
    {CallKind::Socket, "socket"},
    {CallKind::Setsockopt, "setsockopt"},
    {CallKind::Getsockopt, "getsockopt"},
    {CallKind::Bind, "bind"},
    {CallKind::Listen, "listen"},
    {CallKind::Connect, "connect"},
    {CallKind::Accept, "accept"},
    {CallKind::Send, "send"},
    {CallKind::Recv, "recv"},
    {CallKind::Shutdown, "shutdown"},
    {CallKind::Close, "close"},
    {CallKind::Dup, "dup"},
    {CallKind::Crash, "crash"},
}};
} // namespace

QString callKindName(CallKind kind)
{
    for (const auto &[k, name] : kCalls) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CallKind> callKindFromName(const QString &name)
{
    for (const auto &[k, n] : kCalls) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QStringList callKindNames()
{
    QStringList names;
    for (const auto &entry : kCalls)
        names << QString::fromLatin1(entry.second);
    return names;
}

int Scenario::setupStepCount() const
{
    int n = 0;
    while (n < steps.size() && steps[n].setup)
        ++n;
    return n;
}

int Scenario::authorStepIndex(int position) const
{
    const int setup = setupStepCount();
    return position < setup ? -1 : position - setup;
}

} // namespace FinAck
