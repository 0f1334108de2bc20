// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchHit.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace kessai {

class Session;
class SearchQuery;
class SqlQuery;
class StoreConnection;

/// 全文検索: runs a SearchQuery against the index with the database's own full-text machinery
/// (SQLite FTS5, PostgreSQL tsvector + GIN) and the same logic on both, so the same query gives
/// the same documents in the same order. Only documents the session's user may open are found
/// (SearchVisibility; on PostgreSQL row-level security as well). Typed text only ever reaches
/// the database as bound values of analyzed terms.
class SearchEngine
{
    Q_DECLARE_TR_FUNCTIONS(SearchEngine)

public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kCountLimit = 1000;
    static constexpr int kSnippetLength = 120;

    /// Index rows read by the first step of a walk (then four times as many, up to 4,096): the
    /// count limit is usually reached in one step. Smaller in tests, to walk several.
    static constexpr int kFirstPage = 1536;

    explicit SearchEngine(StoreConnection &connection);
    void setFirstPage(int rows) { m_firstPage = qBound(1, rows, 4096); }

    /// The first limit documents found, newest first. A query with errors throws
    /// StoreError(BadData) naming them; an empty one finds nothing.
    SearchResults search(const Session &session, const SearchQuery &query, int limit = kDefaultLimit);

    /// Cuts text around its first match of terms; highlights are set on the hit.
    static void makeSnippet(const QString &text, const QStringList &terms, SearchHit &hit);

private:
    /// The filters and visibility as a condition on documents d, and the user's visibility tokens.
    struct Where
    {
        QString sql;
        std::function<void(SqlQuery &)> bind;
        QStringList tokens;
    };
    Where where(const Session &session, const SearchQuery &query) const;
    /// Walks the index in result order until the count is reached (the query has terms).
    void walk(const SearchQuery &query, const Where &w, int limit, SearchResults &results);
    /// Up to rows index rows below before that match expression, newest first: (entry, document).
    QList<QPair<qint64, qint64>> indexPage(const QString &expression, qint64 before, int rows) const;
    /// The candidates that pass the filters, visibility and (checkTerms) every term, in order.
    QList<qint64> check(const SearchQuery &query, const Where &w, const QList<qint64> &candidates,
                        bool checkTerms);
    void fillHits(const SearchQuery &query, QList<SearchHit> &hits);

    StoreConnection &m_connection;
    int m_firstPage = kFirstPage;
};

} // namespace kessai
