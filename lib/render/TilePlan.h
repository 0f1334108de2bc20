// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace kessai::render {

/// Cuts a page rendered at a high zoom into a fixed grid of square tiles, so only the part on
/// screen is rendered (an A0 drawing at 800 % would be gigapixels as one image).
class TilePlan
{
public:
    static constexpr int kTileSize = 1024;

    /// The grid tiles of a page of pageSize pixels that intersect visible (clipped to the
    /// page), nearest to visible's centre first.
    static QList<QRect> tiles(const QSize &pageSize, const QRect &visible, int tileSize = kTileSize);
    /// All tiles of the page.
    static QList<QRect> allTiles(const QSize &pageSize, int tileSize = kTileSize);
};

} // namespace kessai::render
