// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ChildProcessPlatform.h"

#include <QProcess>

#if defined(Q_OS_UNIX)
#include <signal.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace kessai::render {

void ChildProcessPlatform::dieWithParent(QProcess &process)
{
#if defined(Q_OS_UNIX)
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([parent] {
        ::setsid(); // its own group: killed with its children
#if defined(Q_OS_LINUX)
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the parent died before the request was made
            ::_exit(127);
#else
        Q_UNUSED(parent);
#endif
    });
#else
    Q_UNUSED(process);
#endif
}

void ChildProcessPlatform::killGroup(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
#if defined(Q_OS_UNIX)
    const qint64 group = process.processId();
    if (group > 0)
        ::kill(pid_t(-group), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(5000);
}

} // namespace kessai::render
