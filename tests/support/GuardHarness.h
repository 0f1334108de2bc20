// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace kessai {
class StoreConnection;
} // namespace kessai

namespace kessai::test {

class TestDatabase;

/// What a server-guard test needs (PostgreSQL): each staff login's own connection, as psql would
/// use it; a transaction of plain SQL statements under it; and an attack that the server must
/// refuse, naming the rule, without changing anything (a superuser's snapshot before and after).
class GuardHarness
{
public:
    /// snapshotSql: one value (e.g. an md5 over the tables concerned), read by the superuser.
    GuardHarness(TestDatabase &db, StoreConnection &admin, QString snapshotSql);
    ~GuardHarness();

    StoreConnection &raw(const QString &login);
    QString snapshot();
    /// Runs the statements in one transaction as login: the server's refusal, or empty when it committed.
    QString run(const QString &login, const QStringList &statements);
    /// Runs an attack; empty when the server refused it with a message containing expected and the
    /// snapshot is unchanged, else what went wrong (logged either way).
    QString attack(const QString &what, const QString &login, const QStringList &statements,
                   const QString &expected);

private:
    TestDatabase &m_db;
    StoreConnection &m_admin;
    QString m_snapshotSql;
    std::map<QString, std::unique_ptr<StoreConnection>> m_raw;
};

} // namespace kessai::test
