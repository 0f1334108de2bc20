// SPDX-License-Identifier: GPL-3.0-or-later
// A password given to the process (ConnectionSecrets) is what every StoreConnection to that
// server logs in with, on any thread; a server that wants a password and gets none or a wrong
// one is recognisable (StoreError::isPasswordRefused), so that the desktop application asks.
#include "core/store/ConnectionSecrets.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace kessai;

namespace {
const QString kRole = QStringLiteral("kessai_pw_core");
}

class TestConnectionSecrets : public QObject
{
    Q_OBJECT

private slots:
    void keyNamesUserServerAndDatabase()
    {
        const DatabaseUrl tcp =
            DatabaseUrl::parse(QStringLiteral("postgresql://tanaka@db.example.lg.jp:5433/kessai"));
        QCOMPARE(ConnectionSecrets::keyFor(tcp), QStringLiteral("tanaka@db.example.lg.jp:5433/kessai"));
        const DatabaseUrl socket =
            DatabaseUrl::parse(QStringLiteral("postgresql:///office?host=/run/pg&port=5432&user=sato"));
        QCOMPARE(ConnectionSecrets::keyFor(socket), QStringLiteral("sato@/run/pg:5432/office"));
        qputenv("PGUSER", "from_env");
        QCOMPARE(ConnectionSecrets::keyFor(DatabaseUrl::parse(QStringLiteral("postgresql://db/office"))),
                 QStringLiteral("from_env@db:5432/office"));
        qunsetenv("PGUSER");
        QVERIFY(ConnectionSecrets::keyFor(DatabaseUrl::sqlite(QStringLiteral("/tmp/x.sqlite"))).isEmpty());
    }

    void refusalsAreRecognised()
    {
        QVERIFY(ConnectionSecrets::isPasswordRefusal(
            QStringLiteral("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: fe_sendauth: no "
                           "password supplied")));
        QVERIFY(ConnectionSecrets::isPasswordRefusal(
            QStringLiteral("FATAL:  password authentication failed for user \"tanaka\"")));
        QVERIFY(ConnectionSecrets::isPasswordRefusal(
            QStringLiteral("致命的エラー:  ユーザー\"tanaka\"のパスワード認証に失敗しました")));
        QVERIFY(!ConnectionSecrets::isPasswordRefusal(
            QStringLiteral("FATAL:  database \"nothere\" does not exist")));
        QVERIFY(!ConnectionSecrets::isPasswordRefusal(QStringLiteral("Connection refused")));
    }

    void passwordRoleNeedsThePassword()
    {
        test::TestDatabase db;
        {
            StoreConnection create(db.url());
        } // the schema, made by the superuser
        const DatabaseUrl url = db.urlWithPassword(kRole, QStringLiteral("right-pass"));
        const QString key = ConnectionSecrets::keyFor(url);
        ConnectionSecrets::forget(key);

        auto none =
            test::storeErrorOf([&] { StoreConnection connection(url, StoreConnection::Open::Existing); });
        QVERIFY(none);
        QCOMPARE(none->kind(), StoreError::Kind::Unavailable);
        QVERIFY2(none->isPasswordRefused(), qPrintable(none->message()));

        ConnectionSecrets::setPassword(key, QStringLiteral("wrong-pass"));
        auto wrong =
            test::storeErrorOf([&] { StoreConnection connection(url, StoreConnection::Open::Existing); });
        QVERIFY(wrong);
        QVERIFY2(wrong->isPasswordRefused(), qPrintable(wrong->message()));
        QVERIFY2(!wrong->message().contains(QLatin1String("wrong-pass")), qPrintable(wrong->message()));

        ConnectionSecrets::setPassword(key, QStringLiteral("right-pass"));
        {
            StoreConnection connection(url, StoreConnection::Open::Existing);
            QCOMPARE(connection.identityLogin(), kRole);
        }
        // Worker threads open their own connection to the same url: the same password serves.
        const QStringList failures = test::runInThreads(url, 3, [](StoreConnection &connection, int) {
            if (connection.identityLogin() != kRole)
                throw std::runtime_error("wrong identity");
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        ConnectionSecrets::forget(key);
        QVERIFY(ConnectionSecrets::password(key).isEmpty());
        auto forgotten =
            test::storeErrorOf([&] { StoreConnection connection(url, StoreConnection::Open::Existing); });
        QVERIFY(forgotten && forgotten->isPasswordRefused());
    }

    void otherFailuresAreNotPasswordRefusals()
    {
        test::TestDatabase db;
        QString error;
        const DatabaseUrl missing = DatabaseUrl::parse(
            db.url().toString().replace(db.url().databaseName(), QStringLiteral("kessai_no_such_db")),
            &error);
        QVERIFY2(missing.isValid(), qPrintable(error));
        auto failure = test::storeErrorOf([&] { StoreConnection connection(missing); });
        QVERIFY(failure);
        QCOMPARE(failure->kind(), StoreError::Kind::Unavailable);
        QVERIFY(!failure->isPasswordRefused());
    }

    void initTestCase()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("passwords are a PostgreSQL server's");
    }
};

QTEST_GUILESS_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
