// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace kessai::render {

/// The pixels being rendered at once, process-wide. Each render holds its image and, while it
/// runs, Poppler's or QPainter's own buffer of the same size: with one budget-sized page per
/// render thread, eight cores would hold 2 GiB. A render reserves its pixels first and waits
/// while others hold the allowance (two budget-sized pages; tiles and screen pages pass at once
/// beside them), so memory in flight stays under kPixelsInFlight × 8 bytes (512 MiB) whatever
/// the files and the number of threads.
class RenderAllowance
{
public:
    static constexpr qint64 kPixelsInFlight = 64LL * 1024 * 1024;

    /// Holds pixels (at most kPixelsInFlight) of the allowance until destroyed; waits for them
    /// unless abort becomes true first (then acquired() is false).
    class Reservation
    {
    public:
        Reservation(qint64 pixels, const std::atomic_bool *abort);
        ~Reservation();
        Reservation(const Reservation &) = delete;
        Reservation &operator=(const Reservation &) = delete;
        bool acquired() const { return m_units > 0; }

    private:
        int m_units = 0;
    };

    /// Pixels not reserved now (for tests).
    static qint64 available();
};

} // namespace kessai::render
