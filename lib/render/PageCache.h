// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/RenderKey.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace kessai::render {

/// Rendered pages and tiles within a byte budget. When over budget it evicts the images
/// farthest from the viewport (the distance function the engine sets from the scroll
/// position), never the pinned ones (on screen or about to be). Used from one thread.
class PageCache
{
public:
    static constexpr qint64 kDefaultBudget = 256LL * 1024 * 1024;
    using Distance = std::function<qint64(const RenderKey &key)>;

    explicit PageCache(qint64 budgetBytes = kDefaultBudget);

    void setBudget(qint64 bytes);
    qint64 budget() const { return m_budget; }
    qint64 bytes() const { return m_bytes; }
    /// The most ever kept (after eviction; an image being inserted is briefly counted on top).
    qint64 peakBytes() const { return m_peak; }
    int count() const { return int(m_entries.size()); }
    int evictions() const { return m_evictions; }
    /// Bytes of all the images evicted so far (the engine hands memory back after large evictions).
    qint64 evictedBytes() const { return m_evictedBytes; }

    /// How far each key is from what is on screen (larger goes first), and which keys stay.
    void setFocus(Distance distance, QSet<RenderKey> pinned);

    /// Adds (or replaces) an image, then evicts down to the budget.
    void insert(const RenderKey &key, const QImage &image);
    std::optional<QImage> find(const RenderKey &key) const;
    bool contains(const RenderKey &key) const { return m_entries.contains(key); }
    QList<RenderKey> keys() const { return m_entries.keys(); }
    /// The keys of one page (any scale, rotation, tile).
    QList<RenderKey> keysForPage(int item, int page) const;
    void removeItem(int item);
    void clear();
    /// Evicts until within budget (also called by insert and setBudget).
    void trim();

private:
    struct Entry
    {
        QImage image;
        quint64 tick = 0;
    };

    mutable QHash<RenderKey, Entry> m_entries;
    QHash<quint64, QList<RenderKey>> m_byPage; // (item << 32 | page) → keys
    Distance m_distance;
    QSet<RenderKey> m_pinned;
    qint64 m_budget;
    qint64 m_bytes = 0;
    qint64 m_peak = 0;
    mutable quint64 m_tick = 0;
    int m_evictions = 0;
    qint64 m_evictedBytes = 0;

    static quint64 pageId(int item, int page) { return (quint64(quint32(item)) << 32) | quint32(page); }
    void remove(const RenderKey &key);
};

} // namespace kessai::render
