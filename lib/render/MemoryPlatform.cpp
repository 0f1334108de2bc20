// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MemoryPlatform.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#include <mutex>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <utility>
#endif

namespace kessai::render {

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
namespace {

/// A block of memory made ready for one thread's next allocation.
struct PreparedBlock
{
    void *data = nullptr;
    std::size_t size = 0;
};

/// The blocks made ready, one per thread: a thread takes its own back before it allocates,
/// releaseFreeMemory() takes them all when memory goes back to the system.
class PreparedBlocks
{
public:
    static PreparedBlocks &instance()
    {
        static PreparedBlocks blocks;
        return blocks;
    }
    PreparedBlock take(std::thread::id thread)
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_blocks.find(thread);
        if (found == m_blocks.end())
            return {};
        const PreparedBlock block = found->second;
        m_blocks.erase(found);
        return block;
    }
    void put(std::thread::id thread, PreparedBlock block)
    {
        std::lock_guard lock(m_mutex);
        m_blocks[thread] = block;
    }
    std::unordered_map<std::thread::id, PreparedBlock> takeAll()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_blocks, {});
    }

private:
    std::mutex m_mutex;
    std::unordered_map<std::thread::id, PreparedBlock> m_blocks;
};

constexpr std::size_t kPage = 4096; // the smallest page size: one write per page backs it all

} // namespace
#endif

void MemoryPlatform::releaseFreeMemory()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // Blocks made ready and not used: their pages go back to the system before the blocks go
    // back to the allocator, which outside the main arena may keep them at its top, where
    // malloc_trim never looks.
    const auto page = std::uintptr_t(::sysconf(_SC_PAGESIZE)); // madvise wants whole pages
    for (const auto &[thread, block] : PreparedBlocks::instance().takeAll()) {
        const auto start = (reinterpret_cast<std::uintptr_t>(block.data) + page - 1) & ~(page - 1);
        const auto end = (reinterpret_cast<std::uintptr_t>(block.data) + block.size) & ~(page - 1);
        if (end > start)
            ::madvise(reinterpret_cast<void *>(start), end - start, MADV_DONTNEED);
        std::free(block.data);
    }
    ::malloc_trim(0);
#endif
}

void MemoryPlatform::prepareNextAllocation(std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    constexpr std::size_t kLargestKept = 32u * 1024 * 1024; // glibc's largest mmap threshold
    const std::size_t size = bytes + bytes / 4;              // the next page may be a little larger
    if (bytes == 0 || size > kLargestKept)
        return;
    usePreparedMemory(); // an earlier one not used since
    // glibc serves blocks above its mmap threshold with a fresh mapping each time, and freeing
    // such a block raises the threshold to its size. So an untouched block is taken and freed
    // first: the kept one then comes from the thread's arena, where it is reused once freed.
    void *volatile raise = std::malloc(size); // volatile: the pair must not be optimised away
    std::free(raise);
    auto *block = static_cast<volatile char *>(std::malloc(size));
    if (!block)
        return;
    for (std::size_t offset = 0; offset < size; offset += kPage)
        block[offset] = 0; // one write per page is what makes the system back it
    PreparedBlocks::instance().put(std::this_thread::get_id(), {const_cast<char *>(block), size});
#else
    Q_UNUSED(bytes)
#endif
}

void MemoryPlatform::usePreparedMemory()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    std::free(PreparedBlocks::instance().take(std::this_thread::get_id()).data);
#endif
}

} // namespace kessai::render
