// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/BlobStore.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QUuid>

namespace kessai {

namespace {
constexpr auto kPendingPrefix = "pending:";

/// When put() fails inside a caller's transaction, nothing is rolled back yet and the caller may
/// still commit (e.g. skipping one bad file of several): remove the partial blob right away.
class PartialBlobCleanup
{
public:
    PartialBlobCleanup(StoreConnection &connection, qint64 blobId)
        : m_connection(connection)
        , m_blobId(blobId)
        , m_nested(connection.transactionDepth() > 1)
    {}
    ~PartialBlobCleanup()
    {
        if (m_dismissed || !m_nested)
            return;
        try {
            SqlQuery(m_connection, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"))
                .bind(m_blobId)
                .exec();
            SqlQuery(m_connection, QStringLiteral("DELETE FROM blobs WHERE id = ?")).bind(m_blobId).exec();
        } catch (const StoreError &) {
            // The statement that failed aborted the caller's transaction (PostgreSQL): it cannot commit.
        }
    }
    PartialBlobCleanup(const PartialBlobCleanup &) = delete;
    PartialBlobCleanup &operator=(const PartialBlobCleanup &) = delete;
    void dismiss() { m_dismissed = true; }

private:
    StoreConnection &m_connection;
    qint64 m_blobId;
    bool m_nested;
    bool m_dismissed = false;
};
} // namespace

BlobStore::BlobStore(StoreConnection &connection)
    : m_connection(connection)
{}

std::optional<BlobStore::Blob> BlobStore::find(const QString &sha256)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, sha256, size FROM blobs WHERE sha256 = ?"));
    q.bind(sha256.toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return Blob{q.id(0), q.text(1), q.value(2).toLongLong(), true};
}

BlobStore::Blob BlobStore::put(QIODevice &source, const QString &sourceName, const QString &expectedSha256,
                               const Progress &progress)
{
    if (!expectedSha256.isEmpty()) {
        if (const auto existing = find(expectedSha256))
            return *existing;
    }
    Transaction transaction(m_connection);
    // The row exists under a unique placeholder until the hash is known; only this
    // transaction can see it, and a rollback removes it with its chunks.
    const QString placeholder =
        QLatin1String(kPendingPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 blobId =
        SqlQuery(m_connection, QStringLiteral("INSERT INTO blobs (sha256, size, chunk_size, created_at) "
                                              "VALUES (?, 0, ?, ?) RETURNING id"))
            .bind(placeholder)
            .bind(kChunkSize)
            .bind(Timestamps::toText(Timestamps::now()))
            .scalar()
            .toLongLong();
    PartialBlobCleanup cleanup(m_connection, blobId);
    SqlQuery insertChunk(m_connection,
                         QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    int seq = 0;
    for (;;) {
        // Fill a whole chunk: sequential devices may return less than asked.
        qint64 filled = 0;
        while (filled < kChunkSize) {
            const qint64 n = source.read(buffer.data() + filled, kChunkSize - filled);
            if (n < 0)
                throw StoreError(StoreError::Kind::BadData,
                                 tr("%1: read failed after %2 bytes: %3")
                                     .arg(sourceName, QString::number(total + filled), source.errorString()));
            if (n == 0 && (source.atEnd() || !source.waitForReadyRead(30000)))
                break;
            filled += n;
        }
        if (filled == 0)
            break;
        const QByteArray chunk = filled == kChunkSize ? buffer : buffer.left(filled);
        hash.addData(chunk);
        insertChunk.bind(blobId).bind(seq++).bind(chunk).exec();
        total += filled;
        if (progress && !progress(total))
            throw StoreError(StoreError::Kind::Cancelled,
                             tr("%1: cancelled; nothing was stored").arg(sourceName));
        if (filled < kChunkSize)
            break;
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    if (!expectedSha256.isEmpty() && sha256 != expectedSha256.toLower())
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 changed while it was being copied; nothing was stored").arg(sourceName));
    if (const auto existing = find(sha256)) {
        // Same content already stored: drop our copy (works inside a caller's transaction too).
        SqlQuery(m_connection, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"))
            .bind(blobId)
            .exec();
        SqlQuery(m_connection, QStringLiteral("DELETE FROM blobs WHERE id = ?")).bind(blobId).exec();
        cleanup.dismiss();
        transaction.commit();
        return *existing;
    }
    SqlQuery(m_connection, QStringLiteral("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?"))
        .bind(sha256)
        .bind(total)
        .bind(blobId)
        .exec();
    cleanup.dismiss();
    transaction.commit();
    return Blob{blobId, sha256, total, false};
}

void BlobStore::read(const QString &sha256, QIODevice &sink)
{
    const auto blob = find(sha256);
    if (!blob)
        throw StoreError(StoreError::Kind::BadData, tr("no stored content with SHA-256 %1").arg(sha256));
    // One chunk per query: drivers that buffer whole result sets (QPSQL) stay bounded too.
    SqlQuery chunk(m_connection,
                   QStringLiteral("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?"));
    qint64 written = 0;
    for (int seq = 0; written < blob->size; ++seq) {
        chunk.bind(blob->id).bind(seq).exec();
        if (!chunk.next())
            throw StoreError(
                StoreError::Kind::Internal,
                tr("stored content %1 is incomplete (chunk %2 missing)").arg(sha256, QString::number(seq)));
        const QByteArray data = chunk.value(0).toByteArray();
        if (sink.write(data) != data.size())
            throw StoreError(StoreError::Kind::BadData, tr("cannot write: %1").arg(sink.errorString()));
        written += data.size();
    }
}

qint64 BlobStore::orphanChunkCount()
{
    return SqlQuery(m_connection,
                    QStringLiteral("SELECT count(*) FROM blob_chunks c WHERE NOT EXISTS "
                                   "(SELECT 1 FROM blobs b WHERE b.id = c.blob_id AND b.sha256 NOT LIKE ?)"))
        .bind(QString(QLatin1String(kPendingPrefix) + QLatin1Char('%')))
        .scalar()
        .toLongLong();
}

} // namespace kessai
