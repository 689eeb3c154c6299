// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/actor.h"
#include "model/tcpstate.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace FinAck {

// Plain value types for everything a run records. Times are wall-clock microseconds (clock.h)
// while a run is live; Trace stores them relative to the run's start (t_us in the file).
// pausedUs is a length, so it is the same in both.

// How many received bytes a call record keeps: enough to read a message, not a bulk transfer.
inline constexpr qsizetype kKeptDataBytes = 256;

// What a call returns, for showing it: most return a number; Qt's waitFor*() return a bool and
// close() returns nothing.
enum class ReturnType { Integer, Bool, Void };

// One socket API call, as a C programmer would have written it, with what the kernel answered.
// A call of the Qt client (api "qt") is the Qt C++ a Qt programmer would have written, with what
// Qt returned; when it failed, Qt's own error (socket.error()) stands where errno would.
struct CallRecord {
    qint64 tUs = 0; // when the call started
    Actor actor = Actor::Client;
    int step = -1;         // index of the scenario step that made it, -1 for none
    QString call;          // "send"
    QString text;          // send(5, "hello", 5, MSG_NOSIGNAL)
    qint64 ret = 0;        // the return value
    int errnoNumber = 0;   // errno when it failed (ret == -1), else 0
    QString errnoName;     // "ECONNRESET"
    QString errnoMessage;  // strerror() text
    qint64 durationUs = 0; // how long the call took (a blocking call: how long it blocked)
    bool timedOut = false; // the step's timeout interrupted it
    QByteArray data;       // recv: the first bytes it returned (kKeptDataBytes at most); ret has the count
    QString api;           // "qt": made through QTcpSocket; empty: the platform's socket API
    ReturnType returnType = ReturnType::Integer;
    QString qtError;       // a failed Qt call: socket.error() right after it, "QAbstractSocket::RemoteHostClosedError"
    QString qtErrorString; // ... and socket.errorString()
    qint64 pausedUs = 0;   // the lab waited this long for a step command just before this event (labtimeline.h)
    bool failed() const { return errnoNumber != 0 || !qtError.isEmpty(); }
    bool operator==(const CallRecord &) const = default;
};

// TCP header flags, bit values as on the wire.
namespace TcpFlag {
enum : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };
}

enum class SegmentSource { Captured, Inferred };

// One TCP segment between the two actors.
struct Segment {
    qint64 tUs = 0;
    Actor from = Actor::Client;
    quint8 flags = 0; // TcpFlag bits
    quint32 seq = 0;  // relative to the sender's initial sequence number (SYN = 0)
    quint32 ack = 0;  // relative to the receiver's initial sequence number; 0 without ACK
    quint32 len = 0;  // payload bytes
    quint32 win = 0;  // advertised window (unscaled, as in the header)
    SegmentSource source = SegmentSource::Captured;
    bool dropped = false; // removed by a fault before it reached the peer
    qint64 pausedUs = 0;  // the lab waited this long for a step command just before this event (labtimeline.h)
    Actor to() const { return peerOf(from); }
    bool has(quint8 flag) const { return (flags & flag) != 0; }
    // Sequence space this segment occupies: payload plus one for SYN and one for FIN.
    quint32 seqEnd() const { return seq + len + (has(TcpFlag::Syn) ? 1 : 0) + (has(TcpFlag::Fin) ? 1 : 0); }
    bool operator==(const Segment &) const = default;
};

enum class StateSource { Observed, Derived };

// A side's connection state changed. Observed: the kernel reported it (sock_diag or TCP_INFO).
// Derived: too short-lived to be polled, worked out from the segments (RFC 9293 state machine).
struct StateChange {
    qint64 tUs = 0;
    Actor actor = Actor::Client;
    TcpState state = TcpState::Closed;
    StateSource source = StateSource::Observed;
    std::optional<qint64> timerMs; // remaining time of the state's timer (TIME_WAIT, retransmit)
    std::optional<qint64> recvQ;   // bytes received and not yet read by the application
    std::optional<qint64> sendQ;   // bytes sent and not yet acknowledged
    qint64 pausedUs = 0;           // the lab waited this long for a step command just before this event (labtimeline.h)
    bool operator==(const StateChange &) const = default;
};

// Free text: what a step is about, or what the engine noticed (a timeout, a surprise).
struct Note {
    qint64 tUs = 0;
    int step = -1;
    QString text;
    qint64 pausedUs = 0; // the lab waited this long for a step command just before this event (labtimeline.h)
    // About the lab's own running ("had not settled … going on"), not the lesson: kept in the
    // trace for whoever tunes the lab, shown to students only as labnote.h's plain sentence.
    bool lab = false;
    bool operator==(const Note &) const = default;
};

// A Qt signal the Qt client's QTcpSocket emitted, stamped when it was emitted: inside one of the
// client's calls (a waitFor*() or close()), or from the client thread's event loop as a Qt
// program would get it.
struct SignalRecord {
    qint64 tUs = 0;
    Actor actor = Actor::Client;
    int step = -1;         // the scenario step running when it was emitted, -1 for none
    QString object;        // the socket's variable name in the calls' text, "socket"
    QString signal;        // "stateChanged"
    QStringList arguments; // {"QAbstractSocket::ClosingState"}
    QString during;        // the QTcpSocket function it was emitted in ("waitForReadyRead"); empty: the event loop
    qint64 pausedUs = 0;   // the lab waited this long for a step command just before this event (labtimeline.h)
    QString text() const { return QStringLiteral("%1(%2)").arg(signal, arguments.join(QStringLiteral(", "))); }
    bool operator==(const SignalRecord &) const = default;
};

using TraceEvent = std::variant<CallRecord, Segment, StateChange, Note, SignalRecord>;

inline qint64 eventTime(const TraceEvent &e)
{
    return std::visit([](const auto &v) { return v.tUs; }, e);
}

// Every kind may carry the pause the lab ended just before it: it is the first event recorded
// after the wait, whichever kind that is (docs/trace-format.md, "paused_us").
inline qint64 eventPausedUs(const TraceEvent &e)
{
    return std::visit([](const auto &v) { return v.pausedUs; }, e);
}

} // namespace FinAck
