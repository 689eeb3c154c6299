// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/traceevent.h"

#include <QList>

namespace FinAck {

// Works out which segments must have crossed the wire when the process may not capture them
// (an ordinary user on the host's loopback). Every inferred segment rests on something the kernel
// did show: a call and its result, and the states sock_diag reported before and after it. For
// example, close() on an ESTABLISHED socket is followed either by the peer in CLOSE_WAIT (so a
// FIN went out) or by the peer CLOSED (an RST); the ACK of that FIN is placed where the closer
// was seen leaving FIN_WAIT_1. Segments are marked inferred; sequence numbers are relative, as
// if both initial sequence numbers were 0, and windows are unknown (0).
class SegmentInference
{
public:
    void reset();

    // The segments caused by the calls finished in one step. `observed` is every observed state
    // event of both actors so far, in time order (it must include those after the calls).
    QList<Segment> infer(const QList<CallRecord> &calls, const QList<StateChange> &observed);

private:
    struct Side {
        quint32 snd = 0; // next relative sequence number this side sends
        bool synced = false;
    };
    Side &side(Actor a) { return a == Actor::Client ? m_client : m_server; }
    Segment make(qint64 tUs, Actor from, quint8 flags, quint32 len = 0);

    void inferConnect(const CallRecord &call, QList<Segment> &out);
    void inferSend(const CallRecord &call, const QList<StateChange> &observed, QList<Segment> &out);
    void inferClose(const CallRecord &call, const QList<StateChange> &observed, QList<Segment> &out);
    static void dropPiggybackedAcks(QList<Segment> &segments);

    Side m_client;
    Side m_server;
};

} // namespace FinAck
