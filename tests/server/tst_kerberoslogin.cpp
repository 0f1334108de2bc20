// SPDX-License-Identifier: GPL-3.0-or-later
// Single sign-on against a real MIT KDC: with a ticket, Kessai connects as the principal
// with no password; without one, or with an expired one, the message says what to do.
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/server/SecureCluster.h"
#include "tests/support/StoreTestHelpers.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kessai;

class TestKerberosLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SecureCluster> m_cluster;
    QTemporaryDir m_dir;

    QString principal() const { return m_cluster->value(QStringLiteral("KESSAI_SPG_KRB_USER")); }

    /// The principal's own URL: no password anywhere, the role named like the principal.
    DatabaseUrl url(const QString &extra = QString()) const
    {
        QString error;
        const DatabaseUrl url =
            DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4%5")
                                   .arg(principal(), m_cluster->host())
                                   .arg(m_cluster->port())
                                   .arg(m_cluster->value(QStringLiteral("KESSAI_SPG_KRB_DB")), extra),
                               &error);
        if (!url.isValid())
            qFatal("bad test URL: %s", qPrintable(error));
        return url;
    }

    /// Runs a Kerberos tool with the private realm's environment; standard input is input.
    static int run(const QString &tool, const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(tool), arguments);
        if (!process.waitForStarted(5000))
            return -1;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(10000))
            return -1;
        if (process.exitCode() != 0 && tool != QLatin1String("klist"))
            qWarning("%s: %s", qPrintable(tool), process.readAllStandardError().constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    int kinit(const QStringList &options = {})
    {
        const QByteArray password = m_cluster->value(QStringLiteral("KESSAI_SPG_PASSWORD")).toUtf8() + '\n';
        return run(QStringLiteral("kinit"), options + QStringList{principal()}, password);
    }

    /// Connects and returns the refusal's message (fails the test if it connects).
    QString refusal(const DatabaseUrl &url)
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
        m_cluster->useRealm(m_dir.filePath(QStringLiteral("ccache")));
    }

    void init() { run(QStringLiteral("kdestroy"), {}); }

    void withATicketConnectsAsThePrincipal()
    {
        QCOMPARE(kinit(), 0);
        KESSAI_TRY({
            // gssencmode=require: the session is encrypted by Kerberos itself, no TLS needed.
            StoreConnection connection(url(QStringLiteral("?gssencmode=require")));
            QCOMPARE(connection.identityLogin(), principal());
            SqlQuery gss(connection, QStringLiteral("SELECT principal, encrypted FROM pg_stat_gssapi "
                                                    "WHERE pid = pg_backend_pid()"));
            gss.exec();
            QVERIFY(gss.next());
            QCOMPARE(gss.text(0),
                     principal() + QLatin1Char('@') + m_cluster->value(QStringLiteral("KESSAI_SPG_REALM")));
            QVERIFY(gss.flag(1));
        });
    }

    void withoutATicketSaysToLogInAgain()
    {
        QCOMPARE(kinit(), 0);
        KESSAI_TRY(StoreConnection connection(url()));
        QCOMPARE(run(QStringLiteral("kdestroy"), {}), 0);
        const QString message = refusal(url());
        QVERIFY2(message.contains(QStringLiteral("no Kerberos ticket")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("log in to the domain again or run kinit")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1:%2").arg(m_cluster->host()).arg(m_cluster->port())),
                 qPrintable(message));
    }

    void anExpiredTicketSaysToLogInAgain()
    {
        // A real ticket that runs out: two seconds of life, then klist -s says it is gone.
        QCOMPARE(kinit({QStringLiteral("-l"), QStringLiteral("2s")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(run(QStringLiteral("klist"), {QStringLiteral("-s")}) != 0, 10000);
        // The KDC counts whole seconds and klist rounds the other way: the server may still let
        // the last second in, so wait for the refusal itself.
        QString message;
        QTRY_VERIFY_WITH_TIMEOUT(!(message = refusal(url())).isEmpty(), 5000);
        QVERIFY2(message.contains(QStringLiteral("Kerberos ticket has expired")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("log in to the domain again or run kinit")),
                 qPrintable(message));
    }

    void aHostNameTheDomainDoesNotKnowIsNamed()
    {
        // The service principal is postgres/localhost: by address, the domain knows no such server.
        QCOMPARE(kinit(), 0);
        const DatabaseUrl byAddress = DatabaseUrl::parse(
            url().toString().replace(QStringLiteral("@localhost:"), QStringLiteral("@127.0.0.1:")));
        QCOMPARE(byAddress.host(), QStringLiteral("127.0.0.1"));
        const QString message = refusal(byAddress);
        QVERIFY2(message.contains(QStringLiteral("postgres/127.0.0.1@")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("as registered in the domain")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestKerberosLogin)
#include "tst_kerberoslogin.moc"
