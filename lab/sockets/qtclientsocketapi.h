// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "sockets/qtsockethost.h"
#include "sockets/socketapi.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace FinAck {

// The client as a Qt program: a QTcpSocket in a thread of its own whose event loop runs between
// the calls (QThread::exec()), as in a real Qt application. The engine's actor thread calls in
// here like any SocketApi; each call is performed in the Qt thread (a blocking queued call) and
// comes back as a record of the Qt code that ran. The signals the socket emits in the meantime are
// collected with takeEvents(), stamped with the time they were emitted.
//
// Blocking calls are Qt's waitFor*(), which take the step's timeout as their own (set with
// beginStep()), so a step's timeout shows up as Qt reports it: false and SocketTimeoutError.
class QtClientSocketApi : public SocketApi
{
    Q_DECLARE_TR_FUNCTIONS(QtClientSocketApi)

public:
    QtClientSocketApi();
    ~QtClientSocketApi() override;
    QtClientSocketApi(const QtClientSocketApi &) = delete;
    QtClientSocketApi &operator=(const QtClientSocketApi &) = delete;

    // Why a step's call has no QTcpSocket counterpart (listen, accept, dup, crash), empty when
    // the Qt client can make it. A scenario with such a client step is refused whole. Translated;
    // `translated` false gives the English, for a call's text (code is not translated).
    static QString unsupportedReason(CallKind kind, bool translated = true);

    // The scenario step running now (signals are stamped with it) and the timeout the client's
    // waitFor*() get when the step is the client's.
    void beginStep(int index, int timeoutMs);
    // Signals, and the warnings Qt printed in the client's thread (as notes), since the last take.
    QList<TraceEvent> takeEvents();
    // Deletes every QTcpSocket and forgets what they emitted: a fresh run.
    void reset();
    // Whether the client thread's event loop has caught up with everything before `sinceUs`:
    // true once two markers posted to it after that time have come back, so a segment that
    // arrived before has had its signals emitted even when the thread was slow to get the CPU.
    // Never blocks: each call posts the next marker as needed. Only meaningful while no call of
    // the client runs (a waitFor*() holds the loop, and emits the signals itself).
    bool eventLoopCaughtUp(qint64 sinceUs);

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
    std::optional<SocketHandle> nativeDescriptor(SocketHandle s) const override;
    bool endsBlockedCallsItself() const override { return true; }

    void prepareCallingThread() override {}
    // Sends the interrupt signal to the Qt thread: it ends a close() that lingers in the kernel.
    // Qt resumes its own waits after a signal; those end at their timeout anyway.
    void interruptCallingThread(quintptr threadId) override;
    quintptr currentThreadId() const override;

private:
    template<typename F> CallOutcome inClientThread(F call);
    // Runs `work` in the Qt client's thread and waits for it (QtSocketHost::handOver).
    void runInClientThread(std::function<void()> work);
    CallOutcome unavailable(CallKind kind) const;
    static void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);

    mutable QtClientMailbox m_mailbox; // read by the engine's thread, which never waits for the Qt thread
    QThread m_thread;
    QtSocketHost *m_host = nullptr; // lives in m_thread
    quintptr m_qtThreadId = 0;      // pthread_t of m_thread, for interrupts
    std::atomic<int> m_timeoutMs{5000};
    quint64 m_markersPosted = 0; // the engine's thread only, as the two below
    qint64 m_chainStartUs = 0;
    int m_markersInChain = 0;
    bool m_ownsMessageHandler = false;
    PosixSocketApi m_posix; // the interrupt signal's handler, option names
};

} // namespace FinAck
