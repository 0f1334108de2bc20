// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli end to end: each test runs the real binary against a fresh database and checks
// its exit status (0 ok, 1 usage, 2 refused / bad data / unavailable), stdout and stderr.
#include "core/audit/AuditLog.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kCsvHeader = "record,code,name,level,parent,order,login,kana,title,unit,roles,active\n";
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    /// Runs against the test database, with English messages.
    static CliResult cli(const TestDatabase &db, const QStringList &arguments, CliOptions options = {})
    {
        options.database = db.url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + arguments, options);
    }
    static CliResult cli(const TestDatabase &db, Args arguments, const CliOptions &options = {})
    {
        return cli(db, toList(arguments), options);
    }
    static void initialize(const TestDatabase &db)
    {
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
    }
    static void addDivision(const TestDatabase &db)
    {
        RUN_OK(cli(db, {"unit", "add", "--code", "総務", "--name", "総務課", "--level", "division"}));
    }

private slots:
    void helpAndVersion()
    {
        CliResult result = runCli({"--help"});
        RUN_OK(result);
        for (const char *text : {"init", "unit add", "user add", "import-org", "demo-seed", "doc list",
                                 "audit verify", "--database", "--json", "--as", "--lang"})
            QVERIFY2(result.out.contains(QLatin1String(text)), text);
        result = runCli({"--version"});
        RUN_OK(result);
        QVERIFY(result.out.startsWith(u"kessai-cli "_s));
        result = runCli({"--lang", "en", "unit", "add", "--help"});
        RUN_OK(result);
        QVERIFY(result.out.startsWith(u"Usage: kessai-cli unit add"_s));
        QVERIFY(result.out.contains(u"--parent"_s));
        RUN_OK(runCli({"--lang", "ja", "--help"}));
        RUN_FAILS(runCli({"--lang", "xx", "--help"}), 1);
    }

    void initOnceOnly()
    {
        TestDatabase db;
        CliResult result =
            cli(db, {"--json", "init", "--organization", "テスト県", "--admin-name", "管理 太郎"});
        RUN_OK(result);
        const QJsonObject created = result.json().object();
        QCOMPARE(created.value(u"organization"_s).toString(), u"テスト県"_s);
        QCOMPARE(created.value(u"admin_login"_s).toString(), db.defaultLogin());
        QCOMPARE(created.value(u"admin_name"_s).toString(), u"管理 太郎"_s);

        result = cli(db, {"init", "--organization", "別の県"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"already has an organization"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void usageErrorsExitOne()
    {
        TestDatabase db;
        initialize(db);
        const QList<QStringList> cases{
            toList({"frobnicate"}),
            {},
            toList({"--bogus", "unit", "list"}),
            toList({"unit"}),
            toList({"unit", "remove"}),
            toList({"unit", "list", "--bogus"}),
            toList({"unit", "list", "extra"}),
            toList({"unit", "add", "--code", "x"}),
            toList({"unit", "add", "--code", "x", "--name", "X", "--level", "floor"}),
            toList({"unit", "add", "--code", "x", "--name", "X", "--level", "office", "--order", "first"}),
            toList({"user", "add", "--login"}),
            toList({"user", "add", "--login", "a", "--name", "A", "--roles", "boss"}),
            toList({"init"}),
            toList({"import-org"}),
            toList({"doc", "list", "--folder", "inbox"}),
        };
        for (const QStringList &arguments : cases) {
            const CliResult result = cli(db, arguments);
            RUN_FAILS(result, 1);
            QVERIFY2(result.err.contains(u"--help"_s), qPrintable(result.err));
            QVERIFY2(result.out.isEmpty(), qPrintable(arguments.join(u' ')));
        }
        const CliResult missing = cli(db, {"unit", "add", "--code", "x", "--level", "office"});
        QVERIFY2(missing.err.contains(u"--name"_s), qPrintable(missing.err));
        QVERIFY(missing.err.contains(u"kessai-cli unit add --help"_s));
        const CliResult unknown = cli(db, {"frobnicate"});
        QVERIFY2(unknown.err.contains(u"frobnicate"_s), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(u"kessai-cli --help"_s));
        // None of them changed anything.
        const CliResult units = cli(db, {"unit", "list"});
        RUN_OK(units);
        QVERIFY(units.out.isEmpty());
    }

    void unitAddAndList()
    {
        TestDatabase db;
        initialize(db);
        CliResult result =
            cli(db, {"unit", "add", "--code", "総務", "--name", "総務課", "--level", "division"});
        RUN_OK(result);
        const QStringList fields = result.out.chopped(1).split(u'\t');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.mid(1), toList({"総務", "総務課", "division", "", "10", "yes"}));
        // Global options may follow the command too.
        result = cli(db, {"unit", "add", "--code", "総務-文書", "--name", "文書係", "--level", "section",
                          "--parent", "総務", "--order", "5", "--json"});
        RUN_OK(result);
        QCOMPARE(result.json().object().value(u"parent"_s).toString(), u"総務"_s);

        result = cli(db, {"unit", "list"});
        RUN_OK(result);
        QCOMPARE(result.lines().size(), 2);
        for (const QString &line : result.lines())
            QCOMPARE(line.count(u'\t'), 6);
        QVERIFY(result.out.contains(u"\t総務-文書\t文書係\tsection\t総務\t5\tyes\n"_s));

        result = cli(db, {"--json", "unit", "list"});
        RUN_OK(result);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 2);
        QHash<QString, QJsonObject> byCode;
        for (const QJsonValue &unit : document.array())
            byCode.insert(unit[u"code"_s].toString(), unit.toObject());
        QCOMPARE(byCode[u"総務"_s][u"level"_s].toString(), u"division"_s);
        QVERIFY(byCode[u"総務"_s][u"parent"_s].isNull());
        QCOMPARE(byCode[u"総務-文書"_s][u"order"_s].toInt(), 5);
        QVERIFY(byCode[u"総務-文書"_s][u"id"_s].toInteger() > 0);
        QCOMPARE(byCode[u"総務-文書"_s][u"active"_s].toBool(), true);

        // Refused by the store: a duplicate code, an unknown parent.
        result = cli(db, {"unit", "add", "--code", "総務", "--name", "別", "--level", "division"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"already exists"_s), qPrintable(result.err));
        result = cli(
            db, {"unit", "add", "--code", "z", "--name", "Z", "--level", "office", "--parent", "nowhere"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"nowhere"_s), qPrintable(result.err));
    }

    void userAddAndList()
    {
        TestDatabase db;
        initialize(db);
        addDivision(db);
        CliResult result =
            cli(db, {"user", "add", "--login", "suzuki.h", "--name", "鈴木 浩", "--kana", "すずき ひろし",
                     "--title", "課長", "--unit", "総務", "--roles", "approver,clerk", "--extension", "２１０５",
                     "--json"});
        RUN_OK(result);
        const QJsonObject added = result.json().object();
        QCOMPARE(added[u"extension"_s].toString(), u"2105"_s); // 内線, full-width digits stored as ASCII
        QCOMPARE(added[u"login"_s].toString(), u"suzuki.h"_s);
        QCOMPARE(added[u"title"_s].toString(), u"課長"_s);
        QCOMPARE(added[u"unit"_s].toString(), u"総務"_s);
        QCOMPARE(added[u"roles"_s].toArray().size(), 2);

        result = cli(db, {"user", "add", "--login", "bad login!", "--name", "X"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"bad login!"_s), qPrintable(result.err));
        RUN_FAILS(cli(db, {"user", "add", "--login", "x", "--name", "X", "--title", "大臣"}), 2);
        result = cli(db, {"user", "add", "--login", "x", "--name", "X", "--extension", "内線なし"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"内線なし"_s), qPrintable(result.err));
        RUN_FAILS(cli(db, {"user", "add", "--login", "suzuki.h", "--name", "X"}), 2);

        result = cli(db, {"user", "list"});
        RUN_OK(result);
        QCOMPARE(result.lines().size(), 2); // the administrator and suzuki.h
        QVERIFY(result.out.contains(u"\tsuzuki.h\t鈴木 浩\tすずき ひろし\t課長\t総務\t"_s));
    }

    void importOrg()
    {
        TestDatabase db;
        initialize(db);
        CliOptions inScratch;
        inScratch.workingDirectory = db.scratchPath(QString());
        QVERIFY(writeFile(db.scratchPath(u"org.csv"_s),
                          kCsvHeader +
                              "unit,総務,総務課,division,,,,,,,,\n"
                              "unit,総務-文書,文書係,section,総務,,,,,,,\n"
                              "user,,佐藤 由美,,,,sato.y,さとう ゆみ,係長,総務-文書,approver|clerk,\n"
                              "user,,伊藤 拓也,,,,ito.t,いとう たくや,係員,総務-文書,clerk,\n"));
        CliResult result = cli(db, {"--json", "import-org", "org.csv"}, inScratch);
        RUN_OK(result);
        const QJsonObject counts = result.json().object();
        QCOMPARE(counts[u"units_added"_s].toInt(), 2);
        QCOMPARE(counts[u"users_added"_s].toInt(), 2);
        QCOMPARE(counts[u"users_updated"_s].toInt(), 0);

        // Line 4 names a unit that does not exist: nothing of the file is applied.
        QVERIFY(writeFile(db.scratchPath(u"bad.csv"_s), kCsvHeader +
                                                            "unit,人事,人事課,division,,,,,,,,\n"
                                                            "user,,中村 翔,,,,nakamura.s,,,人事,,\n"
                                                            "user,,小林 直子,,,,kobayashi.n,,,xx,,\n"));
        result = cli(db, {"import-org", "bad.csv"}, inScratch);
        RUN_FAILS(result, 2);
        QCOMPARE(result.err, u"kessai-cli: bad.csv: line 4, column \"unit\": no unit with code \"xx\"\n"_s);

        result = cli(db, {"--json", "user", "list"});
        RUN_OK(result);
        QStringList logins;
        for (const QJsonValue &user : result.json().array())
            logins.append(user[u"login"_s].toString());
        logins.sort();
        QStringList expected{db.defaultLogin(), u"ito.t"_s, u"sato.y"_s};
        expected.sort();
        QCOMPARE(logins, expected);
        result = cli(db, {"unit", "list"});
        QVERIFY(!result.out.contains(u"人事"_s));

        result = cli(db, {"import-org", "missing.csv"}, inScratch);
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"missing.csv"_s), qPrintable(result.err));
    }

    void demoSeedAndDocuments()
    {
        TestDatabase db;
        initialize(db);
        RUN_OK(cli(db, {"demo-seed"}));
        RUN_FAILS(cli(db, {"demo-seed"}), 2); // only into an organization without units

        CliResult result = cli(db, {"doc", "list", "--json"});
        RUN_OK(result);
        const QJsonArray documents = result.json().array();
        QVERIFY(documents.size() >= 5);
        QSet<QString> statuses;
        for (const QJsonValue &document : documents) {
            statuses.insert(document[u"status"_s].toString());
            for (const char *key : {"id", "number", "status", "title", "drafter", "unit", "updated_at"})
                QVERIFY2(document.toObject().contains(QLatin1String(key)), key);
            QVERIFY(QDateTime::fromString(document[u"updated_at"_s].toString(), Qt::ISODate).isValid());
        }
        QVERIFY2(statuses.size() >= 3,
                 qPrintable(QStringList(statuses.cbegin(), statuses.cend()).join(u',')));
        QVERIFY(statuses.contains(u"draft"_s));

        result = cli(db, {"doc", "list", "--folder", "drafts"});
        RUN_OK(result);
        QVERIFY(!result.lines().isEmpty());
        for (const QString &line : result.lines()) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 7);
            QCOMPARE(fields.at(2), u"draft"_s);
        }
        // An administrator's default folder is all documents.
        result = cli(db, {"doc", "list"});
        RUN_OK(result);
        QCOMPARE(result.lines().size(), documents.size());
    }

    void auditVerify()
    {
        TestDatabase db;
        initialize(db);
        RUN_OK(cli(db, {"audit", "verify"}));
        CliResult result = cli(db, {"audit", "verify", "--json"});
        RUN_OK(result);
        QCOMPARE(result.json()[u"intact"_s].toBool(), true);
        QVERIFY(result.json()[u"events_checked"_s].toInt() >= 2);

        // Dropping the newest event (here: winding the head back) is detected.
        db.superuserExec(u"UPDATE audit_head SET last_id = last_id - 1 WHERE id = 1"_s);
        result = cli(db, {"audit", "verify"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"the audit log is broken: "_s), qPrintable(result.err));
    }

    void actAsIsForAdministratorsAndAudited()
    {
        TestDatabase db;
        initialize(db);
        RUN_OK(cli(db, {"user", "add", "--login", "ito_t", "--name", "伊藤 拓也"}));

        RUN_OK(cli(db, {"--as", "ito_t", "doc", "list"}));
        {
            StoreConnection connection(db.url());
            const QList<AuditEvent> events = AuditLog(connection).recent(1);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().action, u"session.act_as"_s);
            QCOMPARE(events.first().actorLogin, u"ito_t"_s);
            QCOMPARE(events.first().realLogin, db.defaultLogin());
        }
        // Acting for a clerk gives the clerk's rights only.
        RUN_FAILS(
            cli(db, {"--as", "ito_t", "unit", "add", "--code", "a", "--name", "A", "--level", "office"}), 2);
        CliResult result = cli(db, {"--as", "nobody", "unit", "list"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"nobody"_s), qPrintable(result.err));

        if (!TestDatabase::isPostgreSQL())
            return; // on SQLite the identity is always the OS account: the administrator here
        CliOptions asIto;
        asIto.database = db.urlAs(u"ito_t"_s).toString();
        result = runCli(QStringList{u"--lang"_s, u"en"_s, u"--as"_s, db.defaultLogin(), u"unit"_s, u"list"_s},
                        asIto);
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"only an administrator"_s), qPrintable(result.err));
        RUN_FAILS(runCli({"doc", "list", "--folder", "all"}, asIto), 2);
        RUN_OK(runCli({"doc", "list"}, asIto));
    }

    void unreachableServerFailsFast()
    {
        QElapsedTimer timer;
        timer.start();
        CliOptions options;
        options.database = u"postgresql://x@127.0.0.1:1/k"_s;
        const CliResult result = runCli({"unit", "list"}, options);
        RUN_FAILS(result, 2);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(result.err.contains(u"127.0.0.1:1"_s), qPrintable(result.err));
    }

    void foreignSqliteFileIsRefused()
    {
        TestDatabase db;
        const QString path = db.scratchPath(u"other.db"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(u"CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        CliOptions options;
        options.database = path;
        CliResult result = runCli({"--lang", "en", "unit", "list"}, options);
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"not a Kessai database"_s), qPrintable(result.err));
        // Japanese is the default (LC_ALL=C.UTF-8 here): the store's own errors are translated too.
        result = runCli({"unit", "list"}, options);
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"Kessai のデータベースではありません"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"other.db"_s), qPrintable(result.err));
    }

    void databaseFromEnvironment()
    {
        TestDatabase db;
        CliOptions options;
        options.environment.insert(u"KESSAI_DATABASE"_s, db.url().toString());
        RUN_OK(runCli({"init", "--organization", "環境県"}, options));
        RUN_FAILS(cli(db, {"init", "--organization", "環境県"}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
