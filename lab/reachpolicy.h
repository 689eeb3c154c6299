// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "sockets/socketapi.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace FinAck {

// What a scenario may reach. Teachers share scenario files and students open them, so a file
// must not be able to talk to the student's own services (a local web server, Redis) or change
// the machine's networking through its sockets:
// - connect() goes only to ports this run's own sockets have had locally (a listener, a port it
//   bound, a port it connected from): whatever else listens on 127.0.0.1 is another program's.
// - On the host network a raw {level, option} is set or read only when its numbers are an option
//   FinAck knows, or numbers Linux defines at no level (they can only answer ENOPROTOOPT). In the
//   private namespace anything goes: its capabilities reach no further than its own loopback.
//
// The loader refuses a numeric connect port that no earlier bind names (ScenarioLoader); the
// engine keeps this set while the scenario runs and refuses the rest at the step.
class ReachPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ReachPolicy)

public:
    void clear() { m_ownPorts.clear(); }
    // A port one of this run's sockets had locally (after bind, listen or connect).
    void addOwnPort(quint16 port);
    const QSet<quint16> &ownPorts() const { return m_ownPorts; }

    // Why connect() to `port` is not made, or empty when it goes to one of the run's own ports.
    QString connectRefusal(quint16 port) const;

    // Why `option` is not used on the host network, or empty when it may be.
    static QString hostOptionRefusal(const SocketOption &option);
    // The first step of `scenario` whose option hostOptionRefusal() refuses, said with the
    // step's number as the diagram numbers it; empty when every step may run on the host.
    static QString hostRefusal(const Scenario &scenario);

private:
    QSet<quint16> m_ownPorts;
};

} // namespace FinAck
