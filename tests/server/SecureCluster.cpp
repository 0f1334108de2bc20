// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/server/SecureCluster.h"

#include <QFile>

#include <stdexcept>

namespace kessai::test {

SecureCluster::SecureCluster()
{
    QFile file(QStringLiteral(KESSAI_SPG_STATE_FILE));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the secure PostgreSQL server is not running (no " KESSAI_SPG_STATE_FILE
                                 "); run the tests through ctest so its securepg fixture starts it");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
}

void SecureCluster::useRealm(const QString &ccache) const
{
    qputenv("KRB5_CONFIG", value(QStringLiteral("KRB5_CONFIG")).toLocal8Bit());
    qputenv("KRB5CCNAME", QByteArray("FILE:") + ccache.toLocal8Bit());
}

} // namespace kessai::test
