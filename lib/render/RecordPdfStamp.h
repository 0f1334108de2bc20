// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kessai::render {

/// What a record PDF (RecordPdfWriter) says about itself, read back with Poppler: the document
/// and the audit event of its 決裁 with that event's chain hash. kessai-cli audit verify --pdf
/// compares it with the store.
struct RecordPdfStamp
{
    Q_DECLARE_TR_FUNCTIONS(RecordPdfStamp)

public:
    qint64 documentId = 0;
    qint64 eventId = 0; ///< 0: written before 決裁
    QString hash;
    QString title;

    /// nullopt with why set when path is not a readable PDF or not a Kessai record.
    static std::optional<RecordPdfStamp> read(const QString &path, QString *why);
};

} // namespace kessai::render
