// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kessai {

class Session;
class StoreConnection;

/// Imports a 課's 文書分類表 from CSV (the office keeps it in Excel), all or nothing.
///
/// Header (English or Japanese): code/分類コード, parent/上位コード, name/名称,
/// retention/保存期間 (1年未満, 1, 3, 5, 10, 30 or 年 after them, 常用), disposition/満了時の措置
/// (移管 / 廃棄, transfer / destroy). Parents may come after their children in the file and may be
/// entries the 課 has already. A cycle, a missing parent, a duplicate code, a fifth level, an
/// unknown period, or a leaf without its 保存期間 and 措置 is refused with the line and column, and
/// nothing is imported. Codes already in the table are refused too (the table is kept, not replaced).
class FilingClassCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(FilingClassCsvImporter)

public:
    explicit FilingClassCsvImporter(StoreConnection &connection);

    /// Returns the number of entries added.
    int import(const Session &session, qint64 unitId, const QByteArray &csv, const QString &sourceName);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
