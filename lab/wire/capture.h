// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/pcap/packetdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// libpcap's types, kept out of this header so users need no libpcap include path.
struct pcap;
struct pcap_pkthdr;

namespace FinAck {

// Live capture of TCP segments on one device (the lab's loopback) on a thread of its own, so the
// engine can collect what went on the wire after each step. Packets are handed over in capture
// order, each once, stamped by the kernel with the wall clock (nowUs() can be compared with them).
//
// The thread sleeps in poll() on the pcap descriptor and on a wake-up pipe, so stop() and
// setPortFilter() take effect at once instead of after a pcap timeout.
class Capture
{
    Q_DECLARE_TR_FUNCTIONS(Capture)

public:
    explicit Capture(const QString &device = QStringLiteral("lo"));
    ~Capture();
    Capture(const Capture &) = delete;
    Capture &operator=(const Capture &) = delete;

    // Opens the device and starts the capture thread with the filter "tcp" (or the port filter
    // set before). False with libpcap's reason when the process may not capture (no CAP_NET_RAW),
    // the device does not exist, or its link type is not one decodeFrame() understands.
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    // Restricts the capture to "tcp port N" (0: all TCP). Returns once the filter is in force:
    // nothing captured afterwards, nor anything still queued in the kernel from before, that
    // lacks the port will be reported.
    void setPortFilter(quint16 port);

    // Everything captured since the last take(), oldest first.
    QList<RawSegment> take();
    quint64 capturedCount() const;
    // Blocks until take() has something to return, at most timeoutMs; true if it has. Lets the
    // engine sleep until the wire moves instead of polling take() (which would also compete with
    // the capture thread for a CPU).
    bool waitForSegments(int timeoutMs);

    // Returns once the capture thread has handed over (to take()) every packet the kernel had
    // tapped when sync() was called. The kernel copies a packet into the ring as it is sent, but the
    // thread that reads the ring may wait for a CPU longer than the engine's quiet period on a busy
    // machine; without this the engine would call a step settled with its segments still in the
    // ring. False when the thread is not running or took longer than timeoutMs.
    bool sync(int timeoutMs);

    int linkType() const;
    // Why the capture thread stopped by itself (the device went away), empty otherwise.
    QString lastError() const;

private:
    void run();
    bool applyFilter(quint16 port, QString *error);
    void onPacket(qint64 tUs, const uchar *data, size_t caplen);
    void wake();
    void closeHandle();
    static void dispatchCallback(uchar *user, const pcap_pkthdr *header, const uchar *data);

    const QString m_device;
    pcap *m_pcap = nullptr;
    int m_linkType = -1;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;
    std::thread m_thread;
    std::atomic<bool> m_running = false;
    std::atomic<bool> m_stopRequested = false;
    std::atomic<quint64> m_count = 0;

    // Touched by the capture thread only while it runs.
    quint16 m_activePort = 0;
    QList<RawSegment> m_batch;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_filterChanged;
    std::condition_variable m_segmentsArrived;
    QList<RawSegment> m_pending;
    quint16 m_wantedPort = 0;
    quint64 m_filterRequested = 0; // generations: setPortFilter waits until applied catches up
    quint64 m_filterApplied = 0;
    std::condition_variable m_synced;
    quint64 m_syncRequested = 0; // generations, as for the filter
    quint64 m_syncDone = 0;
    QString m_lastError;
};

} // namespace FinAck
