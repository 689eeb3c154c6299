// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/pcap/tcpstreams.h"
#include "model/networkmode.h"
#include "model/trace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace FinAck {

// Its scenarioId() is this prefix and the file's name: no scenario made it, and no scenario id
// or scenario file name starts like this.
inline const QString kCaptureFileScenarioPrefix = QStringLiteral("capture-file:");

// Opens a capture file of real TCP traffic (tcpdump, Wireshark) and shows each connection in it
// as FinAck draws a run: the segments as they were, each side's states worked out from them.
class PcapReader
{
    Q_DECLARE_TR_FUNCTIONS(PcapReader)

public:
    // Reads a .pcap or .pcapng (libpcap reads both) at microsecond precision, in one streaming
    // pass, and groups its IPv4 TCP segments into streams (TcpStreams): every stream is counted
    // for streams(), the segments of stream `keep` (from 0) only are kept for trace(). Frames are
    // decoded by decodeFrame(), so the link types are the ones it knows; other packets (UDP,
    // IPv6, ARP) are skipped. Returns false with a one-line *error "FILE: what was expected" for a
    // missing, unreadable, corrupt or truncated file, an unsupported link type, a file with no
    // IPv4 TCP at all, one of more than ten million packets or of more than
    // TcpStreams::kMaxStreams streams; then streams() is empty. Never trusts the file: it is
    // fuzzed (tests/fuzz, docs/fuzzing.md).
    bool open(const QString &path, QString *error = nullptr, int keep = 0);

    const QList<TcpStreamInfo> &streams() const { return m_streams.infos(); }
    const QString &path() const { return m_path; }
    qint64 packetCount() const { return m_packets; } // every packet read, TCP or not

    // The stream as a FinAck trace: its segments (source Captured, seq/ack relative to each
    // side's initial sequence number as Wireshark shows them) and each side's states worked out
    // by StateDeriver, every one StateSource::Derived, with a Note at the start saying so. A
    // stream whose SYN the capture missed starts with both sides assumed ESTABLISHED (the note
    // says that too). Origin: the stream's first packet; platform().network: kCaptureFileNetwork.
    // A stream other than the kept one is read again from the file (a second pass, keeping that
    // one). An empty Trace, and a one-line *error, for a stream that does not exist, a file that
    // cannot be read again, or a stream of more than TcpStreams::kMaxSegments segments or a trace
    // of more than kMaxTraceEvents events.
    Trace trace(int stream, QString *error = nullptr);

private:
    QString m_path;
    qint64 m_packets = 0;
    TcpStreams m_streams;
};

} // namespace FinAck
