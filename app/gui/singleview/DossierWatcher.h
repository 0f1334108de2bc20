// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/AttachmentActivity.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace kessai {
class StoreChangeListener;
}

namespace kessai::gui {

class StoreClient;

/// Follows a document while a window shows it: polls AttachmentActivity's signature (one cheap
/// query) on the store thread, and when it changes — a new version from any client, a lock
/// taken or broken, the viewer's own save, a workflow action — reads the full picture and
/// emits changed(). checkNow() looks at once (after a save in this client).
///
/// On PostgreSQL, with a StoreChangeListener (setChangeListener), it looks when a change to its
/// document is committed instead of every interval(); while the listener listens it polls only
/// every safetyInterval(), for what time changes and no write announces (a lock turning stale).
class DossierWatcher : public QObject
{
    Q_OBJECT

public:
    DossierWatcher(StoreClient *client, qint64 documentId, QObject *parent = nullptr);
    ~DossierWatcher() override;

    /// How often it polls without notifications (SQLite, or while the listener reconnects).
    void setInterval(int ms);
    /// How often it polls while notified (default kSafetyPollMilliseconds).
    void setSafetyInterval(int ms);
    /// The interval in effect now.
    int interval() const { return m_timer.interval(); }
    /// Follows the store's change notifications (nullptr: poll).
    void setChangeListener(std::shared_ptr<StoreChangeListener> listener);
    bool isNotified() const;
    static constexpr int kSafetyPollMilliseconds = 30000;
    void start();
    void stop() { m_timer.stop(); }
    void checkNow();
    const QList<AttachmentActivity::Entry> &entries() const { return m_entries; }
    int checks() const { return m_checks; }

signals:
    void changed(const QList<kessai::AttachmentActivity::Entry> &entries);
    void failed(const QString &message);

private:
    void updateInterval();

    StoreClient *m_client;
    qint64 m_documentId;
    QTimer m_timer;
    int m_pollInterval = 750;
    int m_safetyInterval = kSafetyPollMilliseconds;
    std::shared_ptr<StoreChangeListener> m_listener;
    QString m_signature;
    QList<AttachmentActivity::Entry> m_entries;
    bool m_busy = false;
    bool m_again = false;
    int m_checks = 0;
};

} // namespace kessai::gui
