// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QString>

namespace FinAck {

// What an exported capture file holds per packet: an IPv4 header and a TCP header without
// options, 40 bytes. The trace keeps neither payload bytes nor TCP options, so the file is what
// a capture with `tcpdump -s 40` would have kept: headers only, each packet's original length
// intact, so Wireshark shows the right lengths and marks the payload as cut by the snaplen.
inline constexpr int kPcapHeaderBytes = 40;

// The initial sequence numbers written for each side. A trace keeps numbers relative to them,
// as Wireshark shows them; the absolute ones are ours to pick. The server's wraps past 2^32
// after 256 bytes, so a reader that forgets modulo arithmetic shows it at once.
inline constexpr quint32 kPcapClientIsn = 1000000000U;
inline constexpr quint32 kPcapServerIsn = 0xffffff00U;

// Writes the trace's captured segments (source Captured, dropped ones included: they were on the
// wire) as a classic pcap file through libpcap, link type LINKTYPE_RAW (the packets start with
// their IPv4 header: no link-layer bytes to invent), so Wireshark and tshark open it. Each
// segment becomes an IPv4+TCP packet between the trace's two endpoints ("127.0.0.1:PORT"),
// stamped originUs() + tUs. The IPv4 header checksum is computed; the TCP checksum covers payload
// bytes the trace never kept, so it is written as 0 (Wireshark does not check it by default).
// Written atomically, like saveTrace(). Returns false with a one-line *error ("PATH: what went
// wrong") when the file cannot be written, an endpoint is not IPv4:PORT, or the trace has no
// captured segments: an inferred trace must not become a fake capture.
bool writePcap(const Trace &trace, const QString &path, QString *error = nullptr);

} // namespace FinAck
