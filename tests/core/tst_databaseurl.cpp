// SPDX-License-Identifier: GPL-3.0-or-later
// The libpq settings a PostgreSQL URL may carry (TLS and Kerberos): checked when parsed,
// kept by toString() and displayName().
#include "core/store/DatabaseUrl.h"

#include <QTest>

using namespace kessai;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void tlsAndKerberosParametersAreKept()
    {
        QString error;
        const DatabaseUrl url = DatabaseUrl::parse(
            QStringLiteral("postgresql://db.office.example/kessai?gssencmode=disable&sslrootcert=/etc/kessai/"
                           "office%20ca.pem&sslmode=verify-full&krbsrvname=pgsql"),
            &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.parameter(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(url.parameter(QStringLiteral("sslrootcert")), QStringLiteral("/etc/kessai/office ca.pem"));
        QCOMPARE(url.parameter(QStringLiteral("krbsrvname")), QStringLiteral("pgsql"));
        QCOMPARE(url.parameter(QStringLiteral("gssencmode")), QStringLiteral("disable"));
        QCOMPARE(url.parameter(QStringLiteral("password")), QString());
        // Always in one order, whatever the URL's.
        QCOMPARE(url.connectionParameters().size(), 4);
        QCOMPARE(url.connectionParameters().first().first, QStringLiteral("sslmode"));
        QVERIFY2(url.displayName().contains(QStringLiteral("sslmode=verify-full")),
                 qPrintable(url.displayName()));
        QVERIFY2(url.displayName().contains(QStringLiteral("sslrootcert=/etc/kessai/office ca.pem")),
                 qPrintable(url.displayName()));

        const DatabaseUrl again = DatabaseUrl::parse(url.toString(), &error);
        QVERIFY2(again.isValid(), qPrintable(error));
        QCOMPARE(again.connectionParameters(), url.connectionParameters());
        QCOMPARE(again.host(), url.host());
    }

    void awkwardCaPathsSurviveToString_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("tcp") << QStringLiteral("postgresql://sato@db:5433/k");
        QTest::newRow("socket") << QStringLiteral("postgresql:///k?host=/run/pg");
    }

    void awkwardCaPathsSurviveToString()
    {
        QFETCH(QString, base);
        const QString path = QStringLiteral("/srv/証明書/a&b=c+d #1%.pem");
        const QString separator = base.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        const DatabaseUrl url =
            DatabaseUrl::parse(base + separator + QStringLiteral("sslmode=verify-ca&sslrootcert=") +
                               QString::fromUtf8(QUrl::toPercentEncoding(path)));
        QVERIFY(url.isValid());
        QCOMPARE(url.parameter(QStringLiteral("sslrootcert")), path);
        const DatabaseUrl again = DatabaseUrl::parse(url.toString());
        QVERIFY2(again.isValid(), qPrintable(url.toString()));
        QCOMPARE(again.parameter(QStringLiteral("sslrootcert")), path);
        QCOMPARE(again.parameter(QStringLiteral("sslmode")), QStringLiteral("verify-ca"));
        QCOMPARE(again.host(), url.host());
    }

    void badValuesNameTheParameter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("named");
        QTest::newRow("sslmode") << QStringLiteral("sslmode=verify") << QStringLiteral("sslmode");
        QTest::newRow("sslmode case") << QStringLiteral("sslmode=Require") << QStringLiteral("sslmode");
        QTest::newRow("gssencmode") << QStringLiteral("gssencmode=yes") << QStringLiteral("gssencmode");
        QTest::newRow("empty CA") << QStringLiteral("sslrootcert=") << QStringLiteral("sslrootcert");
        QTest::newRow("CA with ;") << QStringLiteral("sslrootcert=/a%3Bb.pem")
                                   << QStringLiteral("sslrootcert");
        QTest::newRow("service name")
            << QStringLiteral("krbsrvname=pg%20sql") << QStringLiteral("krbsrvname");
    }

    void badValuesNameTheParameter()
    {
        QFETCH(QString, query);
        QFETCH(QString, named);
        QString error;
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql://db/k?") + query, &error);
        QVERIFY(!url.isValid());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void withoutParametersNothingChanges()
    {
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql://sato@db:5433/kessai"));
        QVERIFY(url.connectionParameters().isEmpty());
        QCOMPARE(url.displayName(), QStringLiteral("PostgreSQL: sato@db:5433/kessai"));
        QCOMPARE(url.toString(), QStringLiteral("postgresql://sato@db:5433/kessai"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
