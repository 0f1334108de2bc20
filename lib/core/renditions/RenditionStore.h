// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/renditions/PageLayoutRecord.h"
#include "core/renditions/RenditionRecord.h"

#include <optional>

class QIODevice;

namespace kessai {

class StoreConnection;

/// Stored renditions (office document → PDF, made by lib/render's conversion service) and page
/// layouts, both keyed by content SHA-256 and shared by every client of the store. They are
/// derived data: writing them needs no right on the document and is not audited; removing a
/// failure to convert again is the only deletion.
class RenditionStore
{
public:
    static constexpr int kMaxErrorLength = 2000;

    explicit RenditionStore(StoreConnection &connection);

    std::optional<RenditionRecord> find(const QString &sourceSha256);
    /// Stores pdf (streamed into BlobStore) as the rendition of sourceSha256, replacing a failure;
    /// one transaction.
    RenditionRecord putPdf(const QString &sourceSha256, QIODevice &pdf, int pageCount,
                           const QString &converter);
    /// Records that converting sourceSha256 failed and why (counts the attempts).
    RenditionRecord putFailure(const QString &sourceSha256, const QString &error, const QString &converter);
    /// Forgets the rendition (to convert again); true when there was one.
    bool forget(const QString &sourceSha256);
    /// Writes the rendition's PDF to sink; StoreError(BadData) when there is none.
    void readPdf(const QString &sourceSha256, QIODevice &sink);

    /// The stored layout of content (whatever it was measured as), if any.
    std::optional<PageLayoutRecord> layout(const QString &sha256);
    /// Stores (or replaces) a layout.
    void putLayout(const PageLayoutRecord &layout);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
