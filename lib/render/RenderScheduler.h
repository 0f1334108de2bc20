// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/RenderKey.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace kessai::render {

/// What the engine should render next and what it should stop. Three queues in priority
/// order: the visible pages (nearest the centre of the view first), one-off requests
/// (thumbnails, export), and the prefetch in the scroll direction; the last two wait while a
/// visible page is being rendered. Replacing the visible and
/// prefetch lists aborts running renders no longer wanted (their abort flag, which Poppler
/// polls). Used from the engine's thread only.
class RenderScheduler
{
public:
    using Abort = std::shared_ptr<std::atomic_bool>;
    /// How long a visible render holds back the lower queues.
    static constexpr int kHoldLowerMs = 300;

    void setWanted(QList<RenderKey> visible, QList<RenderKey> prefetch);
    QList<RenderKey> visible() const { return m_visible; }
    QList<RenderKey> prefetch() const { return m_prefetch; }
    void addOneOff(const RenderKey &key);
    bool isWanted(const RenderKey &key) const;

    /// Sets the abort flag of every running render no longer wanted; returns how many.
    int cancelUnwanted();
    /// Aborts everything and forgets all queues.
    void clear();

    /// The first wanted key, in priority order, that is not running and startable() accepts
    /// (none of the lower queues while a visible render runs).
    std::optional<RenderKey> next(const std::function<bool(const RenderKey &)> &startable) const;
    /// Marks key running; returns its abort flag.
    Abort started(const RenderKey &key);
    /// The render of key ended (done, failed or aborted).
    void finished(const RenderKey &key);
    /// Removes the one-off requests drop() accepts (already cached, no longer valid).
    void dropOneOffs(const std::function<bool(const RenderKey &)> &drop);

    bool isRunning(const RenderKey &key) const { return m_running.contains(key); }
    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_visible.size() + m_oneOff.size() + m_prefetch.size()); }

private:
    QList<RenderKey> m_visible;
    QList<RenderKey> m_oneOff;
    QList<RenderKey> m_prefetch;
    struct Running
    {
        Abort abort;
        QElapsedTimer since;
    };
    QHash<RenderKey, Running> m_running;
};

} // namespace kessai::render
