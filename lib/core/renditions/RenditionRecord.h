// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// The PDF an office attachment is shown as, or why it could not be made. Keyed by the
/// SHA-256 of the source content (not by attachment): made once for all who attach it.
struct RenditionRecord
{
    enum class Status
    {
        Ok,
        Failed
    };

    QString sourceSha256;
    Status status = Status::Failed;
    QString pdfSha256; ///< the PDF's blob (Ok only)
    qint64 pdfSize = 0;
    int pageCount = 0;
    QString error;     ///< Failed: the reason, for people
    QString converter; ///< what made it, e.g. "LibreOffice 7.4"
    int attempts = 1;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool ok() const { return status == Status::Ok; }
};

} // namespace kessai
