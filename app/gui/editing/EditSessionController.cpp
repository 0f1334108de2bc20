// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/EditSessionController.h"

#include "core/Sha256.h"
#include "core/content/AttachmentName.h"
#include "core/editing/AttachmentVersion.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditSessions.h"
#include "core/store/StoreChangeListener.h"
#include "gui/StoreClient.h"
#include "gui/editing/EditorCommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace kessai::gui {

namespace {
struct Begun
{
    qint64 sessionId = 0;
    QString sha256;
};

QString lockFileOf(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.~lock.") + info.fileName() + QLatin1Char('#');
}
} // namespace

EditSessionController::EditSessionController(StoreClient *client, qint64 attachmentId, const QString &name,
                                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_attachmentId(attachmentId)
    , m_name(name)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &EditSessionController::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &EditSessionController::check);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &EditSessionController::check);
    m_heartbeat.setInterval(EditLocks::kHeartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &EditSessionController::heartbeat);
}

void EditSessionController::heartbeat()
{
    if (!isActive())
        return;
    const qint64 attachment = m_attachmentId;
    m_client->call<bool>(
        this,
        [attachment](StoreWorker &worker) {
            return EditLocks(worker.connection()).touch(worker.session(), attachment);
        },
        [this](bool held) {
            if (held || m_lockLossReported || !isActive())
                return;
            m_lockLossReported = true;
            emit failed(tr("The edit lock on “%1” was broken by someone else. What you saved is kept; Finish "
                           "editing stores it, and asks first if another version arrived meanwhile.")
                            .arg(m_name));
        },
        [](const StoreClient::Failure &) {}); // a missed beat is retried at the next one
}

EditSessionController::~EditSessionController() = default;

void EditSessionController::setChangeListener(std::shared_ptr<StoreChangeListener> listener)
{
    if (m_listener)
        disconnect(m_listener.get(), nullptr, this, nullptr);
    m_listener = std::move(listener);
    if (!m_listener)
        return;
    // The holder's own heartbeat changes only last_seen, which notifies nothing (schema v7), so
    // this cannot feed itself.
    connect(m_listener.get(), &StoreChangeListener::documentChanged, this,
            [this](qint64, const QString &table, qint64 attachmentId) {
                if (attachmentId == m_attachmentId && table == QLatin1String("edit_locks"))
                    heartbeat();
            });
}

void EditSessionController::start()
{
    const qint64 attachment = m_attachmentId;
    // A private folder per session: the editor's temp and lock files land there too.
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/working");
    const QString name = AttachmentName::sanitize(m_name);
    m_client->call<Begun>(
        this,
        [attachment, base, name](StoreWorker &worker) {
            EditSessions sessions(worker.connection());
            const EditSessionRecord record = sessions.beginSession(worker.session(), attachment);
            const QString dir = base + QStringLiteral("/%1").arg(record.id);
            QDir().mkpath(dir);
            // Private: other accounts on a shared machine must not read a draft's attachment.
            QFile::setPermissions(dir,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            const QString path = dir + QLatin1Char('/') + name;
            if (!QFile::exists(path)) {
                // All or nothing (a full disk): the editor never opens a half-written copy, and a
                // session that could not give the user a file does not keep the lock.
                QSaveFile file(path);
                QString problem;
                if (!file.open(QIODevice::WriteOnly))
                    problem = file.errorString();
                else {
                    try {
                        sessions.readWorking(record.id, file);
                    } catch (const StoreError &error) {
                        problem = error.message();
                    }
                    if (problem.isEmpty() && !file.commit())
                        problem = file.errorString();
                }
                if (!problem.isEmpty()) {
                    if (!record.resumed)
                        sessions.discardSession(worker.session(), record.id);
                    throw StoreError(StoreError::Kind::BadData,
                                     tr("The working copy %1 could not be written (%2); nothing was opened.")
                                         .arg(path, problem));
                }
            }
            return Begun{record.id,
                         record.workingSha256.isEmpty() ? record.baseSha256 : record.workingSha256};
        },
        [this, base, name](const Begun &begun) {
            m_sessionId = begun.sessionId;
            m_lastSha = begun.sha256;
            m_path = base + QStringLiteral("/%1/").arg(begun.sessionId) + name;
            const QFileInfo info(m_path);
            m_lastModified = info.lastModified();
            m_lastSize = info.size();
            watch();
            m_poll.start();
            m_heartbeat.start();
            emit started(m_path);
            QString why;
            const bool opened = m_opener ? m_opener(m_path) : EditorCommands::open(m_path, &why);
            if (!opened)
                emit failed((why.isEmpty() ? QString() : why + QLatin1Char(' ')) +
                            tr("Open %1 yourself, edit it, save, and press Finish editing.").arg(m_path));
        },
        [this](const StoreClient::Failure &failure) { emit failed(failure.message); });
}

void EditSessionController::watch()
{
    // Watch the folder as well: a rename-over replaces the file the watcher was following.
    if (QFile::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
}

void EditSessionController::check()
{
    if (!isActive() || m_storing)
        return;
    const bool lockFile = QFile::exists(lockFileOf(m_path));
    if (lockFile)
        m_sawLockFile = true;
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!m_missingReported) {
            m_missingReported = true;
            emit workingFileMissing();
        }
        return;
    }
    m_missingReported = false;
    watch();
    const bool touched = info.lastModified() != m_lastModified || info.size() != m_lastSize;
    if (touched) {
        m_lastModified = info.lastModified();
        m_lastSize = info.size();
        store(false, {});
        return;
    }
    // The editor closed the file (its lock file is gone): the editing session is over.
    if (m_sawLockFile && !lockFile)
        store(true, {});
}

void EditSessionController::store(bool thenFinish, const QString &note)
{
    if (m_storing || !isActive())
        return;
    m_storing = true;
    const qint64 id = m_sessionId;
    const QString path = m_path;
    const QString lastSha = m_lastSha;
    m_client->call<QString>(
        this,
        [id, path, lastSha](StoreWorker &worker) {
            QFile file(path);
            if (!file.exists())
                return lastSha; // nothing to store; what was stored stays
            if (!file.open(QIODevice::ReadOnly))
                throw StoreError(StoreError::Kind::BadData,
                                 QStringLiteral("%1: %2").arg(path, file.errorString()));
            Sha256 hash;
            if (!hash.addData(file))
                throw StoreError(StoreError::Kind::BadData,
                                 QStringLiteral("%1: %2").arg(path, file.errorString()));
            const QString sha = hash.hexResult();
            if (sha == lastSha || file.size() == 0)
                return lastSha; // unchanged, or an editor caught half-way through writing it
            file.seek(0);
            EditSessions(worker.connection()).saveWorking(worker.session(), id, file, sha);
            return sha;
        },
        [this, thenFinish, note](const QString &sha) {
            m_storing = false;
            if (sha != m_lastSha) {
                m_lastSha = sha;
                emit saved(++m_saved);
            }
            if (thenFinish)
                end(note, false);
        },
        [this, thenFinish, note](const StoreClient::Failure &failure) {
            m_storing = false;
            // A file read while the editor was writing it: the next check stores it.
            if (failure.kind != StoreError::Kind::BadData || thenFinish)
                emit failed(failure.message);
            if (thenFinish)
                end(note, false);
        });
}

void EditSessionController::finish(const QString &note)
{
    store(true, note);
}

void EditSessionController::resolveConflict(bool keepMine)
{
    if (keepMine) {
        end(m_pendingNote, true);
        return;
    }
    const qint64 id = m_sessionId;
    m_client->call<bool>(
        this,
        [id](StoreWorker &worker) {
            EditSessions(worker.connection()).discardSession(worker.session(), id);
            return true;
        },
        [this](bool) {
            m_ended = true;
            m_poll.stop();
            m_heartbeat.stop();
            emit finished(0);
        },
        [this](const StoreClient::Failure &failure) { emit failed(failure.message); });
}

void EditSessionController::end(const QString &note, bool keepMine)
{
    const qint64 id = m_sessionId;
    m_pendingNote = note;
    m_client->call<int>(
        this,
        [id, note, keepMine](StoreWorker &worker) {
            const auto version = EditSessions(worker.connection())
                                     .finishSession(worker.session(), id, note,
                                                    keepMine ? EditSessions::OnConflict::KeepMine
                                                             : EditSessions::OnConflict::Refuse);
            return version ? version->versionNo : 0;
        },
        [this](int version) {
            m_ended = true;
            m_poll.stop();
            m_heartbeat.stop();
            m_watcher.removePaths(m_watcher.files() + m_watcher.directories());
            emit finished(version);
        },
        [this](const StoreClient::Failure &failure) {
            if (failure.kind == StoreError::Kind::Conflict)
                emit conflict(failure.message);
            else
                emit failed(failure.message);
        });
}

} // namespace kessai::gui
