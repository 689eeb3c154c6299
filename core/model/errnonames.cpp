// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/errnonames.h"

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <utility>

namespace FinAck {

QString errnoName(int number)
{
    // glibc (2.32+) knows the names; we only fall back for numbers it has none for.
    if (const char *name = strerrorname_np(number))
        return QString::fromLatin1(name);
    return QStringLiteral("E%1").arg(number);
}

QString strerrorText(int number)
{
    // GNU's strerror_r (g++ defines _GNU_SOURCE): it returns the text, in the buffer or not.
    char buffer[256];
    return QString::fromLocal8Bit(strerror_r(number, buffer, sizeof buffer));
}

QString winsockEquivalent(const QString &name)
{
    static constexpr std::array<std::pair<const char *, const char *>, 14> table{{
        {"ECONNRESET", "WSAECONNRESET (10054)"},
        {"ECONNABORTED", "WSAECONNABORTED (10053)"},
        {"ETIMEDOUT", "WSAETIMEDOUT (10060)"},
        {"ECONNREFUSED", "WSAECONNREFUSED (10061)"},
        //: Windows reports one of two errors where Linux says EPIPE
        {"EPIPE", QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "WSAESHUTDOWN (10058) or WSAECONNRESET (10054)")},
        {"ENOTCONN", "WSAENOTCONN (10057)"},
        {"EADDRINUSE", "WSAEADDRINUSE (10048)"},
        {"EAGAIN", "WSAEWOULDBLOCK (10035)"},
        {"EINPROGRESS", "WSAEINPROGRESS (10036)"},
        {"EBADF", "WSAENOTSOCK (10038)"},
        {"ENOPROTOOPT", "WSAENOPROTOOPT (10042)"},
        {"EINVAL", "WSAEINVAL (10022)"},
        {"EHOSTUNREACH", "WSAEHOSTUNREACH (10065)"},
        {"EINTR", "WSAEINTR (10004)"},
    }};
    for (const auto &[posix, windows] : table) {
        if (name == QLatin1String(posix))
            return QCoreApplication::translate("FinAck::ErrnoNames", windows); // the names alone need none
    }
    return {};
}

namespace {

struct Winsock {
    const char *posix;
    const char *name;
    int code;
};

// winerror.h; EPIPE has two rows because Windows reports either, depending on who shut down.
constexpr std::array<Winsock, 15> kWinsock{{
    {"ECONNRESET", "WSAECONNRESET", 10054},
    {"ECONNABORTED", "WSAECONNABORTED", 10053},
    {"ETIMEDOUT", "WSAETIMEDOUT", 10060},
    {"ECONNREFUSED", "WSAECONNREFUSED", 10061},
    {"EPIPE", "WSAESHUTDOWN", 10058},
    {"EPIPE", "WSAECONNRESET", 10054},
    {"ENOTCONN", "WSAENOTCONN", 10057},
    {"EADDRINUSE", "WSAEADDRINUSE", 10048},
    {"EAGAIN", "WSAEWOULDBLOCK", 10035},
    {"EINPROGRESS", "WSAEINPROGRESS", 10036},
    {"EBADF", "WSAENOTSOCK", 10038},
    {"ENOPROTOOPT", "WSAENOPROTOOPT", 10042},
    {"EINVAL", "WSAEINVAL", 10022},
    {"EHOSTUNREACH", "WSAEHOSTUNREACH", 10065},
    {"EINTR", "WSAEINTR", 10004},
}};

} // namespace

QStringList winsockEquivalents(const QString &errnoName)
{
    QStringList out;
    for (const Winsock &w : kWinsock) {
        if (errnoName == QLatin1String(w.posix))
            out << QStringLiteral("%1 %2").arg(QLatin1String(w.name)).arg(w.code);
    }
    return out;
}

int winsockCode(const QString &winsockName)
{
    for (const Winsock &w : kWinsock) {
        if (winsockName == QLatin1String(w.name))
            return w.code;
    }
    return 0;
}

namespace {

// glibc's strerror() texts for the errors FinAck's scenarios and their variations meet, listed
// for lupdate; errnoMessageText() looks a recorded text up among them.
[[maybe_unused]] const char *const kStrerrorTexts[] = {
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Connection reset by peer"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Broken pipe"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Connection timed out"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Connection refused"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Resource temporarily unavailable"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Transport endpoint is not connected"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Transport endpoint is already connected"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Cannot send after transport endpoint shutdown"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Address already in use"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Cannot assign requested address"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Interrupted system call"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Protocol not available"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Protocol error"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Bad file descriptor"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Invalid argument"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Software caused connection abort"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Operation now in progress"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Operation already in progress"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "No route to host"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Network is unreachable"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Socket operation on non-socket"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Operation not supported"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Permission denied"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Operation not permitted"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Too many open files"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "No buffer space available"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Message too long"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Destination address required"),
    QT_TRANSLATE_NOOP("FinAck::ErrnoNames", "Bad address"),
};

} // namespace

QString errnoMessageText(const QString &recorded)
{
    if (recorded.isEmpty())
        return recorded;
    return QCoreApplication::translate("FinAck::ErrnoNames", recorded.toUtf8().constData());
}

} // namespace FinAck
