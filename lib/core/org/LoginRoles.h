// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QList>
#include <QString>

namespace kessai {

class StoreConnection;

/// The database logins of staff on an office server (PostgreSQL set up by kessai-cli server
/// init): each registered user gets a login role in the group kessai_staff (and
/// kessai_records_manager / kessai_admin by role), disabled — never dropped — when they leave.
/// On SQLite, or a server whose logins Kessai does not manage, it does nothing.
class LoginRoles
{
public:
    explicit LoginRoles(StoreConnection &connection);

    /// Whether this store manages its staff's logins (kessai_meta login_roles = managed).
    bool managed();
    /// Makes the login of user login match roles and active, in the caller's transaction.
    void sync(const QString &login, const QList<Role> &roles, bool active);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
