// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/BlobStore.h"
#include "core/documents/AttachmentRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QIODevice;

namespace kessai {

class Session;
class StoreConnection;

/// The attachments of a document, in the user's order. Content lives in BlobStore (stored
/// once whatever the number of documents using it); each attachment has versions, and the
/// list shows the current one. Changes are allowed to the drafter while the document is
/// 起案中 or 差戻し; each is one transaction and audited.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    static constexpr qint64 kDefaultSizeLimit = 512LL * 1024 * 1024;

    struct Source
    {
        QString originalName; ///< the file's name as found (already decoded, may be unsafe)
        QString displayName;  ///< empty: derived from originalName
        QString mimeType;
    };

    explicit AttachmentStore(StoreConnection &connection);

    QList<AttachmentRecord> list(qint64 documentId);
    std::optional<AttachmentRecord> at(qint64 documentId, int position);
    std::optional<AttachmentRecord> byId(qint64 attachmentId);
    /// The current attachment of this document with this content, if any.
    std::optional<AttachmentRecord> findContent(qint64 documentId, const QString &sha256);

    /// Attaches stored content at position (1-based; 0 = at the end).
    AttachmentRecord attachBlob(const Session &session, qint64 documentId, const QString &sha256,
                                const Source &source, int position = 0);
    /// Attaches the scan of a paper decision (書面決裁) in the transaction that registers it
    /// (PaperDecisionStore), by whoever registers it: the decided document takes no other change.
    AttachmentRecord attachScan(const Session &session, qint64 documentId, const QString &sha256,
                                const Source &source);
    /// Streams the content in (BlobStore::stage: short transactions, so others can write
    /// meanwhile) and attaches it in one short transaction. Call it outside a transaction.
    AttachmentRecord add(const Session &session, qint64 documentId, QIODevice &content, const Source &source,
                         const BlobStore::Progress &progress = {});
    void move(const Session &session, qint64 documentId, int fromPosition, int toPosition);
    void rename(const Session &session, qint64 attachmentId, const QString &displayName);
    void remove(const Session &session, qint64 attachmentId);
    void setPageCount(qint64 attachmentId, int pages);
    /// Writes the current version's bytes, byte-identical to what was attached.
    void exportContent(qint64 documentId, int position, QIODevice &sink);

    /// The largest file accepted, per organization (kessai_meta attachment_limit_bytes).
    qint64 sizeLimit();
    void setSizeLimit(const Session &session, qint64 bytes);

    /// Throws StoreError(Refused) unless the session's user may change this document's
    /// attachments now; BadData if it does not exist.
    void requireEditable(const Session &session, qint64 documentId);

private:
    void touchDocument(qint64 documentId);
    /// The attachment row, its first version and the audit event (attachment.add).
    AttachmentRecord insert(const Session &session, qint64 documentId, const QString &sha256, const Source &source,
                            int position);

    StoreConnection &m_connection;
};

} // namespace kessai
