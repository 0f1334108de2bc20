// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QProcess;

namespace kessai::render {

/// The one place for the operating system's process calls (everything else stays portable):
/// a converting child must never outlive Kessai. On Linux the child asks the kernel to kill it
/// when its parent goes (prctl(PR_SET_PDEATHSIG)), so even a SIGKILLed client leaves no
/// LibreOffice behind; on every Unix it leads its own process group, which killGroup() ends
/// with all its children. Elsewhere killGroup() falls back to QProcess::kill().
///
/// The parent-death signal belongs to the thread that started the child: start it from a
/// thread that lives as long as the child may run (ConversionService's worker does).
class ChildProcessPlatform
{
public:
    /// Call before process.start(): own process group, and death with its parent where possible.
    static void dieWithParent(QProcess &process);
    /// Kills the process's whole group (or the process) and reaps it.
    static void killGroup(QProcess &process);
};

} // namespace kessai::render
