// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FileAttacher.h"

#include "core/content/AttachmentName.h"
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

QList<AttachmentRecord> FileAttacher::attach(const Session &session, StoreConnection &connection,
                                             qint64 documentId, const QList<AttachmentFile> &files)
{
    AttachmentStore store(connection);
    QList<AttachmentRecord> added;
    added.reserve(files.size());
    for (const AttachmentFile &file : files) {
        const std::unique_ptr<QFile> content = file.open();
        added.append(store.add(session, documentId, *content, {file.originalName(), {}, file.mimeType()}));
        if (added.constLast().size != file.size())
            throw StoreError(
                StoreError::Kind::BadData,
                tr("%1: changed while it was being attached (%2 bytes instead of %3); nothing was "
                   "stored")
                    .arg(file.displayPath())
                    .arg(added.constLast().size)
                    .arg(file.size()));
    }
    return added;
}

} // namespace kessai::cli
