// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/AttachmentVersion.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QIODevice;

namespace kessai {

class Session;
class StoreConnection;

/// 版管理: the version history of attachments. Before 決裁 every change of content is a new
/// version (1, 2, 3 …; the highest is current) and nothing is ever overwritten: a restore copies
/// an old version's content into a NEW version. After 決裁 nothing changes (EditRights, and a
/// trigger refuses it for every client). Each change is one transaction that locks the document,
/// checks the caller's base version and audits the new version (entity "attachment").
///
/// Who may add a version: see EditRights (the drafter while 起案中 / 差戻し; the approver of
/// the pending step when the route allows 修正). While someone else holds the attachment's
/// edit lock (EditLocks), others are refused.
class AttachmentVersions
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentVersions)

public:
    /// Where a new version comes from, recorded with it (value-initialise: Origin() is "none").
    struct Origin
    {
        qint64 editSessionId; ///< the edit session that made it (0: none)
        int restoredFrom;     ///< a restore: the version copied (0: none)
    };

    explicit AttachmentVersions(StoreConnection &connection);

    /// Every version, oldest first (also of a removed attachment: history stays readable).
    QList<AttachmentVersion> list(qint64 attachmentId);
    std::optional<AttachmentVersion> version(qint64 attachmentId, int versionNo);
    std::optional<AttachmentVersion> current(qint64 attachmentId);
    /// The current version number (0: no such attachment).
    int currentNumber(qint64 attachmentId);
    /// Writes the content of one version to sink, byte-identical. BadData if there is no such version.
    void readContent(qint64 attachmentId, int versionNo, QIODevice &sink);

    /// Stores content as the new current version. expectedBaseVersion is the version the change
    /// was made from: if another version arrived since, nothing is stored and StoreError(Conflict)
    /// names who saved which version when (0: no check). Returns nullopt when the content equals
    /// the current version's (nothing to store). Refused: not allowed now (after 決裁, not the
    /// drafter / approver, someone else's lock); BadData: empty or too large content, or
    /// expectedSha256 given and the content does not match (it changed while being read).
    std::optional<AttachmentVersion> addVersion(const Session &session, qint64 attachmentId,
                                                QIODevice &content, const QString &note,
                                                int expectedBaseVersion, const QString &expectedSha256 = {});
    /// The same with content already in BlobStore.
    std::optional<AttachmentVersion> addVersionBlob(const Session &session, qint64 attachmentId,
                                                    const QString &sha256, const QString &note,
                                                    int expectedBaseVersion, const Origin &origin = Origin());
    /// Restores versionNo as a NEW version with its content (history is never rewritten).
    /// nullopt when the current content already is that content. note empty: "restored from
    /// version N".
    std::optional<AttachmentVersion> restore(const Session &session, qint64 attachmentId, int versionNo,
                                             const QString &note = {}, int expectedBaseVersion = 0);

    /// The versions made by approvers on their step (修正) of a document's attachments, in
    /// order: what the route view shows on each step (AttachmentVersion::stepId).
    QList<AttachmentVersion> editsOnRoute(qint64 documentId);
    /// The history line of a version: "課長補佐 が 添付3 を修正" (the author's 役職, else name).
    static QString historyLine(const AttachmentVersion &version, int position);
    /// Conflict text: the attachment is at another version than baseVersion (who, when).
    QString conflictMessage(qint64 attachmentId, int baseVersion);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
