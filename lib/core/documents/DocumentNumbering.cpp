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

DocumentNumbering::Number DocumentNumbering::next(qint64 unitId, const QString &unitCode, const QDate &date,
                                                  Series series)
{
    Transaction transaction(m_connection);
    Number result;
    result.fiscalYear = FiscalYear::of(date);
    const QString counters =
        series == Series::Receipt ? QStringLiteral("receipt_counters") : QStringLiteral("number_counters");
    result.number = SqlQuery(m_connection,
                             QStringLiteral("INSERT INTO %1 (unit_id, fiscal_year, last_number) "
                                            "VALUES (?, ?, 1) ON CONFLICT (unit_id, fiscal_year) "
                                            "DO UPDATE SET last_number = %1.last_number + 1 "
                                            "RETURNING last_number")
                                 .arg(counters))
                        .bind(unitId)
                        .bind(result.fiscalYear)
                        .scalar()
                        .toInt();
    result.label = label(unitCode, result.number, series);
    transaction.commit();
    return result;
}

DocumentNumbering::Number DocumentNumbering::assign(qint64 documentId, qint64 unitId, const QDate &date)
{
    Transaction transaction(m_connection);
    Number result;
    if (m_connection.isPostgreSQL()) {
        result = numberedByServer(QStringLiteral("kessai_assign_number"), documentId);
    } else {
        result = next(unitId, codeOfUnit(unitId), date);
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

DocumentNumbering::Number DocumentNumbering::assignReceipt(qint64 documentId, qint64 unitId,
                                                           const QDate &receivedOn)
{
    Transaction transaction(m_connection);
    Number result;
    if (m_connection.isPostgreSQL()) {
        result = numberedByServer(QStringLiteral("kessai_assign_receipt_number"), documentId);
    } else {
        result = next(unitId, codeOfUnit(unitId), receivedOn, Series::Receipt);
        SqlQuery(m_connection, QStringLiteral("UPDATE receipts SET fiscal_year = ?, receipt_number = ?, "
                                              "number_label = ? WHERE document_id = ?"))
            .bind(result.fiscalYear)
            .bind(result.number)
            .bind(result.label)
            .bind(documentId)
            .exec();
    }
    transaction.commit();
    return result;
}

DocumentNumbering::Number DocumentNumbering::numberedByServer(const QString &function, qint64 documentId)
{
    // function is one of ours, never input: the three columns each numbering function returns.
    SqlQuery q(m_connection, QStringLiteral("SELECT * FROM %1(?)").arg(function));
    q.bind(documentId).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::Internal, QStringLiteral("%1 returned no row").arg(function));
    return {q.value(0).toInt(), q.value(1).toInt(), q.text(2)};
}

QString DocumentNumbering::codeOfUnit(qint64 unitId)
{
    return SqlQuery(m_connection, QStringLiteral("SELECT code FROM units WHERE id = ?")).bind(unitId).scalar().toString();
}

QString DocumentNumbering::label(const QString &unitCode, int number, Series series)
{
    if (series == Series::Receipt)
        return QStringLiteral("%1収第%2号").arg(unitCode).arg(number);
    return QStringLiteral("%1第%2号").arg(unitCode).arg(number);
}

} // namespace kessai
