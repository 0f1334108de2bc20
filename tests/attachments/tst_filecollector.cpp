// SPDX-License-Identifier: GPL-3.0-or-later
// What a drop of files and folders expands to: natural name order (2 before 10, 図2 before 図10),
// recursion, no hidden or lock files, no loops through links, names that are not UTF-8.
#include "core/content/FileCollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
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
