// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PgStatement.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <vector>

namespace kessai {

namespace {
struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

PGconn *handleOf(StoreConnection &connection)
{
    if (!connection.isPostgreSQL())
        return nullptr;
    const QVariant handle = connection.database().driver()->handle();
    // QPSQL registers the handle under libpq's struct name (PGconn is a typedef of pg_conn).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// The server's refusal as SqlQuery reports it (the same kinds and messages).
StoreError failure(StoreConnection &connection, PGconn *conn, const PGresult *result, const QByteArray &sql)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    const bool lost = PQstatus(conn) != CONNECTION_OK;
    const QSqlError error(QString(), QString::fromUtf8(text),
                          lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                          QString::fromLatin1(state ? state : ""));
    return SqlQuery::failure(connection, error, QString::fromUtf8(sql));
}
StoreError noConnection(StoreConnection &connection, const QByteArray &sql)
{
    return SqlQuery::failure(
        connection,
        QSqlError(QString(), QStringLiteral("no open PostgreSQL connection"), QSqlError::ConnectionError),
        QString::fromUtf8(sql));
}
} // namespace

bool PgStatement::available(StoreConnection &connection)
{
    return handleOf(connection) != nullptr;
}

PgStatement::PgStatement(StoreConnection &connection, const QByteArray &name, const QByteArray &sql)
    : m_connection(connection)
    , m_name(name)
    , m_sql(sql)
{
    PGconn *conn = handleOf(connection);
    if (!conn) // closed, or not PostgreSQL (callers ask available() first)
        throw noConnection(connection, m_sql);
    // Prepared statements live as long as the server session: prepare only when the session's
    // list lacks it (not PQdescribePrepared: its error would abort the caller's transaction).
    static constexpr char kPrepared[] = "SELECT 1 FROM pg_prepared_statements WHERE name = $1";
    const char *const names[] = {m_name.constData()};
    const Result found(PQexecParams(conn, kPrepared, 1, nullptr, names, nullptr, nullptr, 0));
    if (!found || PQresultStatus(found.get()) != PGRES_TUPLES_OK)
        throw failure(connection, conn, found.get(), kPrepared);
    if (PQntuples(found.get()) > 0)
        return;
    const Result prepared(PQprepare(conn, m_name.constData(), m_sql.constData(), 0, nullptr));
    if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        throw failure(connection, conn, prepared.get(), m_sql);
}

int PgStatement::exec(const QList<Parameter> &parameters)
{
    return execAll({parameters});
}

int PgStatement::execAll(const QList<QList<Parameter>> &rows)
{
    PGconn *conn = handleOf(m_connection);
    if (!conn)
        throw noConnection(m_connection, m_sql);
    // One round trip for all rows: the server runs them back to back while the client waits
    // once (libpq's pipeline mode), left again before returning whatever happened.
    const bool pipelined = rows.size() > 1;
    // Qt's driver leaves the end of its last result unread; PQexec* would discard it too.
    while (PGresult *left = PQgetResult(conn))
        PQclear(left);
    if (pipelined && PQenterPipelineMode(conn) != 1)
        throw failure(m_connection, conn, nullptr, m_sql);
    std::optional<StoreError> error;
    int sent = 0;
    for (const QList<Parameter> &parameters : rows) {
        std::vector<const char *> values;
        std::vector<int> lengths;
        std::vector<int> formats;
        for (const Parameter &parameter : parameters) {
            values.push_back(parameter.value.constData());
            lengths.push_back(int(parameter.value.size()));
            formats.push_back(parameter.binary ? 1 : 0);
        }
        if (PQsendQueryPrepared(conn, m_name.constData(), int(parameters.size()), values.data(),
                                lengths.data(), formats.data(), 0) != 1) {
            error = failure(m_connection, conn, nullptr, m_sql);
            break;
        }
        ++sent;
    }
    if (pipelined && PQpipelineSync(conn) != 1 && !error)
        error = failure(m_connection, conn, nullptr, m_sql);
    int affected = 0;
    for (int i = 0; i < sent; ++i) {
        // Each statement's result, then NULL; after a failure the rest come back "aborted".
        while (PGresult *next = PQgetResult(conn)) {
            const Result result(next);
            const ExecStatusType status = PQresultStatus(next);
            if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
                affected += QByteArray(PQcmdTuples(next)).toInt();
            else if (!error)
                error = failure(m_connection, conn, next, m_sql);
        }
    }
    if (pipelined) {
        const Result sync(PQgetResult(conn)); // PGRES_PIPELINE_SYNC, or nothing on a lost connection
        PQexitPipelineMode(conn);
    }
    if (error)
        throw *error;
    return affected;
}

} // namespace kessai
