// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli and the stored content on both backends: store verify finds a hand-altered chunk,
// a missing chunk and a tampered audit row in one run (exit 2, one line each); export-blob
// refuses altered content, to a file and to standard output, naming the document and the
// attachment; an attach killed half-way (SIGKILL) leaves nothing visible, and its staged chunks
// are discarded by a later attach once abandoned.
#include "core/content/BlobStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kChunk = BlobStore::kChunkSize;
} // namespace

class TestCliStore : public QObject
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
    /// The organization with the administrator in unit 総務, so that they can draft.
    static void setUp(TestDatabase &db)
    {
        RUN_OK(cli(db, {u"init"_s, u"--organization"_s, u"テスト県"_s}));
        RUN_OK(cli(db, {u"unit"_s, u"add"_s, u"--code"_s, u"総務"_s, u"--name"_s, u"総務課"_s, u"--level"_s,
                        u"division"_s}));
        StoreConnection connection(db.url());
        Session session(connection);
        OrgStore org(connection);
        User admin = *org.userByLogin(db.defaultLogin());
        admin.unitId = org.unitByCode(u"総務"_s)->id;
        KESSAI_TRY(org.updateUser(session, admin));
    }
    static qint64 createDraft(const TestDatabase &db, const QStringList &files)
    {
        const CliResult result =
            cli(db, QStringList{u"draft"_s, u"create"_s, u"--title"_s, u"件名"_s} + files);
        if (!result.finished || result.exitCode != 0)
            return -1;
        return result.out.trimmed().toLongLong();
    }
    static qint64 blobIdOf(StoreConnection &connection, const QByteArray &content)
    {
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const auto blob = BlobStore(connection).find(sha);
        return blob ? blob->id : 0;
    }

private slots:
    void verifyFindsEveryProblemAndReadsRefuse()
    {
        TestDatabase db;
        setUp(db);
        const QByteArray csv = test::randomBytes(kChunk * 5 / 2, 1);
        const QByteArray pdf = test::randomBytes(kChunk * 3 / 2, 2);
        const qint64 doc = createDraft(db, {file(u"決裁済み集計.csv"_s, csv), file(u"資料.pdf"_s, pdf)});
        QVERIFY(doc > 0);

        const CliResult intact = cli(db, {u"store"_s, u"verify"_s});
        RUN_OK(intact);
        QVERIFY2(intact.out.startsWith(u"The store is intact: 2 stored contents"_s),
                 qPrintable(intact.describe()));
        QVERIFY2(intact.err.contains(u"checking stored content: 100%"_s), qPrintable(intact.describe()));

        {
            StoreConnection connection(db.url());
            QByteArray altered = csv.mid(kChunk, kChunk);
            altered[12345] = char(altered.at(12345) ^ 0x04);
            KESSAI_TRY(
                SqlQuery(connection, u"UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = 1"_s)
                    .bind(altered)
                    .bind(blobIdOf(connection, csv))
                    .exec());
            KESSAI_TRY(SqlQuery(connection, u"DELETE FROM blob_chunks WHERE blob_id = ? AND seq = 1"_s)
                           .bind(blobIdOf(connection, pdf))
                           .exec());
        }
        if (TestDatabase::isPostgreSQL())
            db.superuserExec(u"ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"_s);
        else
            db.superuserExec(u"DROP TRIGGER audit_events_no_update"_s);
        db.superuserExec(u"UPDATE audit_events SET details = '{}' WHERE id = 3"_s);

        const CliResult broken = cli(db, {u"store"_s, u"verify"_s});
        QVERIFY2(broken.finished && broken.exitCode == 2, qPrintable(broken.describe()));
        const QStringList problems = broken.lines();
        QCOMPARE(problems.size(), 3);
        const QString document = u"document %1"_s.arg(doc);
        QVERIFY2(test::lineContaining(problems, u"attachment 1 \"決裁済み集計.csv\""_s).contains(document),
                 qPrintable(broken.out));
        QVERIFY2(test::lineContaining(problems, u"attachment 2 \"資料.pdf\""_s)
                     .contains(u"chunk 2 of 2 is missing"_s),
                 qPrintable(broken.out));
        QVERIFY2(test::lineContaining(problems, u"audit log"_s).contains(u"event 3"_s),
                 qPrintable(broken.out));
        QVERIFY2(broken.err.endsWith(u"kessai-cli: 3 problem(s) found in the store\n"_s),
                 qPrintable(broken.err));

        const CliResult json = cli(db, {u"--json"_s, u"store"_s, u"verify"_s});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(json.json().object().value(u"intact"_s).toBool(true), false);
        QCOMPARE(json.json().object().value(u"problems"_s).toArray().size(), 3);

        // Reading the altered attachment is refused: nothing written, the reason on one line.
        const QString out = m_files.filePath(u"exported.csv"_s);
        const CliResult toFile = cli(db, {u"export-blob"_s, QString::number(doc), u"1"_s, out});
        RUN_FAILS(toFile, 2);
        QVERIFY2(toFile.err.contains(document + u", attachment 1 \"決裁済み集計.csv\""_s),
                 qPrintable(toFile.err));
        QVERIFY2(toFile.err.contains(u"SHA-256"_s), qPrintable(toFile.err));
        QVERIFY(!QFileInfo::exists(out));
        const CliResult toStdout = cli(db, {u"export-blob"_s, QString::number(doc), u"2"_s, u"-"_s});
        RUN_FAILS(toStdout, 2);
        QVERIFY2(toStdout.err.contains(u"chunk 2 of 2 is missing"_s), qPrintable(toStdout.err));
        QVERIFY(toStdout.outBytes.isEmpty());
    }

    void killedAttachLeavesNothingVisible()
    {
        TestDatabase db;
        setUp(db);
        const qint64 doc = createDraft(db, {});
        QVERIFY(doc > 0);
        const QByteArray big = test::randomBytes(128 * kChunk, 3);
        const QString bigPath = file(u"big.bin"_s, big);

        StoreConnection connection(db.url());
        BlobStore blobs(connection);
        QProcess attach;
        QStringList arguments{u"--database"_s, db.url().toString(), u"attach"_s, QString::number(doc),
                              bigPath};
        attach.start(QStringLiteral(KESSAI_CLI_PATH), arguments);
        QVERIFY(attach.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(test::rowCount(connection, u"blob_chunks"_s) >= 2 ||
                                     attach.state() == QProcess::NotRunning,
                                 20000);
        {
            // Hold the write lock (the staged row on PostgreSQL): the attach waits at its next
            // chunk, half-way, where it is killed.
            Transaction hold(connection);
            if (TestDatabase::isPostgreSQL())
                KESSAI_TRY(
                    SqlQuery(connection, u"SELECT id FROM blobs WHERE staged_at IS NOT NULL FOR UPDATE"_s)
                        .exec());
            QVERIFY2(attach.state() == QProcess::Running, "the attach ended before it could be killed");
            const qint64 staged = test::rowCount(connection, u"blob_chunks"_s);
            QVERIFY2(staged > 0 && staged < 128, qPrintable(QString::number(staged)));
            attach.kill(); // SIGKILL
            QVERIFY(attach.waitForFinished(10000));
        }
        QCOMPARE(attach.exitStatus(), QProcess::CrashExit);

        // Nothing visible: no attachment, no content anyone can find; the staged chunks remain.
        QCOMPARE(SqlQuery(connection, u"SELECT count(*) FROM attachments WHERE document_id = ?"_s)
                     .bind(doc)
                     .scalar()
                     .toInt(),
                 0);
        QVERIFY(!blobs.find(
            QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex())));
        QCOMPARE(blobs.stagedCount(), 1);
        QVERIFY(blobs.orphanChunkCount() > 0);
        const CliResult verify = cli(db, {u"store"_s, u"verify"_s});
        RUN_OK(verify); // staged content is not damage
        QVERIFY2(verify.err.contains(u"1 upload(s) in progress or abandoned"_s),
                 qPrintable(verify.describe()));

        // Once abandoned (no heartbeat for kAbandonedAfterSeconds), the next attach discards it.
        KESSAI_TRY(
            SqlQuery(connection, u"UPDATE blobs SET staged_at = ? WHERE staged_at IS NOT NULL"_s)
                .bind(Timestamps::toText(Timestamps::now().addSecs(-BlobStore::kAbandonedAfterSeconds - 1)))
                .exec());
        RUN_OK(cli(db, {u"attach"_s, QString::number(doc), file(u"small.txt"_s, "small")}));
        QCOMPARE(blobs.stagedCount(), 0);
        QCOMPARE(blobs.orphanChunkCount(), 0);
        QCOMPARE(test::rowCount(connection, u"blob_chunks"_s), 1);
        QCOMPARE(SqlQuery(connection, u"SELECT count(*) FROM attachments WHERE document_id = ?"_s)
                     .bind(doc)
                     .scalar()
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
