// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "sockets/socketapi.h"

namespace FinAck {

// SocketApi on POSIX sockets (Linux first). send() always carries MSG_NOSIGNAL: a send on a
// reset connection reports EPIPE in the record instead of killing the process with SIGPIPE.
class PosixSocketApi : public SocketApi
{
public:
    CallOutcome socket() override;
    CallOutcome setsockopt(SocketHandle s, const SocketOption &opt, const OptionValue &value) override;
    CallOutcome getsockopt(SocketHandle s, const SocketOption &opt) override;
    CallOutcome bind(SocketHandle s, quint16 port) override;
    CallOutcome listen(SocketHandle s, int backlog) override;
    CallOutcome connect(SocketHandle s, quint16 port) override;
    CallOutcome accept(SocketHandle s) override;
    CallOutcome send(SocketHandle s, const QByteArray &data, bool dontWait) override;
    CallOutcome recv(SocketHandle s, qint64 size, RecvFlags flags) override;
    CallOutcome shutdown(SocketHandle s, ShutdownHow how) override;
    CallOutcome close(SocketHandle s) override;
    CallOutcome dup(SocketHandle s) override;
    CallOutcome crash(const QList<SocketHandle> &handles) override;

    std::optional<quint16> localPort(SocketHandle s) const override;
    std::optional<quint16> remotePort(SocketHandle s) const override;

    void prepareCallingThread() override;
    void interruptCallingThread(quintptr threadId) override;
    quintptr currentThreadId() const override;
};

} // namespace FinAck
