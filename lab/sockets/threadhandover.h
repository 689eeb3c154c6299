// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Makes a hand-over between threads that Qt orders visible to ThreadSanitizer. Debian's Qt is not
// built with it, so the futex under a queued or blocking-queued invocation is invisible, and the
// work one thread leaves for another looks like a race (docs/sanitizers.md). The thread that hands
// over calls handedOver(tag) last; the one that takes over calls takenOver(tag) first. Outside a
// ThreadSanitizer build both are nothing.
#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace FinAck {

inline void handedOver([[maybe_unused]] void *tag)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(tag);
#endif
}

inline void takenOver([[maybe_unused]] void *tag)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(tag);
#endif
}

} // namespace FinAck
