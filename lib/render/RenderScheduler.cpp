// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderScheduler.h"

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
        if (!it->abort->load() && !isWanted(it.key())) {
            it->abort->store(true);
            ++cancelled;
        }
    }
    return cancelled;
}

void RenderScheduler::clear()
{
    for (const Running &running : std::as_const(m_running))
        running.abort->store(true);
    m_running.clear();
    m_visible.clear();
    m_oneOff.clear();
    m_prefetch.clear();
}

std::optional<RenderKey> RenderScheduler::next(const std::function<bool(const RenderKey &)> &startable) const
{
    // What is on screen first; nothing else starts while a visible render runs (unless it
    // takes long), so that thumbnails and prefetch do not compete with it for the cores.
    bool visibleRunning = false;
    for (const RenderKey &key : m_visible) {
        const auto running = m_running.constFind(key);
        if (running != m_running.cend())
            visibleRunning = visibleRunning || running->since.elapsed() < kHoldLowerMs;
        else if (startable(key))
            return key;
    }
    if (visibleRunning)
        return std::nullopt;
    for (const QList<RenderKey> *queue : {&m_oneOff, &m_prefetch}) {
        for (const RenderKey &key : *queue) {
            if (!m_running.contains(key) && startable(key))
                return key;
        }
    }
    return std::nullopt;
}

RenderScheduler::Abort RenderScheduler::started(const RenderKey &key)
{
    Running running;
    running.abort = std::make_shared<std::atomic_bool>(false);
    running.since.start();
    m_running.insert(key, running);
    return running.abort;
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
