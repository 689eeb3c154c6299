// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "stepcall.h"

namespace FinAck {

quint16 connectPort(const ScenarioStep &step, quint16 serverPort, quint16 clientPort)
{
    if (step.portOf)
        return *step.portOf == Actor::Client ? clientPort : serverPort;
    return step.port.value_or(serverPort);
}

std::function<CallOutcome()> makeStepCall(SocketApi &api, const ScenarioStep &step, SocketHandle fd, quint16 serverPort, quint16 clientPort,
                                          const QList<SocketHandle> &handles)
{
    SocketApi *a = &api;
    const quint16 referred = step.portOf == Actor::Client ? clientPort : serverPort;
    switch (step.call) {
    case CallKind::Socket: return [a] { return a->socket(); };
    case CallKind::Setsockopt: return [a, fd, opt = step.option, value = step.value] { return a->setsockopt(fd, opt, value); };
    case CallKind::Getsockopt: return [a, fd, opt = step.option] { return a->getsockopt(fd, opt); };
    case CallKind::Bind: return [a, fd, port = step.portOf ? referred : step.port.value_or(0)] { return a->bind(fd, port); };
    case CallKind::Listen: return [a, fd, backlog = step.backlog] { return a->listen(fd, backlog); };
    case CallKind::Connect: return [a, fd, port = connectPort(step, serverPort, clientPort)] { return a->connect(fd, port); };
    case CallKind::Accept: return [a, fd] { return a->accept(fd); };
    case CallKind::Send: return [a, fd, data = step.data, dontWait = step.dontWait] { return a->send(fd, data, dontWait); };
    case CallKind::Recv: return [a, fd, size = step.size, flags = step.recvFlags] { return a->recv(fd, size, flags); };
    case CallKind::Shutdown: return [a, fd, how = step.how] { return a->shutdown(fd, how); };
    case CallKind::Close: return [a, fd] { return a->close(fd); };
    case CallKind::Dup: return [a, fd] { return a->dup(fd); };
    case CallKind::Crash: return [a, handles] { return a->crash(handles); };
    }
    return {};
}

} // namespace FinAck
