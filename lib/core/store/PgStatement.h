// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace kessai {

class StoreConnection;

/// A statement prepared once per PostgreSQL connection and run through libpq on the Qt driver's
/// own connection (same session, same transaction), with byte values sent as binary parameters.
///
/// Qt's QPSQL driver writes every bound value into the statement text (a 1 MiB chunk becomes a
/// 2 MiB hex literal the server must lex and decode) and prepares and deallocates the statement
/// around each query; this sends the bytes as they are and keeps the statement for the
/// connection's life. Like SqlQuery it takes values only as parameters, never in the SQL text;
/// failures throw the same StoreError as SqlQuery's.
class PgStatement
{
public:
    /// One parameter: text in PostgreSQL's input syntax, or bytes for a bytea.
    struct Parameter
    {
        QByteArray value;
        bool binary = false;
    };
    static Parameter number(qint64 value) { return {QByteArray::number(value), false}; }
    static Parameter bytes(const QByteArray &value) { return {value, true}; }

    /// Prepares sql ($1, $2, … placeholders) under name on the connection unless it is there
    /// already. Throws StoreError.
    PgStatement(StoreConnection &connection, const QByteArray &name, const QByteArray &sql);

    /// Runs the statement with these parameters; returns the rows it affected. Throws StoreError.
    int exec(const QList<Parameter> &parameters);
    /// Runs the statement once per row of parameters, all sent before the first result is read
    /// (one round trip); returns the rows affected in all. The first failure throws StoreError;
    /// the statements after it are not run, and the caller's transaction is aborted as after any
    /// failure (outside a transaction the rows are one implicit transaction: none stays).
    int execAll(const QList<QList<Parameter>> &rows);

    /// Whether the connection can run PgStatements (PostgreSQL through Qt's QPSQL driver).
    static bool available(StoreConnection &connection);

private:
    StoreConnection &m_connection;
    QByteArray m_name;
    QByteArray m_sql;
};

} // namespace kessai
