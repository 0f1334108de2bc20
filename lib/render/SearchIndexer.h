// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace kessai {
class StoreConnection;
}

namespace kessai::render {

class BlobCache;
class OcrEngine;

/// 索引作成: brings the search index up to date on one connection, in small steps that each
/// commit, so that a stopped indexer resumes where it was. Documents come from the queue the
/// schema's triggers fill (search_pending); the text of each content is extracted once
/// (ContentTextExtractor) and kept per page; pages without a text layer wait for OCR, done one
/// page at a time by ocrWaiting() with a time limit. Runs on a worker thread or in the CLI,
/// never on the GUI thread.
class SearchIndexer
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexer)

public:
    struct Progress
    {
        qint64 done = 0;
        qint64 remaining = 0;
    };
    using ProgressFn = std::function<void(const Progress &)>;

    SearchIndexer(StoreConnection &connection, const QString &cacheDirectory = {});
    ~SearchIndexer();

    /// Documents indexed per transaction (default 1: the write lock is never held across several
    /// documents' extraction). A rebuild (search reindex) takes more at once: far fewer commits.
    void setBatchSize(int documents) { m_batchSize = qMax(1, documents); }
    /// OCR time limit per page (default OcrEngine::kDefaultTimeLimitMs).
    void setOcrTimeLimit(int msecs) { m_ocrTimeLimitMs = msecs; }

    /// Indexes queued documents until the queue is empty (or limit documents, or cancel).
    /// Returns how many were indexed.
    qint64 indexQueued(qint64 limit = -1, const std::atomic_bool *cancel = nullptr,
                       const ProgressFn &progress = {});
    /// Indexes one document now (its queue entry goes when it was not queued again meanwhile).
    void indexDocument(qint64 documentId);
    /// Indexes several documents in one transaction and a few statements each step.
    void indexDocuments(const QList<qint64> &documentIds);
    /// OCRs up to maxPages pages waiting for it; returns how many pages were done.
    int ocrWaiting(int maxPages, const std::atomic_bool *cancel = nullptr);
    /// Pages of content waiting for OCR.
    qint64 ocrPagesWaiting();
    /// Documents indexed since the last call whose office files have no rendition yet: their text
    /// is read from the rendition, so someone must convert them (ConversionService); the finished
    /// conversion queues the document again.
    QList<qint64> takeDocumentsWaitingForRendition();

private:
    /// Returns false when the content waits for its office rendition.
    bool extractContent(qint64 blobId, const QString &sha256, const QString &name, const QString &mime);
    QString localPath(const QString &sha256);

    StoreConnection &m_connection;
    std::unique_ptr<BlobCache> m_cache;
    std::unique_ptr<OcrEngine> m_ocr;
    int m_ocrTimeLimitMs;
    int m_batchSize = 1;
    QList<qint64> m_waitingForRendition;
};

} // namespace kessai::render
