// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordDestruction.h"

#include "core/content/BlobStore.h"
#include "core/org/Session.h"
#include "core/records/RecordHolds.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace kessai {

namespace {
// Content this 簿冊's documents use and nothing else live does (the same question as the
// server's kessai_destroy_file). Binds: file, file, file, file.
const auto kOnlyHere = QStringLiteral(
    "FROM blobs x WHERE x.destroyed_at IS NULL AND x.staged_at IS NULL AND x.id IN ("
    "SELECT v.blob_id FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id "
    "JOIN documents d ON d.id = a.document_id WHERE d.file_id = ? "
    "UNION SELECT e.working_blob_id FROM edit_sessions e JOIN attachments a ON a.id = e.attachment_id "
    "JOIN documents d ON d.id = a.document_id WHERE d.file_id = ?) ");
const auto kUsedElsewhere = QStringLiteral(
    "EXISTS (SELECT 1 FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id "
    "JOIN documents d ON d.id = a.document_id LEFT JOIN files f ON f.id = d.file_id WHERE v.blob_id = x.id "
    "AND (d.file_id IS NULL OR d.file_id <> ?) AND (f.status IS NULL OR f.status <> 'destroyed')) "
    "OR EXISTS (SELECT 1 FROM edit_sessions e JOIN attachments a ON a.id = e.attachment_id "
    "JOIN documents d ON d.id = a.document_id LEFT JOIN files f ON f.id = d.file_id WHERE e.working_blob_id = x.id "
    "AND (d.file_id IS NULL OR d.file_id <> ?) AND (f.status IS NULL OR f.status <> 'destroyed')) "
    "OR EXISTS (SELECT 1 FROM renditions r WHERE r.blob_id = x.id)");
} // namespace

RecordDestruction::RecordDestruction(StoreConnection &connection)
    : m_connection(connection)
{}

QString RecordDestruction::refusal(qint64 fileId, bool needDecidedRequest)
{
    SqlQuery file(m_connection, QStringLiteral("SELECT name, status, expires_on FROM files WHERE id = ?"));
    file.bind(fileId).exec();
    if (!file.next())
        return tr("簿冊 %1 does not exist").arg(fileId);
    const QString name = file.text(0);
    if (file.text(1) != QLatin1String("closed"))
        return tr("簿冊 %1 (%2) is not closed (%3): only a closed 簿冊 is destroyed").arg(fileId).arg(name, file.text(1));
    const QDate expires = QDate::fromString(file.text(2), Qt::ISODate);
    if (!expires.isValid())
        return tr("簿冊 %1 (%2) is kept while in use (常用): it has no 満了日").arg(fileId).arg(name);
    if (expires >= QDate::currentDate())
        return tr("簿冊 %1 (%2): its 満了日 %3 has not passed").arg(fileId).arg(name, expires.toString(Qt::ISODate));
    const int decided = SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM disposal_request_files rf JOIN disposal_requests r "
                                                              "ON r.document_id = rf.document_id JOIN documents d ON d.id = r.document_id "
                                                              "WHERE rf.file_id = ? AND r.action = 'destroy' AND d.status IN "
                                                              "('decided', 'enforced', 'closed')"))
                            .bind(fileId)
                            .scalar()
                            .toInt();
    if (needDecidedRequest && decided == 0)
        return tr("簿冊 %1 (%2): no decided 廃棄 伺い lists it").arg(fileId).arg(name);
    const QList<RecordHolds::Hold> holds = RecordHolds(m_connection).blocking(fileId);
    if (!holds.isEmpty()) {
        const RecordHolds::Hold &hold = holds.first();
        return hold.documentId ? tr("簿冊 %1 (%2) is under a hold on document %3 (%4)")
                                     .arg(fileId)
                                     .arg(name)
                                     .arg(hold.documentId)
                                     .arg(hold.reason)
                               : tr("簿冊 %1 (%2) is under a hold (%3)").arg(fileId).arg(name, hold.reason);
    }
    SqlQuery open(m_connection, QStringLiteral("SELECT id, title FROM documents WHERE file_id = ? AND status IN "
                                               "('draft', 'in_review', 'returned') ORDER BY id"));
    open.bind(fileId).exec();
    if (open.next())
        return tr("簿冊 %1 (%2) holds document %3 (%4), still drafted or in review")
            .arg(fileId)
            .arg(name)
            .arg(open.id(0))
            .arg(open.text(1));
    return {};
}

RecordDestruction::Result RecordDestruction::destroyFile(const Session &session, qint64 fileId, qint64 requestId)
{
    Transaction transaction(m_connection);
    const QString why = refusal(fileId);
    if (!why.isEmpty())
        throw StoreError(StoreError::Kind::Refused, tr("廃棄 refused: %1").arg(why));
    Result result;
    SqlQuery docs(m_connection, QStringLiteral("SELECT id FROM documents WHERE file_id = ? ORDER BY id"));
    docs.bind(fileId).exec();
    while (docs.next())
        result.documentIds.append(docs.id(0));

    struct Content
    {
        qint64 id;
        QString sha256;
        qint64 size;
    };
    QList<Content> doomed;
    SqlQuery candidates(m_connection, QStringLiteral("SELECT x.id, x.sha256, x.size, CASE WHEN %1 THEN 1 ELSE 0 END ")
                                          .arg(kUsedElsewhere) +
                                          kOnlyHere + QStringLiteral("ORDER BY x.id"));
    candidates.bind(fileId).bind(fileId).bind(fileId).bind(fileId).exec();
    while (candidates.next()) {
        if (candidates.value(3).toInt() == 1)
            ++result.contentKept;
        else
            doomed.append({candidates.id(0), candidates.text(1), candidates.value(2).toLongLong()});
    }
    for (const Content &c : std::as_const(doomed)) {
        ++result.contentDeleted;
        result.bytesDeleted += c.size;
    }

    if (m_connection.isPostgreSQL()) {
        SqlQuery(m_connection, QStringLiteral("SELECT kessai_destroy_file(?, ?)")).bind(fileId).bind(requestId).exec();
    } else {
        const QString now = Timestamps::toText(Timestamps::now());
        QList<qint64> released;
        for (const Content &c : std::as_const(doomed)) {
            SqlQuery(m_connection, QStringLiteral("DELETE FROM page_layouts WHERE sha256 = ?")).bind(c.sha256).exec();
            SqlQuery renditions(m_connection, QStringLiteral("SELECT blob_id FROM renditions WHERE source_sha256 = ? AND blob_id "
                                                             "IS NOT NULL"));
            renditions.bind(c.sha256).exec();
            while (renditions.next())
                released.append(renditions.id(0));
            SqlQuery(m_connection, QStringLiteral("DELETE FROM renditions WHERE source_sha256 = ?")).bind(c.sha256).exec();
            SqlQuery(m_connection, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?")).bind(c.id).exec();
            SqlQuery(m_connection, QStringLiteral("UPDATE blobs SET destroyed_at = ?, sha256 = ? WHERE id = ?"))
                .bind(now)
                .bind(QString(BlobStore::kDestroyedPrefix + c.sha256))
                .bind(c.id)
                .exec();
        }
        // A rendition's own content goes with it, unless something else holds the same bytes.
        for (qint64 blobId : std::as_const(released)) {
            const bool held = SqlQuery(m_connection, QStringLiteral("SELECT (SELECT count(*) FROM attachment_versions WHERE blob_id = ?) "
                                                                    "+ (SELECT count(*) FROM edit_sessions WHERE working_blob_id = ?) "
                                                                    "+ (SELECT count(*) FROM renditions WHERE blob_id = ?)"))
                                  .bind(blobId)
                                  .bind(blobId)
                                  .bind(blobId)
                                  .scalar()
                                  .toInt() > 0;
            if (held)
                continue;
            SqlQuery(m_connection, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?")).bind(blobId).exec();
            SqlQuery(m_connection, QStringLiteral("DELETE FROM blobs WHERE id = ?")).bind(blobId).exec();
        }
        SqlQuery(m_connection, QStringLiteral("DELETE FROM edit_locks WHERE attachment_id IN (SELECT a.id FROM attachments a "
                                              "JOIN documents d ON d.id = a.document_id WHERE d.file_id = ?)"))
            .bind(fileId)
            .exec();
        SqlQuery(m_connection, QStringLiteral("UPDATE documents SET body = '', row_version = row_version + 1 WHERE file_id = ?"))
            .bind(fileId)
            .exec();
        SqlQuery(m_connection, QStringLiteral("UPDATE files SET status = 'destroyed' WHERE id = ?")).bind(fileId).exec();
        SqlQuery(m_connection, QStringLiteral("INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id, "
                                              "reason) VALUES (?, 'destroy', ?, ?, ?, '')"))
            .bind(fileId)
            .bind(now)
            .bind(session.realLogin())
            .bind(requestId)
            .exec();
    }
    QJsonArray documents;
    for (qint64 id : std::as_const(result.documentIds))
        documents.append(id);
    session.audit(QStringLiteral("file.destroy"), QStringLiteral("file"), fileId,
                  {{QStringLiteral("request"), requestId},
                   {QStringLiteral("documents"), documents},
                   {QStringLiteral("content_deleted"), result.contentDeleted},
                   {QStringLiteral("bytes_deleted"), result.bytesDeleted},
                   {QStringLiteral("content_kept"), result.contentKept}});
    transaction.commit();
    return result;
}

bool RecordDestruction::reclaimSpace()
{
    if (m_connection.isPostgreSQL() || m_connection.transactionDepth() > 0)
        return false;
    try {
        SqlQuery::execDirect(m_connection, QStringLiteral("VACUUM"));
    } catch (const StoreError &) {
        // Another client reading the file holds it: the 廃棄 stands, the space comes back at the next.
        return false;
    }
    return true;
}

} // namespace kessai
