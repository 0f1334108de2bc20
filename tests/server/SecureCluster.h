// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace kessai::test {

/// The office server of the securepg ctest fixture (scripts/pg-secure-cluster.sh): its KDC,
/// CA and PostgreSQL cluster, read from the fixture's state file.
class SecureCluster
{
public:
    /// Throws std::runtime_error when the fixture is not running.
    SecureCluster();

    /// A value of the state file, such as KESSAI_SPG_PORT or KRB5_CONFIG.
    QString value(const QString &key) const { return m_values.value(key); }
    QString host() const { return value(QStringLiteral("KESSAI_SPG_HOST")); }
    int port() const { return value(QStringLiteral("KESSAI_SPG_PORT")).toInt(); }
    QString caFile() const { return value(QStringLiteral("KESSAI_SPG_CA")); }

    /// Points this process's Kerberos library at the private realm, with its own ticket cache
    /// ccache (a file path): nothing reads /etc/krb5.conf or the user's tickets.
    void useRealm(const QString &ccache) const;

private:
    QHash<QString, QString> m_values;
};

} // namespace kessai::test
