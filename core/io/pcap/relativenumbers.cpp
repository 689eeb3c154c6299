// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/pcap/relativenumbers.h"

namespace FinAck {

namespace {

constexpr quint8 kTraceFlags = TcpFlag::Syn | TcpFlag::Ack | TcpFlag::Fin | TcpFlag::Rst | TcpFlag::Psh;

} // namespace

Segment RelativeNumbers::map(const RawSegment &raw, Actor from)
{
    std::optional<quint32> &senderIsn = m_isn[from == Actor::Client ? 0 : 1];
    std::optional<quint32> &receiverIsn = m_isn[from == Actor::Client ? 1 : 0];
    if (!senderIsn)
        senderIsn = (raw.flags & TcpFlag::Syn) ? raw.seq : raw.seq - 1; // without a SYN: as if just after it

    Segment s;
    s.tUs = raw.tUs;
    s.from = from;
    s.flags = raw.flags & kTraceFlags;
    s.seq = raw.seq - *senderIsn;
    if (raw.flags & TcpFlag::Ack) {
        // The peer's base when none of its segments came first: as if this acknowledged its SYN.
        if (!receiverIsn)
            receiverIsn = raw.ack - 1;
        s.ack = raw.ack - *receiverIsn;
    }
    s.len = raw.len;
    s.win = raw.win;
    s.source = SegmentSource::Captured;
    return s;
}

} // namespace FinAck
