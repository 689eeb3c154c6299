// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QtGlobal>
#include <cstddef>
#include <optional>

namespace FinAck {

// A TCP segment as captured: absolute numbers, both endpoints, before anyone decided which actor
// sent it. The engine turns these into Segment (traceevent.h) once it knows the two ports.
struct RawSegment {
    qint64 tUs = 0;                   // capture timestamp, wall-clock microseconds
    quint32 srcAddr = 0, dstAddr = 0; // IPv4, host byte order
    quint16 srcPort = 0, dstPort = 0; // host byte order
    quint8 flags = 0;                 // all eight flag bits of the header (TcpFlag, plus URG/ECE/CWR)
    quint32 seq = 0, ack = 0;         // absolute, as in the header
    quint32 len = 0;                  // payload bytes, from the IP total length (the snaplen cuts payloads)
    quint16 win = 0;                  // header window field, unscaled

    friend bool operator==(const RawSegment &, const RawSegment &) = default;
};

// Decodes one frame of the given libpcap link type (DLT_EN10MB with 802.1Q/802.1ad tags,
// DLT_NULL, DLT_LOOP, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW, DLT_IPV4) into the IPv4 TCP segment
// it carries. nullopt for anything else: other link or network protocols, IPv6, non-first
// fragments, malformed headers, or a frame captured short of the end of the TCP header.
// Reads only data[0, caplen): it is fed corrupt files and fuzzed.
std::optional<RawSegment> decodeFrame(int linkType, const uchar *data, size_t caplen, qint64 tUs);

// Whether decodeFrame() understands frames of this link type at all.
bool isDecodableLinkType(int linkType);

} // namespace FinAck
