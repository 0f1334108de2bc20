// SPDX-License-Identifier: GPL-3.0-or-later
// TLS to the office server with sslmode=verify-full and the office CA's file: it connects
// encrypted, and a wrong host name, another CA or a missing or unreadable CA file is refused
// with a message naming the host and the file.
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/server/SecureCluster.h"
#include "tests/support/StoreTestHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace kessai;

class TestTlsConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SecureCluster> m_cluster;
    QTemporaryDir m_dir;

    DatabaseUrl url(const QString &host, const QString &caFile) const
    {
        QString error;
        const DatabaseUrl url = DatabaseUrl::parse(
            QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5&gssencmode=disable")
                .arg(m_cluster->value(QStringLiteral("KESSAI_SPG_TLS_USER")), host)
                .arg(m_cluster->port())
                .arg(m_cluster->value(QStringLiteral("KESSAI_SPG_TLS_DB")),
                     QString::fromUtf8(QUrl::toPercentEncoding(caFile, "/"))),
            &error);
        if (!url.isValid())
            qFatal("bad test URL: %s", qPrintable(error));
        return url;
    }

    static QString refusal(const DatabaseUrl &url)
    {
        try {
            StoreConnection connection(url);
        } catch (const StoreError &e) {
            return e.message();
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::SecureCluster>();
        QVERIFY(m_dir.isValid());
        // No Kerberos here: an empty private ticket cache, whatever the machine has.
        m_cluster->useRealm(m_dir.filePath(QStringLiteral("ccache")));
    }

    void verifyFullWithTheCaConnectsEncrypted()
    {
        KESSAI_TRY({
            StoreConnection connection(url(m_cluster->host(), m_cluster->caFile()));
            QVERIFY(SqlQuery(connection,
                             QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                        .scalar()
                        .toBool());
        });
    }

    void aWrongHostNameIsRefused()
    {
        // The certificate is for localhost; the same server by its address is another name.
        const QString message = refusal(url(QStringLiteral("127.0.0.1"), m_cluster->caFile()));
        QVERIFY2(message.contains(QStringLiteral("certificate is not for the host name 127.0.0.1")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("it is for localhost")), qPrintable(message));
        QVERIFY2(message.contains(m_cluster->caFile()), qPrintable(message));
    }

    void anotherCasCertificateIsRefused()
    {
        const QString other = m_cluster->value(QStringLiteral("KESSAI_SPG_OTHER_CA"));
        const QString message = refusal(url(m_cluster->host(), other));
        QVERIFY2(message.contains(QStringLiteral("not signed by the CA")), qPrintable(message));
        QVERIFY2(message.contains(other), qPrintable(message));
    }

    void aMissingCaFileIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("office ca/missing.pem"));
        const QString message = refusal(url(m_cluster->host(), missing));
        QVERIFY2(message.contains(QStringLiteral("the CA file %1 does not exist").arg(missing)),
                 qPrintable(message));
    }

    void anUnreadableCaFileIsNamed()
    {
        const QString notPem = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        const QString message = refusal(url(m_cluster->host(), notPem));
        QVERIFY2(message.contains(QStringLiteral("the CA file %1 cannot be read").arg(notPem)),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestTlsConnection)
#include "tst_tlsconnection.moc"
