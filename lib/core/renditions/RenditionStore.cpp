// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/renditions/RenditionStore.h"

#include "core/content/BlobStore.h"
#include "core/content/StagedBlob.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

namespace kessai {

namespace {
const auto kSelect = QStringLiteral(
    "SELECT r.source_sha256, r.status, b.sha256, b.size, r.page_count, r.error, r.converter, r.attempts, "
    "r.created_at, r.updated_at FROM renditions r LEFT JOIN blobs b ON b.id = r.blob_id ");

RenditionRecord readRecord(const SqlQuery &q)
{
    RenditionRecord r;
    r.sourceSha256 = q.text(0);
    r.status =
        q.text(1) == QLatin1String("ok") ? RenditionRecord::Status::Ok : RenditionRecord::Status::Failed;
    r.pdfSha256 = q.text(2);
    r.pdfSize = q.value(3).toLongLong();
    r.pageCount = q.value(4).toInt();
    r.error = q.text(5);
    r.converter = q.text(6);
    r.attempts = q.value(7).toInt();
    r.createdAt = Timestamps::fromText(q.text(8));
    r.updatedAt = Timestamps::fromText(q.text(9));
    return r;
}

QString normalised(const QString &sha256)
{
    const QString sha = sha256.trimmed().toLower();
    if (sha.size() != 64)
        throw StoreError(StoreError::Kind::BadData, QStringLiteral("\"%1\" is not a SHA-256").arg(sha256));
    return sha;
}
} // namespace

RenditionStore::RenditionStore(StoreConnection &connection)
    : m_connection(connection)
{}

std::optional<RenditionRecord> RenditionStore::find(const QString &sourceSha256)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE r.source_sha256 = ? AND r.kind = 'pdf'"));
    q.bind(normalised(sourceSha256)).exec();
    return q.next() ? std::optional<RenditionRecord>(readRecord(q)) : std::nullopt;
}

RenditionRecord RenditionStore::putPdf(const QString &sourceSha256, QIODevice &pdf, int pageCount,
                                       const QString &converter)
{
    const QString sha = normalised(sourceSha256);
    BlobStore blobs(m_connection);
    StagedBlob staged = blobs.stage(pdf, QStringLiteral("rendition of %1").arg(sha));
    Transaction transaction(m_connection);
    const BlobStore::Blob blob = blobs.publish(staged);
    const QString now = Timestamps::toText(Timestamps::now());
    SqlQuery(m_connection,
             QStringLiteral(
                 "INSERT INTO renditions (source_sha256, kind, status, blob_id, page_count, error, "
                 "converter, attempts, created_at, updated_at) VALUES (?, 'pdf', 'ok', ?, ?, '', ?, 1, ?, ?) "
                 "ON CONFLICT (source_sha256, kind) DO UPDATE SET status = 'ok', blob_id = "
                 "excluded.blob_id, page_count = excluded.page_count, error = '', converter = "
                 "excluded.converter, attempts = renditions.attempts + 1, updated_at = excluded.updated_at"))
        .bind(sha)
        .bind(blob.id)
        .bind(pageCount)
        .bind(converter)
        .bind(now)
        .bind(now)
        .exec();
    transaction.commit();
    return *find(sha);
}

RenditionRecord RenditionStore::putFailure(const QString &sourceSha256, const QString &error,
                                           const QString &converter)
{
    const QString sha = normalised(sourceSha256);
    const QString now = Timestamps::toText(Timestamps::now());
    Transaction transaction(m_connection);
    SqlQuery(m_connection,
             QStringLiteral(
                 "INSERT INTO renditions (source_sha256, kind, status, blob_id, page_count, error, "
                 "converter, attempts, created_at, updated_at) VALUES (?, 'pdf', 'failed', NULL, 0, ?, ?, "
                 "1, ?, ?) ON CONFLICT (source_sha256, kind) DO UPDATE SET status = 'failed', blob_id = "
                 "NULL, page_count = 0, error = excluded.error, converter = excluded.converter, attempts "
                 "= renditions.attempts + 1, updated_at = excluded.updated_at"))
        .bind(sha)
        .bind(error.left(kMaxErrorLength))
        .bind(converter)
        .bind(now)
        .bind(now)
        .exec();
    transaction.commit();
    return *find(sha);
}

bool RenditionStore::forget(const QString &sourceSha256)
{
    Transaction transaction(m_connection);
    SqlQuery q(m_connection,
               QStringLiteral("DELETE FROM renditions WHERE source_sha256 = ? AND kind = 'pdf'"));
    q.bind(normalised(sourceSha256)).exec();
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

void RenditionStore::readPdf(const QString &sourceSha256, QIODevice &sink)
{
    const auto record = find(sourceSha256);
    if (!record || !record->ok())
        throw StoreError(StoreError::Kind::BadData,
                         QStringLiteral("there is no PDF rendition of content %1").arg(sourceSha256));
    BlobStore(m_connection).read(record->pdfSha256, sink);
}

std::optional<PageLayoutRecord> RenditionStore::layout(const QString &sha256)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT layout_version, page_sizes, page_count, render_kind FROM "
                                            "page_layouts WHERE sha256 = ? ORDER BY created_at DESC"));
    q.bind(normalised(sha256)).exec();
    if (!q.next())
        return std::nullopt;
    PageLayoutRecord layout;
    layout.sha256 = normalised(sha256);
    layout.renderKind = q.text(3);
    layout.layoutVersion = q.value(0).toInt();
    layout.pageSizes = PageLayoutRecord::decodeSizes(q.text(1));
    if (layout.pageSizes.size() != q.value(2).toInt())
        return std::nullopt; // unreadable: computed again
    return layout;
}

void RenditionStore::putLayout(const PageLayoutRecord &layout)
{
    if (layout.pageSizes.isEmpty())
        throw StoreError(StoreError::Kind::BadData, QStringLiteral("a page layout needs at least one page"));
    Transaction transaction(m_connection);
    SqlQuery(m_connection,
             QStringLiteral(
                 "INSERT INTO page_layouts (sha256, render_kind, layout_version, page_count, page_sizes, "
                 "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256, render_kind) DO UPDATE SET "
                 "layout_version = excluded.layout_version, page_count = excluded.page_count, page_sizes "
                 "= excluded.page_sizes, created_at = excluded.created_at"))
        .bind(normalised(layout.sha256))
        .bind(layout.renderKind)
        .bind(layout.layoutVersion)
        .bind(int(layout.pageSizes.size()))
        .bind(PageLayoutRecord::encodeSizes(layout.pageSizes))
        .bind(Timestamps::toText(Timestamps::now()))
        .exec();
    transaction.commit();
}

} // namespace kessai
