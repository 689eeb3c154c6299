#include "errnonames.h"

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

} // namespace FinAck
