// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/AttachmentVersions.h"

#include "core/content/BlobStore.h"
#include "core/content/StagedBlob.h"
#include "core/documents/AttachmentStore.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditRights.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QIODevice>

namespace kessai {

namespace {
const auto kSelect = QStringLiteral(
    "SELECT v.attachment_id, v.version_no, b.sha256, v.size, v.author_id, u.login, u.display_name, "
    "COALESCE(t.name, ''), v.created_at, v.note, v.edit_session_id, v.restored_from, v.step_id "
    "FROM attachment_versions v JOIN blobs b ON b.id = v.blob_id JOIN users u ON u.id = v.author_id "
    "LEFT JOIN titles t ON t.id = u.title_id ");

AttachmentVersion readVersion(const SqlQuery &q)
{
    AttachmentVersion v;
    v.attachmentId = q.id(0);
    v.versionNo = q.value(1).toInt();
    v.sha256 = q.text(2);
    v.size = q.value(3).toLongLong();
    v.authorId = q.id(4);
    v.authorLogin = q.text(5);
    v.authorName = q.text(6);
    v.authorTitle = q.text(7);
    v.createdAt = Timestamps::fromText(q.text(8));
    v.note = q.text(9);
    v.editSessionId = q.id(10);
    v.restoredFrom = q.value(11).toInt();
    v.stepId = q.id(12);
    return v;
}

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AttachmentVersions::AttachmentVersions(StoreConnection &connection)
    : m_connection(connection)
{}

QList<AttachmentVersion> AttachmentVersions::list(qint64 attachmentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE v.attachment_id = ? ORDER BY v.version_no"));
    q.bind(attachmentId).exec();
    QList<AttachmentVersion> versions;
    while (q.next())
        versions.append(readVersion(q));
    return versions;
}

std::optional<AttachmentVersion> AttachmentVersions::version(qint64 attachmentId, int versionNo)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE v.attachment_id = ? AND v.version_no = ?"));
    q.bind(attachmentId).bind(versionNo).exec();
    return q.next() ? std::optional<AttachmentVersion>(readVersion(q)) : std::nullopt;
}

std::optional<AttachmentVersion> AttachmentVersions::current(qint64 attachmentId)
{
    const int number = currentNumber(attachmentId);
    return number > 0 ? version(attachmentId, number) : std::nullopt;
}

int AttachmentVersions::currentNumber(qint64 attachmentId)
{
    return SqlQuery(m_connection,
                    QStringLiteral("SELECT max(version_no) FROM attachment_versions WHERE attachment_id = ?"))
        .bind(attachmentId)
        .scalar()
        .toInt();
}

void AttachmentVersions::readContent(qint64 attachmentId, int versionNo, QIODevice &sink)
{
    const auto v = version(attachmentId, versionNo);
    if (!v)
        throw StoreError(StoreError::Kind::BadData,
                         tr("attachment %1 has no version %2").arg(attachmentId).arg(versionNo));
    BlobStore(m_connection).read(v->sha256, sink);
}

QString AttachmentVersions::conflictMessage(qint64 attachmentId, int baseVersion)
{
    const auto now = current(attachmentId);
    const QString name =
        SqlQuery(m_connection, QStringLiteral("SELECT display_name FROM attachments WHERE id = ?"))
            .bind(attachmentId)
            .scalar()
            .toString();
    if (!now)
        return tr("attachment \"%1\" changed since version %2; nothing was stored")
            .arg(name)
            .arg(baseVersion);
    return tr("attachment \"%1\" is now at version %2, saved by %3 at %4, not at version %5 that this "
              "change started from; nothing was stored")
        .arg(name)
        .arg(now->versionNo)
        .arg(now->authorName, localTime(now->createdAt))
        .arg(baseVersion);
}

std::optional<AttachmentVersion> AttachmentVersions::addVersion(const Session &session, qint64 attachmentId,
                                                                QIODevice &content, const QString &note,
                                                                int expectedBaseVersion,
                                                                const QString &expectedSha256)
{
    // Refuse before reading a possibly large content; checked again under the document lock.
    const EditRights::Grant grant = EditRights(m_connection).require(session, attachmentId);
    BlobStore blobs(m_connection);
    StagedBlob staged = blobs.stage(content, grant.attachmentName, expectedSha256);
    Transaction transaction(m_connection);
    const BlobStore::Blob blob = blobs.publish(staged);
    auto result = addVersionBlob(session, attachmentId, blob.sha256, note, expectedBaseVersion);
    transaction.commit();
    return result;
}

std::optional<AttachmentVersion>
AttachmentVersions::addVersionBlob(const Session &session, qint64 attachmentId, const QString &sha256,
                                   const QString &note, int expectedBaseVersion, const Origin &origin)
{
    Transaction transaction(m_connection);
    const EditRights::Grant grant = EditRights(m_connection).require(session, attachmentId, true);
    const auto blob = BlobStore(m_connection).find(sha256);
    if (!blob)
        throw StoreError(StoreError::Kind::BadData, tr("no stored content with SHA-256 %1").arg(sha256));
    if (blob->size == 0)
        throw StoreError(
            StoreError::Kind::BadData,
            tr("the new content of \"%1\" is empty; it was not stored").arg(grant.attachmentName));
    const qint64 limit = AttachmentStore(m_connection).sizeLimit();
    if (blob->size > limit)
        throw StoreError(StoreError::Kind::BadData,
                         tr("the new content of \"%1\" is %2 bytes, over the limit of %3 bytes; it was not "
                            "stored")
                             .arg(grant.attachmentName)
                             .arg(blob->size)
                             .arg(limit));
    if (const auto lock = EditLocks(m_connection).lockOf(attachmentId);
        lock && lock->userId != session.user().id)
        EditLocks::throwHeld(*lock, grant.attachmentName, session.user().id);

    const auto base = current(attachmentId);
    if (!base)
        throw StoreError(StoreError::Kind::BadData, tr("attachment %1 has no version").arg(attachmentId));
    if (base->sha256 == blob->sha256) {
        transaction.commit();
        return std::nullopt; // the same content: nothing to store
    }
    if (expectedBaseVersion > 0 && base->versionNo != expectedBaseVersion)
        throw StoreError(StoreError::Kind::Conflict, conflictMessage(attachmentId, expectedBaseVersion));

    const int number = base->versionNo + 1;
    const QString now = Timestamps::toText(Timestamps::now());
    QString text = note.trimmed();
    if (text.isEmpty() && origin.restoredFrom > 0)
        text = tr("restored from version %1").arg(origin.restoredFrom);
    SqlQuery(m_connection,
             QStringLiteral(
                 "INSERT INTO attachment_versions (attachment_id, version_no, blob_id, size, author_id, "
                 "created_at, note, edit_session_id, restored_from, step_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(attachmentId)
        .bind(number)
        .bind(blob->id)
        .bind(blob->size)
        .bind(session.user().id)
        .bind(now)
        .bind(text)
        .bindOptionalId(origin.editSessionId)
        .bindOptionalId(origin.restoredFrom)
        .bindOptionalId(grant.stepId)
        .exec();
    SqlQuery(m_connection, QStringLiteral("UPDATE documents SET updated_at = ? WHERE id = ?"))
        .bind(now)
        .bind(grant.documentId)
        .exec();
    QJsonObject details{{QStringLiteral("document_id"), grant.documentId},
                        {QStringLiteral("position"), grant.position},
                        {QStringLiteral("name"), grant.attachmentName},
                        {QStringLiteral("version"), number},
                        {QStringLiteral("base_version"), base->versionNo},
                        {QStringLiteral("sha256"), blob->sha256},
                        {QStringLiteral("size"), blob->size},
                        {QStringLiteral("note"), text},
                        {QStringLiteral("via"), grant.via == EditRights::Grant::Via::Approver
                                                    ? QStringLiteral("approver")
                                                    : QStringLiteral("drafter")}};
    if (grant.stepId)
        details.insert(QStringLiteral("step_id"), grant.stepId);
    if (!session.user().titleName.isEmpty())
        details.insert(QStringLiteral("title"), session.user().titleName);
    if (origin.editSessionId)
        details.insert(QStringLiteral("edit_session_id"), origin.editSessionId);
    if (origin.restoredFrom)
        details.insert(QStringLiteral("restored_from"), origin.restoredFrom);
    session.audit(origin.restoredFrom ? QStringLiteral("attachment.restore")
                                      : QStringLiteral("attachment.version"),
                  QStringLiteral("attachment"), attachmentId, details);
    auto added = version(attachmentId, number);
    transaction.commit();
    return added;
}

std::optional<AttachmentVersion> AttachmentVersions::restore(const Session &session, qint64 attachmentId,
                                                             int versionNo, const QString &note,
                                                             int expectedBaseVersion)
{
    Transaction transaction(m_connection);
    EditRights(m_connection).require(session, attachmentId, true);
    const auto old = version(attachmentId, versionNo);
    if (!old)
        throw StoreError(StoreError::Kind::BadData,
                         tr("attachment %1 has no version %2 to restore").arg(attachmentId).arg(versionNo));
    Origin origin{};
    origin.restoredFrom = versionNo;
    auto result = addVersionBlob(session, attachmentId, old->sha256, note, expectedBaseVersion, origin);
    transaction.commit();
    return result;
}

QList<AttachmentVersion> AttachmentVersions::editsOnRoute(qint64 documentId)
{
    SqlQuery q(m_connection,
               kSelect + QStringLiteral("JOIN attachments a ON a.id = v.attachment_id "
                                        "WHERE a.document_id = ? AND v.step_id IS NOT NULL "
                                        "ORDER BY v.created_at, v.attachment_id, v.version_no"));
    q.bind(documentId).exec();
    QList<AttachmentVersion> versions;
    while (q.next())
        versions.append(readVersion(q));
    return versions;
}

QString AttachmentVersions::historyLine(const AttachmentVersion &version, int position)
{
    const QString who = version.authorTitle.isEmpty() ? version.authorName : version.authorTitle;
    if (version.restoredFrom > 0)
        return tr("%1 restored attachment %2 to version %3").arg(who).arg(position).arg(version.restoredFrom);
    return tr("%1 edited attachment %2").arg(who).arg(position);
}

} // namespace kessai
