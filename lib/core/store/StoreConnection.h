// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"
#include "core/store/Migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kessai {

/// One open, checked and migrated database connection. Qt SQL connections belong to the
/// thread that opened them: a worker thread opens its own with StoreConnection(url()).
///
/// Opening never modifies a file that is not Kessai's, was written by a newer version or is
/// read-only; it throws StoreError(Unavailable) naming the file or server and the reason.
///
/// Only kessai-cli init and the desktop application's first-run dialog create a store
/// (Open::CreateIfMissing); everything else opens with Open::Existing, which refuses a
/// missing SQLite file or a database without Kessai's tables (StoreError::NoStore) and
/// creates no folder, file or table.
class StoreConnection
{
    Q_DECLARE_TR_FUNCTIONS(StoreConnection)

public:
    enum class Open
    {
        Existing,       ///< the store must be there already
        CreateIfMissing ///< make the file (and its folders) or the schema when missing
    };

    /// The default creates, for tests and tools that start from an empty database.
    explicit StoreConnection(const DatabaseUrl &url, Open open = Open::CreateIfMissing);
    /// Brings the store to the last of migrations instead of this build's own (Migrator::builtIn):
    /// for tests that make a database as an older version of Kessai left it.
    StoreConnection(const DatabaseUrl &url, Open open, const QList<Migration> &migrations);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    DatabaseUrl::Backend backend() const { return m_url.backend(); }
    bool isPostgreSQL() const { return m_url.backend() == DatabaseUrl::Backend::PostgreSQL; }
    QSqlDatabase database() const;

    /// Who this connection acts as: on PostgreSQL the server's session_user (the database
    /// role the person logged in with), on SQLite the operating-system account.
    QString identityLogin() const { return m_identityLogin; }

    /// On PostgreSQL, whether that role is a superuser of the server: the office server's guard
    /// trusts it (kessai-cli server init, demo-seed). Always false on SQLite.
    bool isServerSuperuser() const { return m_serverSuperuser; }

    /// The OS account running this process.
    static QString osLogin();

    /// Transaction nesting, used by Transaction.
    int &transactionDepth() { return m_transactionDepth; }

private:
    void openSqlite(Open open);
    void openPostgreSQL();
    [[noreturn]] void throwNoStore(const QString &why) const;
    void checkCompatible(const QString &where);

    DatabaseUrl m_url;
    QString m_connectionName;
    QString m_identityLogin;
    bool m_serverSuperuser = false;
    int m_transactionDepth = 0;
};

} // namespace kessai
