// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace kessai {

class StagedBlob;
class StoreConnection;

/// Content-addressed storage in the database: one row per distinct SHA-256, the bytes in
/// chunks of kChunkSize. Data is streamed in and out one chunk at a time, so memory stays
/// bounded whatever the size.
///
/// Writing never holds the write lock for long: stage() streams the chunks in as staged
/// (pending, invisible) content, committing every few chunks in a short transaction of its own,
/// and publish() makes the content visible in one short commit (inside the caller's
/// transaction, with the attachment that uses it). What is not published is discarded, by the
/// StagedBlob, or — if the client died — by the next stage() once its heartbeat is older than
/// kAbandonedAfterSeconds.
///
/// Reading checks what it reads: every chunk present and of the right size, and the SHA-256
/// of the whole; damaged content is refused with a message naming what uses it.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    static constexpr qint64 kChunkSize = 1024 * 1024;
    /// Chunks written (or discarded) per short transaction: a few MiB, some milliseconds.
    static constexpr int kChunksPerTransaction = 4;
    /// Staged content whose last chunk is older than this was abandoned (its client died).
    static constexpr qint64 kAbandonedAfterSeconds = 10 * 60;
    /// The largest content an office server accepts: it hashes the content itself as one value
    /// (PostgreSQL has no incremental SHA-256; one value is limited to 1 GB). Must equal
    /// kessai_content_check_limit() of schema 23.
    static constexpr qint64 kServerCheckLimit = 1023LL * 1024 * 1024;

    struct Blob
    {
        qint64 id = 0;
        QString sha256; ///< lowercase hex
        qint64 size = 0;
        bool reused = false; ///< the content was already stored (deduplicated)
    };
    /// Called after each chunk with the bytes done so far; return false to cancel.
    using Progress = std::function<bool(qint64 bytesDone)>;

    /// A destroyed content's hash becomes "destroyed:<sha256>" (RecordDestruction): the record of
    /// what it was stays, and the same bytes stored again later are new content.
    static inline const QString kDestroyedPrefix = QStringLiteral("destroyed:");

    explicit BlobStore(StoreConnection &connection);

    /// stage() then publish(): the content is visible when this returns. Throws like stage().
    Blob put(QIODevice &source, const QString &sourceName, const QString &expectedSha256 = {},
             const Progress &progress = {});
    /// Streams source into staged chunks (see the class comment). Call it outside a transaction:
    /// inside one, the chunks join it and hold its locks until it ends. When expectedSha256 is
    /// given and already stored, nothing is read. Throws StoreError: Cancelled (progress returned
    /// false), BadData (read error, content not matching expectedSha256, e.g. the file changed
    /// while being copied, content over kServerCheckLimit on PostgreSQL); nothing staged remains
    /// then.
    StagedBlob stage(QIODevice &source, const QString &sourceName, const QString &expectedSha256 = {},
                     const Progress &progress = {});
    /// Makes staged content visible, in the caller's transaction or a short one of its own. When
    /// the same content is stored already, that blob is returned (reused) and the staged copy is
    /// discarded by the StagedBlob. BadData if the staged copy was discarded as abandoned.
    Blob publish(StagedBlob &staged);

    std::optional<Blob> find(const QString &sha256);
    /// Writes the blob's bytes to sink chunk by chunk, checking each chunk and the SHA-256 of the
    /// whole on the way. Damaged content (a chunk missing or of the wrong size, bytes not matching
    /// the SHA-256) throws StoreError(BadData) naming the documents and attachments that use it
    /// and what is wrong. The sink may then hold bytes already: write to a temporary file (or
    /// QSaveFile) and drop it on failure.
    void read(const QString &sha256, QIODevice &sink);
    /// Reads the blob and checks it like read() without writing it: for a sink that cannot take
    /// back what it got (standard output). Throws like read().
    void verify(const QString &sha256);
    /// Reads the blob as read() does without writing it anywhere: empty when it is intact, else
    /// what is wrong ("chunk 3 of 5 is missing"). progress gets the bytes read of this blob.
    QString check(const Blob &blob, const Progress &progress = {});
    /// "document 12, attachment 2 "見積書.csv" (version 1)": what uses the blob, for messages.
    QString describeUsers(qint64 blobId);

    /// Discards the staged content whose heartbeat is older than olderThanSeconds (in short
    /// transactions); returns how many were discarded.
    int discardAbandoned(qint64 olderThanSeconds = kAbandonedAfterSeconds);
    /// Discards staged content that was not published (nothing if it was); chunks go in short
    /// transactions (or in the caller's).
    void discardStaged(qint64 blobId);
    /// Staged content in the store: uploads in progress, or abandoned ones not yet discarded.
    qint64 stagedCount();
    /// Chunks not belonging to any complete blob (0 unless an upload is in progress or was
    /// abandoned; for tests and checks).
    qint64 orphanChunkCount();

private:
    /// Streams the blob's chunks, checking them, into sink (may be null). Returns the problem,
    /// empty when intact.
    QString stream(const Blob &blob, QIODevice *sink, const Progress &progress);
    void readChecked(const QString &sha256, QIODevice *sink);
    /// Marks staged content as being discarded if its heartbeat is before heartbeatBefore.
    bool claimForDiscard(qint64 blobId, const QString &heartbeatBefore);
    void deleteClaimed(qint64 blobId);

    StoreConnection &m_connection;
};

} // namespace kessai
