// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/AttachmentVersion.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditSessionRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QIODevice;

namespace kessai {

class Session;
class StoreConnection;

/// 直接編集のセッション: 編集 on an attachment begins a session (it takes the edit lock and
/// remembers the version it started from); each save of the working file is stored as the
/// session's working content (coalesced: repeated saves do not make versions); 編集終了
/// finishes it with exactly one new version if the content changed (new SHA-256), or none,
/// and releases the lock. If another version arrived meanwhile (the lock was broken and someone
/// else saved), finishing is a Conflict unless the user chooses to keep theirs as a newer
/// version (OnConflict::KeepMine) or discards. No content is ever lost: the working content
/// stays recorded with the session whatever its end. Every step is audited (edit.begin,
/// edit.save, edit.finish, edit.discard on entity "attachment"), versions as in AttachmentVersions.
class EditSessions
{
    Q_DECLARE_TR_FUNCTIONS(EditSessions)

public:
    enum class OnConflict
    {
        Refuse,  ///< StoreError(Conflict); the session stays as it was
        KeepMine ///< store the working content as the newest version anyway
    };

    struct SaveResult
    {
        bool changed = false; ///< the content differs from the session's previous content
        QString sha256;
        qint64 size = 0;
        int saves = 0;        ///< saves that changed the content so far
        bool lockHeld = true; ///< false: the lock was broken (the content is kept all the same)
    };

    explicit EditSessions(StoreConnection &connection);

    /// Takes the lock (EditLocks::acquire: Refused when someone holds it or the user may not
    /// edit now) and opens a session from the current version. If the same user already has an
    /// open session on this attachment from this machine, that one is returned (resumed = true)
    /// so that a restarted client carries on. The user's broken sessions stay as they are (each
    /// may still be finished — a Conflict if this one saved a version first — or discarded).
    EditSessionRecord beginSession(const Session &session, qint64 attachmentId,
                                   const QString &machine = EditLocks::thisMachine());
    /// Stores content as the session's working content (expectedSha256: BadData if the content
    /// read differs, e.g. the editor was still writing). Refused after 決裁, for an ended session
    /// or someone else's; BadData for empty or too large content.
    SaveResult saveWorking(const Session &session, qint64 sessionId, QIODevice &content,
                           const QString &expectedSha256 = {});
    /// Ends the session: one new version when the working content differs from the base
    /// version's, none otherwise (nullopt). Releases the lock. Conflict when another version
    /// arrived since the base (unless KeepMine); Refused when someone else holds the lock now.
    std::optional<AttachmentVersion> finishSession(const Session &session, qint64 sessionId,
                                                   const QString &note = {},
                                                   OnConflict onConflict = OnConflict::Refuse);
    /// Ends the session without a version and releases its lock.
    void discardSession(const Session &session, qint64 sessionId);

    std::optional<EditSessionRecord> byId(qint64 sessionId);
    /// The session's user's open or broken session on the attachment, if any: the newest one
    /// from machine when there is one, else the newest from any machine.
    std::optional<EditSessionRecord> activeSession(const Session &session, qint64 attachmentId,
                                                   const QString &machine = {});
    /// The session's user's open sessions on the document's attachments from machine.
    QList<EditSessionRecord> openOn(const Session &session, qint64 documentId, const QString &machine);
    /// Every session on the attachment, oldest first.
    QList<EditSessionRecord> history(qint64 attachmentId);
    /// Writes what the session works on (its last save, else its base version) to sink.
    void readWorking(qint64 sessionId, QIODevice &sink);

private:
    EditSessionRecord requireOwn(const Session &session, qint64 sessionId);

    StoreConnection &m_connection;
};

} // namespace kessai
