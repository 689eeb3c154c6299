// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "sockets/socketapi.h"

#include <functional>

namespace FinAck {

// The call a step makes, bound to its real arguments, ready to run on the actor's thread.
// `fd` is the step's descriptor resolved to a handle; `serverPort` is where connect() goes when
// the step names no port.
// `ports` maps each actor to the port it used last; `handles` are all of the actor's descriptors
// (for crash).
// The port a connect step goes to: its number, the port an actor used last ("port": "server"),
// or by default the server's.
quint16 connectPort(const ScenarioStep &step, quint16 serverPort, quint16 clientPort);

std::function<CallOutcome()> makeStepCall(SocketApi &api, const ScenarioStep &step, SocketHandle fd, quint16 serverPort, quint16 clientPort,
                                          const QList<SocketHandle> &handles);

} // namespace FinAck
