// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "wire/segmentinference.h"

#include <algorithm>
#include <optional>

namespace FinAck {

namespace {

// The last observed state of `actor` at or before `tUs`.
std::optional<TcpState> stateAt(const QList<StateChange> &observed, Actor actor, qint64 tUs)
{
    std::optional<TcpState> state;
    for (const StateChange &s : observed) {
        if (s.tUs > tUs)
            break;
        if (s.actor == actor)
            state = s.state;
    }
    return state;
}

// The first observed event of `actor` after `tUs` that satisfies `pred`.
template<typename Pred> const StateChange *firstAfter(const QList<StateChange> &observed, Actor actor, qint64 tUs, Pred pred)
{
    for (const StateChange &s : observed) {
        if (s.tUs >= tUs && s.actor == actor && pred(s))
            return &s;
    }
    return nullptr;
}

bool canSendFin(std::optional<TcpState> s)
{
    return s == TcpState::Established || s == TcpState::CloseWait || s == TcpState::SynRecv;
}

} // namespace

void SegmentInference::reset()
{
    m_client = {};
    m_server = {};
}

Segment SegmentInference::make(qint64 tUs, Actor from, quint8 flags, quint32 len)
{
    Segment s;
    s.tUs = tUs;
    s.from = from;
    s.flags = flags;
    s.len = len;
    s.source = SegmentSource::Inferred;
    s.seq = side(from).snd;
    if (flags & TcpFlag::Ack)
        s.ack = side(peerOf(from)).snd;
    side(from).snd += len + ((flags & (TcpFlag::Syn | TcpFlag::Fin)) ? 1 : 0);
    return s;
}

void SegmentInference::inferConnect(const CallRecord &call, QList<Segment> &out)
{
    // A connect() that returned 0 completed the three-way handshake inside the call.
    m_client = {0, true};
    m_server = {0, true};
    out << make(call.tUs, Actor::Client, TcpFlag::Syn);
    out << make(call.tUs + call.durationUs / 2, Actor::Server, TcpFlag::Syn | TcpFlag::Ack);
    out << make(call.tUs + call.durationUs, Actor::Client, TcpFlag::Ack);
}

void SegmentInference::inferSend(const CallRecord &call, const QList<StateChange> &observed, QList<Segment> &out)
{
    const Actor x = call.actor;
    const Actor y = peerOf(x);
    const qint64 sent = call.tUs + call.durationUs;
    const auto before = stateAt(observed, x, call.tUs);
    out << make(sent, x, TcpFlag::Psh | TcpFlag::Ack, quint32(call.ret));

    // The peer answers with an ACK, or, when its socket is closed for reading, with an RST:
    // then the sender is seen going to CLOSED.
    const StateChange *reset = firstAfter(observed, x, call.tUs,
                                          [&](const StateChange &s) { return s.state == TcpState::Closed && before != TcpState::Closed; });
    if (reset) {
        out << make(std::max(reset->tUs, sent), y, TcpFlag::Rst);
        return;
    }
    const StateChange *acked = firstAfter(observed, x, sent, [](const StateChange &s) { return s.sendQ.value_or(0) == 0; });
    out << make(acked ? std::max(acked->tUs, sent) : sent, y, TcpFlag::Ack);
}

void SegmentInference::inferClose(const CallRecord &call, const QList<StateChange> &observed, QList<Segment> &out)
{
    const Actor x = call.actor;
    const Actor y = peerOf(x);
    const auto xBefore = stateAt(observed, x, call.tUs);
    const auto yBefore = stateAt(observed, y, call.tUs);
    if (!canSendFin(xBefore))
        return; // the FIN went out earlier (after shutdown), or there is no connection
    const StateChange *xChanged = firstAfter(observed, x, call.tUs, [&](const StateChange &s) { return s.state != xBefore; });
    if (!xChanged)
        return; // another descriptor still holds the socket: nothing is sent
    const StateChange *yChanged = firstAfter(observed, y, call.tUs, [&](const StateChange &s) { return s.state != yBefore; });

    if (yChanged && yChanged->state == TcpState::Closed) {
        // The peer dropped the connection: this close() aborted it (unread data, or SO_LINGER 0).
        out << make(call.tUs, x, TcpFlag::Rst | TcpFlag::Ack);
        return;
    }
    out << make(call.tUs, x, TcpFlag::Fin | TcpFlag::Ack);
    // The FIN's ACK arrived when the closer was seen past FIN_WAIT_1 / LAST_ACK / CLOSING.
    const StateChange *acked = firstAfter(observed, x, call.tUs, [](const StateChange &s) {
        return s.state == TcpState::FinWait2 || s.state == TcpState::TimeWait || s.state == TcpState::Closed;
    });
    if (acked)
        out << make(std::max(acked->tUs, call.tUs + call.durationUs), y, TcpFlag::Ack);
}

void SegmentInference::dropPiggybackedAcks(QList<Segment> &segments)
{
    // A pure ACK inferred for a moment after the same side sent another segment that already
    // acknowledged as much never existed on its own: the other segment carried it.
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        const Segment &ack = segments[i];
        if (ack.flags != TcpFlag::Ack)
            continue;
        const bool carried = std::any_of(segments.cbegin(), segments.cend(), [&](const Segment &other) {
            return &other != &ack && other.from == ack.from && other.has(TcpFlag::Ack) && other.tUs <= ack.tUs
                   && other.flags != TcpFlag::Ack && qint32(other.ack - ack.ack) >= 0 && other.len > 0;
        });
        if (carried)
            segments.removeAt(i);
    }
}

QList<Segment> SegmentInference::infer(const QList<CallRecord> &calls, const QList<StateChange> &observed)
{
    QList<Segment> out;
    for (const CallRecord &call : calls) {
        if (call.failed())
            continue; // a failed call sends nothing
        if (call.call == QLatin1String("connect"))
            inferConnect(call, out);
        else if (call.call == QLatin1String("send") && call.ret > 0)
            inferSend(call, observed, out);
        else if (call.call == QLatin1String("close") || call.call == QLatin1String("crash")
                 || (call.call == QLatin1String("shutdown") && !call.text.contains(QLatin1String("SHUT_RD)"))))
            inferClose(call, observed, out);
    }
    dropPiggybackedAcks(out);
    std::stable_sort(out.begin(), out.end(), [](const Segment &a, const Segment &b) { return a.tUs < b.tUs; });
    return out;
}

} // namespace FinAck
