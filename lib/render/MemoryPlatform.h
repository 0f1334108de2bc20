// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace kessai::render {

/// The one place for the C library's allocator calls. Rendered pages are large, allocated on
/// the render threads and freed on the GUI thread when the cache evicts them; glibc keeps such
/// freed memory in its per-thread arenas, so without being told the process never shrinks after
/// scrolling a long dossier. Elsewhere (Windows, macOS) the calls do nothing.
class MemoryPlatform
{
public:
    /// Hands free allocator memory back to the operating system (glibc: malloc_trim), and the
    /// memory render workers made ready and did not use yet. Costs a walk of the heap, a few
    /// milliseconds: call it from a worker, after large frees only.
    static void releaseFreeMemory();

    /// Makes memory ready for the calling thread's next allocation of up to `bytes`: a block of
    /// that size is written to (the system backs it) and kept for the thread. A page the cache
    /// keeps needs fresh memory, and the first write to each 4 KiB of it is a page fault: about
    /// 1.5 ms of an 8 ms A4 page here. A render worker calls this once it has handed its page
    /// over, and usePreparedMemory() before its next page, so the reader does not wait for the
    /// faults. Does nothing where the allocator would not reuse the block.
    static void prepareNextAllocation(std::size_t bytes);

    /// Frees the block prepareNextAllocation() kept for the calling thread, right before the
    /// allocation it was made for: the allocator hands the same memory out again.
    static void usePreparedMemory();
};

} // namespace kessai::render
