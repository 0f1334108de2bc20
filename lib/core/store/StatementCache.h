// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

namespace kessai {

/// Prepared statements of one PostgreSQL connection kept for the next SqlQuery of the same SQL.
/// Qt's QPSQL driver PREPAREs a statement when a query is made and DEALLOCATEs it when the query
/// is destroyed: three round trips to the server for every statement run once. Kept here, the
/// next use of the same SQL is one round trip (EXECUTE). At most kCapacity idle statements; the
/// one given back longest ago is dropped (and deallocated) first.
class StatementCache
{
public:
    static constexpr int kCapacity = 256;

    /// An idle prepared statement for sql, taken out of the cache; none when there is none.
    std::optional<QSqlQuery> take(const QString &sql);
    /// Keeps a statement that is finished with (its result released) for the next take(sql).
    void give(const QString &sql, QSqlQuery query);
    /// Drops every statement: before the connection closes.
    void clear();
    int size() const { return int(m_order.size()); }

private:
    std::unordered_map<QString, std::vector<QSqlQuery>> m_idle; // QSqlQuery can only be moved
    QList<QString> m_order; // the SQL of each idle statement, oldest first
};

} // namespace kessai
