// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace kessai {

class StoreConnection;

/// StoreChangeListener's half on its own thread: opens a listen-only PostgreSQL connection there,
/// LISTENs on its channel (kessai_change, or kessai_event for the event feed) and hands each
/// payload on. QPSQL delivers notifications through a
/// socket notifier of the connection's thread, so that thread runs an event loop and nothing
/// else. Reports a lost connection once (failed()); the listener then ends this thread and
/// starts a new one (see StoreChangeListener for why).
class StoreChangeSubscriber : public QObject
{
    Q_OBJECT

public:
    StoreChangeSubscriber(const DatabaseUrl &url, const QString &channel);
    ~StoreChangeSubscriber() override;

    /// How often the connection's state is looked at (no query: libpq's status, in memory), and
    /// after how many looks a probe query runs (a server that vanished without closing the socket).
    static constexpr int kWatchMilliseconds = 500;
    static constexpr int kProbeEvery = 60;

public slots:
    /// Connects and subscribes; emits subscribed() or failed().
    void run();
    /// Closes the connection on this thread and ends the thread's event loop.
    void shutdown();

signals:
    void subscribed(qint64 backendPid);
    void notified(const QString &payload);
    void failed(const QString &reason);

private:
    void watch();
    void lose(const QString &reason);

    DatabaseUrl m_url;
    QString m_channel;
    std::unique_ptr<StoreConnection> m_connection;
    QTimer *m_watch = nullptr;
    int m_looks = 0;
    bool m_lost = false;
};

} // namespace kessai
