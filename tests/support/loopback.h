// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Real TCP connections on 127.0.0.1 for the tests that watch the kernel: the same listener,
// connect and accept steps every such test needs, written once so they cannot drift apart.
// Header-only: each test is its own executable and includes it once.

#pragma once

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace Loopback {

// Host byte order, as the core's SocketInfo and RawSegment carry addresses.
constexpr quint32 kLoopback = INADDR_LOOPBACK;

// Owns one descriptor, so a test that fails half-way does not leave connections behind.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    Fd(Fd &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    Fd &operator=(Fd &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    ~Fd() { reset(); }
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

// The helpers answer bool for QVERIFY; the warning says which call failed and why.
inline bool fail(const char *what)
{
    qWarning("%s: %s", what, strerror(errno));
    return false;
}

// A wedged test should fail, not hang until CTest kills it.
inline void boundBlocking(int fd)
{
    const timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
}

inline sockaddr_in loopbackAddress(quint16 port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(kLoopback);
    return addr;
}

// 0 when the descriptor is not a bound socket, which no test port ever is.
inline quint16 portOf(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    return ntohs(addr.sin_port);
}

// CLOEXEC: nothing a test runs may inherit a connection and keep it open past its close().
inline Fd tcpSocket()
{
    Fd fd(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (fd.isValid())
        boundBlocking(fd.get());
    return fd;
}

// Port 0: the kernel picks a free ephemeral port, so tests running in parallel never collide.
inline bool listenOnLoopback(Fd &listener, quint16 &port, int backlog = 8)
{
    listener = tcpSocket();
    if (!listener.isValid())
        return fail("socket");
    const sockaddr_in addr = loopbackAddress(0);
    if (bind(listener.get(), reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
        return fail("bind");
    if (listen(listener.get(), backlog) != 0)
        return fail("listen");
    port = portOf(listener.get());
    return true;
}

// On loopback the handshake completes within connect(), before the listener accepts.
inline bool connectTo(Fd &client, quint16 port)
{
    client = tcpSocket();
    if (!client.isValid())
        return fail("socket");
    const sockaddr_in addr = loopbackAddress(port);
    if (::connect(client.get(), reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
        return fail("connect");
    return true;
}

inline bool acceptFrom(const Fd &listener, Fd &server)
{
    server = Fd(accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    if (!server.isValid())
        return fail("accept");
    boundBlocking(server.get());
    return true;
}

// SO_LINGER with a zero timeout turns close() into an RST instead of a FIN.
inline bool abortiveClose(Fd &fd)
{
    const linger abort{1, 0};
    if (setsockopt(fd.get(), SOL_SOCKET, SO_LINGER, &abort, sizeof abort) != 0)
        return fail("SO_LINGER");
    fd.reset();
    return true;
}

// Reading end of file first proves the peer's FIN arrived, so this close() answers it.
inline bool readEofAndClose(Fd &fd)
{
    char byte = 0;
    if (recv(fd.get(), &byte, 1, 0) != 0)
        return fail("recv EOF");
    fd.reset();
    return true;
}

struct Connection {
    Fd listener, client, server;
    quint16 serverPort = 0, clientPort = 0;
};

// Close: only the one connection is under test and the listener's row would be noise. KeepOpen:
// as in a scenario, where the kernel's lookup of a vanished server end falls back to it.
enum class Listener { Close, KeepOpen };

inline bool connectPair(Connection &c, Listener listener = Listener::Close)
{
    if (!listenOnLoopback(c.listener, c.serverPort) || !connectTo(c.client, c.serverPort) || !acceptFrom(c.listener, c.server))
        return false;
    c.clientPort = portOf(c.client.get());
    if (listener == Listener::Close)
        c.listener.reset();
    return true;
}

// For tests that look only at the two ends' descriptors.
inline bool connectPair(Fd &client, Fd &server)
{
    Connection c;
    if (!connectPair(c))
        return false;
    client = std::move(c.client);
    server = std::move(c.server);
    return true;
}

} // namespace Loopback
