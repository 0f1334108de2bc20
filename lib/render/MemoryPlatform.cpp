// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MemoryPlatform.h"

#include <QtGlobal>

#include <cstdlib>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kessai::render {

void MemoryPlatform::releaseFreeMemory()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

void MemoryPlatform::prepareNextAllocation(std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // glibc serves blocks above its mmap threshold with a fresh mapping each time; freeing
    // such a block raises the threshold to its size (up to 32 MiB). So an untouched block
    // is taken and freed first: the touched one then comes from the arena, where it stays
    // once freed (the trim threshold is twice the mmap threshold) for the next allocation.
    constexpr std::size_t kLargestKept = 32u * 1024 * 1024;
    constexpr std::size_t kPage = 4096;
    const std::size_t size = bytes + bytes / 4; // the next page may be a little larger
    if (bytes == 0 || size > kLargestKept)
        return;
    void *volatile raise = std::malloc(size); // volatile: the pair must not be optimised away
    std::free(raise);
    auto *block = static_cast<volatile char *>(std::malloc(size));
    if (!block)
        return;
    for (std::size_t offset = 0; offset < size; offset += kPage)
        block[offset] = 0; // one write per page is what makes the system back it
    std::free(const_cast<char *>(block));
#else
    Q_UNUSED(bytes)
#endif
}

} // namespace kessai::render
