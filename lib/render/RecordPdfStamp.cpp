// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RecordPdfStamp.h"

#include "render/RecordPdfWriter.h"

#include <poppler-qt6.h>

namespace kessai::render {

std::optional<RecordPdfStamp> RecordPdfStamp::read(const QString &path, QString *why)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        *why = tr("%1 is not a PDF that can be read.").arg(path);
        return std::nullopt;
    }
    RecordPdfStamp stamp;
    stamp.documentId = document->info(QString::fromLatin1(RecordPdfWriter::kDocumentKey)).toLongLong();
    stamp.eventId = document->info(QString::fromLatin1(RecordPdfWriter::kEventKey)).toLongLong();
    stamp.hash = document->info(QString::fromLatin1(RecordPdfWriter::kHashKey));
    stamp.title = document->info(QStringLiteral("Title"));
    if (stamp.documentId <= 0) {
        *why = tr("%1 is not a record PDF written by Kessai (it names no document).").arg(path);
        return std::nullopt;
    }
    return stamp;
}

} // namespace kessai::render
