// SPDX-License-Identifier: GPL-3.0-or-later
// fake_editor: a scripted "editor" that changes a working file the ways real editors do, for the
// tests of 直接編集 (the CLI's checkout/checkin here, the GUI's file watcher later).
//
//   fake_editor [--repeat N] [--interval-ms MS] MODE FILE [TEXT]
//
// MODE:
//   inplace  truncate FILE and write TEXT into it (same inode, like nano or vim backupcopy=yes)
//   append   append TEXT to FILE (same inode)
//   rename   write TEXT to a temporary file next to FILE, then rename it over FILE (new inode,
//            like gedit, Kate or LibreOffice)
//   lock     create the LibreOffice lock file ".~lock.NAME#" next to FILE
//   unlock   remove that lock file
//   session  lock, save TEXT by rename N times, unlock: a LibreOffice editing session
//   crash    lock, write the first half of TEXT in place and exit with status 3, leaving the
//            lock file behind (an editor that died while saving)
//   delete   remove FILE
//   retype   replace FILE (by rename) with the bytes of another type: a small PNG image
//
// With --repeat N every save is done N times, --interval-ms apart; the saves before the last
// write TEXT followed by " (draft i)", the last one TEXT itself, so the final content is TEXT
// whatever N. TEXT defaults to "edited by fake_editor\n". Exit status: 0 done, 1 usage, 2 an
// I/O error (named on stderr), 3 the simulated crash.
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

[[noreturn]] void fail(int status, const QString &message)
{
    std::fprintf(stderr, "fake_editor: %s\n", qPrintable(message));
    std::exit(status);
}

QString lockPath(const QString &file)
{
    const QFileInfo info(file);
    return info.dir().filePath(QStringLiteral(".~lock.") + info.fileName() + QLatin1Char('#'));
}

void writeInPlace(const QString &file, const QByteArray &bytes, QIODevice::OpenMode mode)
{
    QFile out(file);
    if (!out.open(mode))
        fail(2, QStringLiteral("%1: %2").arg(file, out.errorString()));
    if (out.write(bytes) != bytes.size() || !out.flush())
        fail(2, QStringLiteral("%1: %2").arg(file, out.errorString()));
    ::fsync(out.handle());
    out.close();
}

void writeByRename(const QString &file, const QByteArray &bytes)
{
    const QFileInfo info(file);
    const QString temp = info.dir().filePath(QStringLiteral("lu%1%2.tmp")
                                                 .arg(QCoreApplication::applicationPid())
                                                 .arg(QDateTime::currentMSecsSinceEpoch()));
    writeInPlace(temp, bytes, QIODevice::WriteOnly | QIODevice::Truncate);
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(file).constData()) != 0) {
        QFile::remove(temp);
        fail(2, QStringLiteral("%1: cannot rename %2 over it").arg(file, temp));
    }
}

void createLock(const QString &file)
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("user"));
    const QByteArray line =
        QStringLiteral(",%1,%2,%3,file://%4;")
            .arg(user, QStringLiteral("localhost"),
                 QDateTime::currentDateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                 QFileInfo(file).absoluteFilePath())
            .toUtf8();
    writeInPlace(lockPath(file), line, QIODevice::WriteOnly | QIODevice::Truncate);
}

void removeLock(const QString &file)
{
    const QString lock = lockPath(file);
    if (QFile::exists(lock) && !QFile::remove(lock))
        fail(2, QStringLiteral("%1: cannot be removed").arg(lock));
}

QByteArray png()
{
    // A 1x1 PNG: a different type than whatever was checked out.
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
                                  "hKmMIQAAAABJRU5ErkJggg==");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int repeat = 1;
    int intervalMs = 0;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (args.isEmpty())
            fail(1, QStringLiteral("%1 needs a value").arg(option));
        bool ok = false;
        const int value = args.takeFirst().toInt(&ok);
        if (!ok || value < 0)
            fail(1, QStringLiteral("%1 needs a number").arg(option));
        if (option == QLatin1String("--repeat"))
            repeat = qMax(1, value);
        else if (option == QLatin1String("--interval-ms"))
            intervalMs = value;
        else
            fail(1, QStringLiteral("unknown option %1").arg(option));
    }
    if (args.size() < 2 || args.size() > 3)
        fail(1, QStringLiteral("usage: fake_editor [--repeat N] [--interval-ms MS] MODE FILE [TEXT]"));
    const QString mode = args.at(0);
    const QString file = args.at(1);
    const QByteArray text =
        args.size() > 2 ? args.at(2).toUtf8() : QByteArrayLiteral("edited by fake_editor\n");

    auto saves = [&](const auto &save) {
        for (int i = 1; i <= repeat; ++i) {
            save(i == repeat ? text : text + QStringLiteral(" (draft %1)").arg(i).toUtf8());
            if (i < repeat && intervalMs > 0)
                QThread::msleep(ulong(intervalMs));
        }
    };
    if (mode == QLatin1String("inplace")) {
        saves(
            [&](const QByteArray &b) { writeInPlace(file, b, QIODevice::WriteOnly | QIODevice::Truncate); });
    } else if (mode == QLatin1String("append")) {
        saves([&](const QByteArray &b) { writeInPlace(file, b, QIODevice::WriteOnly | QIODevice::Append); });
    } else if (mode == QLatin1String("rename")) {
        saves([&](const QByteArray &b) { writeByRename(file, b); });
    } else if (mode == QLatin1String("lock")) {
        createLock(file);
    } else if (mode == QLatin1String("unlock")) {
        removeLock(file);
    } else if (mode == QLatin1String("session")) {
        createLock(file);
        if (intervalMs > 0)
            QThread::msleep(ulong(intervalMs));
        saves([&](const QByteArray &b) { writeByRename(file, b); });
        if (intervalMs > 0)
            QThread::msleep(ulong(intervalMs));
        removeLock(file);
    } else if (mode == QLatin1String("crash")) {
        createLock(file);
        writeInPlace(file, text.left(text.size() / 2), QIODevice::WriteOnly | QIODevice::Truncate);
        std::fprintf(stderr, "fake_editor: crashed while saving %s\n", qPrintable(file));
        std::_Exit(3);
    } else if (mode == QLatin1String("delete")) {
        if (!QFile::remove(file))
            fail(2, QStringLiteral("%1: cannot be removed").arg(file));
    } else if (mode == QLatin1String("retype")) {
        writeByRename(file, png());
    } else {
        fail(1, QStringLiteral("unknown mode %1").arg(mode));
    }
    return 0;
}
