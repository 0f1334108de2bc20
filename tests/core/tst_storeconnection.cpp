// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a store: fresh databases are migrated; foreign, newer, read-only and
// unreachable ones give a clear message and are never modified.
#include "core/store/Migrator.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kessai;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

class TestStoreConnection : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsMigratedToLatest()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        const auto inspection = Migrator().inspect(connection);
        QCOMPARE(inspection.state, Migrator::State::Current);
        QCOMPARE(inspection.version, Migrator().latestVersion());
        QVERIFY(Migrator().latestVersion() >= 1);
        QCOMPARE(connection.identityLogin(), db.defaultLogin());
        // Reopening an up-to-date database changes nothing and works.
        StoreConnection again(db.url());
        QCOMPARE(Migrator().inspect(again).state, Migrator::State::Current);
    }

    void olderSchemaUpgradesWithDataIntact()
    {
        test::TestDatabase db;
        const QList<Migration> all = Migrator::builtIn();
        QVERIFY(!all.isEmpty());
        Migration extra;
        extra.version = all.constLast().version + 1;
        extra.name = QStringLiteral("test_extra");
        extra.commonSql = QStringLiteral("ALTER TABLE units ADD COLUMN phone TEXT NOT NULL DEFAULT '-';\n"
                                         "UPDATE units SET phone = 'x' || code;\n");
        {
            StoreConnection connection(db.url());
            SqlQuery(connection,
                     QStringLiteral("INSERT INTO units (code, name, level) VALUES (?, ?, 'division')"))
                .bind(QStringLiteral("総務"))
                .bind(QStringLiteral("総務課"))
                .exec();
        }
        {
            StoreConnection connection(db.url());
            Migrator upgraded(QList<Migration>(all) << extra);
            QCOMPARE(upgraded.inspect(connection).state, Migrator::State::Older);
            upgraded.migrate(connection);
            QCOMPARE(upgraded.inspect(connection).state, Migrator::State::Current);
            SqlQuery q(connection, QStringLiteral("SELECT name, phone FROM units WHERE code = ?"));
            q.bind(QStringLiteral("総務")).exec();
            QVERIFY(q.next());
            QCOMPARE(q.text(0), QStringLiteral("総務課"));
            QCOMPARE(q.text(1), QStringLiteral("x総務"));
        }
        // This build (which lacks the extra step) now sees a newer database and refuses it.
        try {
            StoreConnection connection(db.url());
            QFAIL("a newer database must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Unavailable);
            QVERIFY2(error.message().contains(QStringLiteral("newer version")), qPrintable(error.message()));
        }
    }

    void foreignSqliteFileIsRefusedAndUntouched()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite file handling");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        makeSqliteFile(path, {QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"),
                              QStringLiteral("INSERT INTO accounts (name) VALUES ('x')")});
        const QByteArray before = fileHash(path);
        try {
            StoreConnection connection(DatabaseUrl::sqlite(path));
            QFAIL("a foreign database must be refused");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("not a Kessai database")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("other.db")));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void notAnSqliteFileIsRefusedAndUntouched()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite file handling");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'A'));
        file.close();
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(StoreError, StoreConnection(DatabaseUrl::sqlite(path)));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileIsRefusedAndUntouched()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite file handling");
        test::TestDatabase db;
        {
            StoreConnection connection(db.url());
        }
        const QString path = db.url().path();
        // Also as root (the tests run as root in CI), who could write it anyway: failed before
        // the mode bits were checked, the file was opened for writing.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(path);
        try {
            StoreConnection connection(db.url());
            QFAIL("read-only must be refused");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("read-only")), qPrintable(error.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void onlyCreatingOpensMayMakeAStore()
    {
        // Failed before: every open created the folders, the file and the tables.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/kessai.sqlite"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::NoStore,
                            StoreConnection(DatabaseUrl::sqlite(path), StoreConnection::Open::Existing));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("typo")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY(!test::lastErrorMessage().contains(QLatin1Char('\n')));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));

        // An existing file or database without Kessai's tables is no store either, and stays empty.
        test::TestDatabase db;
        if (!test::TestDatabase::isPostgreSQL()) {
            QFile empty(db.url().path());
            QVERIFY(empty.open(QIODevice::WriteOnly));
            empty.close();
        }
        KESSAI_EXPECT_ERROR(StoreError::Kind::NoStore,
                            StoreConnection(db.url(), StoreConnection::Open::Existing));
        if (test::TestDatabase::isPostgreSQL()) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
            {
                // Connect as the store does, without migrating.
                raw.setHostName(db.url().host());
                raw.setPort(db.url().port());
                raw.setDatabaseName(db.url().databaseName());
                raw.setUserName(db.url().user());
                QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 0);
                raw.close();
            }
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        } else {
            QCOMPARE(QFileInfo(db.url().path()).size(), 0);
            QVERIFY(!QFileInfo::exists(db.url().path() + QStringLiteral("-wal")));
        }
        // Creating is explicit; afterwards the store opens as an existing one.
        KESSAI_TRY(StoreConnection(db.url(), StoreConnection::Open::CreateIfMissing));
        KESSAI_TRY(StoreConnection(db.url(), StoreConnection::Open::Existing));
    }

    void unreachableServerFailsFastNamingHostAndPort()
    {
        QString error;
        // A closed loopback port: refused at once; no traffic leaves the machine.
        const DatabaseUrl url =
            DatabaseUrl::parse(QStringLiteral("postgresql://kessai@127.0.0.1:1/kessai"), &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        try {
            StoreConnection connection(url);
            QFAIL("must not connect");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
            QVERIFY2(e.message().contains(QStringLiteral("127.0.0.1:1")), qPrintable(e.message()));
        }
        QVERIFY(timer.elapsed() < 10000);
    }

    void urlParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("dbname");
        QTest::newRow("full") << QStringLiteral("postgresql://sato@db.example:5433/kessai") << true << true
                              << QStringLiteral("db.example") << 5433 << QStringLiteral("sato")
                              << QStringLiteral("kessai");
        QTest::newRow("default port") << QStringLiteral("postgresql://db/k") << true << true
                                      << QStringLiteral("db") << 5432 << QString() << QStringLiteral("k");
        QTest::newRow("socket") << QStringLiteral("postgresql:///k?host=/run/pg&port=6000&user=ito") << true
                                << true << QStringLiteral("/run/pg") << 6000 << QStringLiteral("ito")
                                << QStringLiteral("k");
        QTest::newRow("no database") << QStringLiteral("postgresql://db/") << false << true << QString() << 0
                                     << QString() << QString();
        QTest::newRow("password refused") << QStringLiteral("postgresql://a:secret@db/k") << false << true
                                          << QString() << 0 << QString() << QString();
        QTest::newRow("sqlite path") << QStringLiteral("/tmp/x.sqlite") << true << false << QString() << 0
                                     << QString() << QString();
        // Mistyped URLs are errors, not file names (they made a folder "postgresql:" before).
        QTest::newRow("one slash") << QStringLiteral("postgresql:/x") << false << true << QString() << 0
                                   << QString() << QString();
        QTest::newRow("no slash") << QStringLiteral("postgres:kessai") << false << true << QString() << 0
                                  << QString() << QString();
        QTest::newRow("unknown scheme") << QStringLiteral("postgresq://db/k") << false << true << QString()
                                        << 0 << QString() << QString();
        QTest::newRow("colon in a file name")
            << QStringLiteral("/tmp/a:b.sqlite") << true << false << QString() << 0 << QString() << QString();
    }

    void urlParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, postgres);
        const DatabaseUrl url = DatabaseUrl::parse(text);
        QCOMPARE(url.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(url.backend() == DatabaseUrl::Backend::PostgreSQL, postgres);
        if (!postgres)
            return;
        QTEST(url.host(), "host");
        QTEST(url.port(), "port");
        QTEST(url.user(), "user");
        QTEST(url.databaseName(), "dbname");
        QVERIFY(!url.displayName().contains(QStringLiteral("secret")));
        QCOMPARE(DatabaseUrl::parse(url.toString()).host(), url.host());
    }
};

QTEST_GUILESS_MAIN(TestStoreConnection)
#include "tst_storeconnection.moc"
