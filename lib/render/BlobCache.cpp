// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/BlobCache.h"

#include "core/Sha256.h"
#include "core/content/BlobStore.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>

namespace kessai::render {

QString BlobCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/content");
}

BlobCache::BlobCache(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString BlobCache::pathFor(const QString &sha256) const
{
    const QString sha = sha256.toLower();
    return m_directory + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
}

bool BlobCache::contains(const QString &sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

QString BlobCache::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    if (!hash.addData(file))
        return {};
    return hash.hexResult();
}

QString BlobCache::materialize(StoreConnection &connection, const QString &sha256)
{
    const QString sha = sha256.toLower();
    const QString path = pathFor(sha);
    if (QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::ReadWrite)) // marks it recently used for prune()
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        return path;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::Unavailable, tr("cannot create the folder %1").arg(folder));
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QTemporaryFile temporary(folder + QStringLiteral("/.partial-XXXXXX"));
    if (!temporary.open())
        throw StoreError(StoreError::Kind::Unavailable,
                         tr("cannot write in %1: %2").arg(folder, temporary.errorString()));
    // read() checks every chunk and the SHA-256 on the way: damaged content never becomes a
    // cached file (the temporary one is removed on the throw).
    BlobStore(connection).read(sha, temporary);
    if (!temporary.flush())
        throw StoreError(StoreError::Kind::Unavailable,
                         tr("cannot write in %1: %2").arg(folder, temporary.errorString()));
    temporary.close();
    // Another process may have put the same file there meanwhile: either copy is right.
    if (QFileInfo::exists(path))
        return path;
    temporary.setAutoRemove(false); // it becomes the cached file
    if (!temporary.rename(path)) {
        QFile::remove(temporary.fileName());
        if (!QFileInfo::exists(path))
            throw StoreError(StoreError::Kind::Unavailable, tr("cannot write %1").arg(path));
    }
    return path;
}

qint64 BlobCache::prune(qint64 maxBytes)
{
    struct Entry
    {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(m_directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries.append({info.filePath(), info.size(), info.lastModified()});
        total += info.size();
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.used < b.used; });
    qint64 freed = 0;
    for (const Entry &entry : entries) {
        if (total - freed <= maxBytes)
            break;
        if (QFile::remove(entry.path))
            freed += entry.size;
    }
    return freed;
}

} // namespace kessai::render
