// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// 版: one version of an attachment. Versions are numbered 1, 2, 3 … per attachment and never
/// change once written; the highest number is the current content.
struct AttachmentVersion
{
    qint64 attachmentId = 0;
    int versionNo = 0;
    QString sha256; ///< of the content (lowercase hex), readable through BlobStore
    qint64 size = 0;
    qint64 authorId = 0;
    QString authorLogin;
    QString authorName;  ///< 氏名
    QString authorTitle; ///< 役職 at the time of reading (empty when none)
    QDateTime createdAt;
    QString note;
    qint64 editSessionId = 0; ///< the edit session that made it (0: attached or added directly)
    int restoredFrom = 0;     ///< a restore: the version whose content it copies (0: none)
    qint64 stepId = 0;        ///< 修正 by an approver on their turn: the route step (0: the drafter)
};

} // namespace kessai
