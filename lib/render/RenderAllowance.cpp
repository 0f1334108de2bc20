// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderAllowance.h"

#include <QSemaphore>

namespace kessai::render {

namespace {
constexpr qint64 kPixelsPerUnit = 1024; // the semaphore counts in kilopixels
constexpr int kUnits = int(RenderAllowance::kPixelsInFlight / kPixelsPerUnit);

QSemaphore &allowance()
{
    static QSemaphore semaphore(kUnits);
    return semaphore;
}
} // namespace

RenderAllowance::Reservation::Reservation(qint64 pixels, const std::atomic_bool *abort)
{
    const int units = int(qBound(qint64(1), (pixels + kPixelsPerUnit - 1) / kPixelsPerUnit, qint64(kUnits)));
    while (!allowance().tryAcquire(units, 50)) {
        if (abort && abort->load(std::memory_order_relaxed))
            return;
    }
    m_units = units;
}

RenderAllowance::Reservation::~Reservation()
{
    if (m_units > 0)
        allowance().release(m_units);
}

qint64 RenderAllowance::available()
{
    return qint64(allowance().available()) * kPixelsPerUnit;
}

} // namespace kessai::render
