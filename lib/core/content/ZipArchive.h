// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace kessai {

/// Zip files through libarchive (as RequestPackage reads them): pack() puts a folder and
/// everything below it into one zip, names in UTF-8, the folder's own name as the first part of
/// every entry; read() hands each file entry back. Errors throw StoreError(BadData) naming the
/// file and the reason. Needs nothing of the store: a plain file tool, here because the 移管
/// package (TransferPackage) and its readers use it.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    /// Writes folder into zipPath (which must not exist): completely or not at all.
    static void pack(const QString &folder, const QString &zipPath);
    /// Calls entry(name, bytes) for each file in the zip, in the zip's order (entries of small
    /// archives: a file at a time is held in memory).
    static void read(const QString &zipPath, const std::function<void(const QString &name, const QByteArray &bytes)> &entry);
};

} // namespace kessai
