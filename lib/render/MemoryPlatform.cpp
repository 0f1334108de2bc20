// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MemoryPlatform.h"

#include <QtGlobal>

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

} // namespace kessai::render
