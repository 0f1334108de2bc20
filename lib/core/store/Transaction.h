// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace kessai {

class StoreConnection;

/// RAII transaction: rolls back unless commit() is called. Nested Transactions join the
/// outermost one, so a store method can be called alone or inside a larger change.
/// On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two writers queue on
/// the busy timeout instead of failing half-way with SQLITE_BUSY.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(StoreConnection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    StoreConnection &m_connection;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace kessai
