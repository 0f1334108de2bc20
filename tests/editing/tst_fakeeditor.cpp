// SPDX-License-Identifier: GPL-3.0-or-later
// fake_editor, the scripted editor of the editing tests: each mode changes the file the way it
// says (same inode or a new one, the LibreOffice lock file, a crash, a deletion, another type).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString err;
};

Run editor(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KESSAI_FAKE_EDITOR_PATH), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ino_t inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

class TestFakeEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fresh(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!write(path, "original\n"))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString lockOf(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral(".~lock.%1#").arg(name));
    }

private slots:
    void inPlaceKeepsTheInode()
    {
        const QString path = fresh(QStringLiteral("inplace.txt"));
        const ino_t before = inode(path);
        QCOMPARE(editor({QStringLiteral("inplace"), path, QStringLiteral("new text")}).exitCode, 0);
        QCOMPARE(read(path), QByteArray("new text"));
        QCOMPARE(inode(path), before);
        QCOMPARE(editor({QStringLiteral("append"), path, QStringLiteral("+")}).exitCode, 0);
        QCOMPARE(read(path), QByteArray("new text+"));
    }

    void renameReplacesTheFile()
    {
        const QString path = fresh(QStringLiteral("rename.txt"));
        const ino_t before = inode(path);
        QCOMPARE(editor({QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("rename"), path,
                         QStringLiteral("final")})
                     .exitCode,
                 0);
        QCOMPARE(read(path), QByteArray("final"));
        QVERIFY(inode(path) != before);
        // No temporary file is left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden).size(),
                 0);
    }

    void libreOfficeLockFile()
    {
        const QString path = fresh(QStringLiteral("報告書.docx"));
        QCOMPARE(editor({QStringLiteral("lock"), path}).exitCode, 0);
        QVERIFY(QFile::exists(lockOf(QStringLiteral("報告書.docx"))));
        QVERIFY(read(lockOf(QStringLiteral("報告書.docx"))).startsWith(','));
        QCOMPARE(editor({QStringLiteral("unlock"), path}).exitCode, 0);
        QVERIFY(!QFile::exists(lockOf(QStringLiteral("報告書.docx"))));

        QCOMPARE(editor({QStringLiteral("--interval-ms"), QStringLiteral("20"), QStringLiteral("session"),
                         path, QStringLiteral("saved")})
                     .exitCode,
                 0);
        QCOMPARE(read(path), QByteArray("saved"));
        QVERIFY(!QFile::exists(lockOf(QStringLiteral("報告書.docx"))));
    }

    void aCrashLeavesAHalfFileAndTheLock()
    {
        const QString path = fresh(QStringLiteral("crash.txt"));
        const Run run = editor({QStringLiteral("crash"), path, QStringLiteral("0123456789")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("crashed")));
        QCOMPARE(read(path), QByteArray("01234"));
        QVERIFY(QFile::exists(lockOf(QStringLiteral("crash.txt"))));
    }

    void deleteAndRetype()
    {
        const QString gone = fresh(QStringLiteral("gone.txt"));
        QCOMPARE(editor({QStringLiteral("delete"), gone}).exitCode, 0);
        QVERIFY(!QFile::exists(gone));
        QCOMPARE(editor({QStringLiteral("delete"), gone}).exitCode, 2);

        const QString retyped = fresh(QStringLiteral("retype.txt"));
        QCOMPARE(editor({QStringLiteral("retype"), retyped}).exitCode, 0);
        QVERIFY(read(retyped).startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(editor({QStringLiteral("nonsense"), retyped}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestFakeEditor)
#include "tst_fakeeditor.moc"
