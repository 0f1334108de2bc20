// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PageCache.h"

namespace kessai::render {

PageCache::PageCache(qint64 budgetBytes)
    : m_budget(qMax<qint64>(0, budgetBytes))
{}

void PageCache::setBudget(qint64 bytes)
{
    m_budget = qMax<qint64>(0, bytes);
    trim();
}

void PageCache::setFocus(Distance distance, QSet<RenderKey> pinned)
{
    m_distance = std::move(distance);
    m_pinned = std::move(pinned);
}

void PageCache::insert(const RenderKey &key, const QImage &image)
{
    if (image.isNull())
        return;
    remove(key);
    m_entries.insert(key, {image, ++m_tick});
    m_byPage[pageId(key.item, key.page)].append(key);
    m_bytes += image.sizeInBytes();
    trim();
    m_peak = qMax(m_peak, m_bytes);
}

std::optional<QImage> PageCache::find(const RenderKey &key) const
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    it->tick = ++m_tick;
    return it->image;
}

QList<RenderKey> PageCache::keysForPage(int item, int page) const
{
    return m_byPage.value(pageId(item, page));
}

void PageCache::remove(const RenderKey &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_bytes -= it->image.sizeInBytes();
    m_entries.erase(it);
    const quint64 id = pageId(key.item, key.page);
    auto page = m_byPage.find(id);
    if (page != m_byPage.end()) {
        page->removeOne(key);
        if (page->isEmpty())
            m_byPage.erase(page);
    }
}

void PageCache::removeItem(int item)
{
    const QList<RenderKey> all = m_entries.keys();
    for (const RenderKey &key : all) {
        if (key.item == item)
            remove(key);
    }
}

void PageCache::clear()
{
    m_entries.clear();
    m_byPage.clear();
    m_bytes = 0;
}

void PageCache::trim()
{
    while (m_bytes > m_budget && !m_entries.isEmpty()) {
        // The farthest unpinned entry; among equals the least recently used.
        const RenderKey *victim = nullptr;
        qint64 victimDistance = -1;
        quint64 victimTick = 0;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (m_pinned.contains(it.key()))
                continue;
            const qint64 distance = m_distance ? m_distance(it.key()) : 0;
            if (!victim || distance > victimDistance ||
                (distance == victimDistance && it->tick < victimTick)) {
                victim = &it.key();
                victimDistance = distance;
                victimTick = it->tick;
            }
        }
        if (!victim)
            return; // only what is on screen is left: keep it even over budget
        const RenderKey key = *victim;
        m_evictedBytes += m_entries.value(key).image.sizeInBytes();
        remove(key);
        ++m_evictions;
    }
}

} // namespace kessai::render
