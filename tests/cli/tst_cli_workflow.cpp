// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli workflow end to end on both backends: route set|show, submit, approve, return,
// reject, withdraw, decide (and 代決 after absence add), read, enforce, close, inbox, each user
// played by the administrator with --as; the audit chain stays intact.
#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <array>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString n(qint64 id)
{
    return QString::number(id);
}

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}
} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private:
    static CliResult cli(const TestDatabase &db, const QStringList &arguments)
    {
        CliOptions options;
        options.database = db.url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + arguments, options);
    }
    static CliResult cli(const TestDatabase &db, Args arguments) { return cli(db, toList(arguments)); }
    /// The administrator acting as login.
    static CliResult as(const TestDatabase &db, const QString &login, const QStringList &arguments)
    {
        return cli(db, QStringList{u"--as"_s, login} + arguments);
    }

    /// Through the CLI: 総務部 → 総務課 (総務) → 文書係 (総務-文書), and 人事課; ito_t (係員) drafts,
    /// sato_y (係長), takahashi_m (課長補佐) and suzuki_h (課長) are the deciding line of 課長専決,
    /// kato_r (次長) is a proxy, watanabe_a and kimura_s of 人事課 are consulted. The 簿冊 is
    /// added in SQL: the CLI has no command for files yet.
    static void setUp(TestDatabase &db)
    {
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        RUN_OK(cli(db, {"unit", "add", "--code", "総務部", "--name", "総務部", "--level", "department"}));
        RUN_OK(cli(db, {"unit", "add", "--code", "総務", "--name", "総務課", "--level", "division",
                        "--parent", "総務部"}));
        RUN_OK(cli(db, {"unit", "add", "--code", "総務-文書", "--name", "文書係", "--level", "section",
                        "--parent", "総務"}));
        RUN_OK(cli(db, {"unit", "add", "--code", "人事", "--name", "人事課", "--level", "division",
                        "--parent", "総務部"}));
        const QList<std::array<const char *, 4>> users{
            {"ito_t", "伊藤 拓也", "係員", "総務-文書"},      {"sato_y", "佐藤 由美", "係長", "総務-文書"},
            {"takahashi_m", "高橋 美咲", "課長補佐", "総務"}, {"suzuki_h", "鈴木 浩", "課長", "総務"},
            {"kato_r", "加藤 亮", "次長", "総務部"},          {"watanabe_a", "渡辺 彩", "課長", "人事"},
            {"kimura_s", "木村 聡", "課長補佐", "人事"}};
        for (const auto &[login, name, title, unit] : users)
            RUN_OK(cli(db, {"user", "add", "--login", login, "--name", name, "--title", title, "--unit", unit,
                            "--roles", "clerk,approver"}));
    }

    /// The 簿冊 "例規" of 総務課 for this fiscal year (簿冊 are kept by the records section; there is no
    /// command for them).
    static void ensureFile(const TestDatabase &db)
    {
        StoreConnection connection(db.url());
        if (SqlQuery(connection, u"SELECT id FROM files WHERE name = '例規'"_s).scalar().toLongLong())
            return;
        SqlQuery(connection, u"INSERT INTO files (unit_id, fiscal_year, name, retention_id, retention_years, "
                             "disposition) SELECT u.id, ?, '例規', r.id, 10, 'transfer' FROM units u, "
                             "retention_schedule r WHERE u.code = '総務' AND r.code = 'R10'"_s)
            .bind(FiscalYear::of(QDate::currentDate()))
            .exec();
    }

    /// A 決裁 draft of ito_t's in 総務課, made with draft create and filed with draft set
    /// (課長専決, 簿冊 例規).
    static qint64 draft(const TestDatabase &db, const QString &title)
    {
        ensureFile(db);
        const CliResult created =
            as(db, u"ito_t"_s, {u"draft"_s, u"create"_s, u"--title"_s, title, u"--unit"_s, u"総務"_s});
        if (created.exitCode != 0) {
            qWarning("%s", qPrintable(created.describe()));
            return -1;
        }
        const qint64 id = created.out.trimmed().toLongLong();
        const CliResult filed = as(
            db, u"ito_t"_s,
            {u"draft"_s, u"set"_s, QString::number(id), u"--level"_s, u"課長専決"_s, u"--file"_s, u"例規"_s});
        if (filed.exitCode != 0) {
            qWarning("%s", qPrintable(filed.describe()));
            return -1;
        }
        return id;
    }

    static QList<qint64> inbox(const TestDatabase &db, const QString &login)
    {
        const CliResult result = as(db, login, {u"inbox"_s});
        if (result.exitCode != 0 || !result.err.isEmpty())
            return {-1};
        QList<qint64> ids;
        for (const QString &line : result.lines())
            ids.append(line.toLongLong());
        return ids;
    }

    static QJsonObject route(const TestDatabase &db, qint64 id)
    {
        const CliResult result = cli(db, {u"--json"_s, u"route"_s, u"show"_s, n(id)});
        return result.exitCode == 0 ? result.json().object() : QJsonObject{{u"failed"_s, result.err}};
    }
    static QList<QJsonObject> steps(const QJsonObject &route)
    {
        QList<QJsonObject> all;
        for (const QJsonValue &stage : route[u"stages"_s].toArray()) {
            for (const QJsonValue &step : stage[u"steps"_s].toArray())
                all.append(step.toObject());
        }
        return all;
    }
    /// login:status of every step, in route order.
    static QStringList states(const TestDatabase &db, qint64 id)
    {
        QStringList out;
        for (const QJsonObject &step : steps(route(db, id)))
            out << step[u"login"_s].toString() + u':' + step[u"status"_s].toString();
        return out;
    }
    static QString status(const TestDatabase &db, qint64 id) { return route(db, id)[u"status"_s].toString(); }

    /// Exit 2 with one line on stderr holding every text.
    static bool refused(const CliResult &result, const QStringList &texts)
    {
        bool ok =
            result.finished && result.exitCode == 2 && isOneErrorLine(result.err) && result.out.isEmpty();
        for (const QString &text : texts)
            ok = ok && result.err.contains(text);
        if (!ok)
            qWarning("%s", qPrintable(result.describe()));
        return ok;
    }

private slots:
    void helpListsTheWorkflowCommands()
    {
        const CliResult result = runCli({"--lang", "en", "--help"});
        RUN_OK(result);
        for (const char *text :
             {"route show", "route set", "submit DOC", "approve DOC", "return DOC", "reject DOC",
              "withdraw DOC", "decide DOC", "enforce DOC", "close DOC", "read DOC", "inbox", "absence add"})
            QVERIFY2(result.out.contains(QLatin1String(text)), text);
        for (const char *command : {"submit", "approve", "return", "reject", "decide", "enforce", "inbox"})
            RUN_OK(runCli({"--lang", "en", command, "--help"}));
        RUN_OK(runCli({"--lang", "en", "route", "set", "--help"}));
    }

    void usageErrors()
    {
        TestDatabase db;
        setUp(db);
        const QList<QStringList> cases{
            toList({"route"}),
            toList({"route", "show"}),
            toList({"route", "set", "1"}),
            toList({"route", "set", "1", "--default", "--steps", "review:sato_y"}),
            toList({"route", "set", "1", "--steps", "boss:sato_y"}),
            toList({"route", "set", "1", "--steps", "sato_y"}),
            toList({"route", "set", "1", "--steps", "review:sato_y,,decide:suzuki_h"}),
            toList({"submit"}),
            toList({"approve", "x"}),
            toList({"return", "1", "--comment", "c"}),
            toList({"return", "1", "--to", "drafter"}),
            toList({"reject", "1"}),
            toList({"reject", "1", "--comment", ""}),
            toList({"enforce", "1", "--date", "2026-13-01", "--to", "北海道庁", "--method", "post"}),
            toList({"enforce", "1", "--method", "post"}),
            toList({"enforce", "1", "--to", "北海道庁"}),
            toList({"enforce", "1", "--to", "北海道庁", "--method", "fax"}),
            toList({"enforce", "1", "--to", "北海道庁", "--method", "post", "--seal", "--no-seal"}),
            QStringList{u"absence"_s, u"add"_s, u"--from"_s, day(0), u"--to"_s, day(1)},
            QStringList{u"absence"_s, u"add"_s, u"--from"_s, u"tomorrow"_s, u"--to"_s, day(1), u"--proxy"_s,
                        u"kato_r"_s},
            toList({"inbox", "extra"}),
        };
        for (const QStringList &arguments : cases) {
            const CliResult result = cli(db, arguments);
            RUN_FAILS(result, 1);
            QVERIFY2(result.err.contains(u"--help"_s), qPrintable(result.err));
        }
        RUN_FAILS(cli(db, {"submit", "999"}), 2);
        RUN_FAILS(cli(db, {"route", "show", "999"}), 2);
    }

    void userListHasLoginNameTitleAndUnit()
    {
        TestDatabase db;
        setUp(db);
        const CliResult result = cli(db, {"--json", "user", "list"});
        RUN_OK(result);
        bool found = false;
        for (const QJsonValue &user : result.json().array()) {
            if (user[u"login"_s].toString() != u"sato_y"_s)
                continue;
            found = true;
            QCOMPARE(user[u"display_name"_s].toString(), u"佐藤 由美"_s);
            QCOMPARE(user[u"title"_s].toString(), u"係長"_s);
            QCOMPARE(user[u"unit_code"_s].toString(), u"総務-文書"_s);
        }
        QVERIFY(found);
    }

    void routeSetRules()
    {
        TestDatabase db;
        setUp(db);
        const qint64 doc = draft(db, u"経路の確認"_s);
        QVERIFY(doc > 0);
        QVERIFY(refused(as(db, u"sato_y"_s, {u"route"_s, u"set"_s, n(doc), u"--default"_s}), {u"drafter"_s}));
        QVERIFY(refused(as(db, u"ito_t"_s, {u"route"_s, u"set"_s, n(doc), u"--steps"_s, u"review:nobody"_s}),
                        {u"nobody"_s}));

        CliResult result = as(db, u"ito_t"_s,
                              {u"--json"_s, u"route"_s, u"set"_s, n(doc), u"--steps"_s,
                               u"review:sato_y, 合議:watanabe_a+kimura_s, decide:suzuki_h"_s});
        RUN_OK(result);
        const QJsonArray stages = result.json()[u"stages"_s].toArray();
        QCOMPARE(stages.size(), 3);
        QCOMPARE(stages.at(1)[u"steps"_s].toArray().size(), 2);
        QCOMPARE(stages.at(1)[u"steps"_s][1][u"kind"_s].toString(), u"consult"_s);
        QCOMPARE(stages.at(1)[u"steps"_s][1][u"login"_s].toString(), u"kimura_s"_s);

        // What route show --json prints is a route file: copy it to a second draft.
        const qint64 copy = draft(db, u"経路の写し"_s);
        const QString file = db.scratchPath(u"route.json"_s);
        QVERIFY(writeFile(file, cli(db, {u"--json"_s, u"route"_s, u"show"_s, n(doc)}).outBytes));
        RUN_OK(as(db, u"ito_t"_s, {u"route"_s, u"set"_s, n(copy), u"--file"_s, file}));
        QCOMPARE(states(db, copy), states(db, doc));
        QVERIFY(writeFile(file, "[{\"steps\": [{\"kind\": \"review\"}]}]"));
        QVERIFY(refused(as(db, u"ito_t"_s, {u"route"_s, u"set"_s, n(copy), u"--file"_s, file}),
                        {u"route.json"_s}));

        // 提出 lists every problem at once; after 提出 the route is fixed.
        RUN_OK(as(db, u"ito_t"_s,
                  {u"route"_s, u"set"_s, n(copy), u"--steps"_s, u"review:sato_y+review:sato_y"_s}));
        QVERIFY(refused(as(db, u"ito_t"_s, {u"submit"_s, n(copy)}), {u"1) "_s, u"2) "_s, u"決裁"_s}));
        RUN_OK(as(db, u"ito_t"_s, {u"submit"_s, n(doc)}));
        QVERIFY(refused(as(db, u"ito_t"_s, {u"route"_s, u"set"_s, n(doc), u"--default"_s}), {u"提出"_s}));
    }

    // submit of a draft without a route takes the default route first, like the GUI's 提出.
    void submitWithoutRouteTakesTheDefaultRoute()
    {
        TestDatabase db;
        setUp(db);
        const qint64 doc = draft(db, u"経路を決めずに提出"_s);
        QVERIFY(doc > 0);
        QVERIFY(steps(route(db, doc)).isEmpty());
        const CliResult result = as(db, u"ito_t"_s, {u"--json"_s, u"submit"_s, n(doc)});
        RUN_OK(result);
        QCOMPARE(result.json()[u"status"_s].toString(), u"in_review"_s);
        QCOMPARE(states(db, doc), toList({"sato_y:current", "takahashi_m:pending", "suzuki_h:pending"}));
    }

    void draftSetFilesADraftForSubmission()
    {
        TestDatabase db;
        setUp(db);
        ensureFile(db);
        CliResult created =
            as(db, u"ito_t"_s,
               {u"draft"_s, u"create"_s, u"--title"_s, u"区分なしの起案"_s, u"--unit"_s, u"総務"_s});
        RUN_OK(created);
        const qint64 doc = created.out.trimmed().toLongLong();
        RUN_OK(as(db, u"ito_t"_s,
                  {u"route"_s, u"set"_s, n(doc), u"--steps"_s, u"review:sato_y,decide:suzuki_h"_s}));
        // Without 決裁区分 and 簿冊 it cannot be submitted; draft set files it.
        QVERIFY(refused(as(db, u"ito_t"_s, {u"submit"_s, n(doc)}), {u"1) "_s, u"2) "_s}));
        QVERIFY(refused(as(db, u"ito_t"_s, {u"draft"_s, u"set"_s, n(doc), u"--level"_s, u"市長決裁"_s}),
                        {u"市長決裁"_s, u"課長専決"_s})); // names what there is
        QVERIFY(refused(as(db, u"ito_t"_s, {u"draft"_s, u"set"_s, n(doc), u"--file"_s, u"ない簿冊"_s}),
                        {u"ない簿冊"_s, u"例規"_s}));
        QVERIFY(
            refused(as(db, u"sato_y"_s, {u"draft"_s, u"set"_s, n(doc), u"--title"_s, u"他人の起案"_s}), {}));
        RUN_OK(as(db, u"ito_t"_s,
                  {u"draft"_s, u"set"_s, n(doc), u"--level"_s, u"division_head"_s, u"--file"_s, u"例規"_s,
                   u"--title"_s, u"区分を付けた起案"_s}));
        const QJsonObject shown = cli(db, {u"--json"_s, u"route"_s, u"show"_s, n(doc)}).json().object();
        QCOMPARE(shown[u"title"_s].toString(), u"区分を付けた起案"_s);
        RUN_OK(as(db, u"ito_t"_s, {u"submit"_s, n(doc)}));
        // After 提出 the draft's fields are fixed.
        QVERIFY(refused(as(db, u"ito_t"_s, {u"draft"_s, u"set"_s, n(doc), u"--title"_s, u"遅い変更"_s}), {}));
    }

    void returnResubmitProxyDecisionEnforceClose()
    {
        TestDatabase db;
        setUp(db);
        const qint64 doc = draft(db, u"文書管理規程の改正"_s);
        QVERIFY(doc > 0);
        CliResult result = as(db, u"ito_t"_s, {u"route"_s, u"set"_s, n(doc), u"--default"_s});
        RUN_OK(result);
        QCOMPARE(states(db, doc), toList({"sato_y:pending", "takahashi_m:pending", "suzuki_h:pending"}));
        QCOMPARE(inbox(db, u"sato_y"_s), QList<qint64>{});

        // 提出 gives the 文書番号.
        result = as(db, u"ito_t"_s, {u"--json"_s, u"submit"_s, n(doc)});
        RUN_OK(result);
        const QString number = result.json()[u"number"_s].toString();
        QVERIFY2(QRegularExpression(u"^総務第[1-9][0-9]*号$"_s).match(number).hasMatch(), qPrintable(number));
        QCOMPARE(result.json()[u"status"_s].toString(), u"in_review"_s);

        // The JSON other systems follow.
        QJsonObject shown = route(db, doc);
        QCOMPARE(shown[u"document"_s].toInteger(), doc);
        QCOMPARE(shown[u"status"_s].toString(), u"in_review"_s);
        QCOMPARE(shown[u"number"_s].toString(), number);
        const QJsonArray stages = shown[u"stages"_s].toArray();
        QCOMPARE(stages.size(), 3);
        for (const QJsonValue &stage : stages) {
            for (const QJsonValue &step : stage[u"steps"_s].toArray()) {
                for (const char *key :
                     {"kind", "login", "status", "acted_by", "acting_for", "acted_at", "comment"})
                    QVERIFY2(step.toObject().contains(QLatin1String(key)), key);
            }
        }
        QJsonObject first = stages.at(0)[u"steps"_s][0].toObject();
        QCOMPARE(first[u"kind"_s].toString(), u"review"_s);
        QCOMPARE(first[u"status"_s].toString(), u"current"_s);
        QVERIFY(first[u"acted_by"_s].isNull());
        QCOMPARE(stages.at(2)[u"steps"_s][0][u"kind"_s].toString(), u"decide"_s);

        QCOMPARE(inbox(db, u"sato_y"_s), QList<qint64>{doc});
        QCOMPARE(inbox(db, u"takahashi_m"_s), QList<qint64>{});
        QCOMPARE(inbox(db, u"ito_t"_s), QList<qint64>{});

        // 承認 with a comment; the same step again is refused, naming who and when.
        RUN_OK(as(db, u"sato_y"_s, {u"approve"_s, n(doc), u"--comment"_s, u"確認しました"_s}));
        first = steps(route(db, doc)).at(0);
        QCOMPARE(first[u"status"_s].toString(), u"done"_s);
        QCOMPARE(first[u"acted_by"_s].toString(), u"sato_y"_s);
        QCOMPARE(first[u"comment"_s].toString(), u"確認しました"_s);
        QVERIFY(QDateTime::fromString(first[u"acted_at"_s].toString(), Qt::ISODate).isValid());
        QVERIFY(
            refused(as(db, u"sato_y"_s, {u"approve"_s, n(doc)}), {u"already processed"_s, u"佐藤 由美"_s}));
        QCOMPARE(inbox(db, u"sato_y"_s), QList<qint64>{});
        QCOMPARE(inbox(db, u"takahashi_m"_s), QList<qint64>{doc});

        // 差戻し to the drafter, then 再提出: back to the step that sent it, same number.
        RUN_OK(as(
            db, u"takahashi_m"_s,
            {u"return"_s, n(doc), u"--to"_s, u"drafter"_s, u"--comment"_s, u"別表を差し替えてください"_s}));
        QCOMPARE(status(db, doc), u"returned"_s);
        QCOMPARE(states(db, doc), toList({"sato_y:done", "takahashi_m:returned", "suzuki_h:pending"}));
        QCOMPARE(steps(route(db, doc)).at(1)[u"comment"_s].toString(), u"別表を差し替えてください"_s);
        QCOMPARE(inbox(db, u"takahashi_m"_s), QList<qint64>{});
        result = as(db, u"ito_t"_s, {u"--json"_s, u"submit"_s, n(doc)});
        RUN_OK(result);
        QCOMPARE(result.json()[u"number"_s].toString(), number);
        QCOMPARE(states(db, doc), toList({"sato_y:done", "takahashi_m:current", "suzuki_h:pending"}));
        RUN_OK(as(db, u"takahashi_m"_s, {u"approve"_s, n(doc)}));
        QCOMPARE(inbox(db, u"suzuki_h"_s), QList<qint64>{doc});

        // Not decided yet: no 施行.
        QVERIFY(refused(as(db, u"ito_t"_s,
                           {u"enforce"_s, n(doc), u"--date"_s, day(0), u"--to"_s, u"北海道庁"_s, u"--method"_s, u"post"_s}),
                        {u"only a decided document"_s}));

        // 代決: the 課長 is away, the registered proxy decides; the 課長 reads it afterwards.
        result = as(db, u"suzuki_h"_s,
                    {u"absence"_s, u"add"_s, u"--from"_s, day(0), u"--to"_s, day(2), u"--proxy"_s,
                     u"kato_r"_s, u"--reason"_s, u"出張"_s});
        RUN_OK(result);
        QCOMPARE(inbox(db, u"kato_r"_s), QList<qint64>{doc});
        result = as(db, u"kato_r"_s, {u"--json"_s, u"decide"_s, n(doc)});
        RUN_OK(result);
        QCOMPARE(result.json()[u"action"_s].toString(), u"proxy_decide"_s);
        QCOMPARE(result.json()[u"status"_s].toString(), u"decided"_s);
        const QJsonObject decide = steps(route(db, doc)).at(2);
        QCOMPARE(decide[u"status"_s].toString(), u"done"_s);
        QCOMPARE(decide[u"acted_by"_s].toString(), u"kato_r"_s);
        QCOMPARE(decide[u"acting_for"_s].toString(), u"suzuki_h"_s);
        QCOMPARE(decide[u"post_review"_s].toString(), u"owed"_s);
        QVERIFY(
            refused(as(db, u"suzuki_h"_s, {u"decide"_s, n(doc)}), {u"already processed"_s, u"加藤 亮"_s}));
        QCOMPARE(inbox(db, u"kato_r"_s), QList<qint64>{});
        QCOMPARE(inbox(db, u"suzuki_h"_s), QList<qint64>{doc});
        RUN_OK(as(db, u"suzuki_h"_s, {u"read"_s, n(doc)}));
        QCOMPARE(inbox(db, u"suzuki_h"_s), QList<qint64>{});
        QVERIFY(refused(as(db, u"suzuki_h"_s, {u"read"_s, n(doc)}), {u"already processed"_s}));

        // 施行日 before the 決裁日 is refused; bad input names the option; then today, and 完結.
        const QStringList to{u"--to"_s, u"北海道庁"_s, u"--to"_s, u"札幌市長"_s, u"--method"_s, u"email"_s};
        QVERIFY(refused(as(db, u"ito_t"_s, QStringList{u"enforce"_s, n(doc), u"--date"_s, day(-1)} + to), {day(-1)}));
        QVERIFY(refused(as(db, u"ito_t"_s, QStringList{u"enforce"_s, n(doc), u"--checked-by"_s, u"nobody"_s} + to),
                        {u"--checked-by"_s, u"nobody"_s}));
        QVERIFY(refused(as(db, u"ito_t"_s, QStringList{u"enforce"_s, n(doc), u"--document"_s, u"9"_s} + to),
                        {u"--document"_s, u"none"_s}));
        QVERIFY(refused(as(db, u"ito_t"_s,
                           {u"enforce"_s, n(doc), u"--to"_s, u"北海道庁"_s, u"--to"_s, u"北海道庁"_s, u"--method"_s,
                            u"post"_s}),
                        {u"施行先"_s, u"北海道庁"_s}));
        QCOMPARE(status(db, doc), u"decided"_s);
        result = as(db, u"ito_t"_s,
                    QStringList{u"--json"_s, u"enforce"_s, n(doc), u"--date"_s, day(0), u"--no-seal"_s, u"--checked-by"_s,
                                u"sato_y"_s} +
                        to);
        RUN_OK(result);
        QCOMPARE(result.json()[u"status"_s].toString(), u"enforced"_s);
        QCOMPARE(result.json()[u"enforced_on"_s].toString(), day(0));
        QCOMPARE(result.json()[u"destinations"_s].toArray().size(), 2);
        QCOMPARE(result.json()[u"destinations"_s][1].toString(), u"札幌市長"_s);
        QCOMPARE(result.json()[u"method"_s].toString(), u"email"_s);
        QCOMPARE(result.json()[u"seal"_s].toString(), u"omitted"_s);
        QCOMPARE(result.json()[u"fair_copy_checked_by"_s].toString(), u"sato_y"_s);
        QVERIFY(result.json()[u"issued_attachment"_s].isNull());
        // Once only.
        QVERIFY(refused(as(db, u"ito_t"_s, QStringList{u"enforce"_s, n(doc)} + to), {}));
        // In the event feed, with its fields.
        const CliResult events = cli(db, {u"--json"_s, u"events"_s, u"--since"_s, u"0"_s});
        RUN_OK(events);
        bool fed = false;
        for (const QString &line : events.lines()) {
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            if (event[u"action"_s].toString() == u"workflow.enforce"_s)
                fed = event[u"details"_s][u"method"_s].toString() == u"email"_s &&
                      event[u"details"_s][u"destinations"_s].toArray().size() == 2;
        }
        QVERIFY(fed);
        RUN_OK(as(db, u"ito_t"_s, {u"close"_s, n(doc)}));
        QCOMPARE(status(db, doc), u"closed"_s);
        RUN_OK(cli(db, {"audit", "verify"}));
    }

    void consultWithdrawReturnToStepReject()
    {
        TestDatabase db;
        setUp(db);
        const qint64 doc = draft(db, u"職員研修の実施"_s);
        QVERIFY(doc > 0);
        RUN_OK(as(db, u"ito_t"_s,
                  {u"route"_s, u"set"_s, n(doc), u"--steps"_s,
                   u"review:sato_y,consult:watanabe_a+kimura_s,decide:suzuki_h"_s}));
        RUN_OK(as(db, u"ito_t"_s, {u"submit"_s, n(doc)}));

        // 引戻し while the next person has not acted.
        RUN_OK(as(db, u"sato_y"_s, {u"approve"_s, n(doc)}));
        QCOMPARE(inbox(db, u"watanabe_a"_s), QList<qint64>{doc});
        RUN_OK(as(db, u"sato_y"_s, {u"withdraw"_s, n(doc)}));
        QCOMPARE(inbox(db, u"watanabe_a"_s), QList<qint64>{});
        QCOMPARE(inbox(db, u"sato_y"_s), QList<qint64>{doc});
        RUN_OK(as(db, u"sato_y"_s, {u"approve"_s, n(doc)}));

        // 合議: both partners must act before the 決裁 is due.
        QCOMPARE(inbox(db, u"kimura_s"_s), QList<qint64>{doc});
        RUN_OK(as(db, u"watanabe_a"_s, {u"approve"_s, n(doc), u"--comment"_s, u"異議なし"_s}));
        QCOMPARE(inbox(db, u"watanabe_a"_s), QList<qint64>{});
        QCOMPARE(inbox(db, u"suzuki_h"_s), QList<qint64>{});
        QCOMPARE(states(db, doc),
                 toList({"sato_y:done", "watanabe_a:done", "kimura_s:current", "suzuki_h:pending"}));

        // 差戻し to an earlier step, by its assignee's login: it comes back to kimura_s after.
        QVERIFY(refused(
            as(db, u"kimura_s"_s, {u"return"_s, n(doc), u"--to"_s, u"nobody"_s, u"--comment"_s, u"x"_s}),
            {u"nobody"_s}));
        RUN_OK(
            as(db, u"kimura_s"_s,
               {u"return"_s, n(doc), u"--to"_s, u"sato_y"_s, u"--comment"_s, u"人数を確認してください"_s}));
        QCOMPARE(inbox(db, u"sato_y"_s), QList<qint64>{doc});
        RUN_OK(as(db, u"sato_y"_s, {u"approve"_s, n(doc)}));
        QCOMPARE(inbox(db, u"kimura_s"_s), QList<qint64>{doc});

        // A 合議 partner sends back but cannot 却下; the decider can, with a reason.
        QVERIFY(refused(as(db, u"kimura_s"_s, {u"reject"_s, n(doc), u"--comment"_s, u"x"_s}), {u"差戻し"_s}));
        RUN_OK(as(db, u"kimura_s"_s, {u"approve"_s, n(doc)}));
        QCOMPARE(inbox(db, u"suzuki_h"_s), QList<qint64>{doc});
        CliResult result = as(db, u"suzuki_h"_s, {u"reject"_s, n(doc), u"--comment"_s, u"  "_s});
        RUN_FAILS(result, 1);
        QVERIFY2(result.err.contains(u"--comment"_s), qPrintable(result.err));
        RUN_FAILS(as(db, u"suzuki_h"_s, {u"reject"_s, n(doc)}), 1);
        RUN_OK(as(db, u"suzuki_h"_s, {u"reject"_s, n(doc), u"--comment"_s, u"予算の裏付けがないため"_s}));
        QCOMPARE(status(db, doc), u"rejected"_s);
        QCOMPARE(states(db, doc),
                 toList({"sato_y:done", "watanabe_a:done", "kimura_s:done", "suzuki_h:returned"}));
        QVERIFY(refused(as(db, u"suzuki_h"_s, {u"decide"_s, n(doc)}), {u"already processed"_s}));
        QVERIFY(refused(as(db, u"ito_t"_s, {u"submit"_s, n(doc)}), {}));
        for (const char *login : {"ito_t", "sato_y", "watanabe_a", "kimura_s", "suzuki_h"})
            QCOMPARE(inbox(db, QString::fromUtf8(login)), QList<qint64>{});

        // Text form of route show: one tab-separated line per step.
        result = cli(db, {u"route"_s, u"show"_s, n(doc)});
        RUN_OK(result);
        QCOMPARE(result.lines().size(), 4);
        QStringList fields = result.lines().at(3).split(u'\t');
        QCOMPARE(fields.size(), 10); // … comment, edited (修正 by the approver)
        QCOMPARE(fields.mid(0, 6), toList({"3", "decide", "suzuki_h", "鈴木 浩", "returned", "suzuki_h"}));
        QCOMPARE(fields.at(8), u"予算の裏付けがないため"_s);
        fields = result.lines().at(1).split(u'\t');
        QCOMPARE(fields.mid(0, 5), toList({"2", "consult", "watanabe_a", "渡辺 彩", "done"}));
        QCOMPARE(fields.at(8), u"異議なし"_s);
        RUN_OK(cli(db, {"audit", "verify"}));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
