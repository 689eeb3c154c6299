// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "privatenetwork.h"

#include "model/errnonames.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace FinAck {

namespace {

constexpr char kContext[] = "FinAck::PrivateNetwork";

// Identity (inode) of the network namespace the process started in, 0 until it has left it.
ino_t g_hostNetworkInode = 0;

ino_t currentNetworkInode()
{
    struct stat st {
    };
    return ::stat("/proc/self/ns/net", &st) == 0 ? st.st_ino : 0;
}

bool writeProcFile(const char *path, const QByteArray &content, PendingText *error)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = {kContext, QT_TRANSLATE_NOOP("FinAck::PrivateNetwork", "cannot write %1: %2"), {QLatin1String(path), file.errorString()}};
        return false;
    }
    return true;
}

bool bringLoopbackUp(PendingText *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = {kContext, "socket: %1", {strerrorText(errno)}};
        return false;
    }
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    if (ok) {
        request.ifr_flags |= IFF_UP;
        ok = ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    }
    if (!ok)
        *error = {kContext, QT_TRANSLATE_NOOP("FinAck::PrivateNetwork", "bringing up lo: %1"), {strerrorText(errno)}};
    ::close(fd);
    return ok;
}

} // namespace

bool enterPrivateNetwork(PendingText *error)
{
    PendingText ignored;
    PendingText &why = error ? *error : ignored;
    const ino_t hostInode = currentNetworkInode();
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
        why = {kContext,
               QT_TRANSLATE_NOOP("FinAck::PrivateNetwork", "the kernel refused a private network namespace (unshare: %1)"),
               {strerrorText(errno)}};
        return false;
    }
    // Map our own ids to root inside the namespace: that root owns only the new network.
    // setgroups must be denied before an unprivileged process may write gid_map.
    if (!writeProcFile("/proc/self/setgroups", "deny", &why)
        || !writeProcFile("/proc/self/uid_map", QByteArray("0 ") + QByteArray::number(uid) + " 1", &why)
        || !writeProcFile("/proc/self/gid_map", QByteArray("0 ") + QByteArray::number(gid) + " 1", &why))
        return false;
    if (!bringLoopbackUp(&why))
        return false;
    g_hostNetworkInode = hostInode;
    return true;
}

bool inPrivateNetwork()
{
    const ino_t now = currentNetworkInode();
    return g_hostNetworkInode != 0 && now != 0 && now != g_hostNetworkInode;
}

} // namespace FinAck
