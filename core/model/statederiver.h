// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/traceevent.h"

#include <QList>
#include <optional>

namespace FinAck {

// Works out each side's state from the segments between them, with the RFC 9293 state machine.
// Loopback finishes FIN_WAIT_1, LAST_ACK or CLOSING in microseconds, faster than any poll of the
// kernel; the segments show when each side entered them. Feed segments in time order.
class StateDeriver
{
public:
    struct Transition {
        qint64 tUs = 0;
        Actor actor = Actor::Client;
        TcpState state = TcpState::Closed;
    };

    void reset();
    // Processes one segment (dropped ones never arrive, so only their sender is affected) and
    // returns the transitions it caused.
    QList<Transition> feed(const Segment &segment);
    std::optional<TcpState> state(Actor actor) const;
    // The kernel reported this side in `state`: take its word over what the segments implied.
    void observe(Actor actor, TcpState state);

private:
    struct Side {
        std::optional<TcpState> state;
        std::optional<quint32> finEnd; // sequence number just past our FIN, once sent
        bool finAcked = false;
    };
    void move(Side &side, Actor actor, TcpState to, qint64 tUs, QList<Transition> &out);
    Side &side(Actor a) { return a == Actor::Client ? m_client : m_server; }

    Side m_client;
    Side m_server;
};

} // namespace FinAck
