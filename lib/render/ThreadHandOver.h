// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(__SANITIZE_THREAD__)
#define KESSAI_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define KESSAI_TSAN 1
#endif
#endif

#ifdef KESSAI_TSAN
#include <mutex>
#endif

namespace kessai::render {

/// Makes hand-overs through Qt's own queues (QThreadPool::start, a queued invokeMethod) visible
/// to a ThreadSanitizer build. Qt synchronises them inside Debian's uninstrumented libQt6Core
/// with futexes TSan cannot see, so it would report every captured value as a race. Under TSan
/// the sender posts while holding a standard mutex and the receiver takes that mutex first:
/// the same order Qt already guarantees, now in TSan's sight. In other builds both are empty.
/// One process-wide mutex: the receiver must not read anything the sender wrote (not even a
/// captured pointer) before it has passed received().
class ThreadHandOver
{
public:
    template <typename Post>
    static void send(Post post)
    {
#ifdef KESSAI_TSAN
        std::lock_guard lock(mutex());
#endif
        post();
    }

    static void received()
    {
#ifdef KESSAI_TSAN
        std::lock_guard lock(mutex());
#endif
    }

private:
#ifdef KESSAI_TSAN
    static std::mutex &mutex()
    {
        static std::mutex handOver;
        return handOver;
    }
#endif
};

} // namespace kessai::render
