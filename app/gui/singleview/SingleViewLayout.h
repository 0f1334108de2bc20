// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRect>
#include <QSizeF>

namespace kessai::gui {

/// Where everything of the single view (一覧表示) goes, in logical pixels of one tall
/// column: the cover sheet (鑑) first, then for each attachment a slim header band followed
/// by its pages. Pure arithmetic, so the scrollbar is exact before anything is painted.
class SingleViewLayout
{
public:
    enum class ZoomMode
    {
        FitWidth,
        FitPage,
        Fixed
    };

    struct Page
    {
        int item = 0;
        int page = 0;
        QRect rect;       ///< on screen, rotated
        qreal scale = 1;  ///< logical pixels per point
        int rotation = 0; ///< 0, 90, 180, 270 clockwise
    };
    struct Item
    {
        QRect band;
        int firstPage = 0; ///< index into pages()
        int pageCount = 0;
    };

    static constexpr int kMargin = 16;
    static constexpr int kBandHeight = 30;
    static constexpr int kPageGap = 12;
    static constexpr qreal kMinZoom = 0.25;
    static constexpr qreal kMaxZoom = 8.0;

    /// pageSizes: per item, every page's size in points (unrotated). rotations: per global page.
    void compute(const QList<QList<QSizeF>> &pageSizes, const QHash<int, int> &rotations, ZoomMode mode,
                 qreal zoom, const QSize &viewport, qreal pixelsPerPoint, int coverHeight);

    const QList<Page> &pages() const { return m_pages; }
    const QList<Item> &items() const { return m_items; }
    QRect coverRect() const { return m_cover; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    /// Pages intersecting the vertical range [top, bottom).
    QList<int> pagesIn(int top, int bottom) const;
    /// The item whose band or pages are at y (the last one starting above y), -1 before the first.
    int itemAt(int y) const;
    int pageAt(int y) const;

private:
    QList<Page> m_pages;
    QList<Item> m_items;
    QRect m_cover;
    int m_width = 0;
    int m_height = 0;
};

} // namespace kessai::gui
