// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>

namespace kessai::test {

/// A fresh, empty database for one test on the backend named by KESSAI_TEST_BACKEND
/// (sqlite: a file in a temporary folder; postgresql: a new database in the throwaway
/// cluster started by the ctest fixture). Dropped again when destroyed.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool isPostgreSQL();
    static QString backendName();

    /// Where the database is, connecting as the default identity (OS user / cluster superuser).
    DatabaseUrl url() const { return m_url; }
    /// PostgreSQL only: the same database, connecting as role login (created if needed).
    DatabaseUrl urlAs(const QString &login);
    /// PostgreSQL only: like urlAs, for a role that must log in with password (a member of
    /// kessai_password_login, which scripts/pg-test-cluster.sh makes use scram-sha-256).
    DatabaseUrl urlWithPassword(const QString &login, const QString &password);
    /// The login that url() connects as (what the store sees as the identity).
    QString defaultLogin() const;
    QString scratchPath(const QString &name) const { return m_dir.filePath(name); }

    /// Runs one SQL statement as superuser on the test database (PostgreSQL) — for
    /// tests that simulate tampering or faults. On SQLite it opens the file directly.
    void superuserExec(const QString &sql);

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgDatabase;
    QString m_pgHost;
    int m_pgPort = 0;
    QString m_pgUser;
};

} // namespace kessai::test
