// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli search on both backends: reindex with its summary, a query with filters as options
// and as key:value, --json with the hit's attachment, page and highlights, and bad input said in
// one line (a bad filter: exit 2 naming it; nothing to search for: exit 1), never an engine error.
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestCliSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    static CliResult cli(const TestDatabase &db, const QStringList &arguments)
    {
        CliOptions options;
        options.database = db.url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + arguments, options);
    }

private slots:
    void ocrRunsOnOneThread()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("the limit is set before start on Linux (OcrPlatform)");
#else
        // Tesseract's OpenMP reads OMP_THREAD_LIMIT before main(): kessai-cli sets it and starts
        // again, so the indexer's OCR is one thread (7× faster on two cores than unlimited)
        TestDatabase db;
        {
            StoreConnection connection(db.url());
            setUpDraftingOffice(connection, u"管理 太郎"_s);
        }
        QProcess follower;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OMP_THREAD_LIMIT"_s);
        follower.setProcessEnvironment(env);
        follower.start(QStringLiteral(KESSAI_CLI_PATH), {u"--database"_s, db.url().toString(), u"events"_s,
                                                         u"--follow"_s, u"--since"_s, u"1"_s});
        QVERIFY(follower.waitForStarted(10000));
        const auto environment = [&] {
            QFile file(u"/proc/%1/environ"_s.arg(follower.processId()));
            return file.open(QIODevice::ReadOnly) ? file.readAll().split('\0') : QList<QByteArray>();
        };
        QTRY_VERIFY_WITH_TIMEOUT(environment().contains("OMP_THREAD_LIMIT=1"), 10000);
        follower.kill();
        follower.waitForFinished(10000);
#endif
    }

    void reindexConvertsOfficeFilesToReadThem()
    {
        TestDatabase db;
        {
            StoreConnection connection(db.url());
            setUpDraftingOffice(connection, u"管理 太郎"_s);
        }
        // an RTF memo: its words are only in its PDF rendition, which nothing has made yet
        const QString rtf = m_files.filePath(u"検討メモ.rtf"_s);
        QVERIFY(writeFile(rtf, QByteArray("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 IPAMincho;}}\\fs24\n") +
                                   "\\u28207?\\u28286?\\u26045?\\u-30163?\\par\n}\n")); // 港湾施設
        RUN_OK(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"長期計画の検討"_s, rtf}));
        const CliResult reindex = cli(db, {u"--json"_s, u"search"_s, u"reindex"_s});
        RUN_OK(reindex);
        QCOMPARE(reindex.json().object().value(u"documents_converted"_s).toInt(), 1);
        const CliResult found = cli(db, {u"--json"_s, u"search"_s, u"港湾"_s});
        RUN_OK(found);
        const QJsonArray hits = found.json().object().value(u"hits"_s).toArray();
        QVERIFY2(hits.size() == 1, qPrintable(found.describe()));
        QCOMPARE(hits.first().toObject().value(u"attachment"_s).toString(), u"検討メモ.rtf"_s);
    }

    void searchesTheIndex()
    {
        TestDatabase db;
        {
            StoreConnection connection(db.url());
            setUpDraftingOffice(connection, u"管理 太郎"_s);
        }
        const QString csv = m_files.filePath(u"見積.csv"_s);
        QVERIFY(writeFile(csv, u"項目,金額\n屋上防水,予算 120万円\n"_s.toUtf8()));
        RUN_OK(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"庁舎の修繕"_s, csv}));
        const CliResult reindex = cli(db, {u"search"_s, u"reindex"_s});
        RUN_OK(reindex);
        QVERIFY2(reindex.out.contains(u"Indexed 1 document"_s), qPrintable(reindex.describe()));

        const CliResult found =
            cli(db, {u"--json"_s, u"search"_s, u"ﾎﾞｳｽｲ OR 防水"_s, u"--type"_s, u"csv"_s});
        RUN_OK(found);
        const QJsonObject json = found.json().object();
        QCOMPARE(json.value(u"total"_s).toInt(), 1);
        const QJsonObject hit = json.value(u"hits"_s).toArray().first().toObject();
        QCOMPARE(hit.value(u"title"_s).toString(), u"庁舎の修繕"_s);
        QCOMPARE(hit.value(u"attachment"_s).toString(), u"見積.csv"_s);
        QCOMPARE(hit.value(u"page"_s).toInt(), 1);
        const QJsonArray first = hit.value(u"highlights"_s).toArray().first().toArray();
        QCOMPARE(hit.value(u"snippet"_s).toString().mid(first.at(0).toInt(), first.at(1).toInt()), u"防水"_s);

        const CliResult none = cli(db, {u"search"_s, u"防水"_s, u"status:decided"_s});
        RUN_OK(none);
        QVERIFY2(none.out.startsWith(u"0 document"_s), qPrintable(none.describe()));
        const CliResult text = cli(db, {u"search"_s, u"修繕"_s});
        QVERIFY2(text.out.contains(u"庁舎の【修繕】"_s), qPrintable(text.describe()));

        RUN_FAILS(cli(db, {u"search"_s, u"防水"_s, u"--year"_s, u"someday"_s}), 2);
        QVERIFY(cli(db, {u"search"_s, u"防水"_s, u"--year"_s, u"someday"_s}).err.contains(u"year"_s));
        RUN_FAILS(cli(db, {u"search"_s, u"\""_s}), 1);
        RUN_OK(cli(db, {u"search"_s, u"--"_s, u"-防水"_s, u"NEAR("_s, u"*"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
