// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "reachpolicy.h"

#include "model/socketoptions.h"
#include "model/tracesteps.h"

#include <netinet/in.h>
#include <sys/socket.h>

namespace FinAck {

namespace {

// Linux numbers its SOL_SOCKET options below 90 and its IPPROTO_TCP options below 50 (6.15):
// from 100 up a number names nothing at either level, so it can only fail with ENOPROTOOPT,
// the lesson of the unsupported-option scenario.
constexpr int kFirstUndefinedOption = 100;

} // namespace

void ReachPolicy::addOwnPort(quint16 port)
{
    if (port != 0)
        m_ownPorts.insert(port);
}

QString ReachPolicy::connectRefusal(quint16 port) const
{
    if (m_ownPorts.contains(port))
        return {};
    //: %1 a port number. Said when FinAck does not make a scenario's connect() call
    return tr("connect() to port %1 was not made: a scenario may connect only to ports its own sockets have had (a listener, a "
              "port it bound, a port it connected from), and none of them had this one, so another program on this computer "
              "may listen there")
        .arg(port);
}

QString ReachPolicy::hostOptionRefusal(const SocketOption &option)
{
    if (!option.name.isEmpty())
        return {}; // a name FinAck knows (the loader checked it): none of them needs a privilege
    if (!knownOptionName(option.level, option.option).isEmpty())
        return {};
    if ((option.level == SOL_SOCKET || option.level == IPPROTO_TCP) && option.option >= kFirstUndefinedOption)
        return {};
    //: %1 and %2 are numbers; "level" and "option" are the JSON keys a scenario wrote them with
    return tr("the raw option {\"level\": %1, \"option\": %2} is used only in the lab's private network namespace; on the host "
              "network a scenario may use the options FinAck knows (SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, "
              "TCP_NODELAY, TCP_USER_TIMEOUT) or numbers Linux does not define (%3 and up at levels 1 and 6), never one "
              "that could change this computer's networking")
        .arg(option.level)
        .arg(option.option)
        .arg(kFirstUndefinedOption);
}

QString ReachPolicy::hostRefusal(const Scenario &scenario)
{
    for (qsizetype i = 0; i < scenario.steps.size(); ++i) {
        const ScenarioStep &step = scenario.steps.at(i);
        if (step.call != CallKind::Setsockopt && step.call != CallKind::Getsockopt)
            continue;
        const QString why = hostOptionRefusal(step.option);
        if (!why.isEmpty())
            //: %1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 why it cannot run
            return tr("step %1: %2").arg(stepNumber(int(i))).arg(why);
    }
    return {};
}

} // namespace FinAck
