// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/GuardHarness.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QDebug>

namespace kessai::test {

GuardHarness::GuardHarness(TestDatabase &db, StoreConnection &admin, QString snapshotSql)
    : m_db(db)
    , m_admin(admin)
    , m_snapshotSql(std::move(snapshotSql))
{}

GuardHarness::~GuardHarness() = default;

StoreConnection &GuardHarness::raw(const QString &login)
{
    auto &slot = m_raw[login];
    if (!slot)
        slot = std::make_unique<StoreConnection>(m_db.urlAs(login), StoreConnection::Open::Existing);
    return *slot;
}

QString GuardHarness::snapshot()
{
    return SqlQuery(m_admin, m_snapshotSql).scalar().toString();
}

QString GuardHarness::run(const QString &login, const QStringList &statements)
{
    StoreConnection &connection = raw(login);
    try {
        Transaction transaction(connection);
        for (const QString &statement : statements)
            SqlQuery::execDirect(connection, statement);
        transaction.commit();
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

QString GuardHarness::attack(const QString &what, const QString &login, const QStringList &statements,
                             const QString &expected)
{
    const QString before = snapshot();
    const QString refusal = run(login, statements);
    const QString after = snapshot();
    qInfo().noquote() << QStringLiteral("attack %1 (%2): %3")
                             .arg(what, login, refusal.isEmpty() ? QStringLiteral("committed") : refusal);
    if (before != after)
        return QStringLiteral("%1 changed the store (%2)").arg(what, refusal);
    if (!refusal.contains(expected))
        return QStringLiteral("%1: expected a refusal naming \"%2\", got \"%3\"").arg(what, expected, refusal);
    return {};
}

} // namespace kessai::test
