// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/tcpstate.h"

#include <array>
#include <utility>

namespace FinAck {

namespace {
constexpr std::array<std::pair<TcpState, const char *>, 11> kNames{{
    {TcpState::Closed, "CLOSED"},
    {TcpState::Listen, "LISTEN"},
    {TcpState::SynSent, "SYN_SENT"},
    {TcpState::SynRecv, "SYN_RECV"},
    {TcpState::Established, "ESTABLISHED"},
    {TcpState::FinWait1, "FIN_WAIT_1"},
    {TcpState::FinWait2, "FIN_WAIT_2"},
    {TcpState::CloseWait, "CLOSE_WAIT"},
    {TcpState::Closing, "CLOSING"},
    {TcpState::LastAck, "LAST_ACK"},
    {TcpState::TimeWait, "TIME_WAIT"},
}};
} // namespace

QString tcpStateName(TcpState state)
{
    for (const auto &[s, name] : kNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("CLOSED");
}

std::optional<TcpState> tcpStateFromName(const QString &name)
{
    for (const auto &[s, n] : kNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

std::optional<TcpState> tcpStateFromLinux(int linuxState)
{
    // include/net/tcp_states.h
    switch (linuxState) {
    case 1: return TcpState::Established;
    case 2: return TcpState::SynSent;
    case 3: return TcpState::SynRecv;
    case 4: return TcpState::FinWait1;
    case 5: return TcpState::FinWait2;
    case 6: return TcpState::TimeWait;
    case 7: return TcpState::Closed;
    case 8: return TcpState::CloseWait;
    case 9: return TcpState::LastAck;
    case 10: return TcpState::Listen;
    case 11: return TcpState::Closing;
    case 12: return TcpState::SynRecv; // TCP_NEW_SYN_RECV: a request socket, SYN_RECV to the user
    default: return std::nullopt;
    }
}

bool isHandshaking(TcpState state)
{
    switch (state) {
    case TcpState::SynSent:
    case TcpState::SynRecv:
    case TcpState::FinWait1:
    case TcpState::Closing:
    case TcpState::LastAck: return true;
    default: return false;
    }
}

} // namespace FinAck
