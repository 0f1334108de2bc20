// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kessai {

class Session;
class SqlQuery;
class StoreConnection;

/// Which documents a user may open, as an SQL condition on a documents row aliased d: the rule
/// of kessai_sees (schema 8) written once for both backends, so a search on SQLite shows exactly
/// what the same user would see on the office server. (There row-level security on documents
/// and search_entries enforces it as well, whatever client asks.) A user sees a document they
/// drafted or are or were on the route of, or of someone on it they stand in for today; records
/// managers see all; administrators and members of the document's unit (or of the 課 or 部 above
/// their own unit) see every document that is not 秘.
class SearchVisibility
{
public:
    SearchVisibility(StoreConnection &connection, const Session &session);

    /// The condition, with ? for each value bind() adds, in order.
    QString condition() const;
    void bind(SqlQuery &query) const;
    /// The index's visibility tokens (SearchIndexStore::visibilityTokens) of documents the user
    /// may open: every such document holds one of them. Empty for a records manager (all).
    QStringList tokens() const;

private:
    qint64 m_user = 0;
    bool m_recordsManager = false;
    bool m_admin = false;
    QList<qint64> m_scope; ///< units whose public documents the user sees
    QString m_today;
    QList<qint64> m_standingInFor; ///< people absent today for whom the user acts
};

} // namespace kessai
