// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli's records commands on both backends: classify import (a bad file refused with its
// line and column, nothing imported; a good one all at once), classify list and file list in
// JSON, file create refusing a shorter 保存期間, file close with the dates of the rules, hold,
// disposal draft refused under a hold, register export --csv with its BOM.
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/content/ZipArchive.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "render/RecordPdfStamp.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestCliRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        if (!writeFile(path, content))
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }
    static CliResult cli(const TestDatabase &db, const QStringList &arguments)
    {
        CliOptions options;
        options.database = db.url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + arguments, options);
    }

    /// A new store with 総務課, the administrator (a records manager) working in it.
    static void initOffice(const TestDatabase &db)
    {
            RUN_OK(cli(db, {u"init"_s, u"--organization"_s, u"テスト県"_s}));
            RUN_OK(cli(db, {u"unit"_s, u"add"_s, u"--code"_s, u"総務"_s, u"--name"_s, u"総務課"_s, u"--level"_s, u"division"_s}));
            {
                StoreConnection connection(db.url());
                Session session(connection);
                OrgStore org(connection);
                User admin = *org.userByLogin(db.defaultLogin());
                admin.unitId = org.unitByCode(u"総務"_s)->id;
                KESSAI_TRY(org.updateUser(session, admin));
            }
    }

private slots:
    void theRecordsCommands()
    {
        TestDatabase db;
        initOffice(db);
        // A cycle: refused with its line and column; nothing imported.
        const QString bad = file(u"bad.csv"_s, "code,parent,name,retention,disposition\nA,,総務,,\nB,C,x,,\nC,B,y,10,移管\n");
        CliResult result = cli(db, {u"classify"_s, u"import"_s, bad});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"bad.csv: line 3, column \"parent\""_s), qPrintable(result.err));
        result = cli(db, {u"classify"_s, u"list"_s, u"--json"_s});
        RUN_OK(result);
        QCOMPARE(result.json().array().size(), 0);

        const QString good = file(u"good.csv"_s, QByteArray("\xEF\xBB\xBF") +
                                                    u"分類コード,上位コード,名称,保存期間,満了時の措置\r\n"
                                                    u"S,,総務,,\r\nS1,S,文書,,\r\nS1-1,S1,照会・回答,3年,廃棄\r\n"_s.toUtf8());
        RUN_OK(cli(db, {u"classify"_s, u"import"_s, good}));
        result = cli(db, {u"classify"_s, u"list"_s, u"--json"_s});
        RUN_OK(result);
        const QJsonArray classes = result.json().array();
        QCOMPARE(classes.size(), 3);
        QCOMPARE(classes.at(2)[u"retention"_s].toString(), u"3"_s);

        // 保存期間 shorter than the classification: refused.
        RUN_FAILS(cli(db, {u"file"_s, u"create"_s, u"--name"_s, u"照会"_s, u"--class"_s, u"S1-1"_s, u"--year"_s, u"2010"_s,
                           u"--retention"_s, u"1"_s}),
                  2);
        result = cli(db, {u"file"_s, u"create"_s, u"--name"_s, u"照会"_s, u"--class"_s, u"S1-1"_s, u"--year"_s, u"2010"_s,
                          u"--json"_s});
        RUN_OK(result);
        const qint64 fileId = result.json().object()[u"id"_s].toInteger();
        QVERIFY(fileId > 0);
        QCOMPARE(result.json().object()[u"expires_on"_s].toString(), u"2014-03-31"_s);
        result = cli(db, {u"file"_s, u"close"_s, QString::number(fileId), u"--json"_s});
        RUN_OK(result);
        QCOMPARE(result.json().object()[u"starts_on"_s].toString(), u"2011-04-01"_s);
        result = cli(db, {u"file"_s, u"expiring"_s, u"--json"_s});
        RUN_OK(result);
        QCOMPARE(result.json().array().size(), 1);

        // Held: no 廃棄 伺い.
        RUN_OK(cli(db, {u"hold"_s, u"add"_s, u"--file"_s, QString::number(fileId), u"--reason"_s, u"情報公開請求"_s}));
        result = cli(db, {u"disposal"_s, u"draft"_s, QString::number(fileId)});
        RUN_FAILS(result, 2);
        QVERIFY2(result.err.contains(u"情報公開請求"_s), qPrintable(result.err));

        const QString csv = m_files.filePath(u"kanribo.csv"_s);
        RUN_OK(cli(db, {u"register"_s, u"export"_s, u"--csv"_s, csv}));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(u"2010年度,総務,文書,照会,総務課,2011/04/01,3年,2014/03/31,電子"_s.toUtf8()));
    }

    void aTransferPackageAsAZipWithEachRecord()
    {
        TestDatabase db;
        initOffice(db);
        RUN_OK(cli(db, {u"classify"_s, u"import"_s,
                        file(u"classes.csv"_s, u"code,parent,name,retention,disposition\nS,,総務,,\nS1,S,例規,30,移管\n"_s.toUtf8())}));
        CliResult result = cli(db, {u"file"_s, u"create"_s, u"--name"_s, u"例規"_s, u"--class"_s, u"S1"_s, u"--json"_s});
        RUN_OK(result);
        const qint64 fileId = result.json().object()[u"id"_s].toInteger();
        const QString attachment = file(u"通知文.txt"_s, u"令和8年度の通知文です。\n"_s.toUtf8());
        result = cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"例規の改正"_s, attachment, u"--json"_s});
        RUN_OK(result);
        const qint64 doc = result.json().object()[u"id"_s].toInteger();
        RUN_OK(cli(db, {u"draft"_s, u"set"_s, QString::number(doc), u"--file"_s, QString::number(fileId)}));
        // Decided, then its 移管 decided (the decisions themselves: tst_recorddisposal).
        {
            StoreConnection owner(db.url());
            KESSAI_TRY(SqlQuery(owner, u"UPDATE documents SET status = 'decided', decided_on = '2026-06-01' WHERE id = ?"_s).bind(doc).exec());
        }
        RUN_OK(cli(db, {u"file"_s, u"close"_s, QString::number(fileId)}));
        // The closed 簿冊 takes no more documents.
        result = cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"遅れた文書"_s, u"--json"_s});
        RUN_OK(result);
        result = cli(db, {u"draft"_s, u"set"_s, QString::number(result.json().object()[u"id"_s].toInteger()), u"--file"_s,
                          QString::number(fileId)});
        QVERIFY2(result.exitCode != 0 && result.err.contains(u"is closed (完結)"_s), qPrintable(result.err)); // the reason, not "not found"
        result = cli(db, {u"file"_s, u"transfer"_s, QString::number(fileId), u"--out"_s, m_files.path(), u"--zip"_s});
        QCOMPARE(result.exitCode, 2); // no decided 移管 yet
        QVERIFY2(result.err.contains(u"no decided 移管"_s), qPrintable(result.err));
        {
            StoreConnection owner(db.url());
            KESSAI_TRY(SqlQuery(owner, u"UPDATE files SET status = 'transfer_pending' WHERE id = ?"_s).bind(fileId).exec());
        }
        QTemporaryDir out;
        result = cli(db, {u"file"_s, u"transfer"_s, QString::number(fileId), u"--out"_s, out.path(), u"--zip"_s, u"--json"_s});
        RUN_OK(result);
        const QString zip = result.json().object()[u"package"_s].toString();
        QVERIFY2(zip.endsWith(u".zip"_s), qPrintable(zip));
        QHash<QString, QByteArray> entries;
        KESSAI_TRY(ZipArchive::read(zip, [&](const QString &name, const QByteArray &bytes) {
            entries.insert(name.section(u'/', 1), bytes);
        }));
        const QJsonObject manifest = QJsonDocument::fromJson(entries.value(u"manifest.json"_s)).object();
        const QJsonArray contents = manifest[u"contents"_s].toArray();
        QCOMPARE(contents.size(), 3); // the 原議, the cover, the attachment
        for (const QJsonValue &v : contents) {
            const QString path = v[u"path"_s].toString();
            QVERIFY2(entries.contains(path), qPrintable(path));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(entries.value(path), QCryptographicHash::Sha256).toHex()),
                     v[u"sha256"_s].toString());
        }
        const QString record = manifest[u"documents"_s][0][u"record"_s].toString();
        QVERIFY(entries.value(record).startsWith("%PDF-"));
        // The 原議 is the record PDF export-pdf writes: it names its document.
        const QString copy = out.filePath(u"原議.pdf"_s);
        QVERIFY(writeFile(copy, entries.value(record)));
        QString why;
        const auto stamp = render::RecordPdfStamp::read(copy, &why);
        QVERIFY2(stamp, qPrintable(why));
        QCOMPARE(stamp->documentId, doc);
        result = cli(db, {u"file"_s, u"list"_s, u"--json"_s});
        RUN_OK(result);
        QCOMPARE(result.json().array().at(0)[u"status"_s].toString(), u"transferred"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
