// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Transaction.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kessai {

namespace {
void run(StoreConnection &connection, const char *statement)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QLatin1String(statement)))
        throw StoreError(StoreError::Kind::Unavailable,
                         QCoreApplication::translate("Transaction", "%1 failed on %2: %3")
                             .arg(QLatin1String(statement), connection.url().displayName(),
                                  SqlQuery::reason(query.lastError())));
}
} // namespace

Transaction::Transaction(StoreConnection &connection)
    : m_connection(connection)
{
    m_outermost = connection.transactionDepth() == 0;
    if (m_outermost)
        run(connection, connection.isPostgreSQL() ? "BEGIN" : "BEGIN IMMEDIATE");
    ++connection.transactionDepth();
}

Transaction::~Transaction()
{
    --m_connection.transactionDepth();
    if (m_outermost && !m_finished) {
        QSqlQuery query(m_connection.database());
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    if (m_finished)
        return;
    // Marked finished only once COMMIT went through: if it fails, the destructor rolls back.
    if (m_outermost)
        run(m_connection, "COMMIT");
    m_finished = true;
}

} // namespace kessai
