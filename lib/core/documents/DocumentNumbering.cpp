// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentNumbering.h"

#include "core/documents/FiscalYear.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

namespace kessai {

DocumentNumbering::DocumentNumbering(StoreConnection &connection)
    : m_connection(connection)
{}

DocumentNumbering::Number DocumentNumbering::next(qint64 unitId, const QString &unitCode, const QDate &date)
{
    Transaction transaction(m_connection);
    Number result;
    result.fiscalYear = FiscalYear::of(date);
    result.number = SqlQuery(m_connection,
                             QStringLiteral("INSERT INTO number_counters (unit_id, fiscal_year, last_number) "
                                            "VALUES (?, ?, 1) ON CONFLICT (unit_id, fiscal_year) "
                                            "DO UPDATE SET last_number = number_counters.last_number + 1 "
                                            "RETURNING last_number"))
                        .bind(unitId)
                        .bind(result.fiscalYear)
                        .scalar()
                        .toInt();
    result.label = label(unitCode, result.number);
    transaction.commit();
    return result;
}

DocumentNumbering::Number DocumentNumbering::assign(qint64 documentId, qint64 unitId, const QDate &date)
{
    Transaction transaction(m_connection);
    Number result;
    if (m_connection.isPostgreSQL()) {
        SqlQuery q(
            m_connection,
            QStringLiteral("SELECT fiscal_year, doc_number, number_label FROM kessai_assign_number(?)"));
        q.bind(documentId).exec();
        if (!q.next())
            throw StoreError(StoreError::Kind::Internal,
                             QStringLiteral("kessai_assign_number returned no row"));
        result.fiscalYear = q.value(0).toInt();
        result.number = q.value(1).toInt();
        result.label = q.text(2);
    } else {
        const QString unitCode = SqlQuery(m_connection, QStringLiteral("SELECT code FROM units WHERE id = ?"))
                                     .bind(unitId)
                                     .scalar()
                                     .toString();
        result = next(unitId, unitCode, date);
        SqlQuery(m_connection, QStringLiteral("UPDATE documents SET fiscal_year = ?, number_unit_id = ?, "
                                              "doc_number = ?, number_label = ? WHERE id = ?"))
            .bind(result.fiscalYear)
            .bind(unitId)
            .bind(result.number)
            .bind(result.label)
            .bind(documentId)
            .exec();
    }
    transaction.commit();
    return result;
}

QString DocumentNumbering::label(const QString &unitCode, int number)
{
    return QStringLiteral("%1第%2号").arg(unitCode).arg(number);
}

} // namespace kessai
