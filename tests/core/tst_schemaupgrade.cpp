// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades keep the data (issue 18): a database as the first public version left it (schema 1,
// made here with migration 0001 alone and the office in fixtures/schema1_office.sql) goes through
// every later migration — whatever the latest is — and everything is still there and usable; an
// SQLite file is copied to FILE.bak-1 first; an upgrade that fails half-way leaves schema 1
// whole; a database from a newer Kessai is refused without being touched.
#include "core/content/StoreVerifier.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/Migrator.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace kessai;

namespace {
const QByteArray kAttachment = QByteArrayLiteral("%PDF-1.4\n% 給与改定の別紙 (schema 1)\n");

QList<Migration> firstVersion()
{
    QList<Migration> first;
    const QList<Migration> all = Migrator::builtIn();
    for (const Migration &migration : all) {
        if (migration.version == 1)
            first.append(migration);
    }
    return first;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Makes db a schema 1 database holding the fixture office, as that version would have stored it.
void makeFirstVersionOffice(test::TestDatabase &db)
{
    StoreConnection connection(db.url(), StoreConnection::Open::CreateIfMissing, firstVersion());
    QCOMPARE(Migrator(firstVersion()).inspect(connection).version, 1);
    QFile fixture(QStringLiteral(KESSAI_FIXTURE_DIR "/schema1_office.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QStringList statements = Migrator::splitStatements(QString::fromUtf8(fixture.readAll()), true);
    QVERIFY(statements.size() > 10);
    for (const QString &statement : statements)
        SqlQuery::execDirect(connection, statement);
    SqlQuery(connection, QStringLiteral("UPDATE users SET login = ? WHERE login = 'kessai-admin'"))
        .bind(db.defaultLogin())
        .exec();
    // The attachment of the draft: content-addressed, in one chunk.
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(kAttachment, QCryptographicHash::Sha256).toHex());
    SqlQuery(connection, QStringLiteral("INSERT INTO blobs (id, sha256, size, chunk_size, created_at) "
                                        "VALUES (1, ?, ?, 1048576, '2026-05-01T01:01:00.000Z')"))
        .bind(sha)
        .bind(qint64(kAttachment.size()))
        .exec();
    SqlQuery(connection, QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (1, 0, ?)"))
        .bind(kAttachment)
        .exec();
    SqlQuery::execDirect(
        connection, QStringLiteral("INSERT INTO attachments (id, document_id, position, display_name, "
                                   "original_name, mime_type, page_count, created_by, created_at) VALUES "
                                   "(1, 1, 1, '別紙 給与表', '別紙.pdf', 'application/pdf', 1, 2, "
                                   "'2026-05-01T01:01:00.000Z')"));
    SqlQuery(connection,
             QStringLiteral("INSERT INTO attachment_versions (id, attachment_id, version_no, blob_id, "
                            "size, author_id, created_at, note) VALUES (1, 1, 1, 1, ?, 2, "
                            "'2026-05-01T01:01:00.000Z', '')"))
        .bind(qint64(kAttachment.size()))
        .exec();
    if (connection.isPostgreSQL()) {
        // Rows written with their ids: move the identity counters past them, as inserts had.
        for (const char *table : {"units", "titles", "users", "absences", "decision_levels",
                                  "retention_schedule", "files", "documents", "blobs", "attachments",
                                  "attachment_versions", "route_stages", "route_steps", "comments"})
            SqlQuery::execDirect(connection,
                                 QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                "(SELECT max(id) FROM %1))")
                                     .arg(QLatin1String(table)));
    }
}

QString text(StoreConnection &connection, const QString &sql, const QVariant &bound = {})
{
    SqlQuery query(connection, sql);
    if (bound.isValid())
        query.bind(bound);
    return query.scalar().toString();
}
} // namespace

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void firstVersionGoesThroughEveryMigrationWithItsData()
    {
        test::TestDatabase db;
        makeFirstVersionOffice(db);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(Migrator().latestVersion() > 1);

        StoreConnection connection(db.url(), StoreConnection::Open::Existing);
        const Migrator::Inspection after = Migrator().inspect(connection);
        QCOMPARE(after.state, Migrator::State::Current);
        QCOMPARE(after.version, Migrator().latestVersion());
        // Every step recorded when it ran.
        for (const Migration &migration : Migrator::builtIn())
            QVERIFY2(!text(connection, QStringLiteral("SELECT value FROM kessai_meta WHERE key = ?"),
                           QStringLiteral("schema_%1_applied_at").arg(migration.version))
                          .isEmpty(),
                     qPrintable(migration.name));

        // The organization and its staff.
        QCOMPARE(text(connection, QStringLiteral("SELECT name FROM organization")), QStringLiteral("架空県"));
        QCOMPARE(test::rowCount(connection, QStringLiteral("units")), 3);
        QCOMPARE(text(connection, QStringLiteral("SELECT name FROM units WHERE code = ?"),
                      QStringLiteral("SOMU-JINJI-KYUYO")),
                 QStringLiteral("給与係"));
        QCOMPARE(text(connection, QStringLiteral("SELECT display_name FROM users WHERE login = ?"),
                      QStringLiteral("suzuki")),
                 QStringLiteral("鈴木 一郎"));
        QCOMPARE(test::rowCount(connection, QStringLiteral("user_roles")), 5);
        QCOMPARE(text(connection, QStringLiteral("SELECT reason FROM absences WHERE user_id = 3")),
                 QStringLiteral("夏季休暇"));

        // The documents, read the way this version reads them.
        DocumentStore documents(connection);
        const auto draft = documents.document(1);
        QVERIFY(draft);
        QCOMPARE(draft->title, QStringLiteral("給与改定の通知について"));
        QCOMPARE(draft->body, QStringLiteral("標記について、別紙のとおり通知してよろしいか伺います。"));
        QCOMPARE(draft->drafterName, QStringLiteral("佐藤 花子"));
        QCOMPARE(draft->fileName, QStringLiteral("給与関係綴"));
        QCOMPARE(draft->decisionLevelName, QStringLiteral("課長専決"));
        const auto decided = documents.document(2);
        QVERIFY(decided);
        QCOMPARE(decided->numberLabel, QStringLiteral("人第7号"));
        QCOMPARE(text(connection, QStringLiteral("SELECT status FROM documents WHERE id = 2")),
                 QStringLiteral("decided"));
        QCOMPARE(text(connection, QStringLiteral("SELECT comment FROM route_steps WHERE document_id = 2")),
                 QStringLiteral("了承"));
        QCOMPARE(text(connection, QStringLiteral("SELECT body FROM comments WHERE document_id = 2")),
                 QStringLiteral("日程を周知してください。"));
        QCOMPARE(
            text(connection, QStringLiteral("SELECT display_name FROM attachments WHERE document_id = 1")),
            QStringLiteral("別紙 給与表"));

        // Every stored content still matches its SHA-256, and the audit chain is whole.
        const StoreVerifier::Report report = StoreVerifier(connection).run();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.blobsChecked, 1);
        QCOMPARE(report.bytesChecked, kAttachment.size());

        // And the upgraded store is usable: the administrator starts a session and drafts.
        Session session(connection);
        DocumentRecord record;
        record.title = QStringLiteral("移行後の起案");
        const qint64 created = documents.createDraft(session, record);
        QVERIFY(created > 2);
        QCOMPARE(documents.document(created)->title, QStringLiteral("移行後の起案"));
    }

    void sqliteIsBackedUpBeforeTheUpgrade()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("an office server is backed up by its administrator (docs/deployment.md)");
        test::TestDatabase db;
        makeFirstVersionOffice(db);
        if (QTest::currentTestFailed())
            return;
        const QString backup = db.url().path() + QStringLiteral(".bak-1");
        QVERIFY(!QFile::exists(backup));
        {
            StoreConnection upgraded(db.url(), StoreConnection::Open::Existing);
        }
        QVERIFY(QFile::exists(backup));
        // The copy is the schema 1 database with its data, which the first version can open.
        const QString name = QStringLiteral("backup");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM documents")) && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QVERIFY(
                query.exec(QStringLiteral("SELECT value FROM kessai_meta WHERE key = 'schema_version'")) &&
                query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("1"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        // Up to date now: opening again makes no further copy.
        const QByteArray backupBytes = fileHash(backup);
        {
            StoreConnection again(db.url(), StoreConnection::Open::Existing);
        }
        QCOMPARE(fileHash(backup), backupBytes);
        QVERIFY(!QFile::exists(backup + QStringLiteral(".2")));
        // A name taken already is never overwritten.
        QCOMPARE(Migrator::backupPath(db.url().path(), 1), backup + QStringLiteral(".2"));
    }

    void failingStepLeavesTheFirstVersionWhole()
    {
        test::TestDatabase db;
        makeFirstVersionOffice(db);
        if (QTest::currentTestFailed())
            return;
        QList<Migration> broken = Migrator::builtIn();
        Migration last;
        last.version = Migrator().latestVersion() + 1;
        last.name = QStringLiteral("broken");
        last.commonSql = QStringLiteral("ALTER TABLE units ADD COLUMN phone TEXT;\n"
                                        "UPDATE no_such_table SET x = 1;\n");
        broken.append(last);
        {
            StoreConnection connection(db.url(), StoreConnection::Open::Existing, firstVersion());
            KESSAI_EXPECT_ERROR(StoreError::Kind::Internal, Migrator(broken).migrate(connection));
            QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("broken")),
                     qPrintable(test::lastErrorMessage()));
            // Every earlier step was rolled back with it: still schema 1, nothing half-done.
            const Migrator::Inspection inspection = Migrator().inspect(connection);
            QCOMPARE(inspection.version, 1);
            QCOMPARE(text(connection, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("3"));
        }
        // This build then upgrades it normally.
        StoreConnection connection(db.url(), StoreConnection::Open::Existing);
        QCOMPARE(Migrator().inspect(connection).state, Migrator::State::Current);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        test::TestDatabase db;
        {
            StoreConnection connection(db.url());
            test::setUpOrganization(connection);
        }
        db.superuserExec(QStringLiteral("UPDATE kessai_meta SET value = '%1' WHERE key = 'schema_version'")
                             .arg(Migrator().latestVersion() + 1));
        const QByteArray before =
            test::TestDatabase::isPostgreSQL() ? QByteArray() : fileHash(db.url().path());
        KESSAI_EXPECT_ERROR(StoreError::Kind::Unavailable,
                            StoreConnection(db.url(), StoreConnection::Open::Existing));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("newer version")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("left unchanged")));
        if (!test::TestDatabase::isPostgreSQL()) {
            QCOMPARE(fileHash(db.url().path()), before);
            QVERIFY(!QFile::exists(db.url().path() +
                                   QStringLiteral(".bak-%1").arg(Migrator().latestVersion() + 1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schemaupgrade.moc"
