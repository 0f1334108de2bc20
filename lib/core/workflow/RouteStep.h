// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"
#include "core/workflow/WorkflowStep.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kessai {

/// One step of a document's route (経路): who, what kind, its state and what was done.
struct RouteStep
{
    /// 修正: a version an approver made of an attachment during this step ("課長補佐 が 添付3 を修正").
    struct Edit
    {
        int position = 0; ///< 添付 number now (0: the attachment was removed since)
        QString attachmentName;
        int versionNo = 0;
        QDateTime createdAt;
    };

    qint64 id = 0;
    qint64 stageId = 0;
    int stageSeq = 0;
    StepKind kind = StepKind::Review;
    qint64 assigneeId = 0;
    QString assigneeName;
    QString assigneeTitle;
    qint64 assigneeUnitId = 0;
    QString assigneeUnitName;
    StepState state = StepState::Waiting;
    qint64 actedById = 0;
    QString actedByName;
    qint64 actingForId = 0; ///< 代決: the absent user this action was taken for
    QString actingForName;
    QDateTime actedAt;
    QString comment;
    AbsenceRule absenceRule = AbsenceRule::PostReview; ///< 不在時: 代理者 acts, or 後閲
    qint64 returnToStepId = 0;                         ///< 差戻し先 on a returned step (0 = drafter)
    SkipReason skipReason = SkipReason::None;          ///< why skipped: 不在, 引上げ, ended
    PostReviewMark postReview = PostReviewMark::None;  ///< 後閲: owed / read
    QDateTime postReviewedAt;
    bool mayEdit = false; ///< 修正可: the assignee may edit attachments during their turn
    QList<Edit> edits;    ///< 修正 made during this step, oldest first
};

} // namespace kessai
