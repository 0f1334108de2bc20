// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kessai {

/// 後閲 mark on a step: owed by someone passed over (引上げ, 不在) or decided for (代決),
/// read afterwards. It never holds the route.
enum class PostReviewMark
{
    None,
    Owed,
    Read
};

/// Why a step was passed (飛ばし): 不在, 引上げ, or the case ended (却下) before its turn.
enum class SkipReason
{
    None,
    Absent,
    SkipAhead,
    Ended
};

QString toCode(PostReviewMark value);
QString toCode(SkipReason value);
template <>
std::optional<PostReviewMark> fromCode<PostReviewMark>(const QString &code);
template <>
std::optional<SkipReason> fromCode<SkipReason>(const QString &code);

/// 経路の手順 as the workflow engine sees it: ids and states, no names and no SQL.
struct WorkflowStep
{
    qint64 id = 0;
    StepKind kind = StepKind::Review;
    qint64 assigneeId = 0;
    bool assigneeActive = true; ///< checked at 提出
    int assigneeRank = 0;       ///< 役職 rank, checked against the 決裁区分 (0 = unknown)
    AbsenceRule absenceRule = AbsenceRule::PostReview;
    StepState state = StepState::Waiting;
    qint64 actedBy = 0;
    qint64 actingFor = 0; ///< 代決 / 代理: the absent assignee this action was taken for
    QDateTime actedAt;
    QString comment;
    qint64 returnToStepId = 0; ///< on a 差戻し step: where it was sent (0 = the drafter)
    SkipReason skipReason = SkipReason::None;
    PostReviewMark postReview = PostReviewMark::None;
    QDateTime postReviewedAt;

    /// 後閲 steps never hold the route.
    bool blocks() const { return kind != StepKind::PostReview; }
    /// Nothing more is needed from this step for the route to move on.
    bool complete() const;
    /// The step has acted (approved, returned, rejected, decided or read).
    bool hasActed() const;
    /// Equal in everything the workflow changes.
    bool sameState(const WorkflowStep &other) const;

    QJsonObject toJson() const;
    static WorkflowStep fromJson(const QJsonObject &object);
};

} // namespace kessai
