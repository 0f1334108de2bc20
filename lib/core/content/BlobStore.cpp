// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/BlobStore.h"

#include "core/Sha256.h"
#include "core/content/StagedBlob.h"
#include "core/store/PgStatement.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QIODevice>
#include <QUuid>

#include <future>

namespace kessai {

namespace {
constexpr auto kPendingPrefix = "pending:";
// staged_at is '' while the chunks are being discarded: it sorts before every heartbeat.
/// Sorts after every heartbeat: "whatever its heartbeat".
const QString kAnyHeartbeat = QStringLiteral("~");
constexpr int kMaxUsersNamed = 3;

QString nowText()
{
    return Timestamps::toText(Timestamps::now());
}

/// Inserts chunks: on PostgreSQL as binary parameters of a statement kept for the connection, a
/// batch in one round trip (PgStatement: Qt's driver would send each as a hex literal twice its
/// size), else through SqlQuery.
class ChunkWriter
{
public:
    explicit ChunkWriter(StoreConnection &connection)
    {
        if (PgStatement::available(connection))
            m_server.emplace(
                connection, QByteArrayLiteral("kessai_insert_blob_chunk"),
                QByteArrayLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES ($1, $2, $3)"));
        else
            m_query.emplace(connection,
                            QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)"));
    }
    /// Writes chunks as seq firstSeq, firstSeq + 1, …
    void operator()(qint64 blobId, int firstSeq, const QList<QByteArray> &chunks)
    {
        if (m_server) {
            QList<QList<PgStatement::Parameter>> rows;
            for (int i = 0; i < chunks.size(); ++i)
                rows.append({PgStatement::number(blobId), PgStatement::number(firstSeq + i),
                             PgStatement::bytes(chunks.at(i))});
            m_server->execAll(rows);
            return;
        }
        for (int i = 0; i < chunks.size(); ++i)
            m_query->bind(blobId).bind(firstSeq + i).bind(chunks.at(i)).exec();
    }

private:
    std::optional<PgStatement> m_server;
    std::optional<SqlQuery> m_query;
};

/// Chunks read from the source for one short transaction.
struct Batch
{
    QList<QByteArray> chunks;
    qint64 doneAfter = 0; ///< bytes read from the source up to the batch's last chunk
    bool atEnd = false;
};

qint64 expectedChunks(qint64 size, qint64 chunkSize)
{
    return size <= 0 ? 0 : (size + chunkSize - 1) / chunkSize;
}

/// Fills buffer with up to its size from source: sequential devices may return less than asked.
qint64 fill(QIODevice &source, QByteArray &buffer, const QString &sourceName, qint64 doneBefore)
{
    qint64 filled = 0;
    while (filled < buffer.size()) {
        const qint64 n = source.read(buffer.data() + filled, buffer.size() - filled);
        if (n < 0)
            throw StoreError(
                StoreError::Kind::BadData,
                BlobStore::tr("%1: read failed after %2 bytes: %3")
                    .arg(sourceName, QString::number(doneBefore + filled), source.errorString()));
        if (n == 0 && (source.atEnd() || !source.waitForReadyRead(30000)))
            break;
        filled += n;
    }
    return filled;
}
StoreError tooLarge(const QString &sourceName, qint64 size)
{
    return StoreError(StoreError::Kind::BadData,
                      BlobStore::tr("%1: %2 bytes or more; the office server checks content of at most %3 "
                                    "bytes (it hashes the whole content at once); nothing was stored")
                          .arg(sourceName)
                          .arg(size)
                          .arg(BlobStore::kServerCheckLimit));
}
} // namespace

BlobStore::BlobStore(StoreConnection &connection)
    : m_connection(connection)
{}

std::optional<BlobStore::Blob> BlobStore::find(const QString &sha256)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT id, sha256, size FROM blobs WHERE sha256 = ? AND staged_at IS NULL "
                              "AND destroyed_at IS NULL"));
    q.bind(sha256.toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return Blob{q.id(0), q.text(1), q.value(2).toLongLong(), true};
}

BlobStore::Blob BlobStore::put(QIODevice &source, const QString &sourceName, const QString &expectedSha256,
                               const Progress &progress)
{
    StagedBlob staged = stage(source, sourceName, expectedSha256, progress);
    return publish(staged);
}

StagedBlob BlobStore::stage(QIODevice &source, const QString &sourceName, const QString &expectedSha256,
                            const Progress &progress)
{
    if (!expectedSha256.isEmpty()) {
        if (const auto existing = find(expectedSha256))
            return StagedBlob(m_connection, *existing);
    }
    // The office server refuses content it cannot hash: say so before uploading any of it.
    const qint64 limit = m_connection.isPostgreSQL() ? kServerCheckLimit : -1;
    if (limit >= 0 && !source.isSequential() && source.size() - source.pos() > limit)
        throw tooLarge(sourceName, source.size() - source.pos());
    if (m_connection.transactionDepth() == 0)
        discardAbandoned();
    qint64 stagedId = 0;
    {
        // A unique placeholder until the hash is known; staged_at marks it as not yet visible.
        Transaction transaction(m_connection);
        const QString placeholder =
            QLatin1String(kPendingPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
        stagedId =
            SqlQuery(m_connection,
                     QStringLiteral("INSERT INTO blobs (sha256, size, chunk_size, created_at, staged_at) "
                                    "VALUES (?, 0, ?, ?, ?) RETURNING id"))
                .bind(placeholder)
                .bind(kChunkSize)
                .bind(nowText())
                .bind(nowText())
                .scalar()
                .toLongLong();
        transaction.commit();
    }
    StagedBlob staged(m_connection, stagedId); // discards what was staged if anything below throws
    SqlQuery heartbeat(m_connection,
                       QStringLiteral("UPDATE blobs SET staged_at = ? WHERE id = ? AND staged_at > ''"));
    ChunkWriter writeChunks(m_connection);
    // Reads up to kChunksPerTransaction chunks after doneBefore bytes.
    const auto readBatch = [&source, &sourceName, limit](qint64 doneBefore) {
        Batch batch{{}, doneBefore, false};
        while (!batch.atEnd && batch.chunks.size() < kChunksPerTransaction) {
            QByteArray chunk(kChunkSize, Qt::Uninitialized);
            const qint64 filled = fill(source, chunk, sourceName, batch.doneAfter);
            batch.atEnd = filled < kChunkSize;
            if (filled == 0)
                break;
            chunk.truncate(filled);
            batch.doneAfter += filled;
            if (limit >= 0 && batch.doneAfter > limit)
                throw tooLarge(sourceName, batch.doneAfter);
            batch.chunks.append(chunk);
        }
        return batch;
    };
    // A file is read ahead on the helper thread; a pipe or socket only on this one (its owner).
    const bool readAhead = !source.isSequential();
    Sha256 hash;
    Batch next = readBatch(0);
    qint64 total = 0;
    int seq = 0;
    while (!next.chunks.isEmpty()) {
        const Batch batch = std::move(next);
        for (const QByteArray &chunk : batch.chunks) {
            total += chunk.size();
            if (progress && !progress(total))
                throw StoreError(StoreError::Kind::Cancelled,
                                 tr("%1: cancelled; nothing was stored").arg(sourceName));
        }
        // While the database writes the batch, a helper thread hashes it and reads the next one:
        // the largest costs of attaching overlap instead of adding up. No transaction waits for
        // the source: the next batch is joined after the commit (or, if a write throws, by the
        // future's destructor).
        std::future<Batch> helper = std::async(std::launch::async, [&hash, &readBatch, &batch, readAhead] {
            for (const QByteArray &chunk : batch.chunks)
                hash.addData(chunk);
            return readAhead && !batch.atEnd ? readBatch(batch.doneAfter) : Batch{{}, batch.doneAfter, true};
        });
        Transaction transaction(m_connection);
        heartbeat.bind(nowText()).bind(stagedId).exec();
        if (heartbeat.numRowsAffected() != 1)
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1: the copy being stored was discarded as abandoned (no progress for %2 "
                                "minutes); nothing was stored")
                                 .arg(sourceName)
                                 .arg(kAbandonedAfterSeconds / 60));
        writeChunks(stagedId, seq, batch.chunks);
        seq += int(batch.chunks.size());
        transaction.commit();
        next = helper.get();
        if (!readAhead && !batch.atEnd)
            next = readBatch(batch.doneAfter);
    }
    const QString sha256 = hash.hexResult();
    if (!expectedSha256.isEmpty() && sha256 != expectedSha256.toLower())
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 changed while it was being copied; nothing was stored").arg(sourceName));
    staged.setContent(sha256, total);
    return staged;
}

BlobStore::Blob BlobStore::publish(StagedBlob &staged)
{
    if (staged.stagedId() == 0)
        return staged.blob();
    Transaction transaction(m_connection);
    if (m_connection.isPostgreSQL()) {
        // Two clients publishing the same content at once: the second must see the first's row
        // instead of failing on the unique index (SQLite's BEGIN IMMEDIATE serialises already).
        SqlQuery(m_connection, QStringLiteral("SELECT pg_advisory_xact_lock(?)"))
            .bind(staged.sha256().left(15).toLongLong(nullptr, 16))
            .exec();
    }
    if (m_connection.isPostgreSQL()) {
        // The office server hashes the chunks itself, and when the content is stored already
        // (perhaps in a document this user cannot see) records that they hold it.
        const QVariant id = SqlQuery(m_connection, QStringLiteral("SELECT kessai_publish_staged(?, ?, ?)"))
                                .bind(staged.stagedId())
                                .bind(staged.sha256())
                                .bind(staged.size())
                                .scalar();
        if (id.isNull())
            throw StoreError(
                StoreError::Kind::BadData,
                tr("the copy of content %1 being stored was discarded as abandoned before it was "
                   "complete; nothing was stored, try again")
                    .arg(staged.sha256()));
        transaction.commit();
        const qint64 blobId = id.toLongLong();
        // When it reused stored content the staged copy is discarded when `staged` goes away.
        return Blob{blobId, staged.sha256(), staged.size(), blobId != staged.stagedId()};
    }
    if (const auto existing = find(staged.sha256())) {
        transaction.commit();
        return *existing; // the staged copy is discarded when `staged` goes away
    }
    const qint64 chunks =
        SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM blob_chunks WHERE blob_id = ?"))
            .bind(staged.stagedId())
            .scalar()
            .toLongLong();
    bool published = false;
    if (chunks == expectedChunks(staged.size(), kChunkSize)) {
        SqlQuery visible(
            m_connection,
            QStringLiteral("UPDATE blobs SET sha256 = ?, size = ?, created_at = ?, staged_at = NULL "
                           "WHERE id = ? AND staged_at > ''"));
        visible.bind(staged.sha256()).bind(staged.size()).bind(nowText()).bind(staged.stagedId()).exec();
        published = visible.numRowsAffected() == 1;
    }
    if (!published)
        throw StoreError(StoreError::Kind::BadData,
                         tr("the copy of content %1 being stored was discarded as abandoned before it was "
                            "complete; nothing was stored, try again")
                             .arg(staged.sha256()));
    transaction.commit();
    return Blob{staged.stagedId(), staged.sha256(), staged.size(), false};
}

void BlobStore::read(const QString &sha256, QIODevice &sink)
{
    readChecked(sha256, &sink);
}

void BlobStore::verify(const QString &sha256)
{
    readChecked(sha256, nullptr);
}

void BlobStore::readChecked(const QString &sha256, QIODevice *sink)
{
    if (sha256.startsWith(kDestroyedPrefix))
        throw StoreError(StoreError::Kind::BadData,
                         tr("the content %1 was destroyed (廃棄) with its 簿冊; only its record remains")
                             .arg(sha256.mid(kDestroyedPrefix.size())));
    const auto blob = find(sha256);
    if (!blob)
        throw StoreError(StoreError::Kind::BadData, tr("no stored content with SHA-256 %1").arg(sha256));
    const QString problem = stream(*blob, sink, {});
    if (!problem.isEmpty())
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1: the stored content is damaged (%2); it is refused rather than shown wrong")
                             .arg(describeUsers(blob->id), problem));
}

QString BlobStore::check(const Blob &blob, const Progress &progress)
{
    return stream(blob, nullptr, progress);
}

QString BlobStore::stream(const Blob &blob, QIODevice *sink, const Progress &progress)
{
    const qint64 chunkSize =
        SqlQuery(m_connection, QStringLiteral("SELECT chunk_size FROM blobs WHERE id = ?"))
            .bind(blob.id)
            .scalar()
            .toLongLong();
    if (chunkSize <= 0)
        return tr("its chunk size %1 is invalid").arg(chunkSize);
    const qint64 count = expectedChunks(blob.size, chunkSize);
    // One chunk per query: drivers that buffer whole result sets (QPSQL) stay bounded too.
    SqlQuery chunk(m_connection,
                   QStringLiteral("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?"));
    Sha256 hash;
    qint64 done = 0;
    for (qint64 seq = 0; seq < count; ++seq) {
        chunk.bind(blob.id).bind(seq).exec();
        if (!chunk.next())
            return tr("chunk %1 of %2 is missing").arg(seq + 1).arg(count);
        const QByteArray data = chunk.value(0).toByteArray();
        const qint64 expected = seq + 1 < count ? chunkSize : blob.size - seq * chunkSize;
        if (data.size() != expected)
            return tr("chunk %1 of %2 holds %3 bytes instead of %4")
                .arg(seq + 1)
                .arg(count)
                .arg(data.size())
                .arg(expected);
        hash.addData(data);
        if (sink && sink->write(data) != data.size())
            throw StoreError(StoreError::Kind::BadData, tr("cannot write: %1").arg(sink->errorString()));
        done += data.size();
        if (progress && !progress(done))
            throw StoreError(StoreError::Kind::Cancelled, tr("cancelled"));
    }
    if (hash.hexResult() != blob.sha256)
        return tr("its bytes do not match their SHA-256 %1").arg(blob.sha256);
    return {};
}

QString BlobStore::describeUsers(qint64 blobId)
{
    QStringList users;
    SqlQuery attachments(
        m_connection,
        QStringLiteral(
            "SELECT a.document_id, a.position, a.display_name, v.version_no, a.removed_at FROM "
            "attachment_versions v JOIN attachments a ON a.id = v.attachment_id WHERE v.blob_id = ? "
            "ORDER BY a.document_id, a.position, v.version_no"));
    attachments.bind(blobId).exec();
    int more = 0;
    while (attachments.next()) {
        if (users.size() == kMaxUsersNamed) {
            ++more;
            continue;
        }
        const QString removed = attachments.value(4).isNull() ? QString() : tr(", removed");
        users.append(tr("document %1, attachment %2 \"%3\" (version %4%5)")
                         .arg(attachments.id(0))
                         .arg(attachments.value(1).toInt())
                         .arg(attachments.text(2))
                         .arg(attachments.value(3).toInt())
                         .arg(removed));
    }
    // A PDF made of an office attachment: name the attachment it shows.
    SqlQuery renditions(m_connection,
                        QStringLiteral("SELECT b.id, r.source_sha256 FROM renditions r LEFT JOIN "
                                       "blobs b ON b.sha256 = r.source_sha256 WHERE r.blob_id = ?"));
    renditions.bind(blobId).exec();
    while (renditions.next()) {
        const qint64 sourceId = renditions.id(0);
        const QString source = sourceId > 0 && sourceId != blobId
                                   ? describeUsers(sourceId)
                                   : tr("content %1").arg(renditions.text(1).left(16));
        users.append(tr("the PDF shown for %1").arg(source));
    }
    SqlQuery sessions(m_connection, QStringLiteral("SELECT s.id, a.document_id, a.position, a.display_name "
                                                   "FROM edit_sessions s JOIN attachments a ON "
                                                   "a.id = s.attachment_id WHERE s.working_blob_id = ?"));
    sessions.bind(blobId).exec();
    while (sessions.next())
        users.append(tr("the working copy of edit session %1 (document %2, attachment %3 \"%4\")")
                         .arg(sessions.id(0))
                         .arg(sessions.id(1))
                         .arg(sessions.value(2).toInt())
                         .arg(sessions.text(3)));
    if (more > 0)
        users.append(tr("%n more attachment(s)", nullptr, more));
    if (users.isEmpty()) {
        const QString sha = SqlQuery(m_connection, QStringLiteral("SELECT sha256 FROM blobs WHERE id = ?"))
                                .bind(blobId)
                                .scalar()
                                .toString();
        return tr("stored content %1 (used by no attachment)").arg(sha);
    }
    return users.join(QStringLiteral("; "));
}

int BlobStore::discardAbandoned(qint64 olderThanSeconds)
{
    const QString cutoff = Timestamps::toText(Timestamps::now().addSecs(-olderThanSeconds));
    SqlQuery stale(m_connection,
                   QStringLiteral("SELECT id FROM blobs WHERE staged_at IS NOT NULL AND staged_at < ?"));
    stale.bind(cutoff).exec();
    QList<qint64> ids;
    while (stale.next())
        ids.append(stale.id(0));
    int discarded = 0;
    for (const qint64 id : std::as_const(ids)) {
        // Checked again under the write lock: its client may have written a chunk just now.
        if (claimForDiscard(id, cutoff)) {
            deleteClaimed(id);
            ++discarded;
        }
    }
    return discarded;
}

void BlobStore::discardStaged(qint64 blobId)
{
    // Usually it was published: a read settles that without taking the write lock.
    const bool staged =
        SqlQuery(m_connection,
                 QStringLiteral("SELECT count(*) FROM blobs WHERE id = ? AND staged_at IS NOT NULL"))
            .bind(blobId)
            .scalar()
            .toInt() > 0;
    if (staged && claimForDiscard(blobId, kAnyHeartbeat))
        deleteClaimed(blobId);
}

bool BlobStore::claimForDiscard(qint64 blobId, const QString &heartbeatBefore)
{
    Transaction transaction(m_connection);
    SqlQuery claim(m_connection, QStringLiteral("UPDATE blobs SET staged_at = '' WHERE id = ? AND staged_at "
                                                "IS NOT NULL AND staged_at < ?"));
    claim.bind(blobId).bind(heartbeatBefore).exec();
    const bool claimed = claim.numRowsAffected() == 1;
    transaction.commit();
    return claimed;
}

void BlobStore::deleteClaimed(qint64 blobId)
{
    // From the last chunk down, a few per transaction: freeing a large blob's pages takes time.
    const qint64 last =
        SqlQuery(m_connection,
                 QStringLiteral("SELECT coalesce(max(seq), -1) FROM blob_chunks WHERE blob_id = ?"))
            .bind(blobId)
            .scalar()
            .toLongLong();
    SqlQuery deleteChunks(
        m_connection, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ? AND seq > ? AND seq <= ?"));
    for (qint64 high = last; high >= 0; high -= kChunksPerTransaction) {
        Transaction transaction(m_connection);
        deleteChunks.bind(blobId).bind(high - kChunksPerTransaction).bind(high).exec();
        transaction.commit();
    }
    Transaction transaction(m_connection);
    SqlQuery(m_connection, QStringLiteral("DELETE FROM blobs WHERE id = ? AND staged_at = ''"))
        .bind(blobId)
        .exec();
    transaction.commit();
}

qint64 BlobStore::stagedCount()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM blobs WHERE staged_at IS NOT NULL"))
        .scalar()
        .toLongLong();
}

qint64 BlobStore::orphanChunkCount()
{
    return SqlQuery(m_connection,
                    QStringLiteral("SELECT count(*) FROM blob_chunks c WHERE NOT EXISTS "
                                   "(SELECT 1 FROM blobs b WHERE b.id = c.blob_id AND b.staged_at IS NULL)"))
        .scalar()
        .toLongLong();
}

} // namespace kessai
