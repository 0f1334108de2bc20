// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderScheduler.h"

namespace kessai::render {

void RenderScheduler::setWanted(QList<RenderKey> visible, QList<RenderKey> prefetch)
{
    m_visible = std::move(visible);
    m_prefetch = std::move(prefetch);
}

void RenderScheduler::addOneOff(const RenderKey &key)
{
    if (!m_oneOff.contains(key))
        m_oneOff.append(key);
}

bool RenderScheduler::isWanted(const RenderKey &key) const
{
    return m_visible.contains(key) || m_oneOff.contains(key) || m_prefetch.contains(key);
}

int RenderScheduler::cancelUnwanted()
{
    int cancelled = 0;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!it.value()->load() && !isWanted(it.key())) {
            it.value()->store(true);
            ++cancelled;
        }
    }
    return cancelled;
}

void RenderScheduler::clear()
{
    for (const Abort &abort : std::as_const(m_running))
        abort->store(true);
    m_running.clear();
    m_visible.clear();
    m_oneOff.clear();
    m_prefetch.clear();
}

std::optional<RenderKey> RenderScheduler::next(const std::function<bool(const RenderKey &)> &startable) const
{
    for (const QList<RenderKey> *queue : {&m_visible, &m_oneOff, &m_prefetch}) {
        for (const RenderKey &key : *queue) {
            if (!m_running.contains(key) && startable(key))
                return key;
        }
    }
    return std::nullopt;
}

RenderScheduler::Abort RenderScheduler::started(const RenderKey &key)
{
    auto abort = std::make_shared<std::atomic_bool>(false);
    m_running.insert(key, abort);
    return abort;
}

void RenderScheduler::finished(const RenderKey &key)
{
    m_running.remove(key);
    m_oneOff.removeOne(key);
}

void RenderScheduler::dropOneOffs(const std::function<bool(const RenderKey &)> &drop)
{
    m_oneOff.removeIf([&](const RenderKey &key) { return !m_running.contains(key) && drop(key); });
}

} // namespace kessai::render
