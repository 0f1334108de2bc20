// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace kessai {
class StoreChangeListener;
}

namespace kessai::gui {

class StoreClient;

/// 直接編集 of one attachment: takes the edit lock, writes the current version to a private
/// working file (same extension, a safe name), opens it in the user's application, and
/// watches it. Every time the content changes (new SHA-256) it is stored as the session's
/// working content; editors that save by writing a temporary file and renaming it, and
/// LibreOffice's ".~lock.NAME#" files, are handled. The session ends — exactly one new
/// version if the content changed — when the user says so (finish()) or when the editor's
/// lock file disappears.
class EditSessionController : public QObject
{
    Q_OBJECT

public:
    /// How the working file is opened: empty = EditorCommands (the command set for the type,
    /// else the desktop's application).
    using Opener = std::function<bool(const QString &path)>;

    EditSessionController(StoreClient *client, qint64 attachmentId, const QString &name,
                          QObject *parent = nullptr);
    ~EditSessionController() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    /// How often the file is checked besides the watcher's signals (editors that write
    /// through memory maps or on network drives send no notification).
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    /// How often the lock is refreshed (default EditLocks::kHeartbeatSeconds).
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }
    /// On PostgreSQL: a change to this attachment's lock (broken by someone else) refreshes the
    /// lock at once, which reports its loss, instead of at the next heartbeat. The heartbeat stays:
    /// it is what tells others this client is alive, not a poll.
    void setChangeListener(std::shared_ptr<StoreChangeListener> listener);

    void start();
    /// 編集終了: stores what the file holds now, then ends the session.
    void finish(const QString &note = {});
    /// After a conflict: keep the edited content as the newest version, or throw it away.
    void resolveConflict(bool keepMine);

    qint64 sessionId() const { return m_sessionId; }
    QString workingPath() const { return m_path; }
    int savedCount() const { return m_saved; }
    bool isActive() const { return m_sessionId != 0 && !m_ended; }

signals:
    void started(const QString &workingPath);
    /// The working file's new content is safely in the store.
    void saved(int saves);
    /// The session ended: newVersion 0 when the content was unchanged.
    void finished(int newVersion);
    /// Another version arrived meanwhile: call resolveConflict().
    void conflict(const QString &message);
    void failed(const QString &message);
    /// The working file vanished (deleted by the user or the editor): nothing stored is lost.
    void workingFileMissing();

private:
    void check();
    void store(bool thenFinish, const QString &note);
    void end(const QString &note, bool keepMine);
    void watch();
    /// Tells the store this client is alive (the lock's last_seen), so that nobody breaks it.
    void heartbeat();

    StoreClient *m_client;
    qint64 m_attachmentId;
    QString m_name;
    qint64 m_sessionId = 0;
    QString m_path;
    QString m_lastSha;
    QDateTime m_lastModified;
    qint64 m_lastSize = -1;
    bool m_sawLockFile = false;
    bool m_storing = false;
    bool m_ended = false;
    bool m_missingReported = false;
    int m_saved = 0;
    QString m_pendingNote;
    Opener m_opener;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_heartbeat;
    bool m_lockLossReported = false;
    std::shared_ptr<StoreChangeListener> m_listener;
};

} // namespace kessai::gui
