// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/AttachmentStore.h"

#include "core/DomainLabels.h"
#include "core/content/AttachmentName.h"
#include "core/content/StagedBlob.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/DrafterRule.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QIODevice>

namespace kessai {

namespace {
const auto kSelect =
    // 頁数: as measured when shown, else what is known of the content — the PDF rendition of an
    // office file, the page layout the viewers measured (issue 19: docx / xlsx had none).
    QStringLiteral("SELECT a.id, a.document_id, a.position, a.display_name, a.original_name, a.mime_type, "
                   "COALESCE(NULLIF(a.page_count, 0), "
                   "NULLIF((SELECT max(r.page_count) FROM renditions r WHERE r.source_sha256 = b.sha256), 0), "
                   "(SELECT max(l.page_count) FROM page_layouts l WHERE l.sha256 = b.sha256), 0), v.size, "
                   "b.sha256, v.version_no, a.created_at, u.display_name FROM attachments a "
                   "JOIN attachment_versions v ON v.attachment_id = a.id AND v.version_no = "
                   "(SELECT max(version_no) FROM attachment_versions x WHERE x.attachment_id = a.id) "
                   "JOIN blobs b ON b.id = v.blob_id JOIN users u ON u.id = a.created_by ");

AttachmentRecord readAttachment(const SqlQuery &q)
{
    AttachmentRecord a;
    a.id = q.id(0);
    a.documentId = q.id(1);
    a.position = q.value(2).toInt();
    a.displayName = q.text(3);
    a.originalName = q.text(4);
    a.mimeType = q.text(5);
    a.pageCount = q.value(6).toInt();
    a.size = q.value(7).toLongLong();
    a.sha256 = q.text(8);
    a.versionNo = q.value(9).toInt();
    a.createdAt = Timestamps::fromText(q.text(10));
    a.createdByName = q.text(11);
    return a;
}

StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}
} // namespace

AttachmentStore::AttachmentStore(StoreConnection &connection)
    : m_connection(connection)
{}

QList<AttachmentRecord> AttachmentStore::list(qint64 documentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE a.document_id = ? AND a.removed_at IS NULL "
                                                      "ORDER BY a.position"));
    q.bind(documentId).exec();
    QList<AttachmentRecord> list;
    while (q.next())
        list.append(readAttachment(q));
    return list;
}

std::optional<AttachmentRecord> AttachmentStore::at(qint64 documentId, int position)
{
    SqlQuery q(m_connection,
               kSelect +
                   QStringLiteral("WHERE a.document_id = ? AND a.position = ? AND a.removed_at IS NULL"));
    q.bind(documentId).bind(position).exec();
    return q.next() ? std::optional<AttachmentRecord>(readAttachment(q)) : std::nullopt;
}

std::optional<AttachmentRecord> AttachmentStore::byId(qint64 attachmentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE a.id = ? AND a.removed_at IS NULL"));
    q.bind(attachmentId).exec();
    return q.next() ? std::optional<AttachmentRecord>(readAttachment(q)) : std::nullopt;
}

std::optional<AttachmentRecord> AttachmentStore::findContent(qint64 documentId, const QString &sha256)
{
    SqlQuery q(m_connection,
               kSelect + QStringLiteral("WHERE a.document_id = ? AND b.sha256 = ? AND a.removed_at "
                                        "IS NULL ORDER BY a.position"));
    q.bind(documentId).bind(sha256.toLower()).exec();
    return q.next() ? std::optional<AttachmentRecord>(readAttachment(q)) : std::nullopt;
}

void AttachmentStore::requireEditable(const Session &session, qint64 documentId)
{
    const auto document = DocumentStore(m_connection).document(documentId);
    if (!document)
        throw badData(tr("document %1 does not exist").arg(documentId));
    DrafterRule::require(*document, session.user().id, DrafterRule::Part::Attachments);
}

void AttachmentStore::touchDocument(qint64 documentId)
{
    SqlQuery(m_connection, QStringLiteral("UPDATE documents SET updated_at = ? WHERE id = ?"))
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(documentId)
        .exec();
}

AttachmentRecord AttachmentStore::attachBlob(const Session &session, qint64 documentId, const QString &sha256,
                                             const Source &source, int position)
{
    Transaction transaction(m_connection);
    requireEditable(session, documentId);
    const AttachmentRecord record = insert(session, documentId, sha256, source, position);
    touchDocument(documentId);
    transaction.commit();
    return record;
}

AttachmentRecord AttachmentStore::attachScan(const Session &session, qint64 documentId, const QString &sha256,
                                             const Source &source)
{
    Transaction transaction(m_connection);
    // Instead of the drafter's rule: the paper record is this user's, and the scan is its first
    // attachment (on PostgreSQL the server also requires the record of this very transaction).
    const bool registrant =
        SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM paper_decisions p WHERE p.document_id = ? AND "
                                              "p.registered_by = ? AND NOT EXISTS (SELECT 1 FROM attachments a "
                                              "WHERE a.document_id = p.document_id)"))
            .bind(documentId)
            .bind(session.user().id)
            .scalar()
            .toInt() > 0;
    if (!registrant)
        throw StoreError(StoreError::Kind::Refused,
                         tr("a scan is attached to a paper decision only when it is registered, by whoever "
                            "registers it (document %1)")
                             .arg(documentId));
    const AttachmentRecord record = insert(session, documentId, sha256, source, 0);
    transaction.commit();
    return record;
}

AttachmentRecord AttachmentStore::insert(const Session &session, qint64 documentId, const QString &sha256,
                                         const Source &source, int position)
{
    const auto blob = BlobStore(m_connection).find(sha256);
    if (!blob)
        throw badData(tr("no stored content with SHA-256 %1").arg(sha256));
    const int count =
        SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM attachments WHERE document_id = ? "
                                              "AND removed_at IS NULL"))
            .bind(documentId)
            .scalar()
            .toInt();
    if (position <= 0 || position > count + 1)
        position = count + 1;
    else
        SqlQuery(m_connection,
                 QStringLiteral("UPDATE attachments SET position = position + 1 WHERE document_id = ? "
                                "AND removed_at IS NULL AND position >= ?"))
            .bind(documentId)
            .bind(position)
            .exec();
    const QString original =
        source.originalName.isEmpty() ? QStringLiteral("attachment") : source.originalName;
    const QString display =
        AttachmentName::sanitize(source.displayName.isEmpty() ? original : source.displayName);
    const QString mime =
        source.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : source.mimeType;
    const QString now = Timestamps::toText(Timestamps::now());
    const qint64 id =
        SqlQuery(m_connection, QStringLiteral("INSERT INTO attachments (document_id, position, display_name, "
                                              "original_name, mime_type, created_by, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"))
            .bind(documentId)
            .bind(position)
            .bind(display)
            .bind(original)
            .bind(mime)
            .bind(session.user().id)
            .bind(now)
            .scalar()
            .toLongLong();
    SqlQuery(m_connection,
             QStringLiteral("INSERT INTO attachment_versions (attachment_id, version_no, blob_id, size, "
                            "author_id, created_at, note) VALUES (?, 1, ?, ?, ?, ?, '')"))
        .bind(id)
        .bind(blob->id)
        .bind(blob->size)
        .bind(session.user().id)
        .bind(now)
        .exec();
    session.audit(QStringLiteral("attachment.add"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("attachment_id"), id},
                   {QStringLiteral("position"), position},
                   {QStringLiteral("name"), display},
                   {QStringLiteral("original_name"), original},
                   {QStringLiteral("sha256"), blob->sha256},
                   {QStringLiteral("size"), blob->size}});
    return *byId(id);
}

AttachmentRecord AttachmentStore::add(const Session &session, qint64 documentId, QIODevice &content,
                                      const Source &source, const BlobStore::Progress &progress)
{
    // Refused before reading a possibly large content; checked again when it is attached.
    requireEditable(session, documentId);
    BlobStore blobs(m_connection);
    StagedBlob staged = blobs.stage(content, source.originalName, {}, progress);
    Transaction transaction(m_connection);
    const BlobStore::Blob blob = blobs.publish(staged);
    const AttachmentRecord record = attachBlob(session, documentId, blob.sha256, source);
    transaction.commit();
    return record;
}

void AttachmentStore::move(const Session &session, qint64 documentId, int fromPosition, int toPosition)
{
    Transaction transaction(m_connection);
    requireEditable(session, documentId);
    const auto moving = at(documentId, fromPosition);
    const int count = int(list(documentId).size());
    if (!moving)
        throw badData(tr("document %1 has no attachment at position %2").arg(documentId).arg(fromPosition));
    if (toPosition < 1 || toPosition > count)
        throw badData(tr("position %1 is outside 1-%2").arg(toPosition).arg(count));
    if (fromPosition == toPosition)
        return;
    if (toPosition < fromPosition)
        SqlQuery(m_connection,
                 QStringLiteral("UPDATE attachments SET position = position + 1 WHERE document_id = ? "
                                "AND removed_at IS NULL AND position >= ? AND position < ?"))
            .bind(documentId)
            .bind(toPosition)
            .bind(fromPosition)
            .exec();
    else
        SqlQuery(m_connection,
                 QStringLiteral("UPDATE attachments SET position = position - 1 WHERE document_id = ? "
                                "AND removed_at IS NULL AND position > ? AND position <= ?"))
            .bind(documentId)
            .bind(fromPosition)
            .bind(toPosition)
            .exec();
    SqlQuery(m_connection, QStringLiteral("UPDATE attachments SET position = ? WHERE id = ?"))
        .bind(toPosition)
        .bind(moving->id)
        .exec();
    touchDocument(documentId);
    session.audit(QStringLiteral("attachment.move"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("attachment_id"), moving->id},
                   {QStringLiteral("from"), fromPosition},
                   {QStringLiteral("to"), toPosition}});
    transaction.commit();
}

void AttachmentStore::rename(const Session &session, qint64 attachmentId, const QString &displayName)
{
    Transaction transaction(m_connection);
    const auto attachment = byId(attachmentId);
    if (!attachment)
        throw badData(tr("attachment %1 does not exist").arg(attachmentId));
    requireEditable(session, attachment->documentId);
    const QString name =
        AttachmentName::sanitize(displayName.trimmed().isEmpty() ? attachment->originalName : displayName);
    SqlQuery(m_connection, QStringLiteral("UPDATE attachments SET display_name = ? WHERE id = ?"))
        .bind(name)
        .bind(attachmentId)
        .exec();
    touchDocument(attachment->documentId);
    session.audit(QStringLiteral("attachment.rename"), QStringLiteral("document"), attachment->documentId,
                  {{QStringLiteral("attachment_id"), attachmentId},
                   {QStringLiteral("from"), attachment->displayName},
                   {QStringLiteral("to"), name}});
    transaction.commit();
}

void AttachmentStore::remove(const Session &session, qint64 attachmentId)
{
    Transaction transaction(m_connection);
    const auto attachment = byId(attachmentId);
    if (!attachment)
        throw badData(tr("attachment %1 does not exist").arg(attachmentId));
    requireEditable(session, attachment->documentId);
    // Kept with removed_at (never deleted): the versions and the audit trail stay readable.
    SqlQuery(m_connection, QStringLiteral("UPDATE attachments SET removed_at = ? WHERE id = ?"))
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(attachmentId)
        .exec();
    SqlQuery(m_connection,
             QStringLiteral("UPDATE attachments SET position = position - 1 WHERE document_id = ? AND "
                            "removed_at IS NULL AND position > ?"))
        .bind(attachment->documentId)
        .bind(attachment->position)
        .exec();
    touchDocument(attachment->documentId);
    session.audit(QStringLiteral("attachment.remove"), QStringLiteral("document"), attachment->documentId,
                  {{QStringLiteral("attachment_id"), attachmentId},
                   {QStringLiteral("position"), attachment->position},
                   {QStringLiteral("name"), attachment->displayName},
                   {QStringLiteral("sha256"), attachment->sha256}});
    transaction.commit();
}

void AttachmentStore::setPageCount(qint64 attachmentId, int pages)
{
    SqlQuery(m_connection, QStringLiteral("UPDATE attachments SET page_count = ? WHERE id = ?"))
        .bind(pages)
        .bind(attachmentId)
        .exec();
}

void AttachmentStore::exportContent(qint64 documentId, int position, QIODevice &sink)
{
    const auto attachment = at(documentId, position);
    if (!attachment)
        throw badData(tr("document %1 has no attachment at position %2").arg(documentId).arg(position));
    BlobStore(m_connection).read(attachment->sha256, sink);
}

qint64 AttachmentStore::sizeLimit()
{
    const QVariant value =
        SqlQuery(m_connection, QStringLiteral("SELECT value FROM kessai_meta WHERE key = ?"))
            .bind(QStringLiteral("attachment_limit_bytes"))
            .scalar();
    bool ok = false;
    const qint64 limit = value.toString().toLongLong(&ok);
    return ok && limit > 0 ? limit : kDefaultSizeLimit;
}

void AttachmentStore::setSizeLimit(const Session &session, qint64 bytes)
{
    session.require(Role::Admin, tr("changing the attachment size limit"));
    if (bytes <= 0)
        throw badData(tr("the attachment size limit must be positive"));
    if (m_connection.isPostgreSQL() && bytes > BlobStore::kServerCheckLimit)
        throw badData(tr("the attachment size limit of %1 bytes is more than the office server can check "
                         "(%2 bytes: it hashes every file whole)")
                          .arg(bytes)
                          .arg(BlobStore::kServerCheckLimit));
    Transaction transaction(m_connection);
    SqlQuery(m_connection, QStringLiteral("INSERT INTO kessai_meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral("attachment_limit_bytes"))
        .bind(QString::number(bytes))
        .exec();
    session.audit(QStringLiteral("settings.attachment_limit"), QStringLiteral("organization"), 1,
                  {{QStringLiteral("bytes"), bytes}});
    transaction.commit();
}

} // namespace kessai
