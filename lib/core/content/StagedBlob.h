// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/BlobStore.h"

namespace kessai {

class StoreConnection;

/// Content streamed into the store by BlobStore::stage() and not yet visible, or content that
/// was stored already (nothing staged). Hand it to BlobStore::publish() inside the transaction
/// that uses it. Whatever was staged and not published is discarded when this goes away
/// (best effort: if that fails, BlobStore::discardAbandoned() removes it later).
class StagedBlob
{
public:
    /// Content being staged under the blobs row stagedId.
    StagedBlob(StoreConnection &connection, qint64 stagedId);
    /// Content already stored: publish() returns it.
    StagedBlob(StoreConnection &connection, const BlobStore::Blob &existing);
    ~StagedBlob();
    StagedBlob(StagedBlob &&other) noexcept;
    StagedBlob &operator=(StagedBlob &&) = delete;
    StagedBlob(const StagedBlob &) = delete;
    StagedBlob &operator=(const StagedBlob &) = delete;

    qint64 stagedId() const { return m_stagedId; }
    QString sha256() const { return m_blob.sha256; }
    qint64 size() const { return m_blob.size; }
    /// The stored blob when the content was there before (stagedId() is then 0).
    const BlobStore::Blob &blob() const { return m_blob; }

private:
    friend class BlobStore;
    void setContent(const QString &sha256, qint64 size);

    StoreConnection *m_connection;
    qint64 m_stagedId = 0;
    BlobStore::Blob m_blob;
};

} // namespace kessai
