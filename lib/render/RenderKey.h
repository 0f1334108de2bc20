// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QRect>

namespace kessai::render {

/// One image the engine renders and caches: a page of a dossier item at a scale and rotation,
/// whole or one tile of it. The scale is kept in thousandths so that keys compare exactly.
struct RenderKey
{
    int item = -1;         ///< index in the dossier (0-based)
    int page = 0;          ///< 0-based page of the item
    int scaleMilli = 1000; ///< output pixels per point × 1000 (dpi / 72; include the device pixel ratio)
    int rotation = 0;      ///< 0, 90, 180 or 270 degrees clockwise
    QRect tile;            ///< in pixels of the scaled, rotated page; null: the whole page

    static int quantize(qreal scale) { return qMax(1, qRound(scale * 1000.0)); }
    qreal scale() const { return scaleMilli / 1000.0; }
    bool isTile() const { return !tile.isNull(); }
    bool samePage(const RenderKey &other) const { return item == other.item && page == other.page; }

    friend bool operator==(const RenderKey &a, const RenderKey &b)
    {
        return a.item == b.item && a.page == b.page && a.scaleMilli == b.scaleMilli &&
               a.rotation == b.rotation && a.tile == b.tile;
    }
    friend bool operator!=(const RenderKey &a, const RenderKey &b) { return !(a == b); }
};

size_t qHash(const RenderKey &key, size_t seed = 0) noexcept;

} // namespace kessai::render

Q_DECLARE_METATYPE(kessai::render::RenderKey)
