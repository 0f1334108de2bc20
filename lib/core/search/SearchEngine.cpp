// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchEngine.h"

#include "core/search/SearchAnalyzer.h"
#include "core/search/SearchIndexStore.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchVisibility.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"

#include <QHash>

#include <memory>

namespace kessai {

namespace {
/// The full-text part of one term, in the engine's own syntax: every lookup term quoted as a
/// literal. Terms are letters and digits only (SearchAnalyzer), so no quote can occur in them.
QString matchText(const SearchTerm &term, bool postgres)
{
    QStringList parts;
    for (const QString &t : term.lookup)
        parts.append(postgres ? QLatin1Char('\'') + t + QLatin1Char('\'')
                              : QLatin1Char('"') + t + QLatin1Char('"'));
    return parts.join(postgres ? QStringLiteral(" & ") : QStringLiteral(" "));
}

QString likePattern(const QString &value, bool prefix, bool suffix)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return (prefix ? QStringLiteral("%") : QString()) + escaped + (suffix ? QStringLiteral("%") : QString());
}

/// How many of the required groups the entry's terms hold.
int groupsMatched(const SearchQuery &query, const QString &tokens)
{
    const QString padded = QLatin1Char(' ') + tokens + QLatin1Char(' ');
    int count = 0;
    for (const auto &group : query.required) {
        for (const SearchTerm &term : group) {
            if (padded.contains(QLatin1Char(' ') + term.sequence + QLatin1Char(' '))) {
                ++count;
                break;
            }
        }
    }
    return count;
}
} // namespace

SearchEngine::SearchEngine(StoreConnection &connection)
    : m_connection(connection)
{}

QString SearchEngine::termSubquery() const
{
    // The term's lookup terms through the engine's index, then its terms in order in the same
    // entry (a phrase, or a word of three characters or more) on the few rows found.
    // On PostgreSQL through kessai_search_documents (schema 12): the GIN index, and only documents
    // the actor may open, decided by the server.
    if (m_connection.isPostgreSQL())
        return QStringLiteral("SELECT f.f FROM kessai_search_documents(CAST(? AS tsquery), ?) AS f(f)");
    return QStringLiteral(
        "SELECT e.document_id FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid "
        "WHERE search_fts MATCH ? AND instr(' ' || e.tokens || ' ', ?) > 0");
}

SearchEngine::Where SearchEngine::where(const Session &session, const SearchQuery &query) const
{
    const bool postgres = m_connection.isPostgreSQL();
    QStringList conditions;
    QList<QVariant> values;
    const auto termValues = [&](const SearchTerm &term) {
        values.append(matchText(term, postgres));
        values.append(QString(QLatin1Char(' ') + term.sequence + QLatin1Char(' ')));
    };
    for (const auto &group : query.required) {
        QStringList alternatives;
        for (const SearchTerm &term : group) {
            alternatives.append(termSubquery());
            termValues(term);
        }
        conditions.append(QStringLiteral("d.id IN (%1)").arg(alternatives.join(QStringLiteral(" UNION "))));
    }
    for (const SearchTerm &term : query.excluded) {
        conditions.append(QStringLiteral("d.id NOT IN (%1)").arg(termSubquery()));
        termValues(term);
    }
    const SearchFilters &f = query.filters;
    if (f.fiscalYear) {
        conditions.append(QStringLiteral("(d.fiscal_year = ? OR (d.fiscal_year IS NULL AND d.created_at >= ? "
                                         "AND d.created_at < ?))"));
        values << f.fiscalYear << QStringLiteral("%1-04-01").arg(f.fiscalYear)
               << QStringLiteral("%1-04-01").arg(f.fiscalYear + 1);
    }
    if (!f.unit.isEmpty()) {
        conditions.append(QStringLiteral("d.unit_id IN (SELECT fu.id FROM units fu WHERE fu.code = ? "
                                         "OR fu.name LIKE ? ESCAPE '\\')"));
        values << f.unit << likePattern(f.unit, true, true);
    }
    if (!f.status.isEmpty()) {
        conditions.append(QStringLiteral("d.status = ?"));
        values << f.status;
    }
    if (!f.decisionLevel.isEmpty()) {
        conditions.append(QStringLiteral("d.decision_level_id IN (SELECT fl.id FROM decision_levels fl "
                                         "WHERE fl.code = ? OR fl.name = ?)"));
        values << f.decisionLevel << f.decisionLevel;
    }
    if (!f.drafter.isEmpty()) {
        conditions.append(QStringLiteral("d.drafter_id IN (SELECT fd.id FROM users fd WHERE fd.login = ? "
                                         "OR fd.display_name LIKE ? ESCAPE '\\')"));
        values << f.drafter << likePattern(f.drafter, true, true);
    }
    if (f.from.isValid()) {
        conditions.append(QStringLiteral("d.created_at >= ?"));
        values << Timestamps::dateToText(f.from);
    }
    if (f.to.isValid()) {
        conditions.append(QStringLiteral("d.created_at < ?"));
        values << Timestamps::dateToText(f.to.addDays(1));
    }
    if (!f.attachmentType.isEmpty()) {
        // "image" (画像) by the recorded type, anything else by the file's extension.
        if (f.attachmentType == QLatin1String("image") || f.attachmentType == QStringLiteral("画像")) {
            conditions.append(
                QStringLiteral("EXISTS (SELECT 1 FROM attachments fa WHERE fa.document_id = d.id "
                               "AND fa.removed_at IS NULL AND fa.mime_type LIKE 'image/%')"));
        } else {
            conditions.append(
                QStringLiteral("EXISTS (SELECT 1 FROM attachments fa WHERE fa.document_id = d.id "
                               "AND fa.removed_at IS NULL AND (lower(fa.display_name) LIKE ? ESCAPE '\\' "
                               "OR lower(fa.original_name) LIKE ? ESCAPE '\\'))"));
            const QString pattern = likePattern(QLatin1Char('.') + f.attachmentType, true, false);
            values << pattern << pattern;
        }
    }
    auto visibility = std::make_shared<SearchVisibility>(m_connection, session);
    conditions.append(visibility->condition());
    Where w;
    w.sql = conditions.join(QStringLiteral(" AND "));
    w.bind = [values, visibility](SqlQuery &q) {
        for (const QVariant &v : values)
            q.bind(v);
        visibility->bind(q);
    };
    return w;
}

SearchResults SearchEngine::search(const Session &session, const SearchQuery &query, int limit)
{
    if (!query.errors.isEmpty())
        throw StoreError(StoreError::Kind::BadData, query.errors.join(QStringLiteral("; ")));
    SearchResults results;
    results.notes = query.notes;
    if (!query.isRunnable())
        return results;
    const Where w = where(session, query);
    SqlQuery count(m_connection,
                   QStringLiteral("SELECT count(*) FROM (SELECT d.id FROM documents d WHERE %1 LIMIT %2) c")
                       .arg(w.sql)
                       .arg(kCountLimit + 1));
    w.bind(count);
    results.total = count.scalar().toInt();
    if (results.total > kCountLimit) {
        results.total = kCountLimit;
        results.totalCapped = true;
    }
    SqlQuery q(m_connection,
               QStringLiteral(
                   "SELECT d.id, d.title, COALESCE(d.number_label, ''), d.status, n.name, u.display_name, "
                   "d.updated_at FROM documents d JOIN units n ON n.id = d.unit_id "
                   "JOIN users u ON u.id = d.drafter_id WHERE %1 "
                   "ORDER BY d.updated_at DESC, d.id DESC LIMIT ?")
                   .arg(w.sql));
    w.bind(q);
    q.bind(qBound(1, limit, 1000)).exec();
    while (q.next()) {
        SearchHit hit;
        hit.documentId = q.id(0);
        hit.title = q.text(1);
        hit.numberLabel = q.text(2);
        hit.status = fromCode<DocumentStatus>(q.text(3)).value_or(DocumentStatus::Draft);
        hit.unitName = q.text(4);
        hit.drafterName = q.text(5);
        hit.updatedAt = Timestamps::fromText(q.text(6));
        results.hits.append(hit);
    }
    fillHits(query, results.hits);
    return results;
}

void SearchEngine::fillHits(const SearchQuery &query, QList<SearchHit> &hits)
{
    if (hits.isEmpty())
        return;
    QHash<qint64, int> indexOf;
    QStringList marks;
    for (int i = 0; i < hits.size(); ++i) {
        indexOf.insert(hits.at(i).documentId, i);
        marks.append(QString::number(hits.at(i).documentId)); // ids of rows just read: integers
    }
    struct Best
    {
        int score = -1;
        qint64 attachmentId = 0;
        qint64 blobId = 0;
        int page = 0;
        int position = 0;
        QString name;
    };
    QHash<qint64, Best> best;
    if (query.hasTerms()) {
        SqlQuery entries(
            m_connection,
            QStringLiteral("SELECT e.document_id, COALESCE(e.attachment_id, 0), COALESCE(e.blob_id, 0), "
                           "e.page, e.tokens, COALESCE(a.position, 0), COALESCE(a.display_name, '') "
                           "FROM search_entries e LEFT JOIN attachments a ON a.id = e.attachment_id "
                           "WHERE e.document_id IN (%1) "
                           "ORDER BY e.document_id, COALESCE(a.position, 0), e.page")
                .arg(marks.join(u',')));
        entries.exec();
        while (entries.next()) {
            const int score = groupsMatched(query, entries.text(4));
            Best &b = best[entries.id(0)];
            if (score > b.score)
                b = {score,
                     entries.id(1),
                     entries.id(2),
                     entries.value(3).toInt(),
                     entries.value(5).toInt(),
                     entries.text(6)};
        }
    }
    SearchIndexStore store(m_connection);
    const QStringList terms = query.highlightTerms();
    for (SearchHit &hit : hits) {
        const Best b = best.value(hit.documentId);
        hit.attachmentId = b.attachmentId;
        hit.attachmentPosition = b.position;
        hit.attachmentName = b.name;
        hit.page = b.page;
        const QString text =
            b.attachmentId ? store.pageText(b.blobId, b.page) : store.documentText(hit.documentId);
        makeSnippet(text, terms, hit);
    }
}

void SearchEngine::makeSnippet(const QString &text, const QStringList &terms, SearchHit &hit)
{
    QList<QPair<int, int>> all;
    for (const QString &term : terms)
        all += SearchAnalyzer::occurrences(text, term);
    std::sort(all.begin(), all.end());
    const int first = all.isEmpty() ? 0 : all.first().first;
    int start = qMax(0, first - kSnippetLength / 4);
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    int end = qMin(int(text.size()), start + kSnippetLength);
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    QString snippet = text.mid(start, end - start);
    for (QChar &c : snippet) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    const bool cutBefore = start > 0;
    hit.snippet = (cutBefore ? QStringLiteral("…") : QString()) + snippet +
                  (end < text.size() ? QStringLiteral("…") : QString());
    hit.highlights.clear();
    for (const auto &range : std::as_const(all)) {
        if (range.first >= start && range.first + range.second <= end)
            hit.highlights.append({range.first - start + (cutBefore ? 1 : 0), range.second});
    }
}

} // namespace kessai
