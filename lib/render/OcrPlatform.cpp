// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OcrPlatform.h"

#include <QByteArray>
#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <cstdlib>
#include <unistd.h>
#endif

namespace kessai::render {

void OcrPlatform::limitThreadsBeforeStart(char *argv[])
{
    // One thread per recognition: the indexer is a background guest on the user's machine. The
    // user's own setting, if any, is kept.
    if (qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
        return;
#if defined(Q_OS_LINUX)
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);
    // Not restarted (no /proc): OCR runs with the runtime's own limit, slower but correct.
#else
    qputenv("OMP_THREAD_LIMIT", QByteArray("1"));
    Q_UNUSED(argv);
#endif
}

} // namespace kessai::render
