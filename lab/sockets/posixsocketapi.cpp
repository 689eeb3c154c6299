// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "sockets/posixsocketapi.h"

#include "model/clock.h"
#include "model/errnonames.h"
#include "model/socketoptions.h"
#include "text/cstringliteral.h"

#include <QStringList>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace FinAck {

namespace {

// The signal used to interrupt a blocked call. Its handler does nothing: installing it without
// SA_RESTART is what makes the blocked system call return EINTR.
constexpr int kInterruptSignal = SIGUSR2;
void onInterrupt(int) {}

// Runs `op` with the clock around it and fills the record's common fields.
template<typename Op> CallOutcome timed(const QString &call, const QString &text, Op op)
{
    CallOutcome out;
    out.record.call = call;
    out.record.text = text;
    out.record.tUs = nowUs();
    errno = 0;
    const qint64 ret = op(out);
    const int err = errno;
    out.record.durationUs = nowUs() - out.record.tUs;
    out.record.ret = ret;
    if (ret < 0) {
        out.record.errnoNumber = err;
        out.record.errnoName = errnoName(err);
        out.record.errnoMessage = strerrorText(err);
    }
    return out;
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

QString optionText(const SocketOption &opt, int *level, int *option, bool *linger)
{
    if (const KnownSocketOption *k = opt.name.isEmpty() ? nullptr : findSocketOption(opt.name)) {
        *level = k->level;
        *option = k->option;
        *linger = k->linger;
        return QStringLiteral("%1, %2").arg(QLatin1String(k->levelName), QLatin1String(k->name));
    }
    *level = opt.level;
    *option = opt.option;
    *linger = false;
    return QStringLiteral("%1, %2").arg(opt.level).arg(opt.option);
}

QString recvFlagsText(RecvFlags flags)
{
    QStringList parts;
    if (flags.peek)
        parts << QStringLiteral("MSG_PEEK");
    if (flags.dontWait)
        parts << QStringLiteral("MSG_DONTWAIT");
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QLatin1Char('|'));
}

} // namespace

CallOutcome PosixSocketApi::socket()
{
    return timed(QStringLiteral("socket"), QStringLiteral("socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)"), [](CallOutcome &out) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
        if (fd >= 0)
            out.newHandle = fd;
        return qint64(fd);
    });
}

CallOutcome PosixSocketApi::setsockopt(SocketHandle s, const SocketOption &opt, const OptionValue &value)
{
    int level = 0, option = 0;
    bool linger = false;
    const QString what = optionText(opt, &level, &option, &linger);
    QString text;
    if (linger) {
        text = QStringLiteral("setsockopt(%1, %2, &(struct linger){.l_onoff = %3, .l_linger = %4}, sizeof(struct linger))")
                   .arg(s)
                   .arg(what)
                   .arg(value.lingerOnOff)
                   .arg(value.lingerSeconds);
    } else {
        text = QStringLiteral("setsockopt(%1, %2, &(int){%3}, sizeof(int))").arg(s).arg(what).arg(value.value);
    }
    return timed(QStringLiteral("setsockopt"), text, [&](CallOutcome &) {
        if (linger) {
            const struct linger l {
                value.lingerOnOff, value.lingerSeconds
            };
            return qint64(::setsockopt(int(s), level, option, &l, sizeof l));
        }
        const int v = value.value;
        return qint64(::setsockopt(int(s), level, option, &v, sizeof v));
    });
}

CallOutcome PosixSocketApi::getsockopt(SocketHandle s, const SocketOption &opt)
{
    int level = 0, option = 0;
    bool linger = false;
    const QString what = optionText(opt, &level, &option, &linger);
    const QString text = linger ? QStringLiteral("getsockopt(%1, %2, &l, &len)").arg(s).arg(what)
                                : QStringLiteral("getsockopt(%1, %2, &value, &len)").arg(s).arg(what);
    return timed(QStringLiteral("getsockopt"), text, [&](CallOutcome &out) {
        OptionValue result;
        int ret = 0;
        if (linger) {
            struct linger l {
            };
            socklen_t len = sizeof l;
            ret = ::getsockopt(int(s), level, option, &l, &len);
            result.isLinger = true;
            result.lingerOnOff = l.l_onoff;
            result.lingerSeconds = l.l_linger;
        } else {
            int v = 0;
            socklen_t len = sizeof v;
            ret = ::getsockopt(int(s), level, option, &v, &len);
            result.value = v;
        }
        if (ret == 0)
            out.option = result;
        return qint64(ret);
    });
}

CallOutcome PosixSocketApi::bind(SocketHandle s, quint16 port)
{
    const QString text = QStringLiteral("bind(%1, {AF_INET, 127.0.0.1:%2}, sizeof(struct sockaddr_in))").arg(s).arg(port);
    return timed(QStringLiteral("bind"), text, [&](CallOutcome &) {
        const sockaddr_in addr = loopback(port);
        return qint64(::bind(int(s), reinterpret_cast<const sockaddr *>(&addr), sizeof addr));
    });
}

CallOutcome PosixSocketApi::listen(SocketHandle s, int backlog)
{
    return timed(QStringLiteral("listen"), QStringLiteral("listen(%1, %2)").arg(s).arg(backlog),
                 [&](CallOutcome &) { return qint64(::listen(int(s), backlog)); });
}

CallOutcome PosixSocketApi::connect(SocketHandle s, quint16 port)
{
    const QString text = QStringLiteral("connect(%1, {AF_INET, 127.0.0.1:%2}, sizeof(struct sockaddr_in))").arg(s).arg(port);
    return timed(QStringLiteral("connect"), text, [&](CallOutcome &) {
        const sockaddr_in addr = loopback(port);
        return qint64(::connect(int(s), reinterpret_cast<const sockaddr *>(&addr), sizeof addr));
    });
}

CallOutcome PosixSocketApi::accept(SocketHandle s)
{
    return timed(QStringLiteral("accept"), QStringLiteral("accept(%1, NULL, NULL)").arg(s), [&](CallOutcome &out) {
        const int fd = ::accept4(int(s), nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0)
            out.newHandle = fd;
        return qint64(fd);
    });
}

CallOutcome PosixSocketApi::send(SocketHandle s, const QByteArray &data, bool dontWait)
{
    const QString flags = dontWait ? QStringLiteral("MSG_NOSIGNAL|MSG_DONTWAIT") : QStringLiteral("MSG_NOSIGNAL");
    const QString text = QStringLiteral("send(%1, %2, %3, %4)").arg(s).arg(cStringLiteral(data)).arg(data.size()).arg(flags);
    return timed(QStringLiteral("send"), text, [&](CallOutcome &) {
        return qint64(::send(int(s), data.constData(), size_t(data.size()), MSG_NOSIGNAL | (dontWait ? MSG_DONTWAIT : 0)));
    });
}

CallOutcome PosixSocketApi::recv(SocketHandle s, qint64 size, RecvFlags flags)
{
    const QString text = QStringLiteral("recv(%1, buf, %2, %3)").arg(s).arg(size).arg(recvFlagsText(flags));
    return timed(QStringLiteral("recv"), text, [&](CallOutcome &out) {
        out.received.resize(size);
        const int f = (flags.peek ? MSG_PEEK : 0) | (flags.dontWait ? MSG_DONTWAIT : 0);
        const ssize_t n = ::recv(int(s), out.received.data(), size_t(size), f);
        out.received.resize(n > 0 ? n : 0);
        return qint64(n);
    });
}

CallOutcome PosixSocketApi::shutdown(SocketHandle s, ShutdownHow how)
{
    static constexpr const char *names[] = {"SHUT_RD", "SHUT_WR", "SHUT_RDWR"};
    static constexpr int values[] = {SHUT_RD, SHUT_WR, SHUT_RDWR};
    const int i = int(how);
    return timed(QStringLiteral("shutdown"), QStringLiteral("shutdown(%1, %2)").arg(s).arg(QLatin1String(names[i])),
                 [&](CallOutcome &) { return qint64(::shutdown(int(s), values[i])); });
}

CallOutcome PosixSocketApi::close(SocketHandle s)
{
    return timed(QStringLiteral("close"), QStringLiteral("close(%1)").arg(s), [&](CallOutcome &) { return qint64(::close(int(s))); });
}

CallOutcome PosixSocketApi::dup(SocketHandle s)
{
    return timed(QStringLiteral("dup"), QStringLiteral("dup(%1)").arg(s), [&](CallOutcome &out) {
        const int fd = ::fcntl(int(s), F_DUPFD_CLOEXEC, 0);
        if (fd >= 0)
            out.newHandle = fd;
        return qint64(fd);
    });
}

CallOutcome PosixSocketApi::crash(const QList<SocketHandle> &handles)
{
    // A child inherits the descriptors; once ours are closed it holds the only references, and
    // SIGKILL ends it the way a crashing server ends: no close() of its own, the kernel's exit
    // path closes everything it held.
    QStringList fds;
    for (SocketHandle h : handles)
        fds << QString::number(h);
    const pid_t child = ::fork();
    if (child == 0) {
        for (;;)
            ::pause(); // async-signal-safe: all a child of a threaded process may do here
    }
    const QString text =
        QStringLiteral("kill(%1, SIGKILL) /* the process holding descriptors %2 */").arg(child).arg(fds.join(QStringLiteral(", ")));
    return timed(QStringLiteral("crash"), text, [&](CallOutcome &) {
        if (child < 0)
            return qint64(-1);
        for (SocketHandle h : handles)
            ::close(int(h));
        const int ret = ::kill(child, SIGKILL);
        const int err = errno;
        int status = 0;
        ::waitpid(child, &status, 0);
        errno = err;
        return qint64(ret);
    });
}

std::optional<quint16> PosixSocketApi::localPort(SocketHandle s) const
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(int(s), reinterpret_cast<sockaddr *>(&addr), &len) != 0 || addr.sin_family != AF_INET)
        return std::nullopt;
    return ntohs(addr.sin_port);
}

std::optional<quint16> PosixSocketApi::remotePort(SocketHandle s) const
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(int(s), reinterpret_cast<sockaddr *>(&addr), &len) != 0 || addr.sin_family != AF_INET)
        return std::nullopt;
    return ntohs(addr.sin_port);
}

void PosixSocketApi::prepareCallingThread()
{
    struct sigaction action {
    };
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: the interrupted call must return EINTR, not resume
    sigaction(kInterruptSignal, &action, nullptr);
}

void PosixSocketApi::interruptCallingThread(quintptr threadId)
{
    pthread_kill(pthread_t(threadId), kInterruptSignal);
}

quintptr PosixSocketApi::currentThreadId() const
{
    return quintptr(pthread_self());
}

} // namespace FinAck
