// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kessai::render {

/// The one place for the C library's allocator calls. Rendered pages are large, allocated on
/// the render threads and freed on the GUI thread when the cache evicts them; glibc keeps such
/// freed memory in its per-thread arenas, so without being told the process never shrinks after
/// scrolling a long dossier. Elsewhere (Windows, macOS) the call does nothing.
class MemoryPlatform
{
public:
    /// Hands free allocator memory back to the operating system (glibc: malloc_trim). Costs a
    /// walk of the heap, a few milliseconds: call it from a worker, after large frees only.
    static void releaseFreeMemory();
};

} // namespace kessai::render
