// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TilePlan.h"

#include <algorithm>

namespace kessai::render {

QList<QRect> TilePlan::tiles(const QSize &pageSize, const QRect &visible, int tileSize)
{
    QList<QRect> result;
    const QRect page(QPoint(0, 0), pageSize);
    const QRect area = visible.isNull() ? page : visible.intersected(page);
    if (area.isEmpty() || tileSize <= 0)
        return result;
    const int firstColumn = area.left() / tileSize;
    const int lastColumn = area.right() / tileSize;
    const int firstRow = area.top() / tileSize;
    const int lastRow = area.bottom() / tileSize;
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column)
            result.append(QRect(column * tileSize, row * tileSize, tileSize, tileSize).intersected(page));
    }
    const QPoint centre = area.center();
    std::stable_sort(result.begin(), result.end(), [&](const QRect &a, const QRect &b) {
        return (a.center() - centre).manhattanLength() < (b.center() - centre).manhattanLength();
    });
    return result;
}

QList<QRect> TilePlan::allTiles(const QSize &pageSize, int tileSize)
{
    return tiles(pageSize, QRect(QPoint(0, 0), pageSize), tileSize);
}

} // namespace kessai::render
