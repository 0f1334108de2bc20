// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/ZipArchive.h"

#include "core/store/StoreError.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <archive.h>
#include <archive_entry.h>

namespace kessai {

namespace {
StoreError bad(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}

QString archiveError(archive *handle)
{
    return QString::fromLocal8Bit(archive_error_string(handle));
}
} // namespace

void ZipArchive::pack(const QString &folder, const QString &zipPath)
{
    const QString shown = QDir::toNativeSeparators(zipPath);
    const QFileInfo root(folder);
    if (!root.isDir())
        throw bad(tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)));
    if (QFileInfo::exists(zipPath))
        throw bad(tr("%1 exists already: it is never overwritten").arg(shown));
    const QString partial = zipPath + QStringLiteral(".partial");
    QFile::remove(partial);
    archive *out = archive_write_new();
    auto cleanUp = qScopeGuard([&] {
        archive_write_free(out);
        QFile::remove(partial);
    });
    archive_write_set_format_zip(out);
    archive_write_set_options(out, "zip:hdrcharset=UTF-8");
    if (archive_write_open_filename(out, QFile::encodeName(partial).constData()) != ARCHIVE_OK)
        throw bad(tr("cannot write %1: %2").arg(shown, archiveError(out)));
    const QDir base = root.dir();
    QDirIterator files(root.absoluteFilePath(), QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList names;
    while (files.hasNext())
        names << files.next();
    names.sort(); // the same folder gives the same zip
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (const QString &path : std::as_const(names)) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            throw bad(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
        const QByteArray name = base.relativeFilePath(path).toUtf8();
        archive_entry *entry = archive_entry_new();
        auto freeEntry = qScopeGuard([&] { archive_entry_free(entry); });
        archive_entry_set_pathname_utf8(entry, name.constData());
        archive_entry_set_size(entry, in.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, QFileInfo(in).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(out, entry) != ARCHIVE_OK)
            throw bad(tr("cannot write %1: %2").arg(shown, archiveError(out)));
        for (;;) {
            const qint64 got = in.read(buffer.data(), buffer.size());
            if (got < 0)
                throw bad(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
            if (got == 0)
                break;
            if (archive_write_data(out, buffer.constData(), size_t(got)) != got)
                throw bad(tr("cannot write %1: %2").arg(shown, archiveError(out)));
        }
    }
    if (archive_write_close(out) != ARCHIVE_OK)
        throw bad(tr("cannot write %1: %2").arg(shown, archiveError(out)));
    if (!QFile::rename(partial, zipPath))
        throw bad(tr("cannot rename %1 to %2").arg(QDir::toNativeSeparators(partial), shown));
    archive_write_free(out);
    cleanUp.dismiss();
}

void ZipArchive::read(const QString &zipPath, const std::function<void(const QString &, const QByteArray &)> &entry)
{
    const QString shown = QDir::toNativeSeparators(zipPath);
    archive *in = archive_read_new();
    auto cleanUp = qScopeGuard([&] { archive_read_free(in); });
    archive_read_support_format_zip_seekable(in);
    if (archive_read_open_filename(in, QFile::encodeName(zipPath).constData(), 64 * 1024) != ARCHIVE_OK)
        throw bad(tr("%1 cannot be read as a zip file: %2").arg(shown, archiveError(in)));
    archive_entry *header = nullptr;
    int status = ARCHIVE_OK;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while ((status = archive_read_next_header(in, &header)) == ARCHIVE_OK) {
        if (archive_entry_filetype(header) != AE_IFREG)
            continue;
        const char *utf8 = archive_entry_pathname_utf8(header);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(header));
        QByteArray bytes;
        for (;;) {
            const la_ssize_t got = archive_read_data(in, buffer.data(), size_t(buffer.size()));
            if (got < 0)
                throw bad(tr("%1: the entry \"%2\" is damaged: %3").arg(shown, name, archiveError(in)));
            if (got == 0)
                break;
            bytes.append(buffer.constData(), got);
        }
        entry(name, bytes);
    }
    if (status != ARCHIVE_EOF)
        throw bad(tr("%1 cannot be read as a zip file: %2").arg(shown, archiveError(in)));
}

} // namespace kessai
