// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/SingleViewLayout.h"

#include <algorithm>

namespace kessai::gui {

void SingleViewLayout::compute(const QList<QList<QSizeF>> &pageSizes, const QHash<int, int> &rotations,
                               ZoomMode mode, qreal zoom, const QSize &viewport, qreal pixelsPerPoint,
                               int coverHeight)
{
    m_pages.clear();
    m_items.clear();
    const int available = std::max(200, viewport.width() - 2 * kMargin);
    const int availableHeight = std::max(200, viewport.height() - 2 * kMargin);
    int y = kMargin;
    m_cover = QRect(kMargin, y, available, coverHeight);
    y += coverHeight + kPageGap;
    int widest = available;
    int global = 0;
    for (int item = 0; item < pageSizes.size(); ++item) {
        Item entry;
        entry.band = QRect(kMargin, y, available, kBandHeight);
        entry.firstPage = int(m_pages.size());
        y += kBandHeight + kPageGap / 2;
        const QList<QSizeF> &sizes = pageSizes.at(item);
        for (int page = 0; page < sizes.size(); ++page, ++global) {
            const int rotation = rotations.value(global, 0);
            QSizeF points = sizes.at(page);
            if (points.isEmpty())
                points = QSizeF(595.28, 841.89);
            if (rotation % 180 != 0)
                points.transpose();
            qreal scale = 1;
            switch (mode) {
            case ZoomMode::FitWidth:
                // Each page fills the width: an A3 table and an A4 letter are both readable.
                scale = available / points.width();
                scale = std::min(scale, kMaxZoom * pixelsPerPoint);
                break;
            case ZoomMode::FitPage:
                scale = std::min(available / points.width(), availableHeight / points.height());
                break;
            case ZoomMode::Fixed:
                scale = std::clamp(zoom, kMinZoom, kMaxZoom) * pixelsPerPoint;
                break;
            }
            const QSize size(std::max(1, qRound(points.width() * scale)),
                             std::max(1, qRound(points.height() * scale)));
            Page entryPage;
            entryPage.item = item;
            entryPage.page = page;
            entryPage.scale = scale;
            entryPage.rotation = rotation;
            entryPage.rect = QRect(QPoint(0, y), size);
            m_pages.append(entryPage);
            widest = std::max(widest, size.width());
            y += size.height() + kPageGap;
            ++entry.pageCount;
        }
        m_items.append(entry);
    }
    m_width = widest + 2 * kMargin;
    m_height = y + kMargin;
    // Centre the pages in the column (or in the viewport when the column is narrower).
    const int column = std::max(m_width, viewport.width());
    for (Page &page : m_pages)
        page.rect.moveLeft((column - page.rect.width()) / 2);
    for (Item &item : m_items)
        item.band.moveLeft((column - item.band.width()) / 2);
    m_cover.moveLeft((column - m_cover.width()) / 2);
}

QList<int> SingleViewLayout::pagesIn(int top, int bottom) const
{
    QList<int> result;
    // Pages are sorted by y: binary search for the first that ends below top.
    auto first = std::lower_bound(m_pages.cbegin(), m_pages.cend(), top,
                                  [](const Page &page, int y) { return page.rect.bottom() < y; });
    for (auto it = first; it != m_pages.cend() && it->rect.top() < bottom; ++it)
        result.append(int(it - m_pages.cbegin()));
    return result;
}

int SingleViewLayout::itemAt(int y) const
{
    int found = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).band.top() <= y)
            found = i;
        else
            break;
    }
    return found;
}

int SingleViewLayout::pageAt(int y) const
{
    auto it = std::lower_bound(m_pages.cbegin(), m_pages.cend(), y, [](const Page &page, int value) {
        return page.rect.bottom() + kPageGap < value;
    });
    if (it == m_pages.cend())
        return m_pages.isEmpty() ? -1 : int(m_pages.size()) - 1;
    return int(it - m_pages.cbegin());
}

} // namespace kessai::gui
