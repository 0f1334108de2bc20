// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kessai {

class StoreConnection;

/// 文書番号: a running number per unit and fiscal year, e.g. 総務第12号; and by the same rules the
/// 収受番号 of received documents, a series of its own, e.g. 総務収第3号.
/// next() increments the counter row under its row lock inside the caller's transaction,
/// so concurrent submissions get distinct numbers with no gaps once committed.
class DocumentNumbering
{
public:
    struct Number
    {
        int fiscalYear = 0;
        int number = 0;
        QString label;
    };

    /// Which running series: 文書番号 (number_counters) or 収受番号 (receipt_counters).
    enum class Series
    {
        Document,
        Receipt
    };

    explicit DocumentNumbering(StoreConnection &connection);

    Number next(qint64 unitId, const QString &unitCode, const QDate &date, Series series = Series::Document);
    /// Gives document documentId of unit unitId its number at its first 提出. On PostgreSQL the
    /// server numbers it (kessai_assign_number: its own date, its own counter; clients cannot
    /// write numbers); on SQLite next() for date, written here. Inside the caller's transaction.
    Number assign(qint64 documentId, qint64 unitId, const QDate &date);
    /// Gives receipt documentId of unit unitId its 収受番号 in the fiscal year of receivedOn. On
    /// PostgreSQL the server numbers it (kessai_assign_receipt_number, from the stored 収受日); on
    /// SQLite next(Series::Receipt), written here. Inside the caller's transaction.
    Number assignReceipt(qint64 documentId, qint64 unitId, const QDate &receivedOn);
    static QString label(const QString &unitCode, int number, Series series = Series::Document);

private:
    QString codeOfUnit(qint64 unitId);
    /// The number the server gives (PostgreSQL): function is kessai_assign_number or
    /// kessai_assign_receipt_number.
    Number numberedByServer(const QString &function, qint64 documentId);

    StoreConnection &m_connection;
};

} // namespace kessai
