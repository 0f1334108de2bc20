// SPDX-License-Identifier: GPL-3.0-or-later
// libpq's reasons (as QPSQL reports them, English and Japanese) become sentences saying what
// to do. The same failures against a real server: tests/server.
#include "core/store/ConnectionFailure.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using Cause = ConnectionFailure::Cause;

class TestConnectionFailure : public QObject
{
    Q_OBJECT

    static DatabaseUrl url(const QString &query = QString())
    {
        return DatabaseUrl::parse(QStringLiteral("postgresql://krbclerk@db.office:5432/kessai") + query);
    }

private slots:
    void kerberos_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Cause>("cause");
        QTest::addColumn<QString>("says");
        QTest::newRow("no ticket")
            << QStringLiteral(
                   "connection to server at \"db.office\" (10.0.0.5), port 5432 failed: GSSAPI "
                   "continuation error: No credentials were supplied, or the credentials were "
                   "unavailable or inaccessible: No Kerberos credentials available (default cache: "
                   "FILE:/tmp/krb5cc_1000)\n")
            << Cause::NoTicket << QStringLiteral("log in to the domain again or run kinit");
        QTest::newRow("expired, two attempts")
            << QStringLiteral(
                   "connection to server at \"db.office\" (10.0.0.5), port 5432 failed: could not "
                   "initiate GSSAPI security context: Unspecified GSS failure.  Minor code may "
                   "provide more information: Ticket expired\nconnection to server at \"db.office\" "
                   "(10.0.0.5), port 5432 failed: GSSAPI continuation error: Unspecified GSS failure. "
                   " Minor code may provide more information: Ticket expired\n")
            << Cause::TicketExpired << QStringLiteral("has expired: log in to the domain again or run kinit");
        QTest::newRow("expired, Japanese libpq")
            << QStringLiteral("\"db.office\" (10.0.0.5)、ポート 5432 のサーバーへの接続に失敗しました: "
                              "GSSAI続行エラー: Unspecified GSS failure.  Minor code may provide more "
                              "information: Ticket expired\n")
            << Cause::TicketExpired << QStringLiteral("run kinit");
        QTest::newRow("unknown server")
            << QStringLiteral(
                   "could not initiate GSSAPI security context: Unspecified GSS failure.  Minor code "
                   "may provide more information: Server postgres/10.0.0.5@OFFICE.LG.JP not found "
                   "in Kerberos database\n")
            << Cause::UnknownServer << QStringLiteral("postgres/10.0.0.5@OFFICE.LG.JP");
        QTest::newRow("something else")
            << QStringLiteral("FATAL:  database \"kessai\" does not exist\n") << Cause::Other << QString();
    }

    void kerberos()
    {
        QFETCH(QString, text);
        QFETCH(Cause, cause);
        QFETCH(QString, says);
        const ConnectionFailure failure(url(), text);
        QCOMPARE(failure.cause(), cause);
        QVERIFY2(failure.explanation().contains(says), qPrintable(failure.explanation()));
        QCOMPARE(failure.explanation().isEmpty(), cause == Cause::Other);
    }

    void certificates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Cause>("cause");
        QTest::newRow("mismatch") << QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: "
                                                    "server certificate for \"db.office\" (and 1 other name) "
                                                    "does not match host name \"10.0.0.5\"\n")
                                  << Cause::HostNameMismatch;
        QTest::newRow("mismatch, Japanese libpq")
            << QStringLiteral("\"db.office\"のサーバー証明書がホスト名\"10.0.0.5\"とマッチしません\n")
            << Cause::HostNameMismatch;
        QTest::newRow("other CA") << QStringLiteral(
                                         "connection to server at \"db.office\" (10.0.0.5), port 5432 "
                                         "failed: SSL error: certificate verify failed\n")
                                  << Cause::UntrustedCertificate;
    }

    void certificates()
    {
        QFETCH(QString, text);
        QFETCH(Cause, cause);
        const ConnectionFailure failure(
            url(QStringLiteral("?sslmode=verify-full&sslrootcert=/etc/kessai/ca.pem")), text);
        QCOMPARE(failure.cause(), cause);
        QVERIFY2(failure.explanation().contains(QStringLiteral("/etc/kessai/ca.pem")),
                 qPrintable(failure.explanation()));
        if (cause == Cause::HostNameMismatch)
            QVERIFY2(
                failure.explanation().contains(QStringLiteral("not for the host name db.office (it is for "
                                                              "db.office")),
                qPrintable(failure.explanation()));
    }

    void caFileIsLookedAtNotRead()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("ca.pem"));
        const DatabaseUrl withCa = url(QStringLiteral("?sslmode=verify-full&sslrootcert=") + missing);
        // The Japanese sentence names the file as the English one does, so the file tells which.
        const QString japanese = QStringLiteral("ルート証明書ファイル\"%1\"が存在しません。\n").arg(missing);
        ConnectionFailure failure(withCa, japanese);
        QCOMPARE(failure.cause(), Cause::CaFileMissing);
        QVERIFY(failure.explanation().contains(missing));

        QFile file(missing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\n");
        file.close();
        failure = ConnectionFailure(
            withCa,
            QStringLiteral("could not read root certificate file \"%1\": no certificate or crl found\n")
                .arg(missing));
        QCOMPARE(failure.cause(), Cause::CaFileUnreadable);
        QVERIFY2(failure.explanation().contains(missing), qPrintable(failure.explanation()));
        // A failure that does not name the file is not blamed on it.
        QCOMPARE(ConnectionFailure(withCa, QStringLiteral("Connection refused\n")).cause(), Cause::Other);
    }
};

QTEST_GUILESS_MAIN(TestConnectionFailure)
#include "tst_connectionfailure.moc"
