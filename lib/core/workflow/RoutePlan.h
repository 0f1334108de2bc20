// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowStep.h"

#include <QList>
#include <QString>

#include <optional>

namespace kessai {

/// 経路案: a route as the drafter plans it before 提出 (stages of steps: kind, assignee and
/// what happens when the assignee is away). What setRoute stores and templates keep.
struct RoutePlan
{
    struct Step
    {
        StepKind kind = StepKind::Review;
        qint64 assigneeId = 0;
        AbsenceRule absenceRule = AbsenceRule::PostReview;
        bool mayEdit = false; ///< 修正可: the assignee may edit attachments while it is their turn
    };
    QList<QList<Step>> stages;

    /// The usual rule for a step added by hand: the 決裁 and 合議 go to the proxy, the rest
    /// becomes 後閲.
    static AbsenceRule defaultRule(StepKind kind);
    static Step step(StepKind kind, qint64 assigneeId);

    int stepCount() const;
    QString toJson() const;
    /// nullopt (and *error) when the text is not a route.
    static std::optional<RoutePlan> fromJson(const QString &text, QString *error = nullptr);
};

} // namespace kessai
