// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/EditLock.h"
#include "gui/editing/EditSessionController.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace kessai {
class StoreChangeListener;
}

namespace kessai::gui {

class StoreClient;

/// Every 直接編集 session of this client, whichever window started it: the draft editor's
/// attachment list and the single view's header bands both begin and finish sessions here,
/// so an edit started in one is seen (and can be finished) in the other. Asks the user about a
/// conflict (keep the edit as the newest version, or discard it) once, whatever is open.
class EditSessionHub : public QObject
{
    Q_OBJECT

public:
    explicit EditSessionHub(StoreClient *client, QObject *parent = nullptr);

    /// Replaces how working files are opened (tests: a scripted editor).
    void setOpener(EditSessionController::Opener opener) { m_opener = std::move(opener); }
    /// How often sessions look at their files besides the file watcher (ms).
    void setPollInterval(int ms) { m_pollInterval = ms; }
    /// How often sessions refresh their locks (ms; 0: EditLocks::kHeartbeatSeconds).
    void setHeartbeatInterval(int ms) { m_heartbeatInterval = ms; }
    /// The store's change notifications (PostgreSQL), handed to every session: a lock broken by
    /// someone else is reported at once instead of at the next heartbeat.
    void setChangeListener(std::shared_ptr<StoreChangeListener> listener);
    /// The window conflict questions are asked over.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    /// 編集: begins (or resumes, after a restart) a session; nothing when one is running.
    void begin(qint64 attachmentId, const QString &name);
    /// 編集終了: stores the file's content and ends the session with one version if it changed.
    void finish(qint64 attachmentId, const QString &note = {});
    /// 編集終了 as the buttons do it: asks (over parent) for an optional note for the version.
    void askNoteAndFinish(QWidget *parent, qint64 attachmentId, const QString &name);
    /// Breaks a stale lock (its owner from another machine, or a 文書管理者); changed() or
    /// problem() follows.
    void breakLock(qint64 attachmentId, const QString &reason);
    /// The question asked before breaking a lock: whose, where, since when, and what it means.
    static QString breakLockQuestion(const QString &attachmentName, const EditLock &lock);
    EditSessionController *session(qint64 attachmentId) const { return m_sessions.value(attachmentId); }
    bool isEditing(qint64 attachmentId) const { return m_sessions.contains(attachmentId); }
    int activeCount() const { return int(m_sessions.size()); }
    /// 編集終了 of every session (no note): what the files hold is stored.
    void finishAll();

signals:
    void started(qint64 attachmentId, const QString &workingPath);
    /// The working file's new content is in the store (saves: changed saves in this session).
    void saved(qint64 attachmentId, int saves);
    /// The session ended (version 0: nothing changed, or the edit was discarded).
    void finished(qint64 attachmentId, int version);
    /// Something the user should read: a failure, or the working file gone.
    void problem(qint64 attachmentId, const QString &message);
    /// Any of the above: views showing the attachment refresh.
    void changed(qint64 attachmentId);

private:
    void askAboutConflict(EditSessionController *controller, const QString &message);

    StoreClient *m_client;
    QHash<qint64, EditSessionController *> m_sessions;
    EditSessionController::Opener m_opener;
    int m_pollInterval = 1000;
    int m_heartbeatInterval = 0;
    std::shared_ptr<StoreChangeListener> m_listener;
    QPointer<QWidget> m_dialogParent;
};

} // namespace kessai::gui
