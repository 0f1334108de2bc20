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
#include <QSet>

#include <algorithm>
#include <limits>
#include <memory>

namespace kessai {

namespace {
/// The full-text expression of the terms of one group (OR), each term's lookup terms quoted as
/// literals (AND): terms are letters and digits only (SearchAnalyzer), so no quote occurs in them.
QString groupExpression(const QList<SearchTerm> &group, bool postgres)
{
    QStringList alternatives;
    for (const SearchTerm &term : group) {
        QStringList parts;
        for (const QString &t : term.lookup)
            parts.append(postgres ? QLatin1Char('\'') + t + QLatin1Char('\'')
                                  : QLatin1Char('"') + t + QLatin1Char('"'));
        alternatives.append(QLatin1Char('(') +
                            parts.join(postgres ? QStringLiteral(" & ") : QStringLiteral(" ")) +
                            QLatin1Char(')'));
    }
    return QLatin1Char('(') + alternatives.join(postgres ? QStringLiteral(" | ") : QStringLiteral(" OR ")) +
           QLatin1Char(')');
}

/// Document ids as an SQL list: integers read from the database, written into the statement
/// (thousands of bound values cost QtSql's SQLite driver a name lookup each, quadratic).
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

/// Whether a row the index finds for the term holds it: one index term whose own analysis is the
/// term's sequence (a word, one character, or a bigram: the index always writes a bigram between
/// its two characters), so there is no order to check.
bool indexDecidesTerm(const SearchTerm &term)
{
    return term.lookup.size() == 1 &&
           SearchAnalyzer::terms(term.lookup.first()).join(QLatin1Char(' ')) == term.sequence;
}

/// Whether the index's match of the first group's expression is the whole query: one group,
/// nothing excluded, and each term decided by the index.
bool indexDecidesAlone(const SearchQuery &query)
{
    return query.required.size() == 1 && query.excluded.isEmpty() &&
           std::all_of(query.required.first().begin(), query.required.first().end(), indexDecidesTerm);
}

/// "Some index row of d holds the term": its terms in order, space-delimited (every lookup term is
/// among them). Compared in the database (instr/strpos on the stored UTF-8), never copied out.
QString holdsTerm(bool postgres)
{
    return postgres ? QStringLiteral("EXISTS (SELECT 1 FROM search_entries te WHERE te.document_id = d.id "
                                     "AND strpos(' ' || te.tokens || ' ', ?) > 0)")
                    : QStringLiteral("EXISTS (SELECT 1 FROM search_entries te WHERE te.document_id = d.id "
                                     "AND instr(' ' || te.tokens || ' ', ?) > 0)");
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

SearchEngine::Where SearchEngine::where(const Session &session, const SearchQuery &query) const
{
    QStringList conditions;
    QList<QVariant> values;
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
    w.tokens = visibility->tokens();
    w.bind = [values, visibility](SqlQuery &q) {
        for (const QVariant &v : values)
            q.bind(v);
        visibility->bind(q);
    };
    return w;
}

namespace {
constexpr char kHitColumns[] = "SELECT d.id, d.title, COALESCE(d.number_label, ''), d.status, n.name, "
                               "u.display_name, d.updated_at FROM documents d JOIN units n ON n.id = d.unit_id "
                               "JOIN users u ON u.id = d.drafter_id WHERE ";

SearchHit hitOf(const SqlQuery &q)
{
    SearchHit hit;
    hit.documentId = q.id(0);
    hit.title = q.text(1);
    hit.numberLabel = q.text(2);
    hit.status = fromCode<DocumentStatus>(q.text(3)).value_or(DocumentStatus::Draft);
    hit.unitName = q.text(4);
    hit.drafterName = q.text(5);
    hit.updatedAt = Timestamps::fromText(q.text(6));
    return hit;
}
} // namespace

SearchResults SearchEngine::search(const Session &session, const SearchQuery &query, int limit)
{
    if (!query.errors.isEmpty())
        throw StoreError(StoreError::Kind::BadData, query.errors.join(QStringLiteral("; ")));
    SearchResults results;
    results.notes = query.notes;
    if (!query.isRunnable())
        return results;
    limit = qBound(1, limit, 1000);
    const Where w = where(session, query);
    if (!query.hasTerms()) {
        // Filters alone: the documents table in the result order, as far as the count goes.
        SqlQuery q(m_connection, QLatin1String(kHitColumns) + w.sql +
                                     QStringLiteral(" ORDER BY d.id DESC LIMIT %1").arg(kCountLimit + 1));
        w.bind(q);
        q.exec();
        while (q.next()) {
            if (results.hits.size() < limit)
                results.hits.append(hitOf(q));
            ++results.total;
        }
    } else {
        walk(query, w, limit, results);
    }
    if (results.total > kCountLimit) {
        results.total = kCountLimit;
        results.totalCapped = true;
    }
    fillHits(query, results.hits);
    return results;
}

QList<QPair<qint64, qint64>> SearchEngine::indexPage(const QString &expression, qint64 before, int rows) const
{
    QList<QPair<qint64, qint64>> page;
    if (m_connection.isPostgreSQL()) {
        // The server adds the actor's tokens and decides who sees what (schema 22).
        SqlQuery q(m_connection, QStringLiteral("SELECT entry_id, document_id FROM "
                                                "kessai_search_entries(CAST(? AS tsquery), ?, ?)"));
        q.bind(expression).bind(before).bind(rows).exec();
        while (q.next())
            page.append({q.id(0), q.id(1)});
        return page;
    }
    SqlQuery q(m_connection, QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid < ? "
                                            "ORDER BY rowid DESC LIMIT ?"));
    q.bind(expression).bind(before).bind(rows).exec();
    while (q.next())
        page.append({q.id(0), SearchIndexStore::documentOfEntry(q.id(0))});
    return page;
}

void SearchEngine::walk(const SearchQuery &query, const Where &w, int limit, SearchResults &results)
{
    // The index in its own order (newest document first, SearchIndexStore::kEntryBits), pages of
    // rows holding the first group's terms (and one of the user's visibility tokens), each page's
    // documents then checked: the filters, visibility, the other groups, exclusions and the order
    // of a phrase's terms. It stops when the count is reached: the cost follows how far the
    // first results are, not how many rows hold a term.
    const bool postgres = m_connection.isPostgreSQL();
    QString expression = groupExpression(query.required.first(), postgres);
    if (!postgres && !w.tokens.isEmpty())
        expression += QStringLiteral(" AND (\"%1\")").arg(w.tokens.join(QStringLiteral("\" OR \"")));
    const bool checkTerms = !indexDecidesAlone(query);
    qint64 before = std::numeric_limits<qint64>::max();
    qint64 lastDocument = 0;
    int rows = m_firstPage;
    QList<qint64> found;
    while (found.size() <= kCountLimit) {
        const QList<QPair<qint64, qint64>> page = indexPage(expression, before, rows);
        QList<qint64> candidates;
        for (const auto &row : page) {
            if (row.second != lastDocument)
                candidates.append(row.second);
            lastDocument = row.second;
        }
        if (!candidates.isEmpty())
            found += check(query, w, candidates, checkTerms);
        if (page.size() < rows)
            break;
        before = page.last().first;
        rows = qMin(rows * 4, 4096);
    }
    results.total = int(found.size());
    found = found.mid(0, limit);
    if (found.isEmpty())
        return;
    // the columns of the hits shown, in one statement
    SqlQuery q(m_connection, QLatin1String(kHitColumns) + QStringLiteral("d.id IN (%1)").arg(idList(found)));
    q.exec();
    QHash<qint64, SearchHit> hits;
    while (q.next())
        hits.insert(q.id(0), hitOf(q));
    for (qint64 id : std::as_const(found)) {
        if (hits.contains(id))
            results.hits.append(hits.value(id));
    }
}

QList<qint64> SearchEngine::check(const SearchQuery &query, const Where &w, const QList<qint64> &candidates,
                                  bool checkTerms)
{
    QStringList conditions{QStringLiteral("d.id IN (%1)").arg(idList(candidates)), w.sql};
    QStringList sequences;
    if (checkTerms) {
        const QString holds = holdsTerm(m_connection.isPostgreSQL());
        for (qsizetype g = 0; g < query.required.size(); ++g) {
            const QList<SearchTerm> &group = query.required.at(g);
            // the walk's rows hold the first group already, when the index decides its terms
            if (g == 0 && std::all_of(group.begin(), group.end(), indexDecidesTerm))
                continue;
            QStringList alternatives;
            for (const SearchTerm &term : group) {
                alternatives.append(holds);
                sequences.append(QLatin1Char(' ') + term.sequence + QLatin1Char(' '));
            }
            conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        for (const SearchTerm &term : query.excluded) {
            conditions.append(QStringLiteral("NOT ") + holds);
            sequences.append(QLatin1Char(' ') + term.sequence + QLatin1Char(' '));
        }
    }
    SqlQuery q(m_connection,
               QStringLiteral("SELECT d.id FROM documents d WHERE %1").arg(conditions.join(QStringLiteral(" AND "))));
    w.bind(q);
    for (const QString &sequence : std::as_const(sequences))
        q.bind(sequence);
    q.exec();
    QSet<qint64> passed;
    while (q.next())
        passed.insert(q.id(0));
    QList<qint64> kept;
    for (qint64 id : candidates) {
        if (passed.contains(id))
            kept.append(id);
    }
    return kept;
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
    // the texts of the best entries, a few statements for all hits
    QList<qint64> ownTexts;
    QList<QPair<qint64, int>> pages;
    for (const SearchHit &hit : std::as_const(hits)) {
        const Best b = best.value(hit.documentId);
        if (b.attachmentId)
            pages.append({b.blobId, b.page});
        else
            ownTexts.append(hit.documentId);
    }
    SearchIndexStore store(m_connection);
    const QHash<qint64, QString> documentTexts = store.documentTexts(ownTexts);
    const QHash<QPair<qint64, int>, QString> pageTexts = store.pageTexts(pages);
    const QStringList terms = query.highlightTerms();
    for (SearchHit &hit : hits) {
        const Best b = best.value(hit.documentId);
        hit.attachmentId = b.attachmentId;
        hit.attachmentPosition = b.position;
        hit.attachmentName = b.name;
        hit.page = b.page;
        const QString text =
            b.attachmentId ? pageTexts.value({b.blobId, b.page}) : documentTexts.value(hit.documentId);
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
