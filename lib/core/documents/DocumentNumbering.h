// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kessai {

class StoreConnection;

/// 文書番号: a running number per unit and fiscal year, e.g. 総務第12号.
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

    explicit DocumentNumbering(StoreConnection &connection);

    Number next(qint64 unitId, const QString &unitCode, const QDate &date);
    /// Gives document documentId of unit unitId its number at its first 提出. On PostgreSQL the
    /// server numbers it (kessai_assign_number: its own date, its own counter; clients cannot
    /// write numbers); on SQLite next() for date, written here. Inside the caller's transaction.
    Number assign(qint64 documentId, qint64 unitId, const QDate &date);
    static QString label(const QString &unitCode, int number);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
