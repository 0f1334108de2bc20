// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli all or nothing, on both backends: a refused command changes nothing, a mistyped
// database creates nothing, text the store cannot hold is refused the same way everywhere, and
// every refusal is one line without the driver's words.
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kCsvHeader = "record,code,name,level,parent,order,login,kana,title,unit,roles,active\n";

/// Words of Qt's drivers, libpq and SQLite that must never reach a message.
bool hasDriverWords(const QString &text)
{
    for (const char *word : {"QPSQL", "QSQLITE", "qpsqlpstmt", "EXECUTE", "Unable to", "unterminated",
                             "ERROR:", "INSERT", "UPDATE", "SELECT"})
        if (text.contains(QLatin1String(word)))
            return true;
    return false;
}
} // namespace

class TestCliAllOrNothing : public QObject
{
    Q_OBJECT

private:
    static CliResult cli(const TestDatabase &db, Args arguments, CliOptions options = {})
    {
        options.database = db.url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + toList(arguments), options);
    }
    static CliOptions inScratch(const TestDatabase &db)
    {
        CliOptions options;
        options.workingDirectory = db.scratchPath(QString());
        return options;
    }
    static QStringList unitCodes(const TestDatabase &db)
    {
        const CliResult result = cli(db, {"--json", "unit", "list", "--all"});
        QStringList codes;
        for (const QJsonValue &unit : result.json().array())
            codes.append(unit[u"code"_s].toString());
        return codes;
    }

private slots:
    void importRefusingItsLastRowChangesNothing()
    {
        // Failed before: the refusal came after the commit (the importer re-read the deactivated
        // account), so the organization was locked out and the rows above were applied.
        TestDatabase db;
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        QVERIFY(writeFile(db.scratchPath(u"lockout.csv"_s), kCsvHeader +
                                                                "unit,人事,人事課,division,,,,,,,,\n"
                                                                "user,,中村 翔,,,,nakamura.s,,,人事,clerk,\n"
                                                                "user,,管理者,,,," +
                                                                db.defaultLogin().toUtf8() +
                                                                ",,,人事,admin,no\n"));
        CliResult result = cli(db, {"import-org", "lockout.csv"}, inScratch(db));
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"line 4"_s) && result.err.contains(u"\"active\""_s),
                 qPrintable(result.err));
        // Still an active administrator; nothing of the file is there.
        RUN_OK(result = cli(db, {"--json", "user", "list", "--all"}));
        const QJsonArray users = result.json().array();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first()[u"login"_s].toString(), db.defaultLogin());
        QVERIFY(users.first()[u"active"_s].toBool());
        QCOMPARE(unitCodes(db), QStringList());
    }

    void aMissingStoreIsRefusedAndNotCreated()
    {
        // Failed before: any command created the folders and a new database, then failed.
        TestDatabase db;
        const QString typo = db.scratchPath(u"typo/kessai.sqlite"_s);
        CliOptions options = inScratch(db);
        options.database = typo;
        CliResult result = runCli({"--lang", "en", "unit", "list"}, options);
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"does not exist"_s) && result.err.contains(typo),
                 qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(db.scratchPath(u"typo"_s)));

        // A malformed URL is a usage error, not a file name "postgresql:/x".
        options.database = u"postgresql:/x"_s;
        result = runCli({"--lang", "en", "unit", "list"}, options);
        RUN_FAILS(result, 1);
        QVERIFY2(result.err.contains(u"malformed PostgreSQL URL"_s), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(db.scratchPath(u"postgresql:"_s)));
        QCOMPARE(QDir(db.scratchPath(QString())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());

        // The desktop application's default file is not made by the CLI either.
        options.database.clear();
        options.environment.insert(u"XDG_DATA_HOME"_s, db.scratchPath(u"data"_s));
        RUN_FAILS(runCli({"unit", "list"}, options), 2);
        QVERIFY(!QFileInfo::exists(db.scratchPath(u"data"_s)));

        // The test database itself (an empty PostgreSQL database, no SQLite file yet): refused,
        // left without tables; init is the one command that creates it.
        result = cli(db, {"doc", "list"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"kessai-cli init"_s), qPrintable(result.err));
        KESSAI_EXPECT_ERROR(StoreError::Kind::NoStore,
                            StoreConnection(db.url(), StoreConnection::Open::Existing));
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        RUN_OK(cli(db, {"doc", "list"}));
    }

    void nulCharactersAreRefusedNamingTheField()
    {
        // Failed before: stored silently on SQLite; a multi-line driver error on PostgreSQL
        // ("unterminated quoted string … EXECUTE qpsqlpstmt_…").
        TestDatabase db;
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        RUN_OK(cli(db, {"unit", "add", "--code", "総務", "--name", "総務課", "--level", "division"}));
        {
            StoreConnection connection(db.url());
            Session session(connection);
            User me = session.user();
            me.unitId = OrgStore(connection).unitByCode(u"総務"_s)->id;
            KESSAI_TRY(OrgStore(connection).updateUser(session, me));
        }
        QVERIFY(writeFile(db.scratchPath(u"body.txt"_s), QByteArray("伺い") + '\0' + "文"));
        CliResult result =
            cli(db, {"draft", "create", "--title", "件名", "--body-file", "body.txt"}, inScratch(db));
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"body"_s) && result.err.contains(u"NUL"_s), qPrintable(result.err));
        QVERIFY2(!hasDriverWords(result.err), qPrintable(result.err));
        RUN_OK(result = cli(db, {"--json", "doc", "list", "--folder", "all"}));
        QCOMPARE(result.json().array().size(), 0);

        QVERIFY(writeFile(db.scratchPath(u"nul.csv"_s),
                          kCsvHeader + "unit,人事,人事" + '\0' + "課,division,,,,,,,,\n"));
        result = cli(db, {"import-org", "nul.csv"}, inScratch(db));
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"line 2"_s) && result.err.contains(u"\"name\""_s) &&
                     result.err.contains(u"NUL"_s),
                 qPrintable(result.err));
        QVERIFY2(!hasDriverWords(result.err), qPrintable(result.err));
        QCOMPARE(unitCodes(db), QStringList{u"総務"_s});
    }

    void unitsFormingACycleAreRefusedNamingTheRows()
    {
        // Failed before: 総務部 → 総務 → 総務部 was stored, and every walk up the tree looped.
        TestDatabase db;
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        QVERIFY(writeFile(db.scratchPath(u"tree.csv"_s), kCsvHeader +
                                                             "unit,総務部,総務部,department,,,,,,,,\n"
                                                             "unit,総務,総務課,division,総務部,,,,,,,\n"
                                                             "unit,文書,文書係,section,総務,,,,,,,\n"));
        RUN_OK(cli(db, {"import-org", "tree.csv"}, inScratch(db)));
        QVERIFY(writeFile(db.scratchPath(u"cycle.csv"_s), kCsvHeader +
                                                              "unit,新,新課,division,,,,,,,,\n"
                                                              "unit,文書,文書係,section,総務部,,,,,,,\n"
                                                              "unit,総務,総務課,division,文書,,,,,,,\n"
                                                              "unit,総務部,総務部,department,総務,,,,,,,\n"));
        const CliResult result = cli(db, {"import-org", "cycle.csv"}, inScratch(db));
        RUN_FAILS(result, 2);
        // Each row alone is a valid move; line 5 closes 総務部 (line 5) → 総務 (line 4) → 文書 (line 3).
        for (const QString &part :
             {u"line 5"_s, u"\"parent\""_s, u"cycle"_s, u"総務 (line 4)"_s, u"文書 (line 3)"_s})
            QVERIFY2(result.err.contains(part), qPrintable(part + u": "_s + result.err));
        QStringList codes = unitCodes(db);
        codes.sort();
        QStringList expected{u"総務部"_s, u"総務"_s, u"文書"_s};
        expected.sort();
        QCOMPARE(codes, expected); // 新 (line 2) was not added either
    }

    void aReadOnlyDatabaseFileIsRefused()
    {
        if (TestDatabase::isPostgreSQL())
            QSKIP("SQLite file handling");
        TestDatabase db;
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        QVERIFY(QFile::setPermissions(db.url().path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                           QFileDevice::ReadOther));
        // Refused even for root, who could write the file anyway.
        const CliResult result = cli(db, {"unit", "add", "--code", "a", "--name", "A", "--level", "office"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"read-only"_s), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAllOrNothing)
#include "tst_cli_allornothing.moc"
