// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PageSource.h"

#include "render/RenderAllowance.h"
#include "render/RenderBudget.h"

#include <QTransform>

#include <cmath>

namespace kessai::render {

PageSource::~PageSource() = default;

QList<QSizeF> PageSource::pageSizes() const
{
    QList<QSizeF> sizes;
    const int count = pageCount();
    sizes.reserve(count);
    for (int i = 0; i < count; ++i)
        sizes.append(pageSize(i));
    return sizes;
}

QSize PageSource::pixelSize(int page, qreal scale, int rotation) const
{
    return pixelSize(pageSize(page), scale, rotation);
}

QSize PageSource::pixelSize(const QSizeF &points, qreal scale, int rotation)
{
    // Clamped: a MediaBox of 10¹² points at any scale must not overflow an int.
    auto pixels = [scale](qreal length) {
        return int(qBound<qreal>(1.0, std::ceil(length * scale - 0.01), qreal(kMaxPixelSide)));
    };
    QSize size(pixels(points.width()), pixels(points.height()));
    if (rotation % 180 != 0)
        size.transpose();
    return size;
}

QRect PageSource::unrotateRegion(const QRect &region, const QSize &uprightSize, int rotation)
{
    const int w = uprightSize.width();
    const int h = uprightSize.height();
    switch (((rotation % 360) + 360) % 360) {
    case 90: // upright (x, y) shows at (h - y, x)
        return QRect(region.y(), h - region.x() - region.width(), region.height(), region.width());
    case 180:
        return QRect(w - region.x() - region.width(), h - region.y() - region.height(), region.width(),
                     region.height());
    case 270: // upright (x, y) shows at (y, w - x)
        return QRect(w - region.y() - region.height(), region.x(), region.height(), region.width());
    default:
        return region;
    }
}

QImage PageSource::render(const Request &request, const std::atomic_bool *abort)
{
    if (state() != State::Ready || request.page < 0 || request.page >= pageCount() || request.scale <= 0)
        return {};
    const QSize upright = pixelSize(request.page, request.scale, 0);
    const int rotation = ((request.rotation % 360) + 360) % 360;
    const QSize rotated = rotation % 180 ? upright.transposed() : upright;
    const QRect wanted = request.region.isNull() ? QRect(QPoint(0, 0), rotated)
                                                 : request.region.intersected(QRect(QPoint(0, 0), rotated));
    if (wanted.isEmpty() || qint64(wanted.width()) * wanted.height() > RenderBudget::kMaxPagePixels)
        return {};
    const QRect region = unrotateRegion(wanted, upright, rotation);
    const RenderAllowance::Reservation reservation(qint64(wanted.width()) * wanted.height(), abort);
    if (!reservation.acquired())
        return {};
    QImage image = renderUpright(request.page, request.scale, region, abort);
    if (image.isNull() || aborted(abort) || rotation == 0)
        return aborted(abort) ? QImage() : image;
    return image.transformed(QTransform().rotate(rotation));
}

PageText PageSource::text(int)
{
    return {};
}

bool PageSource::unlock(const QString &)
{
    return state() == State::Ready;
}

} // namespace kessai::render
