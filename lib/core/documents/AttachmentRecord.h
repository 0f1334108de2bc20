// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// 添付ファイル: one attachment of a document in the user's order, with its current version.
struct AttachmentRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    int position = 0;     ///< 1-based, the user's order
    QString displayName;  ///< what the user sees and may rename
    QString originalName; ///< the file's own name when attached, kept as it was
    QString mimeType;
    int pageCount = 0; ///< 0 while unknown
    qint64 size = 0;
    QString sha256;
    int versionNo = 1;
    QDateTime createdAt;
    QString createdByName;
};

} // namespace kessai
