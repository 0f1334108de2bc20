// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kessai {

/// One 差戻し round (差戻しの記録): who sent the document back, to whom, when and with what
/// comment; what was changed after it (件名, 本文, attachments and their versions); and how it
/// came back (the drafter's 再提出, or the step it was sent back to acting again). The route
/// table and the 鑑 show every round, also after the route moved on.
struct ReturnRound
{
    /// One change made while the document was back (kind + what it names; text: ReturnHistory::describe).
    struct Change
    {
        enum class Kind
        {
            Title,             ///< 件名 changed (detail: the new 件名)
            Body,              ///< 本文 changed
            Details,           ///< 決裁区分, 簿冊, 保存期間 … (detail: the field codes)
            AttachmentAdded,   ///< detail: the name
            AttachmentRemoved, ///< detail: the name
            AttachmentRenamed, ///< detail: the new name
            AttachmentMoved,   ///< detail: the old position; position: the new one
            NewVersion         ///< a new version of an attachment (detail: its name)
        };
        Kind kind = Kind::Body;
        QDateTime at;
        QString byName;
        QString detail;
        int position = 0;  ///< 添付 number, when known
        int versionNo = 0; ///< NewVersion: the version made
    };

    qint64 stepId = 0; ///< the step that sent it back
    QString returnedByName;
    QString returnedByTitle;
    qint64 returnToStepId = 0; ///< 0: the drafter
    QString returnedToName;
    QString returnedToTitle;
    QDateTime returnedAt;
    QString comment;
    QList<Change> changes;
    QDateTime cameBackAt; ///< 再提出 (or the target step acting again); invalid while still back
    QString cameBackByName;
    bool resubmitted() const { return cameBackAt.isValid(); }
};

} // namespace kessai
