// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "actorworker.h"

#include "model/clock.h"

namespace FinAck {

ActorWorker::ActorWorker(SocketApi &api)
    : m_api(api)
{
    std::unique_lock lock(m_mutex);
    m_thread = std::thread([this] { run(); });
    // The thread id is needed by interrupt(); wait until the thread has published it.
    m_finished.wait(lock, [this] { return m_threadId != 0; });
}

ActorWorker::~ActorWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    // A call may still block (a scenario ended with a recv nobody answers): keep interrupting
    // it until the thread comes back, so destruction never hangs.
    while (!waitIdle(20))
        interrupt();
    m_thread.join();
}

void ActorWorker::start(std::function<CallOutcome()> call)
{
    {
        std::lock_guard lock(m_mutex);
        Q_ASSERT(!m_busy);
        m_pending = std::move(call);
        m_result.reset();
        m_busy = true;
        m_busySinceUs = nowUs();
    }
    m_wake.notify_all();
}

bool ActorWorker::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_busy;
}

std::optional<CallOutcome> ActorWorker::takeFinished()
{
    std::lock_guard lock(m_mutex);
    std::optional<CallOutcome> out;
    out.swap(m_result);
    return out;
}

bool ActorWorker::waitIdle(int ms)
{
    std::unique_lock lock(m_mutex);
    return m_finished.wait_for(lock, std::chrono::milliseconds(ms), [this] { return !m_busy; });
}

qint64 ActorWorker::busySinceUs() const
{
    std::lock_guard lock(m_mutex);
    return m_busy ? m_busySinceUs : 0;
}

void ActorWorker::interrupt()
{
    std::lock_guard lock(m_mutex);
    if (m_busy)
        m_api.interruptCallingThread(m_threadId);
}

void ActorWorker::run()
{
    m_api.prepareCallingThread();
    {
        std::lock_guard lock(m_mutex);
        m_threadId = m_api.currentThreadId();
    }
    m_finished.notify_all();
    for (;;) {
        std::function<CallOutcome()> call;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || m_pending; });
            if (!m_pending)
                return; // quit with nothing left to run
            call = std::move(m_pending);
            m_pending = nullptr;
            // A step's timeout counts from when its call begins here, not from start(): on a
            // loaded machine this thread may wake milliseconds late, and the call would be cut
            // short of its timeout (tst_engine saw recv() interrupted after 298 of 300 ms).
            m_busySinceUs = nowUs();
        }
        CallOutcome outcome = call();
        {
            std::lock_guard lock(m_mutex);
            m_result = std::move(outcome);
            m_busy = false;
        }
        m_finished.notify_all();
    }
}

} // namespace FinAck
