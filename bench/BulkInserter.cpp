// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkInserter.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>

#include <stdexcept>

namespace kessai::bench {

BulkInserter::BulkInserter(StoreConnection &connection, const QString &table, const QStringList &columns,
                           int rowsPerStatement)
    : m_connection(connection)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
{
    m_buffer.reserve(qsizetype(columns.size()) * rowsPerStatement);
}

BulkInserter::~BulkInserter() = default;

QString BulkInserter::statement(int rows) const
{
    QStringList marks(m_columns.size(), QStringLiteral("?"));
    const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList all(rows, one);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')), all.join(QLatin1Char(',')));
}

void BulkInserter::send(int rows)
{
    if (m_parent)
        m_parent->flush();
    std::unique_ptr<SqlQuery> &query = m_statements[rows];
    if (!query)
        query = std::make_unique<SqlQuery>(m_connection, statement(rows));
    const qsizetype values = qsizetype(rows) * m_columns.size();
    for (qsizetype i = 0; i < values; ++i)
        query->raw().bindValue(int(i), m_buffer.at(i));
    query->exec();
    m_rows += rows;
    m_buffer.clear();
}

void BulkInserter::add(const QVariantList &row)
{
    if (row.size() != m_columns.size())
        throw std::logic_error("BulkInserter: wrong number of values in a row");
    m_buffer.append(row);
    if (m_buffer.size() >= qsizetype(m_columns.size()) * m_rowsPerStatement)
        send(m_rowsPerStatement);
}

void BulkInserter::flush()
{
    if (!m_buffer.isEmpty())
        send(int(m_buffer.size() / m_columns.size()));
}

} // namespace kessai::bench
