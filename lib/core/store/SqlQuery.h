// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace kessai {

class StoreConnection;
class StoreError;

/// A prepared statement with positional binds that throws StoreError on failure,
/// so callers never forget to check and every failure carries the driver's reason.
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(StoreConnection &connection, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindNull();
    /// Binds an empty string or 0 id as SQL NULL.
    SqlQuery &bindOptional(const QString &value);
    SqlQuery &bindOptionalId(qint64 id);
    SqlQuery &exec();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 id(int index) const { return m_query.value(index).toLongLong(); }
    bool flag(int index) const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    QSqlQuery &raw() { return m_query; }

    /// Runs a statement without preparing it: PostgreSQL cannot PREPARE DDL. Only for
    /// trusted text that takes no parameters (schema migrations).
    static void execDirect(StoreConnection &connection, const QString &sql);

    /// The server's or SQLite's own reason, first line only, without the Qt driver's words
    /// ("QPSQL: Unable to …") or the statement: what a message for a person may quote.
    static QString reason(const QSqlError &error);

    /// The StoreError for a failed statement (what exec() throws): lost connection, refusal by
    /// the server's guard, constraint, … with a message a person may read. For PgStatement.
    static StoreError failure(StoreConnection &connection, const QSqlError &error, const QString &sql);

    /// exec(), then the first column of the first row, or an invalid QVariant when no row.
    QVariant scalar();

private:
    StoreConnection &m_connection;
    QString m_sql;
    QSqlQuery m_query;
    int m_bindIndex = 0;
};

} // namespace kessai
