// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "sockets/qtsockethost.h"

#include "sockets/threadhandover.h"

#include "model/clock.h"
#include "model/errnonames.h"
#include "text/cstringliteral.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMetaEnum>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>

namespace FinAck {

namespace {

template<typename Enum> QString enumKey(Enum value)
{
    return QStringLiteral("QAbstractSocket::") + QLatin1String(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

// The options QAbstractSocket::setSocketOption() knows; the others need the native call.
std::optional<QAbstractSocket::SocketOption> qtOption(const SocketOption &opt)
{
    if (opt.name == QLatin1String("TCP_NODELAY"))
        return QAbstractSocket::LowDelayOption;
    if (opt.name == QLatin1String("SO_RCVBUF"))
        return QAbstractSocket::ReceiveBufferSizeSocketOption;
    if (opt.name == QLatin1String("SO_SNDBUF"))
        return QAbstractSocket::SendBufferSizeSocketOption;
    return std::nullopt;
}

QString qtOptionName(QAbstractSocket::SocketOption option)
{
    return QStringLiteral("QAbstractSocket::") + QLatin1String(QMetaEnum::fromType<QAbstractSocket::SocketOption>().valueToKey(option));
}

// A Qt call: the clock around it, and the fields every Qt record has.
template<typename Op> CallOutcome timedQt(const QString &call, Op op)
{
    CallOutcome out;
    out.record.call = call;
    out.record.api = QStringLiteral("qt");
    out.record.tUs = nowUs();
    op(out);
    out.record.durationUs = nowUs() - out.record.tUs;
    return out;
}

} // namespace

QtSocketHost::QtSocketHost(QtClientMailbox &mailbox, QObject *parent)
    : QObject(parent)
    , m_mailbox(mailbox)
{
}

QtSocketHost::~QtSocketHost()
{
    takenOver(this); // after the other thread's last use (QtClientSocketApi's destructor)
    reset();
}

QString QtSocketHost::variable(SocketHandle h) const
{
    return h == 1 ? QStringLiteral("socket") : QStringLiteral("socket%1").arg(h);
}

void QtSocketHost::emitted(SocketHandle h, const QString &signal, const QStringList &arguments)
{
    const qint64 now = nowUs();
    if (!m_recording)
        return;
    SignalRecord record;
    record.tUs = now;
    record.actor = Actor::Client;
    record.step = m_mailbox.step.load();
    record.object = variable(h);
    record.signal = signal;
    record.arguments = arguments;
    record.during = m_inCall;
    std::lock_guard lock(m_mailbox.mutex);
    m_mailbox.events << record;
}

void QtSocketHost::publish(SocketHandle h)
{
    // Asked before locking: the lock is also taken by the message handler, should Qt warn.
    const QTcpSocket *s = m_sockets.value(h);
    const qintptr fd = s ? s->socketDescriptor() : -1;
    const quint16 local = s ? s->localPort() : 0;
    const quint16 peer = s ? s->peerPort() : 0;
    std::lock_guard lock(m_mailbox.mutex);
    if (fd >= 0)
        m_mailbox.descriptors.insert(h, fd);
    else
        m_mailbox.descriptors.remove(h);
    if (local != 0)
        m_mailbox.localPorts.insert(h, local);
    if (peer != 0)
        m_mailbox.peerPorts.insert(h, peer);
}

void QtSocketHost::watch(SocketHandle h, QTcpSocket *s)
{
    // Direct connections: the slots run in this thread at the moment Qt emits, inside whatever
    // Qt was doing then (a waitFor*(), close(), or the event loop).
    QObject::connect(s, &QAbstractSocket::stateChanged, this, [this, h](QAbstractSocket::SocketState state) {
        publish(h);
        emitted(h, QStringLiteral("stateChanged"), {enumKey(state)});
    });
    QObject::connect(s, &QAbstractSocket::connected, this, [this, h] { emitted(h, QStringLiteral("connected")); });
    QObject::connect(s, &QIODevice::readyRead, this, [this, h] { emitted(h, QStringLiteral("readyRead")); });
    QObject::connect(s, &QIODevice::bytesWritten, this,
                     [this, h](qint64 n) { emitted(h, QStringLiteral("bytesWritten"), {QString::number(n)}); });
    QObject::connect(s, &QIODevice::readChannelFinished, this, [this, h] { emitted(h, QStringLiteral("readChannelFinished")); });
    QObject::connect(s, &QAbstractSocket::errorOccurred, this,
                     [this, h](QAbstractSocket::SocketError error) { emitted(h, QStringLiteral("errorOccurred"), {enumKey(error)}); });
    QObject::connect(s, &QAbstractSocket::disconnected, this, [this, h] { emitted(h, QStringLiteral("disconnected")); });
}

void QtSocketHost::failed(CallOutcome &out, QTcpSocket *s) const
{
    out.record.qtError = enumKey(s->error());
    out.record.qtErrorString = s->errorString();
}

CallOutcome QtSocketHost::noSocket(const QString &call, SocketHandle h) const
{
    // The engine only hands out handles socket() made; this is a guard, not a scenario outcome.
    return timedQt(call, [&](CallOutcome &out) {
        out.record.text = QStringLiteral("/* no QTcpSocket %1 */").arg(h);
        out.record.ret = -1;
        out.record.errnoNumber = EBADF;
        out.record.errnoName = QStringLiteral("EBADF");
        out.record.errnoMessage = strerrorText(EBADF);
    });
}

CallOutcome QtSocketHost::native(SocketHandle h, const QString &why, const std::function<CallOutcome(SocketHandle)> &call)
{
    // What a Qt programmer does when QTcpSocket has no function for it: the system call on the
    // socket's descriptor, which is -1 (EBADF) before connectToHost() and after the close.
    const QTcpSocket *s = m_sockets.value(h);
    const qintptr fd = s ? s->socketDescriptor() : -1;
    CallOutcome out = call(fd);
    out.record.text = QStringLiteral("::%1 /* %2 = %3.socketDescriptor(); %4 */").arg(out.record.text).arg(fd).arg(variable(h), why);
    return out;
}

CallOutcome QtSocketHost::socket()
{
    const SocketHandle h = m_nextHandle++;
    return timedQt(QStringLiteral("socket"), [&](CallOutcome &out) {
        auto *s = new QTcpSocket(this);
        m_sockets.insert(h, s);
        watch(h, s);
        out.record.text = QStringLiteral("QTcpSocket %1;").arg(variable(h));
        out.record.returnType = ReturnType::Void;
        out.newHandle = h;
    });
}

CallOutcome QtSocketHost::setsockopt(SocketHandle h, const SocketOption &opt, const OptionValue &value)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("setsockopt"), h);
    if (const auto option = qtOption(opt)) {
        return timedQt(QStringLiteral("setsockopt"), [&](CallOutcome &out) {
            out.record.text = QStringLiteral("%1.setSocketOption(%2, %3)").arg(variable(h), qtOptionName(*option)).arg(value.value);
            out.record.returnType = ReturnType::Void;
            inside("setSocketOption", [&] {
                s->setSocketOption(*option, value.value);
                return 0;
            });
            // Qt 6 drops an option set before connectToHost() without a word: there is no native
            // socket yet. Reading it back shows it, so the record can say so.
            if (!s->socketOption(*option).isValid())
                out.record.text +=
                    QStringLiteral(" /* not applied: no native socket yet, %1.socketOption() reads back QVariant() */").arg(variable(h));
        });
    }
    const QString name = opt.name.isEmpty() ? QStringLiteral("this option") : opt.name;
    return native(h, QStringLiteral("QTcpSocket has no %1").arg(name),
                  [&](SocketHandle fd) { return m_native.setsockopt(fd, opt, value); });
}

CallOutcome QtSocketHost::getsockopt(SocketHandle h, const SocketOption &opt)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("getsockopt"), h);
    if (const auto option = qtOption(opt)) {
        return timedQt(QStringLiteral("getsockopt"), [&](CallOutcome &out) {
            const QVariant v = inside("socketOption", [&] { return s->socketOption(*option); });
            out.record.text = QStringLiteral("%1.socketOption(%2).toInt()").arg(variable(h), qtOptionName(*option));
            out.record.ret = v.toInt();
            out.option = OptionValue{v.toInt()};
        });
    }
    const QString name = opt.name.isEmpty() ? QStringLiteral("this option") : opt.name;
    return native(h, QStringLiteral("QTcpSocket has no %1").arg(name), [&](SocketHandle fd) { return m_native.getsockopt(fd, opt); });
}

CallOutcome QtSocketHost::bind(SocketHandle h, quint16 port)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("bind"), h);
    return timedQt(QStringLiteral("bind"), [&](CallOutcome &out) {
        out.record.text = QStringLiteral("%1.bind(QHostAddress::LocalHost, %2)").arg(variable(h)).arg(port);
        out.record.returnType = ReturnType::Bool;
        out.record.ret = inside("bind", [&] { return s->bind(QHostAddress::LocalHost, port); });
        publish(h);
        if (!out.record.ret)
            failed(out, s);
    });
}

CallOutcome QtSocketHost::connect(SocketHandle h, quint16 port, int timeoutMs)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("connect"), h);
    return timedQt(QStringLiteral("connect"), [&](CallOutcome &out) {
        const QString v = variable(h);
        out.record.text =
            QStringLiteral("%1.connectToHost(QHostAddress::LocalHost, %2); %1.waitForConnected(%3)").arg(v).arg(port).arg(timeoutMs);
        out.record.returnType = ReturnType::Bool;
        inside("connectToHost", [&] {
            s->connectToHost(QHostAddress::LocalHost, port);
            return 0;
        });
        out.record.ret = inside("waitForConnected", [&] { return s->waitForConnected(timeoutMs); });
        publish(h);
        if (!out.record.ret)
            failed(out, s);
    });
}

CallOutcome QtSocketHost::send(SocketHandle h, const QByteArray &data, bool dontWait, int timeoutMs)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("send"), h);
    return timedQt(QStringLiteral("send"), [&](CallOutcome &out) {
        const QString v = variable(h);
        QString text = QStringLiteral("%1.write(%2, %3)").arg(v, cStringLiteral(data)).arg(data.size());
        const qint64 written = inside("write", [&] { return s->write(data); });
        out.record.ret = written;
        if (written < 0) {
            failed(out, s);
        } else if (dontWait) {
            // flush() hands what it can to the kernel without waiting, as send(MSG_DONTWAIT).
            const bool flushed = inside("flush", [&] { return s->flush(); });
            text += QStringLiteral("; %1.flush() /* %2 */").arg(v, flushed ? QStringLiteral("true") : QStringLiteral("false"));
        } else {
            // One waitForBytesWritten() hands one chunk to the kernel; a large write takes several.
            const QDeadlineTimer deadline(timeoutMs);
            int waits = 0;
            bool ok = true;
            while (ok && s->bytesToWrite() > 0) {
                ok = inside("waitForBytesWritten", [&] { return s->waitForBytesWritten(int(deadline.remainingTime())); });
                ++waits;
            }
            text += QStringLiteral("; %1.waitForBytesWritten(%2) /* %3%4 */")
                        .arg(v)
                        .arg(timeoutMs)
                        .arg(ok ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(waits > 1 ? QStringLiteral(", %1 times").arg(waits) : QString());
            if (!ok)
                failed(out, s);
        }
        out.record.text = text;
    });
}

CallOutcome QtSocketHost::recv(SocketHandle h, qint64 size, RecvFlags flags, int timeoutMs)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("recv"), h);
    return timedQt(QStringLiteral("recv"), [&](CallOutcome &out) {
        const QString v = variable(h);
        const char *function = flags.peek ? "peek" : "read";
        const QString readText = QStringLiteral("%1.%2(buf, %3)").arg(v, QLatin1String(function)).arg(size);
        // What the event loop already read: a Qt program does not wait for readyRead() again.
        const qint64 buffered = s->bytesAvailable();
        if (buffered == 0 && !flags.dontWait) {
            const bool ready = inside("waitForReadyRead", [&] { return s->waitForReadyRead(timeoutMs); });
            if (!ready) {
                out.record.text = QStringLiteral("%1.waitForReadyRead(%2)").arg(v).arg(timeoutMs);
                out.record.returnType = ReturnType::Bool;
                out.record.ret = 0;
                failed(out, s);
                return;
            }
            out.record.text = QStringLiteral("%1.waitForReadyRead(%2) /* true */; %3").arg(v).arg(timeoutMs).arg(readText);
        } else if (buffered > 0) {
            out.record.text = readText + QStringLiteral(" /* %1 bytes already buffered */").arg(buffered);
        } else {
            out.record.text = readText;
        }
        out.received.resize(size);
        const qint64 n = inside(function,
                                [&] { return flags.peek ? s->peek(out.received.data(), size) : s->read(out.received.data(), size); });
        out.received.resize(std::max<qint64>(n, 0));
        out.record.ret = n;
        if (n < 0)
            failed(out, s);
    });
}

CallOutcome QtSocketHost::shutdown(SocketHandle h, ShutdownHow how)
{
    if (!m_sockets.contains(h))
        return noSocket(QStringLiteral("shutdown"), h);
    // QTcpSocket has no half-close: disconnectFromHost() and close() end both directions. A Qt
    // program that needs one calls shutdown() on the descriptor, behind Qt's back.
    return native(h, QStringLiteral("QTcpSocket has no shutdown(), no half-close"),
                  [&](SocketHandle fd) { return m_native.shutdown(fd, how); });
}

CallOutcome QtSocketHost::close(SocketHandle h)
{
    QTcpSocket *s = m_sockets.value(h);
    if (!s)
        return noSocket(QStringLiteral("close"), h);
    // close(), not disconnectFromHost(): what most Qt code calls. It closes the QIODevice and then
    // calls disconnectFromHost(), which closes the descriptor at once when nothing is left to
    // write (else Qt goes on writing from the event loop, in ClosingState).
    return timedQt(QStringLiteral("close"), [&](CallOutcome &out) {
        out.record.text = QStringLiteral("%1.close()").arg(variable(h));
        out.record.returnType = ReturnType::Void;
        inside("close", [&] {
            s->close();
            return 0;
        });
        publish(h);
    });
}

void QtSocketHost::reset()
{
    m_recording = false;
    for (QTcpSocket *s : std::as_const(m_sockets)) {
        s->abort();
        delete s;
    }
    m_sockets.clear();
    m_nextHandle = 1;
    m_recording = true;
}

void QtSocketHost::handOver(std::function<void()> work)
{
    m_handedOver = std::move(work);
    handedOver(this);
}

void QtSocketHost::runHandedOver()
{
    takenOver(this);
    if (m_handedOver)
        std::exchange(m_handedOver, nullptr)();
    handedOver(this);
}

void QtSocketHost::countTurn()
{
    ++m_turns;
}

} // namespace FinAck
