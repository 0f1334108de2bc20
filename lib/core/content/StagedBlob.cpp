// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/StagedBlob.h"

#include "core/store/StoreError.h"

namespace kessai {

StagedBlob::StagedBlob(StoreConnection &connection, qint64 stagedId)
    : m_connection(&connection)
    , m_stagedId(stagedId)
{}

StagedBlob::StagedBlob(StoreConnection &connection, const BlobStore::Blob &existing)
    : m_connection(&connection)
    , m_blob(existing)
{}

StagedBlob::StagedBlob(StagedBlob &&other) noexcept
    : m_connection(other.m_connection)
    , m_stagedId(other.m_stagedId)
    , m_blob(std::move(other.m_blob))
{
    other.m_stagedId = 0;
}

StagedBlob::~StagedBlob()
{
    if (m_stagedId == 0)
        return;
    try {
        // A no-op once published (in a transaction that committed).
        BlobStore(*m_connection).discardStaged(m_stagedId);
    } catch (const StoreError &) {
        // The connection is gone or the caller's transaction aborted: left to discardAbandoned().
    }
}

void StagedBlob::setContent(const QString &sha256, qint64 size)
{
    m_blob.sha256 = sha256;
    m_blob.size = size;
}

} // namespace kessai
