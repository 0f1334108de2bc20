// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/AttachmentFile.h"

#include "core/Sha256.h"
#include "core/content/AttachmentName.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMimeDatabase>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kessai {

namespace {
StoreError badData(const QString &file, const QString &reason)
{
    return StoreError(StoreError::Kind::BadData, QStringLiteral("%1: %2").arg(file, reason));
}

QString errnoText(int error)
{
    switch (error) {
    case ENOENT:
        return QCoreApplication::translate("AttachmentFile", "the file no longer exists");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("AttachmentFile", "cannot be read (permission denied)");
    case EISDIR:
        return QCoreApplication::translate("AttachmentFile", "is a folder, not a file");
    default:
        return QCoreApplication::translate("AttachmentFile", "cannot be read (%1)")
            .arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}

/// In the UI's locale (set by TranslationLoader), as the GUI shows sizes: "17 バイト" in Japanese.
QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

AttachmentFile AttachmentFile::inspect(const QString &path, qint64 sizeLimit)
{
    return inspect(QFile::encodeName(path), sizeLimit);
}

AttachmentFile AttachmentFile::inspect(const QByteArray &rawPath, qint64 sizeLimit)
{
    AttachmentFile file;
    file.m_rawPath = rawPath;
    file.m_displayPath = AttachmentName::decodeRaw(rawPath);
    const qsizetype slash = rawPath.lastIndexOf('/');
    file.m_originalName = AttachmentName::decodeRaw(slash >= 0 ? rawPath.mid(slash + 1) : rawPath);
    const QString shown = file.m_displayPath;

    struct stat info
    {
    };
    if (::stat(rawPath.constData(), &info) != 0)
        throw badData(shown, errno == ENOENT ? tr("the file does not exist") : errnoText(errno));
    if (S_ISDIR(info.st_mode))
        throw badData(shown, tr("is a folder, not a file"));
    if (!S_ISREG(info.st_mode))
        throw badData(shown, tr("is not a regular file (a device, pipe or socket)"));
    file.m_size = info.st_size;
    if (file.m_size == 0)
        throw badData(shown, tr("the file is empty (0 bytes)"));
    if (file.m_size > sizeLimit)
        throw badData(
            shown, tr("%1 is larger than the limit of %2").arg(humanSize(file.m_size), humanSize(sizeLimit)));
    const std::unique_ptr<QFile> device = file.open();
    file.m_mimeType = QMimeDatabase().mimeTypeForFileNameAndData(file.m_originalName, device.get()).name();
    return file;
}

std::unique_ptr<QFile> AttachmentFile::open() const
{
    const int fd = ::open(m_rawPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw badData(m_displayPath, errnoText(errno));
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw badData(m_displayPath, file->errorString());
    }
    return file;
}

QString AttachmentFile::sha256(const BlobStore::Progress &progress) const
{
    const std::unique_ptr<QFile> file = open();
    Sha256 hash;
    QByteArray buffer(BlobStore::kChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = file->read(buffer.data(), buffer.size());
        if (n < 0)
            throw badData(m_displayPath, tr("read failed: %1").arg(file->errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress && !progress(done))
            throw StoreError(StoreError::Kind::Cancelled, tr("%1: cancelled").arg(m_displayPath));
    }
    if (done != m_size)
        throw badData(m_displayPath,
                      tr("changed while it was being read (%1 bytes instead of %2)").arg(done).arg(m_size));
    return hash.hexResult();
}

} // namespace kessai
