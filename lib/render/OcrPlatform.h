// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kessai::render {

/// Tesseract's threads. Debian's Tesseract runs its networks in OpenMP regions with their own
/// thread counts, capped only by OMP_THREAD_LIMIT, which the OpenMP runtime reads once, when it
/// is loaded with the program (before main()). Set later, as OcrEngine did, it was ignored: on two
/// cores a page then took 7× as long as the tesseract command (measured: 0.13 against 0.90
/// pages/s; 1.13 pages/s with the limit). The programs call limitThreadsBeforeStart() first.
class OcrPlatform
{
public:
    /// Linux: when OMP_THREAD_LIMIT is not set, sets it to 1 and starts this program again in
    /// place (execv of /proc/self/exe, the same arguments); returns only when no restart was
    /// needed or possible. Elsewhere sets the variable, for a runtime loaded later.
    static void limitThreadsBeforeStart(char *argv[]);
};

} // namespace kessai::render
