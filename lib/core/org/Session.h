// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/User.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kessai {

class StoreConnection;

/// Who is acting. The identity is the connection's (OS account on SQLite, database role on
/// PostgreSQL), never a name the client claims. An administrator may act for another user
/// (--as LOGIN): that switch is explicit and audited, and every later event records both.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    /// Throws StoreError(Refused) when the identity is not a registered, active user, or
    /// when actAsLogin is given and the identity is not an administrator.
    explicit Session(StoreConnection &connection, const QString &actAsLogin = {});

    StoreConnection &connection() const { return m_connection; }
    const User &user() const { return m_user; }
    QString realLogin() const { return m_realLogin; }
    bool isActingAsOther() const { return m_user.login != m_realLogin; }

    /// Re-reads the acting user's record (roles, unit) after changes.
    void reload();

    /// Appends an audit event attributed to this session.
    qint64 audit(const QString &action, const QString &entityType, qint64 entityId,
                 const QJsonObject &details = {}) const;

    /// Throws StoreError(Refused) unless the acting user has the role.
    void require(Role role, const QString &what) const;

private:
    StoreConnection &m_connection;
    User m_user;
    QString m_realLogin;
};

} // namespace kessai
