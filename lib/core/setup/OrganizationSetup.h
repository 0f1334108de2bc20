// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kessai {

class StoreConnection;

/// First run: creates the organization, the standard 役職, 決裁区分 and 保存期間表, and makes
/// the connection's identity (the OS account, or the PostgreSQL role) its first administrator.
/// No password is involved: the login is the identity.
class OrganizationSetup
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationSetup)

public:
    explicit OrganizationSetup(StoreConnection &connection);

    /// Throws StoreError(BadData) if a name is empty, (Refused) if an organization exists.
    /// adminLogin names the first administrator when it is not the connection's identity
    /// (kessai-cli server init, run by the server's superuser for the office's administrator).
    void initialize(const QString &organizationName, const QString &adminDisplayName,
                    const QString &adminLogin = {});

private:
    StoreConnection &m_connection;
};

} // namespace kessai
