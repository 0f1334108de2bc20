// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentNumbering.h"

#include "core/documents/FiscalYear.h"
#include "core/store/SqlQuery.h"
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

QString DocumentNumbering::label(const QString &unitCode, int number)
{
    return QStringLiteral("%1第%2号").arg(unitCode).arg(number);
}

} // namespace kessai
