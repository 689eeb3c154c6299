// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/statederiver.h"

namespace FinAck {

void StateDeriver::reset()
{
    m_client = {};
    m_server = {};
}

std::optional<TcpState> StateDeriver::state(Actor actor) const
{
    return actor == Actor::Client ? m_client.state : m_server.state;
}

void StateDeriver::observe(Actor actor, TcpState state)
{
    side(actor).state = state;
}

void StateDeriver::move(Side &s, Actor actor, TcpState to, qint64 tUs, QList<Transition> &out)
{
    if (s.state == to)
        return;
    s.state = to;
    out << Transition{tUs, actor, to};
}

QList<StateDeriver::Transition> StateDeriver::feed(const Segment &seg)
{
    QList<Transition> out;
    const Actor senderActor = seg.from;
    const Actor receiverActor = seg.to();
    Side &sender = side(senderActor);
    Side &receiver = side(receiverActor);
    const qint64 t = seg.tUs;

    // An RST ends the connection for both: the sender has already torn its socket down, and the
    // receiver drops the connection when it arrives (in any synchronised state).
    if (seg.has(TcpFlag::Rst)) {
        if (sender.state)
            move(sender, senderActor, TcpState::Closed, t, out);
        if (!seg.dropped && receiver.state && receiver.state != TcpState::Listen)
            move(receiver, receiverActor, TcpState::Closed, t, out);
        return out;
    }

    // What sending this segment does to the sender.
    if (seg.has(TcpFlag::Syn)) {
        move(sender, senderActor, seg.has(TcpFlag::Ack) ? TcpState::SynRecv : TcpState::SynSent, t, out);
    }
    if (seg.has(TcpFlag::Fin)) {
        sender.finEnd = seg.seqEnd();
        switch (sender.state.value_or(TcpState::Established)) {
        case TcpState::Established:
        case TcpState::SynRecv: move(sender, senderActor, TcpState::FinWait1, t, out); break;
        case TcpState::CloseWait: move(sender, senderActor, TcpState::LastAck, t, out); break;
        default: break; // a retransmitted FIN changes nothing
        }
    }
    if (seg.dropped)
        return out;

    // What receiving it does to the receiver: first the ACK (it may acknowledge our FIN or SYN),
    // then a FIN it carries, as RFC 9293 section 3.10.7.4 orders the checks.
    if (seg.has(TcpFlag::Ack)) {
        const bool acksOurFin = receiver.finEnd && qint32(seg.ack - *receiver.finEnd) >= 0;
        switch (receiver.state.value_or(TcpState::Closed)) {
        case TcpState::SynSent:
            if (seg.has(TcpFlag::Syn))
                move(receiver, receiverActor, TcpState::Established, t, out);
            break;
        case TcpState::SynRecv: move(receiver, receiverActor, TcpState::Established, t, out); break;
        case TcpState::FinWait1:
            if (acksOurFin)
                move(receiver, receiverActor, TcpState::FinWait2, t, out);
            break;
        case TcpState::Closing:
            if (acksOurFin)
                move(receiver, receiverActor, TcpState::TimeWait, t, out);
            break;
        case TcpState::LastAck:
            if (acksOurFin)
                move(receiver, receiverActor, TcpState::Closed, t, out);
            break;
        default: break;
        }
        if (acksOurFin)
            receiver.finAcked = true;
    }
    if (seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Ack) && !receiver.state)
        receiver.state = TcpState::Listen; // a listener answers with SYN|ACK, handled when it is sent
    if (seg.has(TcpFlag::Fin)) {
        switch (receiver.state.value_or(TcpState::Established)) {
        case TcpState::Established:
        case TcpState::SynRecv: move(receiver, receiverActor, TcpState::CloseWait, t, out); break;
        case TcpState::FinWait1:
            // Our FIN not yet acknowledged: both closed at once.
            move(receiver, receiverActor, receiver.finAcked ? TcpState::TimeWait : TcpState::Closing, t, out);
            break;
        case TcpState::FinWait2: move(receiver, receiverActor, TcpState::TimeWait, t, out); break;
        default: break; // CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT: a retransmitted FIN
        }
    }
    return out;
}

} // namespace FinAck
