// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/Session.h"

#include "core/DomainLabels.h"
#include "core/audit/AuditLog.h"
#include "core/org/OrgStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

namespace kessai {

namespace {
/// Whose login is looked up: the connection's own identity, or the one named by --as.
enum class Who
{
    Account,
    ActAsTarget
};

User activeUser(StoreConnection &connection, const QString &login, Who who)
{
    const std::optional<User> user = OrgStore(connection).userByLogin(login);
    if (!user) {
        const QString where = connection.url().displayName();
        throw StoreError(
            StoreError::Kind::Refused,
            who == Who::Account
                ? QCoreApplication::translate("Session", "the account \"%1\" is not registered in %2")
                      .arg(login, where)
                : QCoreApplication::translate("Session",
                                              "the user given to --as \"%1\" is not registered in %2")
                      .arg(login, where));
    }
    if (!user->active)
        throw StoreError(
            StoreError::Kind::Refused,
            who == Who::Account
                ? QCoreApplication::translate("Session", "the account \"%1\" is inactive").arg(login)
                : QCoreApplication::translate("Session", "the user given to --as \"%1\" is inactive")
                      .arg(login));
    return *user;
}
} // namespace

Session::Session(StoreConnection &connection, const QString &actAsLogin)
    : m_connection(connection)
    , m_realLogin(connection.identityLogin())
{
    // The server's superuser (kessai-cli server init, demo-seed on an office server) is no member
    // of staff, but may act as any registered user: the server trusts it anyway.
    const bool superuser = connection.isServerSuperuser() && !actAsLogin.isEmpty();
    if (!superuser)
        m_user = activeUser(connection, m_realLogin, Who::Account);
    if (!actAsLogin.isEmpty() && actAsLogin != m_realLogin) {
        if (!superuser && !m_user.hasRole(Role::Admin))
            throw StoreError(StoreError::Kind::Refused,
                             tr("only an administrator may act for another user (--as %1); "
                                "\"%2\" is not one")
                                 .arg(actAsLogin, m_realLogin));
        m_user = activeUser(connection, actAsLogin, Who::ActAsTarget);
        // The office server honours this only for an administrator's session (kessai_actor_id).
        if (connection.isPostgreSQL())
            SqlQuery(connection, QStringLiteral("SELECT set_config('kessai.act_as', ?, false)"))
                .bind(actAsLogin)
                .exec();
        audit(QStringLiteral("session.act_as"), QStringLiteral("user"), m_user.id,
              {{QStringLiteral("admin"), m_realLogin}});
    }
}

void Session::reload()
{
    m_user = activeUser(m_connection, m_user.login, Who::Account);
}

qint64 Session::audit(const QString &action, const QString &entityType, qint64 entityId,
                      const QJsonObject &details) const
{
    return AuditLog(m_connection).append(m_user.login, m_realLogin, action, entityType, entityId, details);
}

void Session::require(Role role, const QString &what) const
{
    if (!m_user.hasRole(role))
        throw StoreError(
            StoreError::Kind::Refused,
            tr("%1 needs the role \"%2\"; %3 does not have it").arg(what, toCode(role), m_user.login));
}

} // namespace kessai
