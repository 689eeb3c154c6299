// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/traceevent.h"
#include "sockets/posixsocketapi.h"

#include <QAbstractSocket>
#include <QList>
#include <QMap>
#include <QObject>

#include <atomic>
#include <functional>
#include <mutex>

class QTcpSocket;

namespace FinAck {

// What the Qt client's thread hands to the engine's thread, which must never wait for that thread
// (it may sit in a waitFor*() for seconds): the signals as they are emitted, each socket's native
// descriptor and ports for the probe, and the step running now, to stamp the signals with.
struct QtClientMailbox {
    std::mutex mutex;
    QList<TraceEvent> events;                     // signals and Qt's warnings, in the order they came
    QMap<SocketHandle, SocketHandle> descriptors; // handle -> socketDescriptor(), only while it has one
    QMap<SocketHandle, quint16> localPorts;       // the last ones known: Qt forgets them on close
    QMap<SocketHandle, quint16> peerPorts;
    std::atomic<int> step{-1};
};

// The Qt client's QTcpSockets. Lives in the client's thread, whose event loop runs between calls
// as in any Qt program, so readyRead(), disconnected() and errorOccurred() come when the data, the
// FIN or the RST arrives, not only inside a waitFor*(). Each function performs one scenario step
// the way a Qt programmer would write it and returns it as a call record (api "qt") whose text is
// that Qt code and whose ret is what Qt returned. Call only from the thread this object lives in.
//
// Handles are small numbers naming the QTcpSocket objects ("socket", "socket2"), not
// descriptors: a QTcpSocket has a descriptor only between connectToHost() and the close.
class QtSocketHost : public QObject
{
    Q_OBJECT
public:
    explicit QtSocketHost(QtClientMailbox &mailbox, QObject *parent = nullptr);
    ~QtSocketHost() override;

    CallOutcome socket();
    CallOutcome setsockopt(SocketHandle h, const SocketOption &opt, const OptionValue &value);
    CallOutcome getsockopt(SocketHandle h, const SocketOption &opt);
    CallOutcome bind(SocketHandle h, quint16 port);
    CallOutcome connect(SocketHandle h, quint16 port, int timeoutMs);
    CallOutcome send(SocketHandle h, const QByteArray &data, bool dontWait, int timeoutMs);
    CallOutcome recv(SocketHandle h, qint64 size, RecvFlags flags, int timeoutMs);
    CallOutcome shutdown(SocketHandle h, ShutdownHow how);
    CallOutcome close(SocketHandle h);

    // Aborts and deletes every socket without recording anything: the next run starts clean.
    void reset();

    // Work another thread hands to this one: it stores the work with handOver(), then invokes
    // runHandedOver by name (Qt::BlockingQueuedConnection). By name, so that Qt allocates the
    // queued call itself and every byte the two threads share is ordered by the hand-over, which
    // ThreadSanitizer can see (threadhandover.h).
    void handOver(std::function<void()> work);
    Q_INVOKABLE void runHandedOver();
    // A turn of this thread's event loop (QtClientSocketApi::eventLoopCaughtUp): invoked by name,
    // queued, it counts itself.
    Q_INVOKABLE void countTurn();
    quint64 turnsCounted() const { return m_turns.load(); }

private:
    QString variable(SocketHandle h) const;
    void watch(SocketHandle h, QTcpSocket *socket);
    void emitted(SocketHandle h, const QString &signal, const QStringList &arguments = {});
    void publish(SocketHandle h);
    void failed(CallOutcome &out, QTcpSocket *socket) const;
    CallOutcome noSocket(const QString &call, SocketHandle h) const;
    CallOutcome native(SocketHandle h, const QString &why, const std::function<CallOutcome(SocketHandle)> &call);
    // Runs one QTcpSocket member function, so that the signals it emits say they came from it.
    template<typename F> auto inside(const char *function, F f)
    {
        const QString outer = m_inCall;
        m_inCall = QLatin1String(function);
        auto result = f();
        m_inCall = outer;
        return result;
    }

    std::function<void()> m_handedOver; // set by the other thread, run and cleared by this one
    std::atomic<quint64> m_turns{0};
    QtClientMailbox &m_mailbox;
    PosixSocketApi m_native; // for what QTcpSocket cannot do (SO_LINGER, shutdown)
    QMap<SocketHandle, QTcpSocket *> m_sockets;
    SocketHandle m_nextHandle = 1;
    QString m_inCall; // the QTcpSocket function running now, empty: event loop
    bool m_recording = true;
};

} // namespace FinAck
