// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai {

class StoreConnection;

/// Sets up and checks an office's PostgreSQL server so that it guards itself (docs/security.md):
/// Kessai's objects belong to kessai_owner, a role nobody logs in as; staff log in with their
/// own roles, members of kessai_staff (and kessai_records_manager / kessai_admin), which hold
/// the only privileges; row-level security and the guard triggers are on every table.
/// initialize() and upgrade() need a superuser connection; check() works for anyone.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    explicit ServerSetup(StoreConnection &connection);

    /// Idempotent: group roles, ownership, grants, login management; then the organization with
    /// adminLogin as its first administrator (skipped when one exists). Returns what it did.
    QStringList initialize(const QString &organizationName, const QString &adminLogin,
                           const QString &adminDisplayName);
    /// After the connection migrated the schema: ownership and grants of what is new.
    QStringList upgrade();
    /// Anything out of place: a login with privileges of its own, RLS off, a policy or guard
    /// trigger missing or disabled, an object not owned by kessai_owner. Empty when sound.
    QStringList check();

private:
    void requireSuperuser(const QString &what);
    QStringList secure();

    StoreConnection &m_connection;
};

} // namespace kessai
