// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// bench_kernel: how long the kernel itself needs for a scenario's steps, with no FinAck code and
// no Qt: the same calls on raw sockets, then a busy poll of both ends (sock_diag exact lookups,
// TCP_INFO on a listener) until each side is in the state FinAck's trace recorded at the end of
// that step and nothing is left unacknowledged. bench_settle writes the plan and reads the
// results; by hand:   bench_kernel [--network private|host] < plan
//
// Plan, one line each:  scenario <id> <repetitions>
//                       step <index> <c|s> <call> [key=value ...] expect=<CLIENT>,<SERVER>
//                       end
// Output, per step and repetition:  kernel <id> <index> <call> <call_us> <settled_us> ok|mismatch
#include "kernelnet.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Step {
    int index = 0;
    bool client = true;
    std::string call;
    std::map<std::string, std::string> args;
    std::string expectClient, expectServer;

    std::string arg(const std::string &key, const std::string &fallback = {}) const
    {
        const auto it = args.find(key);
        return it == args.end() ? fallback : it->second;
    }
};

struct Side {
    std::map<std::string, int> fds;
    std::vector<int> connection; // descriptors on the connection, as FinAck's probe tracks them
    int listener = -1;           // the descriptor listen() last succeeded on
};

struct Run {
    Side side[2];                            // 0 client, 1 server
    uint16_t serverPort = 0, clientPort = 0; // set by listen() and connect(), as FinAck's ports
    kernelnet::SockDiag diag;
};

std::string fromHex(const std::string &hex)
{
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out += char(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

sockaddr_in loopback(uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

uint16_t localPort(int fd)
{
    sockaddr_in a{};
    socklen_t len = sizeof a;
    return getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0 ? ntohs(a.sin_port) : 0;
}

void forget(Side &s, int fd)
{
    std::erase(s.connection, fd);
    if (s.listener == fd)
        s.listener = -1;
}

// The same call FinAck's PosixSocketApi makes for this step.
void perform(Run &run, const Step &st)
{
    Side &me = run.side[st.client ? 0 : 1];
    const std::string defaultFd = st.client                                                           ? "sock"
                                  : (st.call == "bind" || st.call == "listen" || st.call == "accept") ? "listener"
                                                                                                      : "conn";
    const std::string name = st.arg("fd", defaultFd);
    const auto found = me.fds.find(name);
    const int fd = found == me.fds.end() ? -1 : found->second;
    const auto portArg = [&](uint16_t fallback) -> uint16_t {
        const std::string p = st.arg("port");
        if (p == "server")
            return run.serverPort;
        if (p == "client")
            return run.clientPort;
        return p.empty() ? fallback : uint16_t(std::stoi(p));
    };
    if (st.call == "socket") {
        const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
        me.fds[st.arg("as", st.client ? "sock" : "listener")] = s;
    } else if (st.call == "setsockopt" || st.call == "getsockopt") {
        const int level = std::stoi(st.arg("level")), option = std::stoi(st.arg("option"));
        if (st.arg("linger") == "1") {
            linger l{std::stoi(st.arg("onoff", "0")), std::stoi(st.arg("seconds", "0"))};
            socklen_t len = sizeof l;
            st.call == "setsockopt" ? ::setsockopt(fd, level, option, &l, len) : ::getsockopt(fd, level, option, &l, &len);
        } else {
            int v = std::stoi(st.arg("value", "0"));
            socklen_t len = sizeof v;
            st.call == "setsockopt" ? ::setsockopt(fd, level, option, &v, len) : ::getsockopt(fd, level, option, &v, &len);
        }
    } else if (st.call == "bind") {
        const sockaddr_in a = loopback(portArg(0));
        ::bind(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a);
    } else if (st.call == "listen") {
        if (::listen(fd, std::stoi(st.arg("backlog", "16"))) == 0) {
            me.listener = fd;
            run.serverPort = localPort(fd);
        }
    } else if (st.call == "connect") {
        const sockaddr_in a = loopback(portArg(run.serverPort));
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) == 0) {
            run.clientPort = localPort(fd);
            me.connection.push_back(fd);
        }
    } else if (st.call == "accept") {
        const int c = ::accept4(fd, nullptr, nullptr, SOCK_CLOEXEC);
        me.fds[st.arg("as", "conn")] = c;
        if (c >= 0)
            me.connection.push_back(c);
    } else if (st.call == "send") {
        const std::string data = fromHex(st.arg("data"));
        ::send(fd, data.data(), data.size(), MSG_NOSIGNAL | (st.arg("dontwait") == "1" ? MSG_DONTWAIT : 0));
    } else if (st.call == "recv") {
        std::vector<char> buf(size_t(std::stol(st.arg("size", "1024"))));
        ::recv(fd, buf.data(), buf.size(), (st.arg("peek") == "1" ? MSG_PEEK : 0) | (st.arg("dontwait") == "1" ? MSG_DONTWAIT : 0));
    } else if (st.call == "shutdown") {
        const std::string how = st.arg("how", "wr");
        ::shutdown(fd, how == "rd" ? SHUT_RD : how == "rdwr" ? SHUT_RDWR : SHUT_WR);
    } else if (st.call == "close") {
        ::close(fd);
        me.fds.erase(name);
        forget(me, fd);
    } else if (st.call == "dup") {
        const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
        me.fds[st.arg("as")] = copy;
        if (copy >= 0 && std::find(me.connection.begin(), me.connection.end(), fd) != me.connection.end())
            me.connection.push_back(copy);
    } else if (st.call == "crash") {
        const pid_t child = ::fork();
        if (child == 0)
            for (;;)
                ::pause();
        for (const auto &[n, f] : me.fds) {
            ::close(f);
            forget(me, f);
        }
        me.fds.clear();
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
    }
}

// Each side the way FinAck's StateProbe sees it: the listener until the client has a port, then
// each end of the port pair; no row means CLOSED. Nothing in flight: no SYN or FIN waiting for
// its ACK (SYN_SENT, SYN_RECV, FIN_WAIT_1, CLOSING, LAST_ACK) and no unacknowledged segment.
bool reached(Run &run, const Step &st)
{
    kernelnet::EndState c, s;
    if (run.serverPort != 0 && run.clientPort == 0) {
        if (run.side[1].listener >= 0)
            s = kernelnet::fromDescriptor(run.side[1].listener);
    } else if (run.serverPort != 0) {
        c = run.diag.find(run.clientPort, run.serverPort);
        s = run.diag.find(run.serverPort, run.clientPort);
    }
    static const bool debug = std::getenv("BENCH_KERNEL_DEBUG") != nullptr; // every poll on stderr
    if (debug)
        std::fprintf(stderr, "%d: %s/%u %s/%u\n", st.index, kernelnet::stateName(c.state).c_str(), c.unacked,
                     kernelnet::stateName(s.state).c_str(), s.unacked);
    if (kernelnet::stateName(c.state) != st.expectClient || kernelnet::stateName(s.state) != st.expectServer)
        return false;
    return !kernelnet::inFlight(c) && !kernelnet::inFlight(s);
}

void closeAll(Run &run)
{
    for (Side &s : run.side)
        for (const auto &[n, f] : s.fds)
            ::close(f);
}

std::vector<Step> readSteps(std::istream &in)
{
    std::vector<Step> steps;
    std::string line;
    while (std::getline(in, line) && line != "end") {
        std::istringstream words(line);
        std::string kind, actor;
        Step st;
        words >> kind >> st.index >> actor >> st.call;
        st.client = actor == "c";
        for (std::string word; words >> word;) {
            const size_t eq = word.find('=');
            if (eq != std::string::npos)
                st.args[word.substr(0, eq)] = word.substr(eq + 1);
        }
        const std::string expect = st.arg("expect");
        st.expectClient = expect.substr(0, expect.find(','));
        st.expectServer = expect.substr(expect.find(',') + 1);
        steps.push_back(st);
    }
    return steps;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool host = argc > 2 && std::strcmp(argv[1], "--network") == 0 && std::strcmp(argv[2], "host") == 0;
    std::string why;
    const bool isPrivate = !host && kernelnet::enterPrivateNetwork(&why);
    std::printf("network %s%s%s\n", isPrivate ? "private" : "host", why.empty() ? "" : " ", why.c_str());
    struct sigaction onAlarm {
    };
    onAlarm.sa_handler = [](int) {};
    ::sigaction(SIGALRM, &onAlarm, nullptr);          // no SA_RESTART: the blocked call returns
    constexpr auto kGiveUp = std::chrono::seconds(2); // a state never reached: reported, not waited for
    std::string word, id;
    int repetitions = 0;
    while (std::cin >> word) {
        if (word != "scenario")
            continue;
        std::cin >> id >> repetitions;
        std::cin.ignore(1 << 20, '\n');
        const std::vector<Step> steps = readSteps(std::cin);
        for (int r = 0; r < repetitions; ++r) {
            Run run;
            for (const Step &st : steps) {
                ::alarm(5); // a call that blocks after all is interrupted (EINTR), not waited for
                const auto start = Clock::now();
                perform(run, st);
                const auto returned = Clock::now();
                ::alarm(0);
                bool ok = false;
                auto now = returned;
                while (!(ok = reached(run, st)) && now - returned < kGiveUp)
                    now = Clock::now();
                now = Clock::now();
                const auto us = [&](Clock::time_point t) { return std::chrono::duration<double, std::micro>(t - start).count(); };
                std::printf("kernel %s %d %s %.1f %.1f %s\n", id.c_str(), st.index, st.call.c_str(), us(returned), us(now),
                            ok ? "ok" : "mismatch");
            }
            closeAll(run);
        }
        std::fflush(stdout);
    }
    return 0;
}
