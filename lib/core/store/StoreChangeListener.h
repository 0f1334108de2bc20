// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

class QThread;

namespace kessai {

class StoreChangeSubscriber;

/// Live updates without polling (PostgreSQL): listens on the channel kessai_change that schema
/// v7's triggers notify at every commit touching what a window shows, and says which document
/// changed. SQLite has nothing like it: there isAvailable() is false, start() does nothing and
/// windows keep polling.
///
/// The listening connection is its own (a StoreConnection that only LISTENs) on a thread of its
/// own: QSqlDriver delivers notifications through a socket notifier of the connection's thread,
/// which needs that thread's event loop, and opening the connection (up to connect_timeout) must
/// not hold up a window. If the connection drops (server restart, pg_terminate_backend), the
/// listener reconnects with backoff and emits changed() once it listens again, so windows read
/// again whatever they may have missed meanwhile; listeningChanged() tells them to poll until then.
///
/// Payloads carry ids only; one that cannot be read means "something changed" (changed()).
class StoreChangeListener : public QObject
{
    Q_OBJECT

public:
    /// The channel schema v7's triggers notify (windows' live updates).
    static constexpr auto kChangeChannel = "kessai_change";
    /// The event feed's channel (schema v11, docs/linkage.md): every audit event appended.
    static constexpr auto kEventChannel = "kessai_event";

    explicit StoreChangeListener(const DatabaseUrl &url, QObject *parent = nullptr);
    /// Listens on another channel than kChangeChannel (kEventChannel: kessai-cli events --follow).
    StoreChangeListener(const DatabaseUrl &url, const QString &channel, QObject *parent = nullptr);
    ~StoreChangeListener() override;

    static bool isSupported(const DatabaseUrl &url)
    {
        return url.backend() == DatabaseUrl::Backend::PostgreSQL;
    }
    bool isAvailable() const { return isSupported(m_url); }
    bool isListening() const { return m_listening; }
    /// The server process of the listening connection (0 while not listening): for tests and
    /// diagnostics (pg_stat_activity).
    qint64 backendPid() const { return m_backendPid; }

    /// First and longest wait between attempts to listen again.
    static constexpr int kFirstRetryMilliseconds = 250;
    static constexpr int kLongestRetryMilliseconds = 30000;

    /// Starts listening (on PostgreSQL); a failed attempt is retried with backoff.
    void start();
    void stop();

signals:
    /// A committed change concerning this document (table: the row's table, attachmentId 0 when
    /// the row names no attachment).
    void documentChanged(qint64 documentId, const QString &table, qint64 attachmentId);
    /// Something changed that names no document, a payload that could not be read, or the
    /// listener (re)started listening: read everything again.
    void changed();
    void listeningChanged(bool listening);
    /// Every notification on the channel, its payload as sent (before documentChanged/changed).
    void notified(const QString &payload);

private:
    void spawn();
    void endThread();
    void onSubscribed(qint64 backendPid);
    void onFailed(const QString &reason);
    void onNotified(const QString &payload);

    DatabaseUrl m_url;
    QString m_channel;
    QThread *m_thread = nullptr;
    StoreChangeSubscriber *m_subscriber = nullptr;
    QTimer m_retry;
    int m_retryDelay = kFirstRetryMilliseconds;
    bool m_running = false;
    bool m_listening = false;
    qint64 m_backendPid = 0;
};

} // namespace kessai
