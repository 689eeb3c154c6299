// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// A run far longer than a lesson, for the tests and the benchmark of FinAck's limits
// (docs/limits.md): `steps` steps, each a send() of 5 bytes and `perStep` - 1 segments.
#include "model/trace.h"

inline FinAck::Trace longRun(int steps, int perStep)
{
    FinAck::Trace trace;
    trace.setScenarioId(QStringLiteral("long-run"));
    trace.setEndpoint(FinAck::Actor::Client, QStringLiteral("127.0.0.1:40000"));
    trace.setEndpoint(FinAck::Actor::Server, QStringLiteral("127.0.0.1:5000"));
    qint64 t = 0;
    for (int step = 0; step < steps; ++step) {
        FinAck::CallRecord call;
        call.tUs = t++;
        call.step = step;
        call.call = QStringLiteral("send");
        call.text = QStringLiteral("send(3, \"hello\", 5, MSG_NOSIGNAL)");
        call.ret = 5;
        trace.append(call);
        for (int k = 1; k < perStep; ++k) {
            FinAck::Segment s;
            s.tUs = t++;
            s.from = k % 2 ? FinAck::Actor::Client : FinAck::Actor::Server;
            s.flags = FinAck::TcpFlag::Ack | (k % 2 ? FinAck::TcpFlag::Psh : 0);
            s.seq = quint32(step * 5);
            s.len = k % 2 ? 5 : 0;
            s.ack = 1;
            s.win = 512;
            trace.append(s);
        }
    }
    return trace;
}
