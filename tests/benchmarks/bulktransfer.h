// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// The benchmarks' generated trace: a bulk transfer shaped like a real run's record.
#include "model/trace.h"

namespace FinAck {

// A client sending 14 MB in 1448-byte segments, each acknowledged, with the send() and recv()
// calls and the state observations a real run records, then a graceful close: exactly kSegments
// segments in all (kSegments >= 8).
inline Trace bulkTransfer(int kSegments)
{
    Trace trace;
    trace.setOriginUs(1'700'000'000'000'000); // 2023-11-14: any real date, for the pcap's stamps
    trace.setScenarioTitle(QStringLiteral("Bulk transfer (generated)"));
    trace.setEndpoint(Actor::Client, QStringLiteral("127.0.0.1:40000"));
    trace.setEndpoint(Actor::Server, QStringLiteral("127.0.0.1:50000"));
    qint64 t = 0;
    int segments = 0;
    const auto state = [&](Actor a, TcpState s, qint64 recvQ = 0, qint64 sendQ = 0) {
        StateChange c{t, a, s, StateSource::Observed, std::nullopt, recvQ, sendQ};
        trace.appendRelative(c);
    };
    const auto call = [&](Actor a, const QString &name, const QString &text, qint64 ret) {
        CallRecord c;
        c.tUs = t;
        c.actor = a;
        c.call = name;
        c.text = text;
        c.ret = ret;
        c.durationUs = 20;
        trace.appendRelative(c);
    };
    quint32 seq[2] = {0, 0};
    const auto segment = [&](Actor from, quint8 flags, quint32 len) {
        Segment s;
        s.tUs = t;
        s.from = from;
        s.flags = flags;
        s.seq = seq[int(from)];
        s.ack = seq[int(peerOf(from))];
        s.len = len;
        s.win = 512;
        trace.appendRelative(s);
        seq[int(from)] += s.seqEnd() - s.seq;
        ++segments;
        t += 6;
    };
    state(Actor::Client, TcpState::Closed);
    state(Actor::Server, TcpState::Listen);
    call(Actor::Client, QStringLiteral("connect"), QStringLiteral("connect(3, {AF_INET, 127.0.0.1:50000}, 16)"), 0);
    segment(Actor::Client, TcpFlag::Syn, 0);
    segment(Actor::Server, TcpFlag::Syn | TcpFlag::Ack, 0);
    segment(Actor::Client, TcpFlag::Ack, 0);
    state(Actor::Client, TcpState::Established);
    state(Actor::Server, TcpState::Established);
    call(Actor::Server, QStringLiteral("accept"), QStringLiteral("accept(3, NULL, NULL)"), 4);
    int pair = 0;
    while (segments < kSegments - 4) {
        if (pair % 22 == 0)
            call(Actor::Client, QStringLiteral("send"), QStringLiteral("send(3, buf, 65536, 0)"), 65536);
        segment(Actor::Client, TcpFlag::Ack | TcpFlag::Psh, 1448);
        if (segments < kSegments - 4)
            segment(Actor::Server, TcpFlag::Ack, 0);
        if (pair % 22 == 21)
            call(Actor::Server, QStringLiteral("recv"), QStringLiteral("recv(4, buf, 65536, 0)"), 65536);
        if (pair % 50 == 0) {
            state(Actor::Client, TcpState::Established, 0, 1448 * (pair % 7));
            state(Actor::Server, TcpState::Established, 1448 * (pair % 5), 0);
        }
        ++pair;
    }
    call(Actor::Client, QStringLiteral("close"), QStringLiteral("close(3)"), 0);
    segment(Actor::Client, TcpFlag::Fin | TcpFlag::Ack, 0);
    segment(Actor::Server, TcpFlag::Ack, 0);
    state(Actor::Client, TcpState::FinWait2);
    state(Actor::Server, TcpState::CloseWait);
    call(Actor::Server, QStringLiteral("close"), QStringLiteral("close(4)"), 0);
    segment(Actor::Server, TcpFlag::Fin | TcpFlag::Ack, 0);
    segment(Actor::Client, TcpFlag::Ack, 0);
    StateChange timeWait{t, Actor::Client, TcpState::TimeWait, StateSource::Observed, 60000, 0, 0};
    trace.appendRelative(timeWait);
    state(Actor::Server, TcpState::Closed);
    return trace;
}

} // namespace FinAck
