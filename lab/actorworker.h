// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "sockets/socketapi.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace FinAck {

// One actor's thread. A scenario's calls run here so that a blocking call (recv on an empty
// socket, accept with nothing queued, close() lingering) really blocks this thread only, while
// the engine and the other actor go on observing.
class ActorWorker
{
public:
    explicit ActorWorker(SocketApi &api);
    ~ActorWorker();
    ActorWorker(const ActorWorker &) = delete;
    ActorWorker &operator=(const ActorWorker &) = delete;

    // Starts a call; the worker must be idle.
    void start(std::function<CallOutcome()> call);
    bool isBusy() const;
    // The finished call's outcome, once; nothing while the call runs or when idle.
    std::optional<CallOutcome> takeFinished();
    // Waits up to `ms` for the running call to finish. True when the worker is not busy.
    bool waitIdle(int ms);
    // When the running call started (wall-clock µs), 0 when idle.
    qint64 busySinceUs() const;
    // Ends a blocked call early (it returns EINTR). Safe to repeat; does nothing when idle.
    void interrupt();

private:
    void run();

    SocketApi &m_api;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;     // a new call, or quit
    std::condition_variable m_finished; // the call returned
    std::function<CallOutcome()> m_pending;
    std::optional<CallOutcome> m_result;
    bool m_busy = false;
    bool m_quit = false;
    qint64 m_busySinceUs = 0;
    quintptr m_threadId = 0;
    std::thread m_thread;
};

} // namespace FinAck
