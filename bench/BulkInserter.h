// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <map>
#include <memory>

namespace kessai {
class SqlQuery;
class StoreConnection;
} // namespace kessai

namespace kessai::bench {

/// Multi-row INSERT for loading a lot of rows fast: rows are buffered and sent rowsPerStatement
/// at a time through one prepared statement "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …"
/// (shorter ones for what is left, each prepared once). The caller holds the transaction. A
/// table whose rows refer to another's gets that inserter as its parent: the parent's rows are
/// sent first, so foreign keys hold at every statement.
class BulkInserter
{
public:
    BulkInserter(StoreConnection &connection, const QString &table, const QStringList &columns,
                 int rowsPerStatement = 500);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    void setParent(BulkInserter *parent) { m_parent = parent; }

    /// One row: exactly one value per column, in order. A null QVariant (of any type) is NULL.
    void add(const QVariantList &row);
    /// Sends what is buffered.
    void flush();
    qint64 rowCount() const { return m_rows; }

    static QVariant nullId() { return QVariant(QMetaType::fromType<qint64>()); }
    static QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }

private:
    QString statement(int rows) const;
    void send(int rows);

    StoreConnection &m_connection;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_buffer;
    BulkInserter *m_parent = nullptr;
    std::map<int, std::unique_ptr<SqlQuery>> m_statements; ///< by row count
    qint64 m_rows = 0;
};

} // namespace kessai::bench
