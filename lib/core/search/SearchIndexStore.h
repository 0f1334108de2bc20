// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace kessai {

class StoreConnection;

/// The current content of one attachment, as the indexer reads it.
struct IndexedContent
{
    qint64 attachmentId = 0;
    int position = 0;
    QString displayName;
    QString mimeType;
    qint64 blobId = 0;
    QString sha256;
};

/// One page of text extracted from content (page 1-based). method: text, pdf, office or ocr.
struct ExtractedPage
{
    int page = 1;
    QString method;
    QString text;
    QString note;        ///< why OCR gave up on the page
    QList<QRectF> boxes; ///< OCR: where each unit of text is on the page (TextBoxes), else empty
};

/// How far the extraction of one content got (content_extractions).
struct ContentExtraction
{
    enum class Status
    {
        WaitingForOcr, ///< pages listed in ocrPages still need OCR
        Done,
        Failed
    };
    Status status = Status::Done;
    int pageCount = 0;
    QList<int> ocrPages;
    QString error;
    QString extractor;
};

/// 検索索引の保存: the tables of schema 12 — the queue of documents to (re)index, the text
/// extracted from content (once per content and page, shared like renditions) and the index rows.
/// Derived data, not audited; every change is one transaction.
class SearchIndexStore
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexStore)

public:
    explicit SearchIndexStore(StoreConnection &connection);

    /// Documents waiting to be indexed (that this connection may see), oldest id first.
    QList<qint64> pending(int limit);
    qint64 pendingCount();
    /// Queues every document (search reindex). Returns how many.
    qint64 queueAll();

    /// The document's own text: 件名, 文書番号, 簿冊, 本文, comments, 差出人 and 施行先, attachment
    /// names, one per line. Empty when the document does not exist (or is not visible).
    QString documentText(qint64 documentId);
    /// documentText of several documents in a few statements; documents that do not exist (or
    /// are not visible) are left out.
    QHash<qint64, QString> documentTexts(const QList<qint64> &documentIds);
    /// Who may find each document, as index terms that no typed text yields (〓 is dropped by
    /// SearchAnalyzer): 〓p and 〓u<unit> for a public document, 〓d<drafter>, 〓r<user> for each
    /// assignee and actor on its route. A superset of who may open it: the engine checks the
    /// documents found against the rule itself (SearchVisibility, kessai_search_entries).
    QHash<qint64, QStringList> visibilityTokens(const QList<qint64> &documentIds);
    /// The current version's content of each attachment still attached, in the user's order.
    QList<IndexedContent> currentContents(qint64 documentId);
    QHash<qint64, QList<IndexedContent>> currentContents(const QList<qint64> &documentIds);

    std::optional<ContentExtraction> extraction(qint64 blobId);
    /// Stores what was extracted and how far it got, in one transaction. Pages already stored
    /// are kept (text is extracted once per content and page).
    void putExtraction(qint64 blobId, const QList<ExtractedPage> &pages, const ContentExtraction &state);
    QList<ExtractedPage> pages(qint64 blobId);
    QHash<qint64, QList<ExtractedPage>> pages(const QList<qint64> &blobIds);
    /// The text of one page ('' when none is stored).
    QString pageText(qint64 blobId, int page);
    /// The text of several pages, by (blob, page), in one statement.
    QHash<QPair<qint64, int>, QString> pageTexts(const QList<QPair<qint64, int>> &pages);
    /// What OCR read on page (1-based) of the content with this SHA-256, with its boxes, if that
    /// page was OCR'd and this connection may read the content.
    std::optional<ExtractedPage> recognizedPage(const QString &sha256, int page);
    /// Content waiting for OCR, that this connection may read (at most limit).
    QList<qint64> waitingForOcr(int limit);

    struct Entry
    {
        qint64 attachmentId = 0; ///< 0: the document's own text
        qint64 blobId = 0;
        int page = 0;
        QString tokens;
    };
    /// What the indexer writes for one document.
    struct DocumentEntries
    {
        qint64 documentId = 0;
        QList<Entry> entries;
        QString queuedBefore;
    };
    /// Index rows of one document have ids documentId << kEntryBits plus their position: the
    /// index's own order is the result order (newest document first, SearchEngine).
    static constexpr int kEntryBits = 24;
    static qint64 firstEntryId(qint64 documentId) { return documentId << kEntryBits; }
    static qint64 documentOfEntry(qint64 entryId) { return entryId >> kEntryBits; }
    /// Replaces the document's index rows and takes it off the queue, unless it was queued again
    /// after queuedBefore (a change during indexing: it is indexed once more).
    void replaceEntries(qint64 documentId, const QList<Entry> &entries, const QString &queuedBefore);
    /// replaceEntries for several documents, in one transaction and a few statements.
    void replaceEntries(const QList<DocumentEntries> &documents);
    /// The time the document was queued ('' when it is not).
    QString queuedAt(qint64 documentId);
    QHash<qint64, QString> queuedAt(const QList<qint64> &documentIds);

    qint64 entryCount();

private:
    StoreConnection &m_connection;
};

} // namespace kessai
