// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/socketcall.h"
#include "model/traceevent.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace FinAck {

// What one call did: the record the trace keeps, plus what the caller needs to go on (a new
// descriptor from socket/accept/dup, the bytes recv returned, an option's value).
struct CallOutcome {
    CallRecord record;
    std::optional<SocketHandle> newHandle;
    QByteArray received;
    std::optional<OptionValue> option;
};

// The socket calls a course on connection teardown needs. Every call is made for real and comes
// back as a CallOutcome whose record is written the way a C programmer on that platform would
// have written the call. Addresses are always 127.0.0.1: FinAck never listens beyond loopback.
//
// Callers (the engine's actor threads) use only this interface, so a Winsock implementation can
// be added beside PosixSocketApi without touching them.
class SocketApi
{
public:
    virtual ~SocketApi() = default;

    virtual CallOutcome socket() = 0;
    virtual CallOutcome setsockopt(SocketHandle s, const SocketOption &opt, const OptionValue &value) = 0;
    virtual CallOutcome getsockopt(SocketHandle s, const SocketOption &opt) = 0;
    virtual CallOutcome bind(SocketHandle s, quint16 port) = 0;
    virtual CallOutcome listen(SocketHandle s, int backlog) = 0;
    virtual CallOutcome connect(SocketHandle s, quint16 port) = 0;
    virtual CallOutcome accept(SocketHandle s) = 0;
    virtual CallOutcome send(SocketHandle s, const QByteArray &data, bool dontWait) = 0;
    virtual CallOutcome recv(SocketHandle s, qint64 size, RecvFlags flags) = 0;
    virtual CallOutcome shutdown(SocketHandle s, ShutdownHow how) = 0;
    virtual CallOutcome close(SocketHandle s) = 0;
    virtual CallOutcome dup(SocketHandle s) = 0;
    // The process holding `handles` dies by SIGKILL: the kernel closes them as at any process
    // exit. On return the handles are closed.
    virtual CallOutcome crash(const QList<SocketHandle> &handles) = 0;

    // Local and remote port of a socket, not recorded as calls: the engine needs them to find
    // the connection in the kernel's tables and in the capture.
    virtual std::optional<quint16> localPort(SocketHandle s) const = 0;
    virtual std::optional<quint16> remotePort(SocketHandle s) const = 0;

    // Make this thread's blocking calls interruptible (called once on each actor thread), and
    // interrupt the blocking call the given thread is in, so a step's timeout can end it.
    virtual void prepareCallingThread() = 0;
    virtual void interruptCallingThread(quintptr threadId) = 0;
    virtual quintptr currentThreadId() const = 0;

    // The kernel's descriptor behind a handle, for the probe (TCP_INFO); nullopt when the handle
    // has none (yet, or any more). A POSIX handle is its descriptor; a QTcpSocket has one only
    // while it is connected, and Qt may close it on its own (when the peer closed).
    virtual std::optional<SocketHandle> nativeDescriptor(SocketHandle s) const { return s; }

    // True when a blocking call ends itself at the step's timeout (Qt's waitFor*() take it as
    // their argument), so the engine interrupts it only if it overruns.
    virtual bool endsBlockedCallsItself() const { return false; }
};

} // namespace FinAck
