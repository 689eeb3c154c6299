// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// The little bench_kernel needs from Linux, written against the kernel's headers only (no FinAck,
// no Qt, no libmnl): a private network namespace like finack-lab's, and each end's state.
#include <cstdint>
#include <string>

namespace kernelnet {

// One end of a connection: a Linux TCP state number (TCP_ESTABLISHED = 1 ... TCP_CLOSING = 11;
// 7, TCP_CLOSE, also for "not in the kernel's tables") and its segments in flight.
struct EndState {
    int state = 7;
    uint32_t unacked = 0;
};

// unshare(CLONE_NEWUSER | CLONE_NEWNET), map our ids, bring lo up: what finack-lab does.
bool enterPrivateNetwork(std::string *why);

// FinAck's names for the states ("FIN_WAIT_2", "CLOSED" for TCP_CLOSE, "SYN_RECV" for
// TCP_NEW_SYN_RECV).
std::string stateName(int linuxState);

// A SYN or FIN of this end may still wait for its ACK, or data is unacknowledged.
bool inFlight(const EndState &end);

// TCP_INFO on an open descriptor (a listener).
EndState fromDescriptor(int fd);

// sock_diag's exact lookup of one end on 127.0.0.1 by its port pair, as FinAck's StateProbe asks:
// one netlink request and one answer per end.
class SockDiag
{
public:
    SockDiag();
    ~SockDiag();
    SockDiag(const SockDiag &) = delete;
    SockDiag &operator=(const SockDiag &) = delete;

    EndState find(uint16_t localPort, uint16_t remotePort);

private:
    int m_fd = -1;
    uint32_t m_seq = 0;
};

} // namespace kernelnet
