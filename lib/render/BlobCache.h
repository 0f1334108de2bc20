// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kessai {
class StoreConnection;
}

namespace kessai::render {

/// Local copies of stored blobs, so Poppler, QImageReader and LibreOffice can open files: one
/// file per SHA-256 under the user's cache directory (mode 0700), written whole or not at all
/// (temporary file, checked against the SHA-256, then renamed), so several processes may
/// share the directory. Content-addressed: a file there is never stale.
class BlobCache
{
    Q_DECLARE_TR_FUNCTIONS(BlobCache)

public:
    static constexpr qint64 kDefaultLimit = 2LL * 1024 * 1024 * 1024;

    /// <the application's cache location>/content.
    static QString defaultDirectory();

    explicit BlobCache(QString directory = {});

    QString directory() const { return m_directory; }
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    /// The path of the blob's local copy, copying it out of the store first if needed.
    /// Throws StoreError (BadData: no such blob or it does not match its SHA-256; Unavailable:
    /// the cache directory cannot be written).
    QString materialize(StoreConnection &connection, const QString &sha256);
    /// Deletes the least recently used files until the rest take at most maxBytes; returns
    /// the bytes freed.
    qint64 prune(qint64 maxBytes = kDefaultLimit);

    /// SHA-256 of a file, lowercase hex (empty when it cannot be read).
    static QString fileSha256(const QString &path);

private:
    QString m_directory;
};

} // namespace kessai::render
