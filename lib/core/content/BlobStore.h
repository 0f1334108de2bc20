// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace kessai {

class StoreConnection;

/// Content-addressed storage in the database: one row per distinct SHA-256, the bytes in
/// chunks of kChunkSize. Data is streamed in and out one chunk at a time, so memory stays
/// bounded whatever the size, and a put() is one transaction: it leaves either a complete
/// blob or nothing.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    static constexpr qint64 kChunkSize = 1024 * 1024;

    struct Blob
    {
        qint64 id = 0;
        QString sha256; ///< lowercase hex
        qint64 size = 0;
        bool reused = false; ///< the content was already stored (deduplicated)
    };
    /// Called after each chunk with the bytes done so far; return false to cancel.
    using Progress = std::function<bool(qint64 bytesDone)>;

    explicit BlobStore(StoreConnection &connection);

    /// Streams source into the store. When expectedSha256 is given and already stored, nothing
    /// is read. Throws StoreError: Cancelled (progress returned false), BadData (read error or
    /// content not matching expectedSha256, e.g. the file changed while being copied).
    Blob put(QIODevice &source, const QString &sourceName, const QString &expectedSha256 = {},
             const Progress &progress = {});
    std::optional<Blob> find(const QString &sha256);
    /// Writes the blob's bytes to sink, chunk by chunk.
    void read(const QString &sha256, QIODevice &sink);

    /// Chunks not belonging to any complete blob (must always be 0; for tests and checks).
    qint64 orphanChunkCount();

private:
    StoreConnection &m_connection;
};

} // namespace kessai
