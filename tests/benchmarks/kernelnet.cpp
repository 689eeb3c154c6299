// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "kernelnet.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace kernelnet {

namespace {

constexpr int kNewSynRecv = 12; // TCP_NEW_SYN_RECV, which glibc's <netinet/tcp.h> lacks

bool writeFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

} // namespace

bool enterPrivateNetwork(std::string *why)
{
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
        *why = std::string("(unshare: ") + std::strerror(errno) + ")";
        return false;
    }
    if (!writeFile("/proc/self/setgroups", "deny") || !writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1")
        || !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")) {
        *why = "(id maps)";
        return false;
    }
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = fd >= 0 && ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    request.ifr_flags |= IFF_UP;
    ok = ok && ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        *why = "(lo)";
    return ok;
}

std::string stateName(int s)
{
    switch (s) {
    case TCP_ESTABLISHED: return "ESTABLISHED";
    case TCP_SYN_SENT: return "SYN_SENT";
    case TCP_SYN_RECV: return "SYN_RECV";
    case TCP_FIN_WAIT1: return "FIN_WAIT_1";
    case TCP_FIN_WAIT2: return "FIN_WAIT_2";
    case TCP_TIME_WAIT: return "TIME_WAIT";
    case TCP_CLOSE: return "CLOSED";
    case TCP_CLOSE_WAIT: return "CLOSE_WAIT";
    case TCP_LAST_ACK: return "LAST_ACK";
    case TCP_LISTEN: return "LISTEN";
    case TCP_CLOSING: return "CLOSING";
    case kNewSynRecv: return "SYN_RECV";
    default: return "CLOSED";
    }
}

bool inFlight(const EndState &end)
{
    switch (end.state) {
    case TCP_SYN_SENT:
    case TCP_SYN_RECV:
    case kNewSynRecv:
    case TCP_FIN_WAIT1:
    case TCP_CLOSING:
    case TCP_LAST_ACK: return true;
    default: return end.unacked > 0;
    }
}

EndState fromDescriptor(int fd)
{
    EndState end;
    tcp_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) == 0) {
        end.state = info.tcpi_state;
        end.unacked = info.tcpi_state == TCP_LISTEN ? 0 : info.tcpi_unacked; // a listener's backlog
    }
    return end;
}

SockDiag::SockDiag()
    : m_fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG))
{
}

SockDiag::~SockDiag()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

EndState SockDiag::find(uint16_t localPort, uint16_t remotePort)
{
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    message.header.nlmsg_seq = ++m_seq;
    message.request.sdiag_family = AF_INET;
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_ext = 1 << (INET_DIAG_INFO - 1);
    message.request.idiag_states = ~0U;
    message.request.id.idiag_sport = htons(localPort);
    message.request.id.idiag_dport = htons(remotePort);
    message.request.id.idiag_src[0] = htonl(INADDR_LOOPBACK);
    message.request.id.idiag_dst[0] = htonl(INADDR_LOOPBACK);
    message.request.id.idiag_cookie[0] = message.request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    EndState end; // no row: CLOSED
    if (::sendto(m_fd, &message, sizeof message, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel) < 0)
        return end;
    alignas(nlmsghdr) char buffer[8192];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    const auto *h = reinterpret_cast<const nlmsghdr *>(buffer);
    if (n < ssize_t(sizeof *h) || !NLMSG_OK(h, size_t(n)) || h->nlmsg_type != SOCK_DIAG_BY_FAMILY)
        return end; // NLMSG_ERROR, ENOENT: the kernel knows no such end
    const auto *msg = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
    // Asked for a server end that is gone, the kernel's lookup falls back to the listener on the
    // local port, as for a SYN: that is not the connection.
    if (msg->id.idiag_dport != htons(remotePort))
        return end;
    end.state = msg->idiag_state;
    int left = int(h->nlmsg_len - NLMSG_LENGTH(sizeof *msg));
    for (auto *a = reinterpret_cast<const rtattr *>(msg + 1); RTA_OK(a, left); a = RTA_NEXT(a, left)) {
        if (a->rta_type != INET_DIAG_INFO)
            continue;
        tcp_info info{};
        std::memcpy(&info, RTA_DATA(a), std::min<size_t>(RTA_PAYLOAD(a), sizeof info));
        end.unacked = end.state == TCP_LISTEN ? 0 : info.tcpi_unacked;
    }
    return end;
}

} // namespace kernelnet
