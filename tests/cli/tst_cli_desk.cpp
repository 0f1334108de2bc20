// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli paper register|import and stats rate|stall|reasons end to end on both backends:
// the JSON rows carry electronic, paper, total and rate; --csv is UTF-8 with a BOM; a clerk has
// no desk; a bad CSV file stores nothing and names its line and column; a closed 簿冊 takes no paper
// decision; administrators keep the office's lists (stats kinds, paper reasons); a draft's
// decision kind is set with --decision-kind.
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestCliDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    CliResult cli(const QStringList &arguments)
    {
        CliOptions options;
        options.database = m_db->url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + arguments, options);
    }
    CliResult cli(Args arguments) { return cli(toList(arguments)); }
    QJsonObject rate(const QStringList &extra = {})
    {
        const CliResult result = cli(QStringList{u"--json"_s, u"stats"_s, u"rate"_s, u"--from"_s, u"2026-04-01"_s,
                                                 u"--to"_s, u"2026-11-30"_s} +
                                     extra);
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return result.json().object();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        RUN_OK(cli({"init", "--organization", "テスト県"}));
        RUN_OK(cli({"unit", "add", "--code", "総務", "--name", "総務課", "--level", "division"}));
        RUN_OK(cli({"unit", "add", "--code", "人事", "--name", "人事課", "--level", "division"}));
        RUN_OK(cli({"user", "add", "--login", "ito_t", "--name", "伊藤 拓也", "--title", "係員", "--unit", "総務",
                    "--roles", "clerk"}));
        RUN_OK(cli({"user", "add", "--login", "kanri_s", "--name", "管理 聡子", "--title", "係長", "--unit", "総務",
                    "--roles", "clerk,records_manager"}));
    }

    void paperDecisionsAreRegisteredAndCounted()
    {
        RUN_OK(cli({"--as", "kanri_s", "paper", "register", "--title", "大判図面の承認", "--drafter", "ito_t",
                    "--unit", "総務", "--decider", "鈴木 浩", "--drafted", "2026-05-01", "--decided", "2026-05-08",
                    "--reason", "oversized"}));
        const QString csvPath = m_db->scratchPath(u"paper.csv"_s);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBF件名,起案者,所属,決裁者,起案日,決裁日,理由\r\n"
                  "支出原議,ito_t,人事,課長,2026-06-01,2026-06-02,accounting\r\n"
                  "秘の決裁,ito_t,人事,課長,2026-07-01,2026-07-03,secret\r\n");
        csv.close();
        const CliResult imported = cli(QStringList{u"--json"_s, u"paper"_s, u"import"_s, csvPath});
        RUN_OK(imported);
        QCOMPARE(imported.json().object().value(u"registered"_s).toInt(), 2);

        const QJsonObject office = rate();
        const QJsonObject total = office.value(u"total"_s).toObject();
        QCOMPARE(total.value(u"electronic"_s).toInt(), 0);
        QCOMPARE(total.value(u"paper"_s).toInt(), 3);
        QCOMPARE(total.value(u"total"_s).toInt(), 3);
        QCOMPARE(total.value(u"rate"_s).toDouble(), 0.0);
        QVERIFY(office.value(u"rules"_s).toArray().size() >= 4);

        const QJsonArray units = rate({u"--by"_s, u"unit"_s}).value(u"rows"_s).toArray();
        QCOMPARE(units.size(), 2);
        for (const QJsonValue &row : units) {
            const QJsonObject unit = row.toObject();
            QVERIFY(unit.contains(u"electronic"_s) && unit.contains(u"paper"_s) && unit.contains(u"total"_s) &&
                    unit.contains(u"rate"_s));
            QCOMPARE(unit.value(u"paper"_s).toInt(), unit.value(u"key"_s).toString() == u"人事"_s ? 2 : 1);
        }
        const CliResult reasons = cli({"--json", "stats", "reasons", "--from", "2026-04-01", "--to", "2026-11-30"});
        RUN_OK(reasons);
        QCOMPARE(reasons.json().array().size(), 3);
    }

    void csvIsUtf8WithBomAndBothDates()
    {
        const CliResult result = cli({"stats", "rate", "--by", "month", "--from", "2026-05-01", "--to", "2026-05-31",
                                      "--csv"});
        RUN_OK(result);
        QVERIFY(result.outBytes.startsWith("\xEF\xBB\xBF区分,名称,電子,紙,合計,電子決裁率(%),"));
        QVERIFY2(result.outBytes.contains("2026-05,令和8年5月,0,1,1,0.0,2026-05-01,令和8年5月1日,2026-05-31,"
                                          "令和8年5月31日\r\n"),
                 result.outBytes.constData());
    }

    void aBadFileStoresNothingAndNamesItsLine()
    {
        const QString path = m_db->scratchPath(u"bad.csv"_s);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("件名,起案者,所属,決裁者,起案日,決裁日,理由\r\n"
                  "正しい行,ito_t,総務,課長,2026-06-01,2026-06-02,accounting\r\n"
                  "誤りの行,ito_t,総務,課長,2026-06-05,2026-06-02,accounting\r\n");
        csv.close();
        const CliResult result = cli(QStringList{u"paper"_s, u"import"_s, path});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"line 3, column \"決裁日\""_s), qPrintable(result.err));
        QCOMPARE(rate().value(u"total"_s).toObject().value(u"total"_s).toInt(), 3);
    }

    void clerksHaveNoDesk()
    {
        const CliResult result = cli({"--as", "ito_t", "stats", "rate"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"no desk"_s), qPrintable(result.err));
        RUN_FAILS(cli({"--as", "ito_t", "stats", "stall"}), 2);
        // a 文書管理者 sees their 課 only
        const QJsonObject mine = rate({u"--as"_s, u"kanri_s"_s});
        QCOMPARE(mine.value(u"total"_s).toObject().value(u"total"_s).toInt(), 1);
    }

    void aScanAndAKindGoWithTheRegistration()
    {
        const QString scan = m_db->scratchPath(u"図面.pdf"_s);
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n% a scan of the paper\n%%EOF\n");
        file.close();
        const CliResult registered =
            cli(toList({"--json", "--as", "kanri_s", "paper", "register", "--title", "契約の紙決裁", "--drafter",
                        "ito_t", "--unit", "総務", "--decider", "課長", "--drafted", "2026-08-01", "--decided",
                        "2026-08-03", "--reason", "oversized", "--kind", "契約", "--scan"})
                << scan);
        RUN_OK(registered);
        const QString id = QString::number(registered.json().object().value(u"id"_s).toInteger());
        const CliResult attachments = cli(QStringList{u"--json"_s, u"attachments"_s, id});
        RUN_OK(attachments);
        QCOMPARE(attachments.json().array().size(), 1);
        QCOMPARE(attachments.json().array().first().toObject().value(u"display_name"_s).toString(), u"図面.pdf"_s);
        // a kind not in the list names the option
        const CliResult badKind =
            cli({"--as", "kanri_s", "paper", "register", "--title", "x", "--drafter", "ito_t", "--unit", "総務",
                 "--decider", "課長", "--drafted", "2026-08-01", "--decided", "2026-08-03", "--reason", "oversized",
                 "--kind", "宴会"});
        RUN_FAILS(badKind, 2);
        QVERIFY2(badKind.err.contains(u"--kind (種類)"_s), qPrintable(badKind.err));

        // by kind: the decision kind (文書の種類), not the 簿冊
        QStringList kinds;
        for (const QJsonValue &row : rate({u"--by"_s, u"kind"_s}).value(u"rows"_s).toArray())
            kinds << u"%1:%2"_s.arg(row.toObject().value(u"key"_s).toString())
                         .arg(row.toObject().value(u"paper"_s).toInt());
        QCOMPARE(kinds, (QStringList{u"none:3"_s, u"contract:1"_s}));

        // the office leaves 契約 out, by a rule every report states; administrators only
        RUN_FAILS(cli({"--as", "kanri_s", "stats", "exclusions", "add", "--kind", "contract", "--note", "x"}), 2);
        RUN_OK(cli({"stats", "exclusions", "add", "--kind", "contract", "--note", "契約は財務会計システムで決裁"}));
        const QJsonObject office = rate();
        QCOMPARE(office.value(u"total"_s).toObject().value(u"paper"_s).toInt(), 3);
        const QJsonObject rule = office.value(u"rules"_s).toArray().last().toObject();
        QVERIFY(rule.value(u"rule"_s).toString().contains(u"契約は財務会計システムで決裁"_s));
        QCOMPARE(rule.value(u"excluded"_s).toInt(), 1);
        const CliResult rules = cli({"--json", "stats", "exclusions"});
        RUN_OK(rules);
        QCOMPARE(rules.json().array().size(), 1);
        RUN_OK(cli(QStringList{u"stats"_s, u"exclusions"_s, u"remove"_s,
                               QString::number(rules.json().array().first().toObject().value(u"id"_s).toInteger())}));
        QCOMPARE(rate().value(u"total"_s).toObject().value(u"paper"_s).toInt(), 4);

        // the target
        RUN_FAILS(cli({"--as", "kanri_s", "stats", "target", "90"}), 2);
        RUN_OK(cli({"stats", "target", "80"}));
        QCOMPARE(rate().value(u"target"_s).toDouble(), 0.8);
    }

    void administratorsKeepTheListsAndDraftsCarryAKind()
    {
        auto codes = [this](const QStringList &command) {
            const CliResult result = cli(QStringList{u"--json"_s} + command);
            QStringList list;
            for (const QJsonValue &row : result.json().array())
                list << row.toObject().value(u"code"_s).toString()
                            + (row.toObject().value(u"active"_s).toBool() ? QString() : u"(retired)"_s);
            return list;
        };
        RUN_FAILS(cli({"--as", "kanri_s", "stats", "kinds", "add", "subsidy", "補助金"}), 2);
        RUN_OK(cli({"stats", "kinds", "add", "subsidy", "補助金"}));
        RUN_OK(cli({"stats", "kinds", "rename", "subsidy", "補助金・交付金"}));
        QCOMPARE(codes({u"stats"_s, u"kinds"_s}).last(), u"subsidy"_s);
        const CliResult taken = cli({"stats", "kinds", "add", "grant", "契約"});
        RUN_FAILS(taken, 2);
        QVERIFY2(taken.err.contains(u"already names"_s), qPrintable(taken.err));
        RUN_FAILS(cli({"stats", "kinds", "delete", "subsidy"}), 1); // a usage error: never deleted

        // a draft carries a kind in force, set at creation or later
        const CliResult created = cli({"--as", "ito_t", "draft", "create", "--title", "補助金の交付決定について",
                                       "--decision-kind", "補助金・交付金"});
        RUN_OK(created);
        const QString id = created.out.trimmed();
        auto kindOf = [this, &id] {
            StoreConnection connection(m_db->url());
            return SqlQuery(connection, u"SELECT COALESCE(k.code, '') FROM documents d LEFT JOIN decision_kinds k ON "
                                        "k.id = d.decision_kind_id WHERE d.id = ?"_s)
                .bind(id.toLongLong())
                .scalar()
                .toString();
        };
        QCOMPARE(kindOf(), u"subsidy"_s);
        RUN_OK(cli(QStringList{u"--as"_s, u"ito_t"_s, u"draft"_s, u"set"_s, id, u"--decision-kind"_s, u"contract"_s}));
        QCOMPARE(kindOf(), u"contract"_s);
        // retired: no longer offered nor accepted, still listed with --all
        RUN_OK(cli({"stats", "kinds", "retire", "subsidy"}));
        QVERIFY(!codes({u"stats"_s, u"kinds"_s}).contains(u"subsidy"_s));
        QVERIFY(codes({u"stats"_s, u"kinds"_s, u"--all"_s}).contains(u"subsidy(retired)"_s));
        const CliResult retired =
            cli(QStringList{u"--as"_s, u"ito_t"_s, u"draft"_s, u"set"_s, id, u"--decision-kind"_s, u"subsidy"_s});
        RUN_FAILS(retired, 2);
        QVERIFY2(retired.err.contains(u"--decision-kind"_s), qPrintable(retired.err));
        QCOMPARE(kindOf(), u"contract"_s);
        RUN_OK(cli(QStringList{u"--as"_s, u"ito_t"_s, u"draft"_s, u"set"_s, id, u"--decision-kind"_s, QString()}));
        QCOMPARE(kindOf(), QString());

        // the paper reasons, with the words some need
        RUN_OK(cli({"paper", "reasons", "add", "seal", "原本への押印が必要", "--needs-text"}));
        const CliResult reasons = cli({"--json", "paper", "reasons"});
        RUN_OK(reasons);
        const QJsonObject seal = reasons.json().array().last().toObject();
        QCOMPARE(seal.value(u"code"_s).toString(), u"seal"_s);
        QVERIFY(seal.value(u"needs_text"_s).toBool());
        RUN_OK(cli({"paper", "reasons", "retire", "seal"}));
        QVERIFY(!codes({u"paper"_s, u"reasons"_s}).contains(u"seal"_s));
    }

    void aClosedFileTakesNoPaperDecision()
    {
        StoreConnection connection(m_db->url());
        const qint64 file = SqlQuery(connection, u"INSERT INTO files (unit_id, fiscal_year, name, retention_id, retention_years, disposition, "
                                                 "status) SELECT u.id, 2026, '総務課 庶務 令和8年度', r.id, 10, 'destroy', "
                                                 "'closed' FROM units u, retention_schedule r WHERE u.code = '総務' AND "
                                                 "r.code = 'R10' RETURNING id"_s)
                                .scalar()
                                .toLongLong();
        QVERIFY(file > 0);
        const CliResult result = cli({"--as", "kanri_s", "paper", "register", "--title", "綴じた後の決裁", "--drafter",
                                      "ito_t", "--unit", "総務", "--decider", "課長", "--drafted", "2026-06-01",
                                      "--decided", "2026-06-02", "--reason", "oversized", "--file",
                                      "総務課 庶務 令和8年度"});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"--file (簿冊): 簿冊 %1 (総務課 庶務 令和8年度) is closed"_s.arg(file)),
                 qPrintable(result.err));
        QCOMPARE(rate().value(u"total"_s).toObject().value(u"total"_s).toInt(), 4);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestCliDesk)
#include "tst_cli_desk.moc"
