// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/pcap/packetdecoder.h"
#include "io/pcap/relativenumbers.h"
#include "model/traceevent.h"

#include <optional>

namespace FinAck {

// Turns captured segments into the connection's segments: keeps only those between the server's
// port and the client's, names the sender, and makes sequence numbers relative to each side's
// initial sequence number (RelativeNumbers, as capture files do).
class SegmentMapper
{
public:
    void reset(quint16 serverPort = 0);
    // A new port means a new connection: its sequence numbers start from its own SYN.
    void setServerPort(quint16 port);
    // The client's port, when the engine knows it before the first segment does.
    void setClientPort(quint16 port);

    std::optional<Segment> map(const RawSegment &raw);

private:
    quint16 m_serverPort = 0;
    quint16 m_clientPort = 0;
    RelativeNumbers m_numbers;
};

} // namespace FinAck
