// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli versions / checkout / checkin / unlock / restore on both backends, the working file
// changed by fake_editor the ways real editors do (in place, temp-and-rename, a LibreOffice
// session with its lock file, a crash, a deletion, another type). Two "machines" (KESSAI_MACHINE)
// checking in at the same moment: one wins, the other is told and keeps its file. After 決裁
// every change exits with 2. People are played by the administrator with --as.
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/editing/EditingFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString n(qint64 id)
{
    return QString::number(id);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

int fakeEditor(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KESSAI_FAKE_EDITOR_PATH), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}
} // namespace

class TestCliEditing : public QObject
{
    Q_OBJECT

    std::unique_ptr<EditingFixture> f;
    QTemporaryDir m_work;

    CliResult as(const QString &login, const QStringList &arguments, const QString &machine = u"pc-a"_s)
    {
        CliOptions options;
        options.database = f->db().url().toString();
        options.environment.insert(u"KESSAI_MACHINE"_s, machine);
        return runCli(QStringList{u"--lang"_s, u"en"_s, u"--as"_s, login} + arguments, options);
    }
    CliResult ito(const QStringList &arguments, const QString &machine = u"pc-a"_s)
    {
        return as(u"ito_t"_s, arguments, machine);
    }
    QString path(const QString &name) const { return m_work.filePath(name); }
    /// A draft of ito_t's with one attachment; its attachment id in *attachmentId.
    qint64 draft(const QByteArray &content, qint64 *attachmentId)
    {
        QList<qint64> ids;
        const qint64 doc = f->draftWith({content}, &ids);
        *attachmentId = ids.at(0);
        return doc;
    }
    bool failsSaying(const CliResult &result, const QStringList &texts)
    {
        bool ok = result.finished && result.exitCode == 2 && isOneErrorLine(result.err);
        for (const QString &text : texts)
            ok = ok && result.err.contains(text);
        if (!ok)
            qWarning("%s", qPrintable(result.describe()));
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        KESSAI_TRY(f = std::make_unique<EditingFixture>());
    }
    void cleanupTestCase() { f.reset(); }

    void eachKindOfEditorMakesOneVersion_data()
    {
        QTest::addColumn<QStringList>("editor");
        QTest::addColumn<bool>("otherType");
        QTest::newRow("in place") << QStringList{u"inplace"_s} << false;
        QTest::newRow("temp and rename") << QStringList{u"rename"_s} << false;
        QTest::newRow("append") << QStringList{u"append"_s} << false;
        QTest::newRow("LibreOffice session, 3 saves")
            << QStringList{u"--repeat"_s, u"3"_s, u"--interval-ms"_s, u"10"_s, u"session"_s} << false;
        QTest::newRow("another type") << QStringList{u"retype"_s} << true;
    }
    void eachKindOfEditorMakesOneVersion()
    {
        QFETCH(QStringList, editor);
        QFETCH(bool, otherType);
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("第1版\n", &a));
        const QString file = path(u"work-%1.txt"_s.arg(a));
        const CliResult out = ito({u"checkout"_s, n(doc), u"1"_s, file});
        RUN_OK(out);
        QVERIFY2(out.out.contains(u"Checked out version 1"_s) && out.out.contains(u"pc-a"_s),
                 qPrintable(out.out));
        QCOMPARE(read(file), QByteArray("第1版\n"));
        QCOMPARE(EditLocks(f->admin()).lockOf(a)->machine, u"pc-a"_s);
        // Seen from another machine: locked.
        QVERIFY(failsSaying(ito({u"checkout"_s, n(doc), u"1"_s, path(u"other.txt"_s)}, u"pc-b"_s),
                            {u"your own edit on pc-a"_s}));

        QCOMPARE(fakeEditor(editor << file << u"第2版\n"_s), 0);
        const QByteArray edited = read(file);
        QVERIFY(edited != QByteArray("第1版\n"));
        QVERIFY(!QFile::exists(path(u".~lock.work-%1.txt#"_s.arg(a))));
        const CliResult in = ito({u"checkin"_s, n(doc), u"1"_s, file, u"--note"_s, u"第2版"_s});
        RUN_OK(in);
        QVERIFY2(in.out.contains(u"as version 2"_s), qPrintable(in.out));
        // A picture saved over a text is stored (nothing is lost), with a warning saying so.
        if (otherType)
            QVERIFY2(in.err.contains(u"warning"_s) && in.err.contains(u"image/png"_s) &&
                         in.err.contains(u"text/plain"_s),
                     qPrintable(in.err));
        else
            QVERIFY2(in.err.isEmpty(), qPrintable(in.err));
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), edited);
        QCOMPARE(AttachmentVersions(f->admin()).version(a, 2)->note, u"第2版"_s);
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
        QCOMPARE(read(file), edited); // the user's file is theirs
    }

    void versionsAreListed()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("one\n", &a));
        const QString file = path(u"list.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QCOMPARE(fakeEditor({u"inplace"_s, file, u"two\n"_s}), 0);
        RUN_OK(ito({u"checkin"_s, n(doc), u"1"_s, file, u"--note"_s, u"二版"_s}));
        const CliResult text = ito({u"versions"_s, n(doc), u"1"_s});
        RUN_OK(text);
        const QStringList lines = text.lines();
        QCOMPARE(lines.size(), 2);
        const QStringList second = lines.at(1).split(u'\t');
        QCOMPARE(second.size(), 6);
        QCOMPARE(second.at(0), u"2"_s);
        QCOMPARE(second.at(1), u"伊藤 拓也"_s);
        QVERIFY(second.at(2).endsWith(u'Z'));
        QCOMPARE(second.at(3), u"4"_s);
        QCOMPARE(second.at(4), EditingFixture::sha("two\n"));
        QCOMPARE(second.at(5), u"二版"_s);
        const CliResult json = ito({u"--json"_s, u"versions"_s, n(doc), u"1"_s});
        RUN_OK(json);
        const QJsonArray array = json.json().array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0)[u"version"_s].toInt(), 1);
        QCOMPARE(array.at(1)[u"author_login"_s].toString(), u"ito_t"_s);
        QCOMPARE(array.at(1)[u"sha256"_s].toString(), EditingFixture::sha("two\n"));
    }

    void checkoutNeverOverwritesAnEditedFile()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("checked out\n", &a));
        const QString file = path(u"mine.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QCOMPARE(fakeEditor({u"inplace"_s, file, u"my edit\n"_s}), 0);
        // Checking out again to the same file by mistake: the edit is not overwritten.
        QVERIFY(failsSaying(ito({u"checkout"_s, n(doc), u"1"_s, file}), {file, u"already exists"_s}));
        QCOMPARE(read(file), QByteArray("my edit\n"));
        QVERIFY(EditLocks(f->admin()).lockOf(a)); // the checkout goes on, and everyone sees it
        const CliResult listed = as(u"sato_y"_s, {u"--json"_s, u"attachments"_s, n(doc)});
        RUN_OK(listed);
        const QJsonObject lock =
            QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0)[u"lock"_s].toObject();
        QCOMPARE(lock[u"login"_s].toString(), u"ito_t"_s);
        QVERIFY(!lock[u"machine"_s].toString().isEmpty());
        QVERIFY(as(u"sato_y"_s, {u"attachments"_s, n(doc)}).out.contains(u"伊藤 拓也"_s));
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, path(u"copy.txt"_s)})); // resumed, to another file
        RUN_OK(ito({u"checkin"_s, n(doc), u"1"_s, file}));
        QCOMPARE(f->content(a, 2), QByteArray("my edit\n"));
        // The same content may be written again; a fresh checkout onto an unrelated file is refused,
        // and no lock is left behind.
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        RUN_OK(ito({u"unlock"_s, n(doc), u"1"_s}));
        QCOMPARE(fakeEditor({u"inplace"_s, file, u"unrelated\n"_s}), 0);
        QVERIFY(failsSaying(ito({u"checkout"_s, n(doc), u"1"_s, file}), {u"already exists"_s}));
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
        QCOMPARE(read(file), QByteArray("unrelated\n"));
    }

    void unchangedAndFaultyEdits()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("stable\n", &a));
        const QString file = path(u"stable.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        const CliResult same = ito({u"checkin"_s, n(doc), u"1"_s, file});
        RUN_OK(same);
        QVERIFY2(same.out.contains(u"unchanged"_s), qPrintable(same.out));
        QCOMPARE(f->versionCount(a), 1);
        QVERIFY(!EditLocks(f->admin()).lockOf(a));

        // The working file deleted: a clear message, the lock kept until unlock.
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QCOMPARE(fakeEditor({u"delete"_s, file}), 0);
        QVERIFY(failsSaying(ito({u"checkin"_s, n(doc), u"1"_s, file}), {file, u"checkout is kept"_s}));
        QVERIFY(EditLocks(f->admin()).lockOf(a));
        const CliResult released = ito({u"unlock"_s, n(doc), u"1"_s});
        RUN_OK(released);
        QVERIFY(released.out.contains(u"Released"_s));
        QVERIFY(!EditLocks(f->admin()).lockOf(a));

        // The editor crashed half-way: the user gives up the edit; nothing was stored.
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QCOMPARE(fakeEditor({u"crash"_s, file, u"a longer text that is cut\n"_s}), 3);
        RUN_OK(ito({u"unlock"_s, n(doc), u"1"_s}));
        QCOMPARE(f->versionCount(a), 1);
        const CliResult nothing = ito({u"unlock"_s, n(doc), u"1"_s});
        RUN_OK(nothing);
        QVERIFY(nothing.out.contains(u"is not locked"_s));

        // Checking in without a checkout.
        QVERIFY(fakeEditor({u"inplace"_s, file, u"sneaky\n"_s}) == 0);
        QVERIFY(
            failsSaying(ito({u"checkin"_s, n(doc), u"1"_s, file}), {u"not checked out"_s, u"untouched"_s}));
        QCOMPARE(f->versionCount(a), 1);
    }

    void twoMachinesCheckingInAtOnce()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("shared\n", &a));
        const QString mine = path(u"machine-a.txt"_s);
        const QString theirs = path(u"machine-b.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, mine}, u"pc-a"_s));
        QCOMPARE(fakeEditor({u"rename"_s, mine, u"edited on pc-a\n"_s}), 0);
        // pc-a stopped answering: its owner breaks the lock from pc-b and edits there.
        QVERIFY(failsSaying(ito({u"unlock"_s, n(doc), u"1"_s}, u"pc-b"_s), {u"pc-a"_s, u"--force"_s}));
        const CliResult broke = ito({u"unlock"_s, n(doc), u"1"_s, u"--force"_s}, u"pc-b"_s);
        RUN_OK(broke);
        QVERIFY2(broke.out.contains(u"Broke the lock"_s), qPrintable(broke.out));
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, theirs}, u"pc-b"_s));
        QCOMPARE(fakeEditor({u"inplace"_s, theirs, u"edited on pc-b\n"_s}), 0);

        // Both check in at the same moment: pc-b holds the lock and wins; pc-a is refused
        // (lock held) or in conflict (version 2 arrived), and keeps its file.
        auto start = [&](const QString &machine, const QString &file) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
            env.insert(u"KESSAI_MACHINE"_s, machine);
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(KESSAI_CLI_PATH),
                           {u"--database"_s, f->db().url().toString(), u"--lang"_s, u"en"_s, u"--as"_s,
                            u"ito_t"_s, u"checkin"_s, n(doc), u"1"_s, file});
            return process;
        };
        auto a1 = start(u"pc-a"_s, mine);
        auto b1 = start(u"pc-b"_s, theirs);
        QVERIFY(a1->waitForFinished(120000));
        QVERIFY(b1->waitForFinished(120000));
        const QString aErr = QString::fromUtf8(a1->readAllStandardError());
        QVERIFY2(b1->exitCode() == 0, qPrintable(QString::fromUtf8(b1->readAllStandardError())));
        QCOMPARE(a1->exitCode(), 2);
        QVERIFY2(aErr.contains(u"untouched"_s) && aErr.contains(mine), qPrintable(aErr));
        QCOMPARE(read(mine), QByteArray("edited on pc-a\n"));
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("edited on pc-b\n"));

        // Now it is a conflict (version 2 arrived since pc-a's checkout); pc-a keeps its edit as newer.
        QVERIFY(failsSaying(ito({u"checkin"_s, n(doc), u"1"_s, mine}, u"pc-a"_s),
                            {u"version 2"_s, u"untouched"_s, u"--keep-mine"_s}));
        QCOMPARE(f->versionCount(a), 2);
        const CliResult kept = ito({u"checkin"_s, n(doc), u"1"_s, mine, u"--keep-mine"_s}, u"pc-a"_s);
        RUN_OK(kept);
        QCOMPARE(f->versionCount(a), 3);
        QCOMPARE(f->content(a, 3), QByteArray("edited on pc-a\n"));
        QCOMPARE(f->content(a, 2), QByteArray("edited on pc-b\n"));
        QVERIFY(f->events(a).contains(u"edit.lock_break/ito_t"_s));
    }

    void unlockByOthers()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("locked\n", &a));
        const QString file = path(u"locked.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QVERIFY(failsSaying(as(u"sato_y"_s, {u"unlock"_s, n(doc), u"1"_s}), {u"not yours"_s, u"--force"_s}));
        QVERIFY(failsSaying(as(u"sato_y"_s, {u"unlock"_s, n(doc), u"1"_s, u"--force"_s}), {u"文書管理者"_s}));
        QVERIFY(EditLocks(f->admin()).lockOf(a));
        const CliResult broke =
            as(u"kanri_s"_s, {u"unlock"_s, n(doc), u"1"_s, u"--force"_s, u"--reason"_s, u"端末停止"_s},
               u"pc-kanri"_s);
        RUN_OK(broke);
        QVERIFY2(broke.out.contains(u"伊藤 拓也"_s), qPrintable(broke.out));
        QVERIFY(f->lastDetails(a, u"edit.lock_break"_s).contains(u"端末停止"_s));
        // The owner comes back: nobody else changed it, so the edit still goes in.
        QCOMPARE(fakeEditor({u"inplace"_s, file, u"after the break\n"_s}), 0);
        RUN_OK(ito({u"checkin"_s, n(doc), u"1"_s, file}));
        QCOMPARE(f->versionCount(a), 2);
    }

    void restoreMakesANewVersion()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("original\n", &a));
        const QString file = path(u"restore.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QCOMPARE(fakeEditor({u"inplace"_s, file, u"changed\n"_s}), 0);
        RUN_OK(ito({u"checkin"_s, n(doc), u"1"_s, file}));
        const CliResult restored = ito({u"restore"_s, n(doc), u"1"_s, u"1"_s});
        RUN_OK(restored);
        QVERIFY2(restored.out.contains(u"Restored version 1"_s) && restored.out.contains(u"as version 3"_s),
                 qPrintable(restored.out));
        QCOMPARE(f->content(a, 3), QByteArray("original\n"));
        QCOMPARE(f->content(a, 2), QByteArray("changed\n"));
        const CliResult again = ito({u"restore"_s, n(doc), u"1"_s, u"3"_s});
        RUN_OK(again);
        QVERIFY(again.out.contains(u"no new version"_s));
        QVERIFY(failsSaying(ito({u"restore"_s, n(doc), u"1"_s, u"7"_s}), {u"no version 7"_s}));
        const CliResult lines = ito({u"versions"_s, n(doc), u"1"_s});
        QVERIFY(lines.lines().value(2).endsWith(u"restored from version 1"_s));
    }

    void nothingChangesAfterTheDecision()
    {
        qint64 a = 0;
        qint64 doc = 0;
        KESSAI_TRY(doc = draft("to be decided\n", &a));
        const QString file = path(u"decided.txt"_s);
        RUN_OK(ito({u"checkout"_s, n(doc), u"1"_s, file}));
        QCOMPARE(fakeEditor({u"inplace"_s, file, u"too late\n"_s}), 0);
        // 決裁 waits for the checkout; a stale one is broken by the 文書管理者.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, f->decide(doc));
        RUN_OK(as(u"kanri_s"_s, {u"unlock"_s, n(doc), u"1"_s, u"--force"_s}));
        KESSAI_TRY(f->decide(doc));
        QVERIFY(failsSaying(ito({u"checkin"_s, n(doc), u"1"_s, file}), {u"frozen"_s, u"untouched"_s}));
        QCOMPARE(read(file), QByteArray("too late\n"));
        QVERIFY(failsSaying(ito({u"checkin"_s, n(doc), u"1"_s, file, u"--keep-mine"_s}), {u"frozen"_s}));
        QVERIFY(failsSaying(ito({u"checkout"_s, n(doc), u"1"_s, path(u"again.txt"_s)}), {u"frozen"_s}));
        QVERIFY(!QFile::exists(path(u"again.txt"_s)));
        QVERIFY(failsSaying(ito({u"restore"_s, n(doc), u"1"_s, u"1"_s}), {u"frozen"_s}));
        QVERIFY(failsSaying(as(u"suzuki_h"_s, {u"checkout"_s, n(doc), u"1"_s, path(u"kacho.txt"_s)}),
                            {u"frozen"_s}));
        QCOMPARE(f->versionCount(a), 1);
        RUN_OK(ito({u"versions"_s, n(doc), u"1"_s}));
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
    }

    void auditStaysIntact()
    {
        RUN_OK(runCli({u"--database"_s, f->db().url().toString(), u"audit"_s, u"verify"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliEditing)
#include "tst_cli_editing.moc"
