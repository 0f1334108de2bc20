// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/StoreVerifier.h"

#include "core/audit/AuditLog.h"
#include "core/content/BlobStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <algorithm>

namespace kessai {

StoreVerifier::StoreVerifier(StoreConnection &connection)
    : m_connection(connection)
{}

StoreVerifier::Report StoreVerifier::run(const ProgressCallback &progress)
{
    Report report;
    // On the office server a member of staff sees only the content they may read: stored content
    // they cannot see would look missing, so say who may verify the whole store instead.
    if (m_connection.isPostgreSQL() &&
        !SqlQuery(m_connection,
                  QStringLiteral("SELECT kessai_session_is_superuser() OR "
                                 "kessai_user_has_role(kessai_session_user_id(), 'records_manager')"))
             .scalar()
             .toBool())
        throw StoreError(
            StoreError::Kind::Refused,
            tr("on the office server only records managers (文書管理者) see every stored content, which "
               "verifying the store needs; %1 is not one")
                .arg(m_connection.identityLogin()));
    checkBlobs(report, progress);
    checkRecordedSizes(report);
    checkOrphanChunks(report);
    checkAuditLog(report);
    report.stagedUploads = BlobStore(m_connection).stagedCount();
    return report;
}

void StoreVerifier::checkBlobs(Report &report, const ProgressCallback &progress)
{
    QList<BlobStore::Blob> blobs;
    QList<qint64> chunkSizes;
    Progress done;
    {
        SqlQuery list(m_connection, QStringLiteral("SELECT id, sha256, size, chunk_size FROM blobs WHERE "
                                                   "staged_at IS NULL AND destroyed_at IS NULL ORDER BY id"));
        list.exec();
        while (list.next()) {
            blobs.append({list.id(0), list.text(1), list.value(2).toLongLong(), false});
            chunkSizes.append(std::max<qint64>(1, list.value(3).toLongLong()));
            done.bytesTotal += blobs.constLast().size;
        }
    }
    done.blobsTotal = blobs.size();
    if (progress && !progress(done))
        throw StoreError(StoreError::Kind::Cancelled, tr("the check was cancelled"));
    BlobStore store(m_connection);
    SqlQuery chunks(m_connection, QStringLiteral("SELECT count(*), coalesce(max(seq), -1) FROM blob_chunks "
                                                 "WHERE blob_id = ?"));
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const BlobStore::Blob &blob = blobs.at(i);
        const qint64 before = done.bytesDone;
        QString problem = store.check(blob, [&](qint64 bytes) {
            done.bytesDone = before + bytes;
            return !progress || progress(done);
        });
        if (problem.isEmpty()) {
            // Reading stops at the last chunk the size calls for: extra ones are found here.
            chunks.bind(blob.id).exec();
            chunks.next();
            const qint64 expected =
                blob.size <= 0 ? 0 : (blob.size + chunkSizes.at(i) - 1) / chunkSizes.at(i);
            const qint64 count = chunks.value(0).toLongLong();
            const qint64 last = chunks.value(1).toLongLong();
            if (count != expected || last != expected - 1)
                problem = tr("it has %1 chunks (the last numbered %2) where its size calls for %3")
                              .arg(count)
                              .arg(last + 1)
                              .arg(expected);
        }
        if (!problem.isEmpty())
            report.problems.append(
                tr("%1: %2 (content %3)").arg(store.describeUsers(blob.id), problem, blob.sha256.left(16)));
        done.bytesDone = before + blob.size;
        ++done.blobsDone;
        ++report.blobsChecked;
        report.bytesChecked += blob.size;
        if (progress && !progress(done))
            throw StoreError(StoreError::Kind::Cancelled, tr("the check was cancelled"));
    }
}

void StoreVerifier::checkRecordedSizes(Report &report)
{
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT a.document_id, a.position, a.display_name, v.version_no, v.size, b.size "
                       "FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id "
                       "JOIN blobs b ON b.id = v.blob_id WHERE v.size <> b.size OR b.staged_at IS NOT NULL "
                       "ORDER BY a.document_id, a.position, v.version_no"));
    q.exec();
    while (q.next())
        report.problems.append(
            tr("document %1, attachment %2 \"%3\" (version %4): the version records %5 bytes, "
               "its stored content %6")
                .arg(q.id(0))
                .arg(q.value(1).toInt())
                .arg(q.text(2))
                .arg(q.value(3).toInt())
                .arg(q.value(4).toLongLong())
                .arg(q.value(5).toLongLong()));
}

void StoreVerifier::checkOrphanChunks(Report &report)
{
    const qint64 orphans =
        SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM blob_chunks c WHERE NOT EXISTS "
                                              "(SELECT 1 FROM blobs b WHERE b.id = c.blob_id)"))
            .scalar()
            .toLongLong();
    if (orphans > 0)
        report.problems.append(tr("%n stored chunk(s) belong to no content", nullptr, int(orphans)));
}

void StoreVerifier::checkAuditLog(Report &report)
{
    const AuditLog::Verification audit = AuditLog(m_connection).verify();
    report.auditEventsChecked = audit.eventsChecked;
    if (!audit.intact)
        report.problems.append(tr("audit log: %1").arg(audit.problem));
}

} // namespace kessai
