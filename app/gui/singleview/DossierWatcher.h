// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/AttachmentActivity.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace kessai::gui {

class StoreClient;

/// Follows a document while a window shows it: polls AttachmentActivity's signature (one cheap
/// query) on the store thread, and when it changes — a new version from any client, a lock
/// taken or broken, the viewer's own save, a workflow action — reads the full picture and
/// emits changed(). checkNow() looks at once (after a save in this client).
class DossierWatcher : public QObject
{
    Q_OBJECT

public:
    DossierWatcher(StoreClient *client, qint64 documentId, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    void start();
    void stop() { m_timer.stop(); }
    void checkNow();
    const QList<AttachmentActivity::Entry> &entries() const { return m_entries; }
    int checks() const { return m_checks; }

signals:
    void changed(const QList<kessai::AttachmentActivity::Entry> &entries);
    void failed(const QString &message);

private:
    StoreClient *m_client;
    qint64 m_documentId;
    QTimer m_timer;
    QString m_signature;
    QList<AttachmentActivity::Entry> m_entries;
    bool m_busy = false;
    bool m_again = false;
    int m_checks = 0;
};

} // namespace kessai::gui
