// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndexStore.h"

#include "core/search/TextBoxes.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
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

/// "?, ?, ?": placeholders for an IN list of count values.
QString marks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

void bindAll(SqlQuery &query, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        query.bind(id);
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
    return documentTexts({documentId}).value(documentId);
}

QHash<qint64, QString> SearchIndexStore::documentTexts(const QList<qint64> &documentIds)
{
    QHash<qint64, QStringList> lines;
    if (documentIds.isEmpty())
        return {};
    const QString in = marks(documentIds.size());
    const auto read = [&](const QString &sql, int binds) {
        SqlQuery q(m_connection, sql.arg(in));
        for (int i = 0; i < binds; ++i)
            bindAll(q, documentIds);
        q.exec();
        return q;
    };
    SqlQuery doc = read(QStringLiteral("SELECT d.id, d.title, COALESCE(d.number_label, ''), COALESCE(f.name, ''), "
                                       "d.body FROM documents d LEFT JOIN files f ON f.id = d.file_id "
                                       "WHERE d.id IN (%1)"),
                        1);
    while (doc.next())
        lines.insert(doc.id(0), {doc.text(1), doc.text(2), doc.text(3), doc.text(4)});
    const auto append = [&lines](SqlQuery &q) {
        while (q.next()) {
            const auto it = lines.find(q.id(0));
            if (it != lines.end())
                it->append(q.text(1));
        }
    };
    SqlQuery comments =
        read(QStringLiteral("SELECT document_id, body FROM comments WHERE document_id IN (%1) ORDER BY id"), 1);
    append(comments);
    // A step's comment is kept in comments as well; one left only on the step is read here.
    SqlQuery steps = read(QStringLiteral("SELECT s.document_id, s.comment FROM route_steps s "
                                         "WHERE s.document_id IN (%1) AND s.comment <> '' AND NOT EXISTS "
                                         "(SELECT 1 FROM comments c WHERE c.step_id = s.id) ORDER BY s.id"),
                          1);
    append(steps);
    // 差出人 of a 収受 and 施行先 of a 施行: a past decision is looked for by whom it came from or went to.
    SqlQuery senders =
        read(QStringLiteral("SELECT document_id, sender_name FROM receipts WHERE document_id IN (%1)"), 1);
    append(senders);
    SqlQuery destinations = read(QStringLiteral("SELECT document_id, name FROM enforcement_destinations "
                                                "WHERE document_id IN (%1) ORDER BY document_id, position"),
                                 1);
    append(destinations);
    SqlQuery names = read(QStringLiteral("SELECT document_id, display_name FROM attachments WHERE document_id IN "
                                         "(%1) AND removed_at IS NULL ORDER BY document_id, position"),
                          1);
    append(names);
    QHash<qint64, QString> texts;
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        it->removeAll(QString());
        texts.insert(it.key(), it->join(QLatin1Char('\n')));
    }
    return texts;
}

QHash<qint64, QStringList> SearchIndexStore::visibilityTokens(const QList<qint64> &documentIds)
{
    QHash<qint64, QStringList> tokens;
    if (documentIds.isEmpty())
        return tokens;
    const QString in = marks(documentIds.size());
    SqlQuery docs(m_connection, QStringLiteral("SELECT id, unit_id, classification, drafter_id FROM documents "
                                               "WHERE id IN (%1)")
                                    .arg(in));
    bindAll(docs, documentIds);
    docs.exec();
    while (docs.next()) {
        QStringList &list = tokens[docs.id(0)];
        if (docs.text(2) == QLatin1String("public"))
            list << QStringLiteral("〓p") << QStringLiteral("〓u%1").arg(docs.id(1));
        list << QStringLiteral("〓d%1").arg(docs.id(3));
    }
    SqlQuery people(m_connection,
                    QStringLiteral("SELECT document_id, assignee_id FROM route_steps WHERE document_id IN (%1) "
                                   "AND assignee_id IS NOT NULL UNION SELECT document_id, acted_by FROM "
                                   "route_steps WHERE document_id IN (%1) AND acted_by IS NOT NULL "
                                   "ORDER BY 1, 2")
                        .arg(in));
    bindAll(people, documentIds);
    bindAll(people, documentIds);
    people.exec();
    while (people.next()) {
        const auto it = tokens.find(people.id(0));
        if (it != tokens.end())
            it->append(QStringLiteral("〓r%1").arg(people.id(1)));
    }
    return tokens;
}

QList<IndexedContent> SearchIndexStore::currentContents(qint64 documentId)
{
    return currentContents(QList<qint64>{documentId}).value(documentId);
}

QHash<qint64, QList<IndexedContent>> SearchIndexStore::currentContents(const QList<qint64> &documentIds)
{
    QHash<qint64, QList<IndexedContent>> contents;
    if (documentIds.isEmpty())
        return contents;
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT a.document_id, a.id, a.position, a.display_name, a.mime_type, b.id, b.sha256 "
                       "FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id "
                       "JOIN blobs b ON b.id = v.blob_id WHERE a.document_id IN (%1) AND a.removed_at IS NULL "
                       "AND v.version_no = (SELECT max(w.version_no) FROM attachment_versions w "
                       "WHERE w.attachment_id = a.id) ORDER BY a.document_id, a.position")
            .arg(marks(documentIds.size())));
    bindAll(q, documentIds);
    q.exec();
    while (q.next())
        contents[q.id(0)].append({q.id(1), q.value(2).toInt(), q.text(3), q.text(4), q.id(5), q.text(6)});
    return contents;
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

QHash<qint64, QList<ExtractedPage>> SearchIndexStore::pages(const QList<qint64> &blobIds)
{
    QHash<qint64, QList<ExtractedPage>> pages;
    if (blobIds.isEmpty())
        return pages;
    SqlQuery q(m_connection, QStringLiteral("SELECT blob_id, page, method, text, note FROM content_text "
                                            "WHERE blob_id IN (%1) ORDER BY blob_id, page")
                                 .arg(marks(blobIds.size())));
    bindAll(q, blobIds);
    q.exec();
    while (q.next())
        pages[q.id(0)].append({q.value(1).toInt(), q.text(2), q.text(3), q.text(4), {}});
    return pages;
}

QHash<QPair<qint64, int>, QString> SearchIndexStore::pageTexts(const QList<QPair<qint64, int>> &pages)
{
    QHash<QPair<qint64, int>, QString> texts;
    if (pages.isEmpty())
        return texts;
    QStringList pairs(pages.size(), QStringLiteral("(blob_id = ? AND page = ?)"));
    SqlQuery q(m_connection, QStringLiteral("SELECT blob_id, page, text FROM content_text WHERE %1")
                                 .arg(pairs.join(QStringLiteral(" OR "))));
    for (const auto &page : pages)
        q.bind(page.first).bind(page.second);
    q.exec();
    while (q.next())
        texts.insert({q.id(0), q.value(1).toInt()}, q.text(2));
    return texts;
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
    return queuedAt(QList<qint64>{documentId}).value(documentId);
}

QHash<qint64, QString> SearchIndexStore::queuedAt(const QList<qint64> &documentIds)
{
    QHash<qint64, QString> times;
    if (documentIds.isEmpty())
        return times;
    SqlQuery q(m_connection, QStringLiteral("SELECT document_id, queued_at FROM search_pending "
                                            "WHERE document_id IN (%1)")
                                 .arg(marks(documentIds.size())));
    bindAll(q, documentIds);
    q.exec();
    while (q.next())
        times.insert(q.id(0), q.text(1));
    return times;
}

void SearchIndexStore::replaceEntries(qint64 documentId, const QList<Entry> &entries,
                                      const QString &queuedBefore)
{
    replaceEntries({{documentId, entries, queuedBefore}});
}

void SearchIndexStore::replaceEntries(const QList<DocumentEntries> &documents)
{
    if (documents.isEmpty())
        return;
    Transaction transaction(m_connection);
    QList<qint64> ids;
    for (const DocumentEntries &document : documents)
        ids.append(document.documentId);
    SqlQuery remove(m_connection,
                    QStringLiteral("DELETE FROM search_entries WHERE document_id IN (%1)").arg(marks(ids.size())));
    bindAll(remove, ids);
    remove.exec();
    // Several rows per statement: on PostgreSQL each statement is a round trip.
    constexpr int kRowsPerInsert = 50;
    struct Row
    {
        qint64 id;
        qint64 document;
        const Entry *entry;
    };
    QList<Row> rows;
    for (const DocumentEntries &document : documents) {
        if (document.entries.size() >= (qsizetype(1) << kEntryBits))
            throw StoreError(StoreError::Kind::BadData,
                             tr("Document %1 has too many pages to index (%2).")
                                 .arg(document.documentId)
                                 .arg(document.entries.size()));
        for (qsizetype i = 0; i < document.entries.size(); ++i)
            rows.append({firstEntryId(document.documentId) + i, document.documentId, &document.entries.at(i)});
    }
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerInsert) {
        const qsizetype count = qMin<qsizetype>(kRowsPerInsert, rows.size() - start);
        QStringList values(count, QStringLiteral("(?, ?, ?, ?, ?, ?)"));
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO search_entries (id, document_id, attachment_id, blob_id, "
                                       "page, tokens) VALUES %1")
                            .arg(values.join(u',')));
        for (qsizetype i = start; i < start + count; ++i) {
            const Row &row = rows.at(i);
            insert.bind(row.id)
                .bind(row.document)
                .bindOptionalId(row.entry->attachmentId)
                .bindOptionalId(row.entry->blobId)
                .bind(row.entry->page)
                .bind(row.entry->tokens);
        }
        insert.exec();
    }
    QStringList dequeue(documents.size(), QStringLiteral("(document_id = ? AND queued_at <= ?)"));
    SqlQuery done(m_connection,
                  QStringLiteral("DELETE FROM search_pending WHERE %1").arg(dequeue.join(QStringLiteral(" OR "))));
    for (const DocumentEntries &document : documents)
        done.bind(document.documentId).bind(document.queuedBefore);
    done.exec();
    transaction.commit();
}

qint64 SearchIndexStore::entryCount()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM search_entries"))
        .scalar()
        .toLongLong();
}

} // namespace kessai
