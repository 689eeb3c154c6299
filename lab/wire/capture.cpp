// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "wire/capture.h"

#include "model/errnonames.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace FinAck {

namespace {

// Ethernet (14) + IPv4 with the most options (60) + TCP with the most options (60) is 134;
// a little more leaves room for VLAN tags and the cooked headers of other devices.
constexpr int snapLength = 160;

// setPortFilter() waits at most this long for the capture thread; it answers in microseconds,
// so reaching it means the thread is gone and waiting longer would only hang the caller.
constexpr auto filterWaitLimit = std::chrono::seconds(2);

QString pcapFailure(pcap_t *handle, int status)
{
    QString detail = QString::fromLocal8Bit(pcap_geterr(handle));
    // PCAP_ERROR carries its whole reason in geterr; the specific codes carry a category whose
    // text ("You don't have permission to perform this capture on that device") is the useful
    // part, with geterr naming the failing system call.
    if (status == PCAP_ERROR)
        return detail;
    QString category = QString::fromLocal8Bit(pcap_statustostr(status));
    if (detail.isEmpty() || detail == category)
        return category;
    return category + QStringLiteral(" (") + detail + QLatin1Char(')');
}

bool makeWakePipe(int *readEnd, int *writeEnd)
{
    int fds[2] = {-1, -1};
    if (pipe(fds) != 0)
        return false;
    for (int fd : fds) {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    *readEnd = fds[0];
    *writeEnd = fds[1];
    return true;
}

} // namespace

Capture::Capture(const QString &device)
    : m_device(device)
{
}

Capture::~Capture()
{
    stop();
}

bool Capture::start(QString *error)
{
    auto fail = [this, error](const QString &reason) {
        if (error)
            *error = reason;
        closeHandle();
        return false;
    };
    if (m_running)
        return true;
    if (m_thread.joinable()) // the thread ended on its own (device gone): reap it before reuse
        m_thread.join();
    closeHandle();

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    m_pcap = pcap_create(m_device.toLocal8Bit().constData(), errbuf);
    if (!m_pcap)
        return fail(QString::fromLocal8Bit(errbuf));
    pcap_set_snaplen(m_pcap, snapLength);
    pcap_set_promisc(m_pcap, 0);
    // Without immediate mode Linux hands packets over a block at a time, when a block fills or
    // the read timeout expires (with none set, the few segments of a lesson never come at all);
    // the engine waits for each step's segments, so they must come one by one.
    pcap_set_immediate_mode(m_pcap, 1);
    const int status = pcap_activate(m_pcap);
    if (status < 0)
        return fail(m_device + QStringLiteral(": ") + pcapFailure(m_pcap, status));

    m_linkType = pcap_datalink(m_pcap);
    if (!isDecodableLinkType(m_linkType)) {
        return fail(tr("%1: unsupported link type %2 (%3)")
                        .arg(m_device, QString::fromLatin1(pcap_datalink_val_to_name(m_linkType)))
                        .arg(m_linkType));
    }
    if (pcap_setnonblock(m_pcap, 1, errbuf) != 0)
        return fail(QString::fromLocal8Bit(errbuf));
    if (pcap_get_selectable_fd(m_pcap) < 0)
        return fail(tr("%1: this platform offers no descriptor to wait on").arg(m_device));
    if (!makeWakePipe(&m_wakeRead, &m_wakeWrite))
        return fail(QStringLiteral("pipe: %1").arg(strerrorText(errno)));

    quint16 port = 0;
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        port = m_wantedPort;
        generation = m_filterRequested;
        m_lastError.clear();
    }
    QString filterError;
    if (!applyFilter(port, &filterError))
        return fail(filterError);
    m_activePort = port;
    m_batch.clear();

    m_stopRequested = false;
    {
        // A setPortFilter() racing with start() leaves the generations apart, and the thread
        // applies the newer port before it reports its first packet.
        std::lock_guard lock(m_mutex);
        m_filterApplied = generation;
        m_running = true;
    }
    m_thread = std::thread(&Capture::run, this);
    return true;
}

void Capture::stop()
{
    if (m_thread.joinable()) {
        m_stopRequested = true;
        wake();
        m_thread.join();
    }
    m_running = false;
    closeHandle();
}

bool Capture::isRunning() const
{
    return m_running;
}

void Capture::setPortFilter(quint16 port)
{
    std::unique_lock lock(m_mutex);
    m_wantedPort = port;
    const quint64 generation = ++m_filterRequested;
    if (!m_running) { // start() applies m_wantedPort
        m_filterApplied = generation;
        return;
    }
    lock.unlock();
    wake();
    lock.lock();
    m_filterChanged.wait_for(lock, filterWaitLimit, [&] { return m_filterApplied >= generation || !m_running; });
}

QList<RawSegment> Capture::take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_pending, {});
}

quint64 Capture::capturedCount() const
{
    return m_count;
}

bool Capture::waitForSegments(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_segmentsArrived.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return !m_pending.isEmpty() || !m_running; });
    return !m_pending.isEmpty();
}

bool Capture::sync(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_running)
        return false;
    const quint64 generation = ++m_syncRequested;
    lock.unlock();
    wake();
    lock.lock();
    return m_synced.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_syncDone >= generation || !m_running; })
           && m_syncDone >= generation;
}

int Capture::linkType() const
{
    return m_linkType;
}

QString Capture::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void Capture::run()
{
    pollfd fds[2] = {{pcap_get_selectable_fd(m_pcap), POLLIN, 0}, {m_wakeRead, POLLIN, 0}};
    QString error;
    while (!m_stopRequested) {
        // Linux never asks for one; other systems' pcap may need dispatching on a timer.
        const timeval *required = pcap_get_required_select_timeout(m_pcap);
        const int timeoutMs = required ? int(required->tv_sec * 1000 + required->tv_usec / 1000) : -1;
        if (poll(fds, 2, timeoutMs) < 0) {
            if (errno == EINTR)
                continue;
            error = QStringLiteral("poll: %1").arg(strerrorText(errno));
            break;
        }
        if (fds[1].revents & POLLIN) {
            char drain[64];
            while (read(m_wakeRead, drain, sizeof drain) > 0) {}
        }
        if (m_stopRequested)
            break;

        quint16 port = 0;
        bool filterChanged = false;
        quint64 generation = 0;
        quint64 syncGeneration = 0;
        {
            std::lock_guard lock(m_mutex);
            port = m_wantedPort;
            generation = m_filterRequested;
            filterChanged = generation != m_filterApplied;
            // Read before the dispatch below: every packet in the ring when sync() asked is
            // handed over by that dispatch.
            syncGeneration = m_syncRequested;
        }
        if (filterChanged) {
            // The user-space check in onPacket() takes the new port at once, so packets the old
            // kernel filter let into the ring are held to it too; the kernel filter only saves work.
            QString filterError;
            applyFilter(port, &filterError);
            m_activePort = port;
            std::lock_guard lock(m_mutex);
            m_filterApplied = generation;
            if (!filterError.isEmpty())
                m_lastError = filterError;
            m_filterChanged.notify_all();
        }

        const bool syncAsked = syncGeneration != m_syncDone; // m_syncDone is written by this thread only
        if (fds[0].revents != 0 || required || syncAsked) {
            if (pcap_dispatch(m_pcap, -1, &Capture::dispatchCallback, reinterpret_cast<uchar *>(this))
                < 0) { // the device went away or down: nothing more will come
                error = QString::fromLocal8Bit(pcap_geterr(m_pcap));
                break;
            }
            if (!m_batch.isEmpty()) {
                std::lock_guard lock(m_mutex);
                m_pending += m_batch;
                m_count += quint64(m_batch.size());
                m_batch.clear();
                m_segmentsArrived.notify_all();
            }
            if (syncAsked) {
                std::lock_guard lock(m_mutex);
                m_syncDone = syncGeneration;
                m_synced.notify_all();
            }
        }
    }
    std::lock_guard lock(m_mutex);
    if (!error.isEmpty())
        m_lastError = error;
    m_running = false;
    m_filterChanged.notify_all();
    m_segmentsArrived.notify_all();
    m_synced.notify_all();
}

bool Capture::applyFilter(quint16 port, QString *error)
{
    const QByteArray expression = port ? QByteArrayLiteral("tcp port ") + QByteArray::number(port) : QByteArrayLiteral("tcp");
    bpf_program program{};
    if (pcap_compile(m_pcap, &program, expression.constData(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        *error = QString::fromLocal8Bit(pcap_geterr(m_pcap));
        return false;
    }
    const bool ok = pcap_setfilter(m_pcap, &program) == 0;
    if (!ok)
        *error = QString::fromLocal8Bit(pcap_geterr(m_pcap));
    pcap_freecode(&program);
    return ok;
}

// NOLINTNEXTLINE(readability-non-const-parameter): libpcap's pcap_handler type fixes the signature
void Capture::dispatchCallback(uchar *user, const pcap_pkthdr *header, const uchar *data)
{
    const qint64 tUs = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
    reinterpret_cast<Capture *>(user)->onPacket(tUs, data, header->caplen);
}

void Capture::onPacket(qint64 tUs, const uchar *data, size_t caplen)
{
    const auto segment = decodeFrame(m_linkType, data, caplen, tUs);
    if (!segment)
        return;
    if (m_activePort != 0 && segment->srcPort != m_activePort && segment->dstPort != m_activePort)
        return;
    m_batch.append(*segment);
}

// Not const: it wakes the capture thread, which is the object's state if not a member's.
// NOLINTNEXTLINE(readability-make-member-function-const)
void Capture::wake()
{
    if (m_wakeWrite < 0)
        return;
    const char byte = 1;
    // A full pipe already holds a wake-up, so a failed write loses nothing.
    [[maybe_unused]] const ssize_t written = write(m_wakeWrite, &byte, 1);
}

void Capture::closeHandle()
{
    if (m_pcap) {
        pcap_close(m_pcap);
        m_pcap = nullptr;
    }
    for (int *fd : {&m_wakeRead, &m_wakeWrite}) {
        if (*fd >= 0) {
            close(*fd);
            *fd = -1;
        }
    }
}

} // namespace FinAck
