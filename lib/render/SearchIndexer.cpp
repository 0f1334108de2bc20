// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SearchIndexer.h"

#include "core/renditions/RenditionStore.h"
#include "core/search/SearchAnalyzer.h"
#include "core/search/SearchIndexStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "render/BlobCache.h"
#include "render/ContentTextExtractor.h"
#include "render/OcrEngine.h"

namespace kessai::render {

namespace {
constexpr qint64 kProgressEvery = 200;
}

SearchIndexer::SearchIndexer(StoreConnection &connection, const QString &cacheDirectory)
    : m_connection(connection)
    , m_cache(std::make_unique<BlobCache>(cacheDirectory))
    , m_ocrTimeLimitMs(OcrEngine::kDefaultTimeLimitMs)
{}

SearchIndexer::~SearchIndexer() = default;

QString SearchIndexer::localPath(const QString &sha256)
{
    return m_cache->materialize(m_connection, sha256);
}

bool SearchIndexer::extractContent(qint64 blobId, const QString &sha256, const QString &name,
                                   const QString &mime)
{
    SearchIndexStore store(m_connection);
    if (store.extraction(blobId))
        return true; // extracted once per content, by whichever client came first
    ContentTextExtractor::Input input;
    input.path = localPath(sha256);
    input.name = name;
    input.mimeType = mime;
    const std::optional<RenditionRecord> rendition = RenditionStore(m_connection).find(sha256);
    if (rendition && rendition->ok())
        input.renditionPath = localPath(rendition->pdfSha256);
    const ContentTextExtractor::Result result = ContentTextExtractor::extract(input);
    // The finished conversion queues the document again (schema 12's trigger). One that failed
    // is not asked for again here (a retry is the viewer's, with its reason on the card).
    if (result.waitForRendition)
        return bool(rendition);
    store.putExtraction(blobId, result.pages, result.state);
    return true;
}

QList<qint64> SearchIndexer::takeDocumentsWaitingForRendition()
{
    return std::exchange(m_waitingForRendition, {});
}

void SearchIndexer::indexDocument(qint64 documentId)
{
    indexDocuments({documentId});
}

void SearchIndexer::indexDocuments(const QList<qint64> &documentIds)
{
    SearchIndexStore store(m_connection);
    // Read the queue times first: a change after them queues the document again.
    const QHash<qint64, QString> queued = store.queuedAt(documentIds);
    const QString now = Timestamps::toText(Timestamps::now());
    const QHash<qint64, QString> texts = store.documentTexts(documentIds);
    const QHash<qint64, QStringList> visibility = store.visibilityTokens(documentIds);
    QHash<qint64, QList<IndexedContent>> contents = store.currentContents(documentIds);
    QList<qint64> blobs;
    for (auto list = contents.cbegin(); list != contents.cend(); ++list) {
        for (const IndexedContent &content : list.value()) {
            try {
                // a document's contents come one after the other: named once, without a search
                if (!extractContent(content.blobId, content.sha256, content.displayName, content.mimeType) &&
                    (m_waitingForRendition.isEmpty() || m_waitingForRendition.constLast() != list.key()))
                    m_waitingForRendition.append(list.key());
            } catch (const StoreError &error) {
                // Content that cannot be read (damaged, removed meanwhile) is recorded, the rest goes on.
                ContentExtraction failed;
                failed.status = ContentExtraction::Status::Failed;
                failed.error = error.message();
                failed.extractor = ContentTextExtractor::extractorName();
                store.putExtraction(content.blobId, {}, failed);
            }
            blobs.append(content.blobId);
        }
    }
    const QHash<qint64, QList<ExtractedPage>> pages = store.pages(blobs);
    QList<SearchIndexStore::DocumentEntries> documents;
    for (qint64 id : documentIds) {
        const QString text = texts.value(id);
        if (text.isEmpty())
            continue; // gone, or not visible to this connection: left queued for someone who sees it
        // every row carries who may find it (SearchIndexStore::visibilityTokens)
        const QString tokens = QLatin1Char(' ') + visibility.value(id).join(QLatin1Char(' '));
        SearchIndexStore::DocumentEntries document{id, {}, queued.value(id, now)};
        document.entries.append({0, 0, 0, SearchAnalyzer::termText(text) + tokens});
        for (const IndexedContent &content : contents.value(id)) {
            for (const ExtractedPage &page : pages.value(content.blobId)) {
                const QString terms = SearchAnalyzer::termText(page.text);
                if (!terms.isEmpty())
                    document.entries.append(
                        {content.attachmentId, content.blobId, page.page, terms + tokens});
            }
        }
        documents.append(document);
    }
    store.replaceEntries(documents);
}

qint64 SearchIndexer::indexQueued(qint64 limit, const std::atomic_bool *cancel, const ProgressFn &progress)
{
    SearchIndexStore store(m_connection);
    qint64 done = 0;
    qint64 lastId = 0;
    while (limit < 0 || done < limit) {
        if (cancel && cancel->load())
            break;
        // After lastId: a document that stays queued (changed again, or not visible here) is
        // taken again by the next pass, not in a loop now.
        const qint64 take = limit < 0 ? m_batchSize : qMin<qint64>(m_batchSize, limit - done);
        SqlQuery next(m_connection,
                      QStringLiteral("SELECT document_id FROM search_pending WHERE document_id > ? "
                                     "ORDER BY document_id LIMIT ?"));
        next.bind(lastId).bind(take).exec();
        QList<qint64> batch;
        while (next.next())
            batch.append(next.id(0));
        if (batch.isEmpty())
            break;
        // One transaction per batch (replaceEntries); a batch of one never holds the write lock
        // across several documents' extraction.
        indexDocuments(batch);
        lastId = batch.last();
        const qint64 before = done;
        done += batch.size();
        if (progress && done / kProgressEvery != before / kProgressEvery) // counting the queue is not free
            progress({done, store.pendingCount()});
    }
    return done;
}

qint64 SearchIndexer::ocrPagesWaiting()
{
    SearchIndexStore store(m_connection);
    qint64 pages = 0;
    for (qint64 blob : store.waitingForOcr(100000))
        pages += store.extraction(blob).value_or(ContentExtraction{}).ocrPages.size();
    return pages;
}

int SearchIndexer::ocrWaiting(int maxPages, const std::atomic_bool *cancel)
{
    SearchIndexStore store(m_connection);
    int done = 0;
    while (done < maxPages) {
        const QList<qint64> waiting = store.waitingForOcr(1);
        if (waiting.isEmpty() || (cancel && cancel->load()))
            break;
        const qint64 blobId = waiting.first();
        ContentExtraction state = store.extraction(blobId).value_or(ContentExtraction{});
        if (state.ocrPages.isEmpty()) {
            state.status = ContentExtraction::Status::Done;
            store.putExtraction(blobId, {}, state);
            continue;
        }
        if (!m_ocr)
            m_ocr = std::make_unique<OcrEngine>();
        const int page = state.ocrPages.takeFirst();
        ExtractedPage result{page, QStringLiteral("ocr"), {}, {}, {}};
        if (!m_ocr->isReady()) {
            result.note = m_ocr->errorString();
        } else {
            const QString sha =
                SqlQuery(m_connection, QStringLiteral("SELECT sha256 FROM blobs WHERE id = ?"))
                    .bind(blobId)
                    .scalar()
                    .toString();
            QString error;
            QImage image;
            try {
                image = ContentTextExtractor::pageImage(localPath(sha), page, &error);
            } catch (const StoreError &storeError) {
                error = storeError.message();
            }
            if (image.isNull()) {
                result.note = error;
            } else {
                const OcrEngine::Result ocr = m_ocr->recognize(image, m_ocrTimeLimitMs, cancel);
                if (cancel && cancel->load())
                    break; // not recorded: the page is OCR'd again next time
                result.text = ocr.text;
                result.note = ocr.note;
                result.boxes = ocr.boxes;
            }
        }
        state.extractor = OcrEngine::name();
        if (state.ocrPages.isEmpty())
            state.status = ContentExtraction::Status::Done;
        store.putExtraction(blobId, {result}, state);
        ++done;
    }
    return done;
}

} // namespace kessai::render
