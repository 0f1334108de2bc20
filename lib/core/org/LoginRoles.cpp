// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/LoginRoles.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"

#include <QStringList>

namespace kessai {

LoginRoles::LoginRoles(StoreConnection &connection)
    : m_connection(connection)
{}

bool LoginRoles::managed()
{
    if (!m_connection.isPostgreSQL())
        return false;
    return SqlQuery(m_connection, QStringLiteral("SELECT value FROM kessai_meta WHERE key = ?"))
               .bind(QStringLiteral("login_roles"))
               .scalar()
               .toString() == QLatin1String("managed");
}

void LoginRoles::sync(const QString &login, const QList<Role> &roles, bool active)
{
    if (!managed())
        return;
    QStringList groups{QStringLiteral("kessai_staff")};
    if (roles.contains(Role::RecordsManager))
        groups << QStringLiteral("kessai_records_manager");
    if (roles.contains(Role::Admin))
        groups << QStringLiteral("kessai_admin");
    // The server creates the role and checks that an administrator asks (kessai_manage_login).
    SqlQuery(m_connection, QStringLiteral("SELECT kessai_manage_login(?, string_to_array(?, ','), ?)"))
        .bind(login)
        .bind(groups.join(QLatin1Char(',')))
        .bind(active)
        .exec();
}

} // namespace kessai
