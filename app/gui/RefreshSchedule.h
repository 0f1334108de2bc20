// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace kessai {
class StoreChangeListener;
}

namespace kessai::gui {

/// When the main window reads its counts and list again (due()). SQLite: every kPollMilliseconds.
/// PostgreSQL: when the store notifies a change (coalesced within kCoalesceMilliseconds), and
/// every kSafetyPollMilliseconds for what only time changes and no write announces (an absence
/// beginning moves documents to the proxy's inbox); every kPollMilliseconds while the listener
/// is not listening (starting, or reconnecting after a drop).
class RefreshSchedule : public QObject
{
    Q_OBJECT

public:
    explicit RefreshSchedule(QObject *parent = nullptr);
    ~RefreshSchedule() override;

    static constexpr int kPollMilliseconds = 15000;
    static constexpr int kSafetyPollMilliseconds = 60000;
    /// Notifications within this long make one refresh (a burst of commits, a colleague's autosaves).
    static constexpr int kCoalesceMilliseconds = 300;

    /// Starts following url; returns its listener (shared, nullptr on SQLite) for the window's
    /// other users of it.
    std::shared_ptr<StoreChangeListener> start(const DatabaseUrl &url);
    void stop();
    int interval() const { return m_poll.interval(); }

signals:
    void due();

private:
    void soon();

    QTimer m_poll;
    QTimer m_soon;
    std::shared_ptr<StoreChangeListener> m_listener;
};

} // namespace kessai::gui
