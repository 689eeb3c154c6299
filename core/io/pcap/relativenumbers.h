// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/pcap/packetdecoder.h"
#include "model/traceevent.h"

#include <optional>

namespace FinAck {

// A captured segment as the connection's: sequence and acknowledgement numbers relative to each
// side's initial sequence number, as Wireshark shows them, so a diagram reads seq=1, not
// 3141592654. A side's base is its SYN's number, or the number just before its first segment
// when the capture missed the SYN. The arithmetic is modulo 2^32, so a connection whose numbers
// wrap past 0 still counts up from its start. Capture files (PcapReader) and the lab's live
// capture (SegmentMapper) number alike through it.
class RelativeNumbers
{
public:
    // `from` sent `raw`; the segment keeps its time, flags, length and window (source Captured).
    Segment map(const RawSegment &raw, Actor from);
    // A new connection: the next segments set the bases again.
    void reset() { *this = {}; }

private:
    std::optional<quint32> m_isn[2]; // client, server
};

} // namespace FinAck
