// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FileAttacher.h"

#include "core/content/AttachmentName.h"
#include "core/content/BlobStore.h"
#include "core/content/FileCollector.h"
#include "core/documents/AttachmentStore.h"
#include "core/store/StoreError.h"

#include <QFile>

namespace kessai::cli {

QList<AttachmentFile> FileAttacher::inspect(const QList<QByteArray> &paths, qint64 sizeLimit)
{
    QList<AttachmentFile> files;
    for (const QByteArray &path : paths) {
        const FileCollector::Result collected = FileCollector::collect({path});
        if (!collected.unreadable.isEmpty())
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1; nothing was attached").arg(collected.unreadableMessage()));
        if (collected.folderCount > 0 && collected.files.isEmpty())
            throw StoreError(
                StoreError::Kind::BadData,
                tr("%1: the folder holds no file to attach").arg(AttachmentName::decodeRaw(path)));
        for (const QByteArray &file : collected.files)
            files.append(AttachmentFile::inspect(file, sizeLimit));
    }
    return files;
}

std::vector<StagedBlob> FileAttacher::stage(StoreConnection &connection, const QList<AttachmentFile> &files)
{
    BlobStore blobs(connection);
    std::vector<StagedBlob> staged;
    staged.reserve(size_t(files.size()));
    for (const AttachmentFile &file : files) {
        const std::unique_ptr<QFile> content = file.open();
        staged.push_back(blobs.stage(*content, file.displayPath()));
        if (staged.back().size() != file.size())
            throw StoreError(
                StoreError::Kind::BadData,
                tr("%1: changed while it was being attached (%2 bytes instead of %3); nothing was "
                   "stored")
                    .arg(file.displayPath())
                    .arg(staged.back().size())
                    .arg(file.size()));
    }
    return staged;
}

QList<AttachmentRecord> FileAttacher::attach(const Session &session, StoreConnection &connection,
                                             qint64 documentId, const QList<AttachmentFile> &files,
                                             std::vector<StagedBlob> &staged)
{
    AttachmentStore store(connection);
    BlobStore blobs(connection);
    QList<AttachmentRecord> added;
    added.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const AttachmentFile &file = files.at(i);
        const BlobStore::Blob blob = blobs.publish(staged.at(size_t(i)));
        added.append(
            store.attachBlob(session, documentId, blob.sha256, {file.originalName(), {}, file.mimeType()}));
    }
    return added;
}

} // namespace kessai::cli
