// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "sockets/qtclientsocketapi.h"

#include "sockets/threadhandover.h"

#include "model/clock.h"
#include "model/errnonames.h"

#include <QMetaObject>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <pthread.h>

namespace FinAck {

namespace {

// The one instance whose thread's warnings are recorded (Qt has one message handler per process).
std::atomic<QtClientSocketApi *> s_recording{nullptr};
std::atomic<QThread *> s_recordedThread{nullptr};
std::atomic<QtClientMailbox *> s_mailbox{nullptr};
QtMessageHandler s_previousHandler = nullptr;

} // namespace

QtClientSocketApi::QtClientSocketApi()
    : m_host(new QtSocketHost(m_mailbox))
{
    m_host->moveToThread(&m_thread);
    // The host is deleted in its own thread once its loop has ended; connected before the thread
    // starts, so the connection is part of what the first hand-over passes on.
    QObject::connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("finack-qt-client"));
    m_thread.start(); // QThread::run() is exec(): the client's event loop
    runInClientThread([this] {
        m_qtThreadId = quintptr(pthread_self());
        m_posix.prepareCallingThread(); // the interrupt signal must not end the process
    });

    QtClientSocketApi *none = nullptr;
    if (s_recording.compare_exchange_strong(none, this)) {
        s_recordedThread = &m_thread;
        s_mailbox = &m_mailbox;
        s_previousHandler = qInstallMessageHandler(&QtClientSocketApi::messageHandler);
        m_ownsMessageHandler = true;
    }
}

QtClientSocketApi::~QtClientSocketApi()
{
    if (m_ownsMessageHandler) {
        qInstallMessageHandler(s_previousHandler);
        s_mailbox = nullptr;
        s_recordedThread = nullptr;
        s_recording = nullptr;
    }
    // The sockets are deleted in their own thread, then the host after the loop has ended.
    runInClientThread([host = m_host] { host->reset(); });
    handedOver(m_host); // this thread is done with the host; its own deletes it
    m_thread.quit();
    m_thread.wait();
}

void QtClientSocketApi::messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Qt's warnings in the client's thread ("QIODevice::write (QTcpSocket): device not open") are
    // what a Qt programmer sees on the console: they go into the trace instead of our stderr.
    QtClientMailbox *mailbox = s_mailbox.load();
    if (mailbox && QThread::currentThread() == s_recordedThread.load()) {
        const Note note{nowUs(), mailbox->step.load(), tr("Qt printed in the client's thread: %1").arg(message)};
        std::lock_guard lock(mailbox->mutex);
        mailbox->events << note;
        return;
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
        return;
    }
    (void)std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message))); // nowhere left to report to
    if (type == QtFatalMsg)
        std::abort();
}

QString QtClientSocketApi::unsupportedReason(CallKind kind, bool translated)
{
    const char *text = nullptr;
    switch (kind) {
    case CallKind::Listen:
    case CallKind::Accept:
        //: %1 is listen or accept
        text = QT_TRANSLATE_NOOP("QtClientSocketApi", "a QTcpSocket cannot %1: that is QTcpServer's job");
        break;
    case CallKind::Dup:
        text = QT_TRANSLATE_NOOP("QtClientSocketApi", "a QTcpSocket cannot be duplicated (its descriptor belongs to Qt)");
        break;
    case CallKind::Crash:
        text = QT_TRANSLATE_NOOP("QtClientSocketApi", "the Qt client cannot crash on its own: it shares FinAck's process");
        break;
    default: return {};
    }
    QString reason = translated ? tr(text) : QString::fromLatin1(text);
    if (reason.contains(QLatin1String("%1")))
        reason = reason.arg(callKindName(kind));
    return reason;
}

void QtClientSocketApi::beginStep(int index, int timeoutMs)
{
    m_mailbox.step = index;
    m_timeoutMs = timeoutMs;
}

QList<TraceEvent> QtClientSocketApi::takeEvents()
{
    std::lock_guard lock(m_mailbox.mutex);
    QList<TraceEvent> events;
    events.swap(m_mailbox.events);
    return events;
}

void QtClientSocketApi::reset()
{
    runInClientThread([host = m_host] { host->reset(); });
    std::lock_guard lock(m_mailbox.mutex);
    m_mailbox.events.clear();
    m_mailbox.descriptors.clear();
    m_mailbox.localPorts.clear();
    m_mailbox.peerPorts.clear();
    m_mailbox.step = -1;
    m_chainStartUs = 0;
}

bool QtClientSocketApi::eventLoopCaughtUp(qint64 sinceUs)
{
    if (m_host->turnsCounted() != m_markersPosted)
        return false; // one is still on its way
    if (m_chainStartUs < sinceUs) {
        m_chainStartUs = nowUs(); // something happened since the chain began: start over
        m_markersInChain = 0;
    } else if (m_markersInChain >= 2) {
        // Two full turns of the loop: the first may have started before the socket's
        // notification was noticed, the second began after it had been dispatched.
        return true;
    }
    ++m_markersInChain;
    ++m_markersPosted;
    QMetaObject::invokeMethod(m_host, "countTurn", Qt::QueuedConnection);
    return false;
}

template<typename F> CallOutcome QtClientSocketApi::inClientThread(F call)
{
    CallOutcome out;
    runInClientThread([&] { out = call(*m_host); });
    return out;
}

void QtClientSocketApi::runInClientThread(std::function<void()> work)
{
    m_host->handOver(std::move(work));
    QMetaObject::invokeMethod(m_host, "runHandedOver", Qt::BlockingQueuedConnection);
    takenOver(m_host); // what the work wrote
}

CallOutcome QtClientSocketApi::unavailable(CallKind kind) const
{
    // Scenarios with these client steps are refused before they run; this only guards the API.
    CallOutcome out;
    out.record.call = callKindName(kind);
    out.record.text = QStringLiteral("/* %1 */").arg(unsupportedReason(kind, false));
    out.record.tUs = nowUs();
    out.record.ret = -1;
    out.record.errnoNumber = EOPNOTSUPP;
    out.record.errnoName = QStringLiteral("EOPNOTSUPP");
    out.record.errnoMessage = strerrorText(EOPNOTSUPP);
    return out;
}

CallOutcome QtClientSocketApi::socket()
{
    return inClientThread([](QtSocketHost &host) { return host.socket(); });
}

CallOutcome QtClientSocketApi::setsockopt(SocketHandle s, const SocketOption &opt, const OptionValue &value)
{
    return inClientThread([&](QtSocketHost &host) { return host.setsockopt(s, opt, value); });
}

CallOutcome QtClientSocketApi::getsockopt(SocketHandle s, const SocketOption &opt)
{
    return inClientThread([&](QtSocketHost &host) { return host.getsockopt(s, opt); });
}

CallOutcome QtClientSocketApi::bind(SocketHandle s, quint16 port)
{
    return inClientThread([&](QtSocketHost &host) { return host.bind(s, port); });
}

CallOutcome QtClientSocketApi::listen(SocketHandle, int)
{
    return unavailable(CallKind::Listen);
}

CallOutcome QtClientSocketApi::connect(SocketHandle s, quint16 port)
{
    const int timeoutMs = m_timeoutMs;
    return inClientThread([&](QtSocketHost &host) { return host.connect(s, port, timeoutMs); });
}

CallOutcome QtClientSocketApi::accept(SocketHandle)
{
    return unavailable(CallKind::Accept);
}

CallOutcome QtClientSocketApi::send(SocketHandle s, const QByteArray &data, bool dontWait)
{
    const int timeoutMs = m_timeoutMs;
    return inClientThread([&](QtSocketHost &host) { return host.send(s, data, dontWait, timeoutMs); });
}

CallOutcome QtClientSocketApi::recv(SocketHandle s, qint64 size, RecvFlags flags)
{
    const int timeoutMs = m_timeoutMs;
    return inClientThread([&](QtSocketHost &host) { return host.recv(s, size, flags, timeoutMs); });
}

CallOutcome QtClientSocketApi::shutdown(SocketHandle s, ShutdownHow how)
{
    return inClientThread([&](QtSocketHost &host) { return host.shutdown(s, how); });
}

CallOutcome QtClientSocketApi::close(SocketHandle s)
{
    return inClientThread([&](QtSocketHost &host) { return host.close(s); });
}

CallOutcome QtClientSocketApi::dup(SocketHandle)
{
    return unavailable(CallKind::Dup);
}

CallOutcome QtClientSocketApi::crash(const QList<SocketHandle> &)
{
    return unavailable(CallKind::Crash);
}

std::optional<quint16> QtClientSocketApi::localPort(SocketHandle s) const
{
    std::lock_guard lock(m_mailbox.mutex);
    const auto it = m_mailbox.localPorts.constFind(s);
    return it == m_mailbox.localPorts.cend() ? std::nullopt : std::optional<quint16>(*it);
}

std::optional<quint16> QtClientSocketApi::remotePort(SocketHandle s) const
{
    std::lock_guard lock(m_mailbox.mutex);
    const auto it = m_mailbox.peerPorts.constFind(s);
    return it == m_mailbox.peerPorts.cend() ? std::nullopt : std::optional<quint16>(*it);
}

std::optional<SocketHandle> QtClientSocketApi::nativeDescriptor(SocketHandle s) const
{
    std::lock_guard lock(m_mailbox.mutex);
    const auto it = m_mailbox.descriptors.constFind(s);
    return it == m_mailbox.descriptors.cend() ? std::nullopt : std::optional<SocketHandle>(*it);
}

void QtClientSocketApi::interruptCallingThread(quintptr)
{
    m_posix.interruptCallingThread(m_qtThreadId);
}

quintptr QtClientSocketApi::currentThreadId() const
{
    return m_qtThreadId;
}

} // namespace FinAck
