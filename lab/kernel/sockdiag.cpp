// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "kernel/sockdiag.h"

#include "model/errnonames.h"

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <utility>

namespace FinAck {

namespace {

// Lookups are always about the lab's own connection on loopback.
constexpr quint32 kLoopback = 0x7f000001; // INADDR_LOOPBACK, host byte order

// A reply that never comes (it should not happen) must not hang the lab's settle loop forever.
constexpr int kReplyTimeoutMs = 2000;

// NLM_F_DUMP_INTR: the table changed while the kernel walked it; the dump is simply repeated.
constexpr int kDumpAttempts = 3;
// find() asks until its readings agree (see there); past this many it takes the last one.
constexpr int kMaxLookups = 6;
constexpr int kGoneReadings = 3;

QString errnoText(const char *what, int err)
{
    return QStringLiteral("sock_diag: %1: %2").arg(QLatin1String(what), strerrorText(err));
}

void readInfoAttribute(const nlattr *attr, SocketInfo &row)
{
    // The kernel's struct may be shorter (older kernel) or longer (newer) than ours:
    // copy what both know and leave the rest zero.
    tcp_info info{};
    const size_t len = std::min<size_t>(mnl_attr_get_payload_len(attr), sizeof info);
    memcpy(&info, mnl_attr_get_payload(attr), len);
    row.hasTcpInfo = true;
    row.lost = info.tcpi_lost;
    row.tcpRetrans = info.tcpi_total_retrans;
    // A listener reuses tcpi_unacked for its accept backlog, which recvQ already reports.
    row.unacked = row.state == TcpState::Listen ? 0 : info.tcpi_unacked;
}

int onAttribute(const nlattr *attr, void *data)
{
    if (mnl_attr_get_type(attr) == INET_DIAG_INFO)
        readInfoAttribute(attr, *static_cast<SocketInfo *>(data));
    return MNL_CB_OK;
}

int onSocket(const nlmsghdr *nlh, void *data)
{
    // A dump's rows are parts of a multipart answer that NLMSG_DONE ends. The answer to an exact
    // lookup is one message without NLM_F_MULTI and nothing after it (no acknowledgement unless
    // asked for with NLM_F_ACK, which would cost another recvmsg on every poll).
    const int next = (nlh->nlmsg_flags & NLM_F_MULTI) ? MNL_CB_OK : MNL_CB_STOP;
    if (nlh->nlmsg_type != SOCK_DIAG_BY_FAMILY || mnl_nlmsg_get_payload_len(nlh) < sizeof(inet_diag_msg))
        return next; // not a socket row; nothing to learn from it
    const auto *msg = static_cast<const inet_diag_msg *>(mnl_nlmsg_get_payload(nlh));
    if (msg->idiag_family != AF_INET)
        return next;

    SocketInfo row;
    row.localAddr = ntohl(msg->id.idiag_src[0]);
    row.remoteAddr = ntohl(msg->id.idiag_dst[0]);
    row.localPort = ntohs(msg->id.idiag_sport);
    row.remotePort = ntohs(msg->id.idiag_dport);
    row.state = tcpStateFromLinux(msg->idiag_state).value_or(TcpState::Closed);
    row.timer = msg->idiag_timer;
    row.timerMs = msg->idiag_expires;
    row.retransmits = msg->idiag_retrans;
    row.recvQ = msg->idiag_rqueue;
    row.sendQ = msg->idiag_wqueue;
    row.uid = msg->idiag_uid;
    row.inode = msg->idiag_inode;

    mnl_attr_parse(nlh, sizeof(inet_diag_msg), onAttribute, &row);
    static_cast<QList<SocketInfo> *>(data)->append(row);
    return next;
}

int onError(const nlmsghdr *nlh, void *)
{
    if (mnl_nlmsg_get_payload_len(nlh) < sizeof(nlmsgerr)) {
        errno = EBADMSG;
        return MNL_CB_ERROR;
    }
    const auto *err = static_cast<const nlmsgerr *>(mnl_nlmsg_get_payload(nlh));
    if (err->error == 0)
        return MNL_CB_STOP; // a plain acknowledgement
    errno = -err->error;
    return MNL_CB_ERROR;
}

int onDone(const nlmsghdr *nlh, void *)
{
    // A dump that failed half-way ends with NLMSG_DONE carrying the negative errno.
    if (mnl_nlmsg_get_payload_len(nlh) >= sizeof(int)) {
        int status = 0;
        memcpy(&status, mnl_nlmsg_get_payload(nlh), sizeof status);
        if (status < 0) {
            errno = -status;
            return MNL_CB_ERROR;
        }
    }
    return MNL_CB_STOP;
}

int onNoop(const nlmsghdr *, void *)
{
    return MNL_CB_OK;
}

// Indexed by nlmsg_type; libmnl skips its own defaults for every type below this array's length.
const mnl_cb_t kControlCallbacks[] = {
    nullptr, // 0: unused
    onNoop,  // NLMSG_NOOP
    onError, // NLMSG_ERROR
    onDone,  // NLMSG_DONE
    onNoop,  // NLMSG_OVERRUN
};

inet_diag_req_v2 *putRequestHeader(char *buffer, quint16 flags, unsigned int seq)
{
    nlmsghdr *nlh = mnl_nlmsg_put_header(buffer);
    nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
    nlh->nlmsg_flags = NLM_F_REQUEST | flags;
    nlh->nlmsg_seq = seq;

    auto *req = static_cast<inet_diag_req_v2 *>(mnl_nlmsg_put_extra_header(nlh, sizeof(inet_diag_req_v2)));
    req->sdiag_family = AF_INET;
    req->sdiag_protocol = IPPROTO_TCP;
    req->idiag_ext = 1 << (INET_DIAG_INFO - 1);
    return req;
}

} // namespace

SockDiag::SockDiag()
    : m_buffer(new char[size_t(MNL_SOCKET_BUFFER_SIZE)])
    , m_bufferSize(size_t(MNL_SOCKET_BUFFER_SIZE))
{
    open();
}

SockDiag::~SockDiag()
{
    close();
}

bool SockDiag::isOpen() const
{
    return m_socket != nullptr;
}

QString SockDiag::errorString() const
{
    return m_error;
}

bool SockDiag::open()
{
    m_socket = mnl_socket_open(NETLINK_SOCK_DIAG);
    if (!m_socket) {
        m_error = errnoText("socket(NETLINK_SOCK_DIAG)", errno);
        return false;
    }
    if (mnl_socket_bind(m_socket, 0, MNL_SOCKET_AUTOPID) < 0) {
        m_error = errnoText("bind", errno);
        close();
        return false;
    }
    const timeval timeout{kReplyTimeoutMs / 1000, suseconds_t(kReplyTimeoutMs % 1000) * 1000};
    setsockopt(mnl_socket_get_fd(m_socket), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    m_portId = mnl_socket_get_portid(m_socket);
    m_error.clear();
    return true;
}

void SockDiag::close()
{
    if (m_socket)
        mnl_socket_close(m_socket);
    m_socket = nullptr;
}

// Parts of a failed answer may still be queued on the socket and would be read as the answer to
// the next query; a fresh socket is the simplest way to be rid of them.
void SockDiag::reopen()
{
    const QString failure = m_error;
    close();
    open();
    m_error = failure;
}

// The port filter runs in the kernel as INET_DIAG_REQ_BYTECODE rather than in user space. The
// kernel walks its whole established hash either way (measured: about 0.5 ms per dump with
// 262144 buckets, whatever the filter), but on a host loopback a desktop may hold hundreds of TCP
// sockets at ~400 bytes a row: unfiltered, every poll would copy and parse all of them in
// several netlink round trips, where filtered it is usually one reply of a few rows.
void SockDiag::buildDumpRequest(quint16 port)
{
    inet_diag_req_v2 *req = putRequestHeader(m_buffer.get(), NLM_F_DUMP, ++m_seq);
    req->idiag_states = ~0U;

    // "sport == port OR dport == port". Offsets are bytes from the op being run; a jump to
    // exactly the end accepts the socket, one past it (end + 4) rejects it. The kernel's
    // verifier insists that every `no` target is reachable by following `yes` jumps from the
    // start, so `yes` must fall through to the next op and OR needs an unconditional JMP
    // (which always takes `no`). A port comparison is two ops, the second carrying the port in
    // its `no` field, in host byte order as the kernel compares it.
    constexpr unsigned char kCompare = 2 * sizeof(inet_diag_bc_op);
    constexpr unsigned char kJump = sizeof(inet_diag_bc_op);
    constexpr unsigned char kLength = kCompare + kJump + kCompare;
    const inet_diag_bc_op program[5] = {
        {INET_DIAG_BC_S_EQ, kCompare, kCompare + kJump}, // no: try the destination port
        {0, 0, port},
        {INET_DIAG_BC_JMP, kJump, kJump + kCompare}, // source matched: to the end, accept
        {INET_DIAG_BC_D_EQ, kCompare, kCompare + 4}, // yes: end, accept; no: past it, reject
        {0, 0, port},
    };
    static_assert(sizeof program == kLength);
    mnl_attr_put(reinterpret_cast<nlmsghdr *>(m_buffer.get()), INET_DIAG_REQ_BYTECODE, sizeof program, program);
}

// Without NLM_F_DUMP the kernel looks the connection up as it would for an arriving segment,
// from the remote end (the request's src/dst are the socket's own local/remote). idiag_states
// plays no part in that lookup.
void SockDiag::buildLookupRequest(quint16 localPort, quint16 remotePort)
{
    inet_diag_req_v2 *req = putRequestHeader(m_buffer.get(), 0, ++m_seq);
    req->id.idiag_sport = htons(localPort);
    req->id.idiag_dport = htons(remotePort);
    req->id.idiag_src[0] = htonl(kLoopback);
    req->id.idiag_dst[0] = htonl(kLoopback);
    // Any socket on that address pair, not only one we saw before under a known cookie.
    req->id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    req->id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
}

int SockDiag::query(QList<SocketInfo> &out)
{
    const auto *nlh = reinterpret_cast<const nlmsghdr *>(m_buffer.get());
    const unsigned int seq = nlh->nlmsg_seq;
    const char *what = (nlh->nlmsg_flags & NLM_F_DUMP) ? "dump" : "lookup"; // before the reply overwrites it
    if (mnl_socket_sendto(m_socket, nlh, nlh->nlmsg_len) < 0) {
        const int err = errno;
        m_error = errnoText("send", err);
        return err;
    }
    int ret = MNL_CB_OK;
    while (ret > MNL_CB_STOP) {
        const ssize_t n = mnl_socket_recvfrom(m_socket, m_buffer.get(), m_bufferSize);
        if (n < 0) {
            // EAGAIN: the reply timed out; ENOSPC: a message larger than our buffer (truncated).
            const int err = errno;
            m_error = errnoText("recv", err);
            return err;
        }
        ret = mnl_cb_run2(m_buffer.get(), size_t(n), seq, m_portId, onSocket, &out,
                          const_cast<mnl_cb_t *>(kControlCallbacks), // only read, despite the type
                          MNL_ARRAY_SIZE(kControlCallbacks));
    }
    if (ret < 0) {
        const int err = errno;
        m_error = errnoText(what, err);
        return err;
    }
    return 0;
}

std::optional<QList<SocketInfo>> SockDiag::sockets(quint16 port)
{
    if (!m_socket && !open())
        return std::nullopt;
    QList<SocketInfo> result;
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        result.clear();
        buildDumpRequest(port);
        const int err = query(result);
        if (err == 0) {
            m_error.clear();
            return result;
        }
        reopen();
        if (err != EINTR || !m_socket)
            break;
    }
    return std::nullopt;
}

std::optional<std::optional<SocketInfo>> SockDiag::lookup(quint16 localPort, quint16 remotePort)
{
    QList<SocketInfo> rows;
    buildLookupRequest(localPort, remotePort);
    const int err = query(rows);
    if (err == ENOENT) {
        m_error.clear();
        return std::optional<SocketInfo>{};
    }
    if (err != 0) {
        reopen();
        return std::nullopt;
    }
    m_error.clear();
    // The kernel's lookup falls back, as for a SYN, to a listener on the local port: asked for a
    // server end that is gone, it answers with the listener. That is not the connection.
    std::optional<SocketInfo> end;
    for (const SocketInfo &row : std::as_const(rows)) {
        if (row.localPort == localPort && row.remotePort == remotePort && row.localAddr == kLoopback && row.remoteAddr == kLoopback)
            end = row;
    }
    return end;
}

std::optional<std::optional<SocketInfo>> SockDiag::find(quint16 localPort, quint16 remotePort)
{
    if (!m_socket && !open())
        return std::nullopt;
    // A row is not always one moment of the socket. The kernel fills it without the socket's
    // lock: the state first, then the timer and the queues. A lookup racing close() in
    // CLOSE_WAIT can read CLOSE_WAIT with the FIN already queued (sendQ 1), which the engine
    // took for a new reading of CLOSE_WAIT after LAST_ACK (finack run graceful-server-first
    // --repeat 200 drifted so once in CI). So a reading counts once a second lookup reads the
    // same state: that state held from the first reading's start to the second's, so the first
    // reading's queues and timer are of it. A state the kernel holds for microseconds (LAST_ACK
    // on loopback) is then not seen; the engine derives it from the segments.
    //
    // An end that reads as gone or CLOSE counts after three such readings in a row. An orphaned
    // end that goes to FIN_WAIT_2 or TIME_WAIT is replaced in the hash by a timewait entry: the
    // entry goes in, then the full socket is unhashed and set to CLOSE, and a lookup racing that
    // finds nothing, or the old socket already CLOSE, although the connection goes on (finack
    // run ignored-recv-return --repeat 200 showed FIN_WAIT_1 -> CLOSED -> FIN_WAIT_2 once). The
    // entry is there a moment later, unless the replacing CPU stalls; the engine's SideObserver
    // confirms a CLOSED with a later poll for that case.
    std::optional<SocketInfo> last;
    std::optional<SocketInfo> earlier; // the reading before `last`, if it showed a live end
    int goneInARow = 0;
    for (int attempt = 0; attempt < kMaxLookups; ++attempt) {
        const auto end = lookup(localPort, remotePort);
        if (!end)
            return std::nullopt;
        last = *end;
        if (!last || last->state == TcpState::Closed) {
            earlier.reset();
            if (++goneInARow == kGoneReadings)
                break;
            continue;
        }
        goneInARow = 0;
        if (earlier && earlier->state == last->state)
            return earlier;
        earlier = last;
    }
    return last;
}

} // namespace FinAck
