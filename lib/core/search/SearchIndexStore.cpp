// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndexStore.h"

#include "core/search/TextBoxes.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

namespace kessai {

namespace {
QString statusCode(ContentExtraction::Status status)
{
    switch (status) {
    case ContentExtraction::Status::WaitingForOcr:
        return QStringLiteral("ocr");
    case ContentExtraction::Status::Failed:
        return QStringLiteral("failed");
    case ContentExtraction::Status::Done:
        break;
    }
    return QStringLiteral("done");
}

QString pageListText(const QList<int> &pages)
{
    QStringList parts;
    for (int page : pages)
        parts.append(QString::number(page));
    return parts.join(QLatin1Char(','));
}
} // namespace

SearchIndexStore::SearchIndexStore(StoreConnection &connection)
    : m_connection(connection)
{}

QList<qint64> SearchIndexStore::pending(int limit)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT document_id FROM search_pending ORDER BY document_id LIMIT ?"));
    q.bind(limit).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    return ids;
}

qint64 SearchIndexStore::pendingCount()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM search_pending"))
        .scalar()
        .toLongLong();
}

qint64 SearchIndexStore::queueAll()
{
    Transaction transaction(m_connection);
    SqlQuery q(m_connection, QStringLiteral("INSERT INTO search_pending (document_id, queued_at) "
                                            "SELECT d.id, ? FROM documents d WHERE NOT EXISTS "
                                            "(SELECT 1 FROM search_pending p WHERE p.document_id = d.id)"));
    q.bind(Timestamps::toText(Timestamps::now())).exec();
    transaction.commit();
    return pendingCount();
}

QString SearchIndexStore::documentText(qint64 documentId)
{
    SqlQuery doc(m_connection,
                 QStringLiteral("SELECT d.title, COALESCE(d.number_label, ''), COALESCE(f.name, ''), "
                                "d.body FROM documents d LEFT JOIN files f ON f.id = d.file_id "
                                "WHERE d.id = ?"));
    doc.bind(documentId).exec();
    if (!doc.next())
        return {};
    QStringList lines{doc.text(0), doc.text(1), doc.text(2), doc.text(3)};
    SqlQuery comments(m_connection,
                      QStringLiteral("SELECT body FROM comments WHERE document_id = ? ORDER BY id"));
    comments.bind(documentId).exec();
    while (comments.next())
        lines.append(comments.text(0));
    // A step's comment is kept in comments as well; one left only on the step is read here.
    SqlQuery steps(
        m_connection,
        QStringLiteral("SELECT s.comment FROM route_steps s WHERE s.document_id = ? AND s.comment <> '' "
                       "AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.step_id = s.id) ORDER BY s.id"));
    steps.bind(documentId).exec();
    while (steps.next())
        lines.append(steps.text(0));
    // 差出人 of a 収受 and 施行先 of a 施行: a past decision is looked for by whom it came from or went to.
    SqlQuery correspondents(m_connection,
                            QStringLiteral("SELECT sender_name FROM receipts WHERE document_id = ? UNION ALL "
                                           "SELECT name FROM (SELECT name, position FROM enforcement_destinations "
                                           "WHERE document_id = ? ORDER BY position) destinations"));
    correspondents.bind(documentId).bind(documentId).exec();
    while (correspondents.next())
        lines.append(correspondents.text(0));
    SqlQuery names(m_connection, QStringLiteral("SELECT display_name FROM attachments WHERE document_id = ? "
                                                "AND removed_at IS NULL ORDER BY position"));
    names.bind(documentId).exec();
    while (names.next())
        lines.append(names.text(0));
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QList<IndexedContent> SearchIndexStore::currentContents(qint64 documentId)
{
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT a.id, a.position, a.display_name, a.mime_type, b.id, b.sha256 "
                       "FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id "
                       "JOIN blobs b ON b.id = v.blob_id WHERE a.document_id = ? AND a.removed_at IS NULL "
                       "AND v.version_no = (SELECT max(w.version_no) FROM attachment_versions w "
                       "WHERE w.attachment_id = a.id) ORDER BY a.position"));
    q.bind(documentId).exec();
    QList<IndexedContent> list;
    while (q.next())
        list.append({q.id(0), q.value(1).toInt(), q.text(2), q.text(3), q.id(4), q.text(5)});
    return list;
}

std::optional<ContentExtraction> SearchIndexStore::extraction(qint64 blobId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT status, page_count, ocr_pages, error, extractor "
                                            "FROM content_extractions WHERE blob_id = ?"));
    q.bind(blobId).exec();
    if (!q.next())
        return std::nullopt;
    ContentExtraction e;
    e.status = q.text(0) == QLatin1String("ocr")      ? ContentExtraction::Status::WaitingForOcr
               : q.text(0) == QLatin1String("failed") ? ContentExtraction::Status::Failed
                                                      : ContentExtraction::Status::Done;
    e.pageCount = q.value(1).toInt();
    const QStringList pages = q.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &page : pages)
        e.ocrPages.append(page.toInt());
    e.error = q.text(3);
    e.extractor = q.text(4);
    return e;
}

void SearchIndexStore::putExtraction(qint64 blobId, const QList<ExtractedPage> &pages,
                                     const ContentExtraction &state)
{
    const QString now = Timestamps::toText(Timestamps::now());
    Transaction transaction(m_connection);
    for (const ExtractedPage &page : pages) {
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO content_text (blob_id, page, method, text, note, boxes, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (blob_id, page) DO NOTHING"))
            .bind(blobId)
            .bind(page.page)
            .bind(page.method)
            .bind(page.text)
            .bind(page.note)
            .bind(TextBoxes::encode(page.boxes))
            .bind(now)
            .exec();
    }
    SqlQuery(m_connection,
             QStringLiteral(
                 "INSERT INTO content_extractions (blob_id, status, page_count, ocr_pages, error, extractor, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (blob_id) DO UPDATE "
                 "SET status = excluded.status, page_count = excluded.page_count, "
                 "ocr_pages = excluded.ocr_pages, error = excluded.error, extractor = excluded.extractor, "
                 "updated_at = excluded.updated_at"))
        .bind(blobId)
        .bind(statusCode(state.status))
        .bind(state.pageCount)
        .bind(pageListText(state.ocrPages))
        .bind(state.error)
        .bind(state.extractor)
        .bind(now)
        .bind(now)
        .exec();
    transaction.commit();
}

QList<ExtractedPage> SearchIndexStore::pages(qint64 blobId)
{
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT page, method, text, note FROM content_text WHERE blob_id = ? ORDER BY page"));
    q.bind(blobId).exec();
    QList<ExtractedPage> list;
    while (q.next())
        list.append({q.value(0).toInt(), q.text(1), q.text(2), q.text(3), {}});
    return list;
}

QString SearchIndexStore::pageText(qint64 blobId, int page)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT text FROM content_text WHERE blob_id = ? AND page = ?"));
    q.bind(blobId).bind(page).exec();
    return q.next() ? q.text(0) : QString();
}

std::optional<ExtractedPage> SearchIndexStore::recognizedPage(const QString &sha256, int page)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT t.text, t.note, t.boxes FROM content_text t "
                                            "JOIN blobs b ON b.id = t.blob_id "
                                            "WHERE b.sha256 = ? AND t.page = ? AND t.method = 'ocr'"));
    q.bind(sha256).bind(page).exec();
    if (!q.next())
        return std::nullopt;
    return ExtractedPage{page, QStringLiteral("ocr"), q.text(0), q.text(1), TextBoxes::decode(q.text(2))};
}

QList<qint64> SearchIndexStore::waitingForOcr(int limit)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT blob_id FROM content_extractions WHERE status = 'ocr' "
                                            "ORDER BY blob_id LIMIT ?"));
    q.bind(limit).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    return ids;
}

QString SearchIndexStore::queuedAt(qint64 documentId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT queued_at FROM search_pending WHERE document_id = ?"));
    q.bind(documentId).exec();
    return q.next() ? q.text(0) : QString();
}

void SearchIndexStore::replaceEntries(qint64 documentId, const QList<Entry> &entries,
                                      const QString &queuedBefore)
{
    Transaction transaction(m_connection);
    SqlQuery(m_connection, QStringLiteral("DELETE FROM search_entries WHERE document_id = ?"))
        .bind(documentId)
        .exec();
    for (const Entry &entry : entries) {
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO search_entries (document_id, attachment_id, blob_id, page, "
                                "tokens) VALUES (?, ?, ?, ?, ?)"))
            .bind(documentId)
            .bindOptionalId(entry.attachmentId)
            .bindOptionalId(entry.blobId)
            .bind(entry.page)
            .bind(entry.tokens)
            .exec();
    }
    SqlQuery(m_connection,
             QStringLiteral("DELETE FROM search_pending WHERE document_id = ? AND queued_at <= ?"))
        .bind(documentId)
        .bind(queuedBefore)
        .exec();
    transaction.commit();
}

qint64 SearchIndexStore::entryCount()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM search_entries"))
        .scalar()
        .toLongLong();
}

} // namespace kessai
