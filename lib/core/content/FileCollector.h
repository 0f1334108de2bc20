// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kessai {

/// Expands what the user dropped or chose (files and folders) into the list of files to
/// attach: folders recursively, each folder's entries in natural name order (2 before 10),
/// skipping hidden files, editor lock files and symbolic links to folders (no loops).
class FileCollector
{
    Q_DECLARE_TR_FUNCTIONS(FileCollector)

public:
    /// A folder that could not be listed: nothing under it is in files.
    struct UnreadableFolder
    {
        QByteArray path; ///< raw path
        QString reason;  ///< the system's reason ("Permission denied")
    };

    struct Result
    {
        QList<QByteArray> files; ///< raw paths, in order
        qint64 totalBytes = 0;
        int folderCount = 0; ///< folders expanded (0: only files were given)
        QList<UnreadableFolder> unreadable;

        /// "FOLDER: the folder cannot be read (REASON)" for the first unreadable folder, or
        /// empty: callers refuse the whole drop rather than attach part of a folder.
        QString unreadableMessage() const;
    };

    /// paths are raw path bytes (QFile::encodeName, or a file URL's decoded path).
    static Result collect(const QList<QByteArray> &paths);
    /// Natural order of names: numbers compare by value, otherwise by the locale's collation.
    static void sortNaturally(QStringList &names);
};

} // namespace kessai
