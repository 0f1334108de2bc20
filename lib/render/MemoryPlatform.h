// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace kessai::render {

class MemoryPlatform
{
public:
    /// Hands free allocator memory back to the operating system (glibc: malloc_trim). Costs a
    /// walk of the heap, a few milliseconds: call it from a worker, after large frees only.
    static void releaseFreeMemory();

    /// Makes the calling thread's next allocation of up to `bytes` land in memory the system has
    /// already backed, by touching a block of that size and freeing it (glibc keeps it in the
    /// thread's arena). A page the cache keeps needs fresh memory, and the first write to each
    /// 4 KiB of it is a page fault: about 1.5 ms of an 8 ms A4 page here. A render worker calls
    /// this once it has handed its page over, so the next page does not pay that while a reader
    /// waits. Does nothing where the allocator would not keep the block.
    static void prepareNextAllocation(std::size_t bytes);
};

} // namespace kessai::render
