// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/AttachmentFile.h"
#include "core/content/StagedBlob.h"
#include "core/documents/AttachmentRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <vector>

namespace kessai {
class Session;
class StoreConnection;
} // namespace kessai

namespace kessai::cli {

/// The files named on a command line, as attachments: folders expanded (recursively, in
/// natural name order), every file checked before anything is written, then attached in order.
class FileAttacher
{
    Q_DECLARE_TR_FUNCTIONS(FileAttacher)

public:
    /// Expands and checks paths (raw bytes). Throws StoreError(BadData) naming the first file
    /// that is missing, unreadable, empty, over sizeLimit or not a regular file, a folder
    /// (or one inside it) that cannot be read, or a folder that holds no file to attach.
    static QList<AttachmentFile> inspect(const QList<QByteArray> &paths, qint64 sizeLimit);

    /// Streams the files' content into the store as staged content (short transactions: other
    /// clients keep writing meanwhile). Call it before the command's Transaction. A file that
    /// fails half-way (it vanished or changed) throws; what was staged is discarded.
    static std::vector<StagedBlob> stage(StoreConnection &connection, const QList<AttachmentFile> &files);

    /// Attaches the staged files to the document in order. Call it inside a Transaction: if
    /// one fails, the caller's rollback undoes all.
    static QList<AttachmentRecord> attach(const Session &session, StoreConnection &connection,
                                          qint64 documentId, const QList<AttachmentFile> &files,
                                          std::vector<StagedBlob> &staged);
};

} // namespace kessai::cli
