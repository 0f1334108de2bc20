// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli drafting end to end: draft create / copy, attach, attachments, attachment
// move|rename|remove, export-blob and settings, run as the real binary on both backends.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestCliDrafts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
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
    static CliResult cli(const TestDatabase &db, Args arguments) { return cli(db, toList(arguments)); }

    /// The organization, a unit 総務 with the administrator in it, and a clerk ito_t there too.
    static void setUp(TestDatabase &db)
    {
        RUN_OK(cli(db, {"init", "--organization", "テスト県"}));
        RUN_OK(cli(db, {"unit", "add", "--code", "総務", "--name", "総務課", "--level", "division"}));
        RUN_OK(cli(db, {"user", "add", "--login", "ito_t", "--name", "伊藤 拓也", "--unit", "総務"}));
        StoreConnection connection(db.url());
        Session session(connection);
        OrgStore org(connection);
        User admin = *org.userByLogin(db.defaultLogin());
        admin.unitId = org.unitByCode(u"総務"_s)->id;
        KESSAI_TRY(org.updateUser(session, admin));
    }
    /// Runs draft create and returns the id it printed (alone on stdout).
    static qint64 createDraft(const TestDatabase &db, const QStringList &files)
    {
        const CliResult result =
            cli(db, QStringList{u"draft"_s, u"create"_s, u"--title"_s, u"件名"_s} + files);
        if (!result.finished || result.exitCode != 0 ||
            !QRegularExpression(u"^[1-9][0-9]*\n$"_s).match(result.out).hasMatch())
            return -1;
        return result.out.trimmed().toLongLong();
    }
    static QJsonArray attachments(const TestDatabase &db, qint64 id)
    {
        const CliResult result = cli(db, {u"--json"_s, u"attachments"_s, QString::number(id)});
        return result.exitCode == 0 ? result.json().array()
                                    : QJsonArray{QJsonValue(u"failed: "_s + result.err)};
    }
    static QStringList names(const QJsonArray &list, const char *key = "display_name")
    {
        QStringList out;
        for (const QJsonValue &attachment : list)
            out.append(attachment[QLatin1String(key)].toString());
        return out;
    }
    static int draftCount(const TestDatabase &db)
    {
        const CliResult result = cli(db, {"doc", "list", "--folder", "drafts"});
        return result.exitCode == 0 ? int(result.lines().size()) : -1;
    }
    /// A failure: exit 2, one line on stderr that contains every one of texts.
    static bool failsNaming(const CliResult &result, const QStringList &texts)
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
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void helpListsTheCommands()
    {
        const CliResult result = runCli({"--lang", "en", "--help"});
        RUN_OK(result);
        for (const char *text : {"draft create", "draft copy", "attach DOC", "attachments DOC",
                                 "attachment move", "export-blob", "settings"})
            QVERIFY2(result.out.contains(QLatin1String(text)), text);
        RUN_OK(runCli({"--lang", "en", "draft", "create", "--help"}));
    }

    void usageErrors()
    {
        TestDatabase db;
        setUp(db);
        const QList<QStringList> cases{
            toList({"draft"}),
            toList({"draft", "create"}),
            toList({"draft", "create", "--title", "x", "--kind", "memo"}),
            toList({"draft", "copy"}),
            toList({"attach", "1"}),
            toList({"attach", "one", "a.txt"}),
            toList({"attachments"}),
            toList({"attachments", "0"}),
            toList({"attachment", "move", "1", "2"}),
            toList({"attachment", "rename", "1", "1"}),
            toList({"attachment", "swap", "1", "1"}),
            toList({"export-blob", "1", "1"}),
            toList({"settings", "set", "colour", "1"}),
            toList({"settings", "set", "attachment-limit", "-5"}),
        };
        for (const QStringList &arguments : cases) {
            const CliResult result = cli(db, arguments);
            RUN_FAILS(result, 1);
            QVERIFY2(result.err.contains(u"--help"_s), qPrintable(result.err));
        }
        QCOMPARE(draftCount(db), 0);
    }

    void createAttachesInOrder()
    {
        TestDatabase db;
        setUp(db);
        const QByteArray big = randomBytes(1536 * 1024, 1); // more than one 1 MiB chunk
        const QByteArray pdf = "%PDF-1.4\n" + randomBytes(3000, 2);
        const QByteArray text = "伺い\n";
        const QStringList paths{file(u"c/提案書.pdf"_s, pdf), file(u"c/b.bin"_s, big),
                                file(u"c/a.txt"_s, text)};
        const QString body = file(u"c/body.txt"_s, "このことについて、別紙のとおり伺います。\n");

        CliResult result =
            cli(db, QStringList{u"draft"_s, u"create"_s, u"--title"_s, u"備品の購入"_s, u"--kind"_s,
                                u"報告"_s, u"--body-file"_s, body, u"--unit"_s, u"総務"_s} +
                        paths);
        RUN_OK(result);
        QVERIFY2(QRegularExpression(u"^[1-9][0-9]*\n$"_s).match(result.out).hasMatch(),
                 qPrintable(result.out));
        const qint64 id = result.out.trimmed().toLongLong();
        {
            StoreConnection connection(db.url());
            const auto document = DocumentStore(connection).document(id);
            QVERIFY(document);
            QCOMPARE(document->title, u"備品の購入"_s);
            QCOMPARE(document->kind, DocumentKind::Report);
            QCOMPARE(document->body, u"このことについて、別紙のとおり伺います。\n"_s);
            QCOMPARE(document->status, DocumentStatus::Draft);
        }

        const QJsonArray list = attachments(db, id);
        QCOMPARE(names(list), toList({"提案書.pdf", "b.bin", "a.txt"}));
        const QList<QByteArray> contents{pdf, big, text};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject a = list.at(i).toObject();
            QCOMPARE(a[u"position"_s].toInt(), i + 1);
            QCOMPARE(a[u"size"_s].toInteger(), contents.at(i).size());
            QCOMPARE(a[u"sha256"_s].toString(), sha256(contents.at(i)));
            QCOMPARE(a[u"original_name"_s].toString(), a[u"display_name"_s].toString());
            QCOMPARE(a[u"version"_s].toInt(), 1);
        }
        QCOMPARE(list.at(0)[u"mime_type"_s].toString(), u"application/pdf"_s);

        result = cli(db, {u"attachments"_s, QString::number(id)});
        RUN_OK(result);
        QCOMPARE(result.lines().size(), 3);
        QCOMPARE(result.lines().at(1),
                 u"2\tb.bin\tapplication/octet-stream\t%1\t%2\t"_s.arg(big.size()).arg(sha256(big)));

        // attach adds after the ones there and prints what it added.
        result =
            cli(db, {u"attach"_s, QString::number(id), file(u"d/x.txt"_s, "x"), file(u"d/y.txt"_s, "y")});
        RUN_OK(result);
        QCOMPARE(result.lines().size(), 2);
        QVERIFY(result.lines().at(0).startsWith(u"4\tx.txt\t"_s));
        QCOMPARE(names(attachments(db, id)).mid(3), toList({"x.txt", "y.txt"}));
    }

    void exportBlobIsByteIdentical()
    {
        TestDatabase db;
        setUp(db);
        const QByteArray big = randomBytes(2 * 1024 * 1024 + 17, 3);
        const qint64 id = createDraft(db, {file(u"e/small.txt"_s, "small\n"), file(u"e/big.bin"_s, big)});
        QVERIFY(id > 0);

        const QString out = m_files.filePath(u"e/out.bin"_s);
        RUN_OK(cli(db, {u"export-blob"_s, QString::number(id), u"2"_s, out}));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll() == big);

        const CliResult toStdout = cli(db, {u"export-blob"_s, QString::number(id), u"2"_s, u"-"_s});
        RUN_OK(toStdout);
        QVERIFY(toStdout.outBytes == big);

        // Nothing half-written: an unwritable target, a missing position.
        const QString nowhere = m_files.filePath(u"e/missing-folder/out.bin"_s);
        QVERIFY(failsNaming(cli(db, {u"export-blob"_s, QString::number(id), u"1"_s, nowhere}), {nowhere}));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(
            failsNaming(cli(db, {u"export-blob"_s, QString::number(id), u"3"_s, out}), {u"position 3"_s}));
    }

    void moveRenameRemove()
    {
        TestDatabase db;
        setUp(db);
        const qint64 id =
            createDraft(db, {file(u"m/1.txt"_s, "1"), file(u"m/2.txt"_s, "2"), file(u"m/3.txt"_s, "3")});
        QVERIFY(id > 0);
        const QString doc = QString::number(id);
        RUN_OK(cli(db, {u"attachment"_s, u"move"_s, doc, u"3"_s, u"1"_s}));
        QCOMPARE(names(attachments(db, id)), toList({"3.txt", "1.txt", "2.txt"}));
        RUN_OK(cli(db, {u"attachment"_s, u"move"_s, doc, u"1"_s, u"2"_s}));
        QCOMPARE(names(attachments(db, id)), toList({"1.txt", "3.txt", "2.txt"}));
        QVERIFY(failsNaming(cli(db, {u"attachment"_s, u"move"_s, doc, u"1"_s, u"4"_s}), {u"outside 1-3"_s}));

        RUN_OK(cli(db, {u"attachment"_s, u"rename"_s, doc, u"2"_s, u"../../etc/別紙\n1.txt"_s}));
        QJsonArray list = attachments(db, id);
        QCOMPARE(list.at(1)[u"display_name"_s].toString(), u"別紙_1.txt"_s);
        QCOMPARE(list.at(1)[u"original_name"_s].toString(), u"3.txt"_s);

        RUN_OK(cli(db, {u"attachment"_s, u"remove"_s, doc, u"1"_s}));
        list = attachments(db, id);
        QCOMPARE(names(list), toList({"別紙_1.txt", "2.txt"}));
        QCOMPARE(list.at(0)[u"position"_s].toInt(), 1);
        StoreConnection connection(db.url());
        const QList<AuditEvent> events = AuditLog(connection).recent(1, u"document"_s, id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, u"attachment.remove"_s);
    }

    void badFilesCreateNothing()
    {
        TestDatabase db;
        setUp(db);
        const QString good = file(u"bad/good.txt"_s, "good");
        const QString empty = file(u"bad/empty.txt"_s, {});
        const QString missing = m_files.filePath(u"bad/missing.txt"_s);
        const QString emptyFolder = m_files.filePath(u"bad/nothing"_s);
        QVERIFY(QDir().mkpath(emptyFolder));
        QVERIFY(::mkfifo(QFile::encodeName(m_files.filePath(u"bad/fifo"_s)).constData(), 0600) == 0);
        const int before = draftCount(db);

        QVERIFY(failsNaming(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, good, empty}),
                            {empty, u"empty"_s}));
        QVERIFY(failsNaming(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, good, missing}),
                            {missing, u"does not exist"_s}));
        QVERIFY(failsNaming(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, good, emptyFolder}),
                            {emptyFolder}));
        QVERIFY(failsNaming(
            cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, m_files.filePath(u"bad/fifo"_s)}),
            {u"fifo"_s, u"not a regular file"_s}));
        QVERIFY(failsNaming(
            cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, u"--body-file"_s, missing}), {missing}));
        QVERIFY(failsNaming(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, u"--unit"_s, u"無い"_s}),
                            {u"無い"_s}));
        QCOMPARE(draftCount(db), before);

        // attach: the same rules, and the draft keeps what it had.
        const qint64 id = createDraft(db, {good});
        QVERIFY(id > 0);
        QVERIFY(failsNaming(cli(db, {u"attach"_s, QString::number(id), good, empty}), {empty}));
        QCOMPARE(attachments(db, id).size(), 1);
        StoreConnection connection(db.url());
        QCOMPARE(rowCount(connection, u"blobs"_s), 1);
    }

    void sizeLimit()
    {
        TestDatabase db;
        setUp(db);
        RUN_FAILS(cli(db, {"--as", "ito_t", "settings", "set", "attachment-limit", "100"}), 2);
        RUN_OK(cli(db, {"settings", "set", "attachment-limit", "100"}));
        CliResult result = cli(db, {"settings", "show"});
        RUN_OK(result);
        QCOMPARE(result.out, u"attachment-limit\t100\n"_s);
        const QString fits = file(u"limit/fits.bin"_s, QByteArray(100, 'x'));
        const QString over = file(u"limit/over.bin"_s, QByteArray(101, 'x'));
        const int before = draftCount(db);
        QVERIFY(failsNaming(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, fits, over}),
                            {over, u"larger than the limit"_s}));
        QCOMPARE(draftCount(db), before);
        QVERIFY(createDraft(db, {fits}) > 0);
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not keep root out");
        TestDatabase db;
        setUp(db);
        const QString locked = file(u"perm/locked.txt"_s, "secret");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        QVERIFY(failsNaming(cli(db, {u"draft"_s, u"create"_s, u"--title"_s, u"t"_s, locked}),
                            {locked, u"permission denied"_s}));
        QCOMPARE(draftCount(db), 0);
    }

    void folderInNaturalOrder()
    {
        TestDatabase db;
        setUp(db);
        const QString folder = m_files.filePath(u"nat"_s);
        for (const char *name :
             {"10.txt", "2.txt", "1.txt", ".hidden", "~$lock.docx", "sub/図10.txt", "sub/図2.txt"})
            file(u"nat/"_s + QString::fromUtf8(name), name);
        // A name that is not valid UTF-8 (Latin-1 "é"), made with the raw bytes.
        const QByteArray raw = QFile::encodeName(folder) + "/caf\xE9.txt";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "latin", 5), ssize_t(5));
        ::close(fd);

        const qint64 id = createDraft(db, {folder});
        const QJsonArray list = attachments(db, id);
        ::unlink(raw.constData()); // QDir cannot remove it: its name does not decode
        QVERIFY(id > 0);
        QCOMPARE(names(list, "original_name"),
                 toList({"1.txt", "2.txt", "10.txt", "caf\\xE9.txt", "図2.txt", "図10.txt"}));
        QCOMPARE(list.at(3)[u"sha256"_s].toString(), sha256("latin"));
    }

    void unsafeNamesAreStoredSafely()
    {
        TestDatabase db;
        setUp(db);
        const QString family = u"家族👨‍👩‍👧.txt"_s;
        const QString wide = u"ＡＢＣ１２３.txt"_s;
        const QString control = u"a\u0001b.txt"_s;
        const QString rtl = u"\u202Etxt.exe"_s;
        const qint64 id = createDraft(db, {file(u"u/"_s + family, "1"), file(u"u/"_s + wide, "2"),
                                           file(u"u/"_s + control, "3"), file(u"u/"_s + rtl, "4")});
        QVERIFY(id > 0);
        const QJsonArray list = attachments(db, id);
        QCOMPARE(names(list, "original_name"), (QStringList{family, wide, control, rtl}));
        QCOMPARE(names(list), (QStringList{family, wide, u"a_b.txt"_s, u"_txt.exe"_s}));
        const CliResult text = cli(db, {u"attachments"_s, QString::number(id)});
        RUN_OK(text);
        QVERIFY(!text.out.contains(QChar(0x202E)) && !text.out.contains(QChar(1)));
    }

    void onlyTheDrafterAttachesToADraft()
    {
        TestDatabase db;
        setUp(db);
        const QString one = file(u"r/one.txt"_s, "one");
        const qint64 id = createDraft(db, {one});
        QVERIFY(id > 0);
        const QString doc = QString::number(id);
        QVERIFY(
            failsNaming(cli(db, {u"--as"_s, u"ito_t"_s, u"attach"_s, doc, one}), {u"only the drafter"_s}));
        QVERIFY(failsNaming(cli(db, {u"--as"_s, u"ito_t"_s, u"attachment"_s, u"remove"_s, doc, u"1"_s}),
                            {u"only the drafter"_s}));
        db.superuserExec(u"UPDATE documents SET status = 'in_review' WHERE id = %1"_s.arg(id));
        QVERIFY(failsNaming(cli(db, {u"attach"_s, doc, one}), {u"in_review"_s}));
        QVERIFY(failsNaming(cli(db, {u"attachment"_s, u"move"_s, doc, u"1"_s, u"1"_s}), {u"in_review"_s}));
        QVERIFY(failsNaming(cli(db, {u"attach"_s, u"9999"_s, one}), {u"9999"_s}));
        QCOMPARE(attachments(db, id).size(), 1);
    }

    void copySharesContent()
    {
        TestDatabase db;
        setUp(db);
        const qint64 id = createDraft(db, {file(u"k/a.txt"_s, "a"), file(u"k/b.txt"_s, "b")});
        QVERIFY(id > 0);
        RUN_OK(cli(db, {u"attachment"_s, u"rename"_s, QString::number(id), u"1"_s, u"別紙1.txt"_s}));
        StoreConnection connection(db.url());
        const qint64 blobs = rowCount(connection, u"blobs"_s);

        const CliResult result = cli(db, {u"--as"_s, u"ito_t"_s, u"draft"_s, u"copy"_s, QString::number(id)});
        RUN_OK(result);
        const qint64 copy = result.out.trimmed().toLongLong();
        QVERIFY(copy > id);
        QCOMPARE(attachments(db, copy), attachments(db, id));
        QCOMPARE(rowCount(connection, u"blobs"_s), blobs);
        QCOMPARE(DocumentStore(connection).document(copy)->sourceDocumentId, id);
        QVERIFY(failsNaming(cli(db, {"draft", "copy", "9999"}), {u"9999"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliDrafts)
#include "tst_cli_drafts.moc"
