// SPDX-License-Identifier: GPL-3.0-or-later
// What a drop of files and folders expands to: natural name order (2 before 10, 図2 before 図10),
// recursion, no hidden or lock files, no loops through links, names that are not UTF-8.
#include "core/content/FileCollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#ifdef Q_OS_LINUX
#include <sys/fsuid.h>
#endif
#include <unistd.h>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;

class TestFileCollector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray path(const QString &relative) const { return QFile::encodeName(m_dir.filePath(relative)); }
    void make(const QString &relative, const QByteArray &content = "x")
    {
        const QString full = m_dir.filePath(relative);
        QVERIFY(QDir().mkpath(QFileInfo(full).path()));
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    /// The collected files relative to the temporary folder.
    QStringList relative(const FileCollector::Result &result) const
    {
        QStringList out;
        const QByteArray base = QFile::encodeName(m_dir.path()) + '/';
        for (const QByteArray &file : result.files)
            out.append(QFile::decodeName(file.startsWith(base) ? file.mid(base.size()) : file));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void naturalOrder_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("numbers") << QStringList{u"10.txt"_s, u"2.txt"_s, u"1.txt"_s}
                                 << QStringList{u"1.txt"_s, u"2.txt"_s, u"10.txt"_s};
        QTest::newRow("kanji prefix") << QStringList{u"図10.png"_s, u"図2.png"_s, u"図1.png"_s}
                                      << QStringList{u"図1.png"_s, u"図2.png"_s, u"図10.png"_s};
        QTest::newRow("full-width digits") << QStringList{u"資料１０.pdf"_s, u"資料２.pdf"_s}
                                           << QStringList{u"資料２.pdf"_s, u"資料１０.pdf"_s};
        QTest::newRow("inner numbers") << QStringList{u"v1.10.txt"_s, u"v1.9.txt"_s, u"v1.txt"_s}
                                       << QStringList{u"v1.9.txt"_s, u"v1.10.txt"_s, u"v1.txt"_s};
        QTest::newRow("large numbers") << QStringList{u"a100000000000000000001"_s, u"a99"_s}
                                       << QStringList{u"a99"_s, u"a100000000000000000001"_s};
        QTest::newRow("case") << QStringList{u"b.txt"_s, u"A.txt"_s, u"a2.txt"_s}
                              << QStringList{u"A.txt"_s, u"a2.txt"_s, u"b.txt"_s};
    }
    void naturalOrder()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        FileCollector::sortNaturally(names);
        QCOMPARE(names, expected);
    }

    void foldersRecursively()
    {
        for (const char *name : {"drop/10.txt", "drop/2.txt", "drop/1.txt", "drop/sub/b.txt",
                                 "drop/sub/a.txt", "drop/.hidden", "drop/.git/config", "drop/~$報告.docx",
                                 "drop/.~lock.報告.odt#", "drop/Thumbs.db", "drop/desktop.ini"})
            make(QString::fromUtf8(name), "12345");
        make(u"single.pdf"_s, "pdf");
        const FileCollector::Result result =
            FileCollector::collect({path(u"single.pdf"_s), path(u"drop/"_s), path(u"missing.txt"_s)});
        QCOMPARE(relative(result),
                 (QStringList{u"single.pdf"_s, u"drop/1.txt"_s, u"drop/2.txt"_s, u"drop/10.txt"_s,
                              u"drop/sub/a.txt"_s, u"drop/sub/b.txt"_s, u"missing.txt"_s}));
        QCOMPARE(result.folderCount, 2);
        QCOMPARE(result.totalBytes, 3 + 5 * 5);

        const FileCollector::Result onlyFiles = FileCollector::collect({path(u"single.pdf"_s)});
        QCOMPARE(onlyFiles.folderCount, 0);
        QCOMPARE(onlyFiles.files.size(), 1);
    }

    void linksToFoldersAreNotFollowed()
    {
        make(u"loop/a.txt"_s);
        make(u"loop/inner/b.txt"_s);
        make(u"elsewhere/c.txt"_s);
        QCOMPARE(::symlink("..", path(u"loop/inner/up"_s).constData()), 0);
        QCOMPARE(::symlink(path(u"elsewhere"_s).constData(), path(u"loop/other"_s).constData()), 0);
        QCOMPARE(::symlink("a.txt", path(u"loop/link-to-a.txt"_s).constData()), 0);
        const FileCollector::Result result = FileCollector::collect({path(u"loop"_s)});
        QCOMPARE(relative(result),
                 (QStringList{u"loop/a.txt"_s, u"loop/inner/b.txt"_s, u"loop/link-to-a.txt"_s}));
    }

    void unreadableFoldersAreSaidToBe()
    {
        // Failed before: a folder that could not be listed counted as an empty one, and the
        // drop was refused with "the folder holds no file to attach".
        make(u"shared/open/ok.txt"_s);
        make(u"shared/locked/secret.txt"_s);
        const auto everyoneReads = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther;
        for (const QString &folder : {QString(), u"shared"_s, u"shared/open"_s})
            QVERIFY(QFile::setPermissions(m_dir.filePath(folder), everyoneReads));
        QVERIFY(QFile::setPermissions(m_dir.filePath(u"shared/locked"_s), QFileDevice::Permissions()));
        // Root reads any folder whatever its mode: for the length of the collection this thread
        // checks permissions as an ordinary account instead (setfsuid/setfsgid are per thread; becoming
        // non-root drops the file-system capabilities, returning to 0 restores them).
        const bool asRoot = ::geteuid() == 0;
#ifdef Q_OS_LINUX
        if (asRoot) {
            ::setfsgid(65534);
            ::setfsuid(65534);
        }
#else
        if (asRoot)
            QSKIP("running as root: folder permissions do not bind");
#endif
        const FileCollector::Result result = FileCollector::collect({path(u"shared"_s)});
#ifdef Q_OS_LINUX
        if (asRoot) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
#endif
        QVERIFY(QFile::setPermissions(m_dir.filePath(u"shared/locked"_s), QFileDevice::ReadOwner |
                                                                              QFileDevice::WriteOwner |
                                                                              QFileDevice::ExeOwner));
        // The readable folder next to it was listed: the refusal is the locked folder's own.
        QCOMPARE(relative(result), QStringList{u"shared/open/ok.txt"_s});
        QCOMPARE(result.unreadable.size(), 1);
        QCOMPARE(result.unreadable.first().path, path(u"shared/locked"_s));
        const QString message = result.unreadableMessage();
        QVERIFY2(message.contains(u"shared/locked: the folder cannot be read ("_s), qPrintable(message));
        QVERIFY2(!message.contains(u"holds no file"_s), qPrintable(message));

        // Readable again, it is collected in full, and nothing is reported.
        const FileCollector::Result again = FileCollector::collect({path(u"shared"_s)});
        QCOMPARE(relative(again), (QStringList{u"shared/locked/secret.txt"_s, u"shared/open/ok.txt"_s}));
        QVERIFY(again.unreadable.isEmpty());
        QVERIFY(again.unreadableMessage().isEmpty());
    }

    void namesThatAreNotUtf8()
    {
        make(u"raw/ok.txt"_s);
        const QByteArray bad = path(u"raw"_s) + "/caf\xE9.txt";
        const int fd = ::open(bad.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
        const FileCollector::Result result = FileCollector::collect({path(u"raw"_s)});
        const bool found = result.files.contains(bad);
        ::unlink(bad.constData()); // QTemporaryDir cannot remove it
        QCOMPARE(result.files.size(), 2);
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestFileCollector)
#include "tst_filecollector.moc"
