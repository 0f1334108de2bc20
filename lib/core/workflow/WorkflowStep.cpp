// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/WorkflowStep.h"

#include "core/CodeTable.h"
#include "core/store/Timestamps.h"

namespace kessai {

namespace {
constexpr CodeTable<PostReviewMark, 3> kMarks{
    {{PostReviewMark::None, "none"}, {PostReviewMark::Owed, "owed"}, {PostReviewMark::Read, "read"}}};
constexpr CodeTable<SkipReason, 4> kReasons{{{SkipReason::None, "none"},
                                             {SkipReason::Absent, "absent"},
                                             {SkipReason::SkipAhead, "skip_ahead"},
                                             {SkipReason::Ended, "ended"}}};
} // namespace

QString toCode(PostReviewMark value)
{
    return codeOf(kMarks, value);
}
QString toCode(SkipReason value)
{
    return codeOf(kReasons, value);
}
template <>
std::optional<PostReviewMark> fromCode<PostReviewMark>(const QString &code)
{
    return valueOf(kMarks, code);
}
template <>
std::optional<SkipReason> fromCode<SkipReason>(const QString &code)
{
    return valueOf(kReasons, code);
}

bool WorkflowStep::complete() const
{
    if (!blocks())
        return true;
    switch (state) {
    case StepState::Approved:
    case StepState::Decided:
    case StepState::Read:
    case StepState::Skipped:
        return true;
    case StepState::Waiting:
    case StepState::Pending:
    case StepState::Returned:
    case StepState::Rejected:
        return false;
    }
    return false;
}

bool WorkflowStep::hasActed() const
{
    return state == StepState::Approved || state == StepState::Returned || state == StepState::Rejected ||
           state == StepState::Decided || state == StepState::Read;
}

bool WorkflowStep::sameState(const WorkflowStep &o) const
{
    return id == o.id && kind == o.kind && assigneeId == o.assigneeId && state == o.state &&
           actedBy == o.actedBy && actingFor == o.actingFor && actedAt == o.actedAt && comment == o.comment &&
           returnToStepId == o.returnToStepId && skipReason == o.skipReason && postReview == o.postReview &&
           postReviewedAt == o.postReviewedAt;
}

QJsonObject WorkflowStep::toJson() const
{
    // Only what the workflow changes: 引戻し restores these fields.
    return {{QStringLiteral("id"), id},
            {QStringLiteral("state"), toCode(state)},
            {QStringLiteral("acted_by"), actedBy},
            {QStringLiteral("acting_for"), actingFor},
            {QStringLiteral("acted_at"), Timestamps::toText(actedAt)},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("return_to"), returnToStepId},
            {QStringLiteral("skip_reason"), toCode(skipReason)},
            {QStringLiteral("post_review"), toCode(postReview)},
            {QStringLiteral("post_reviewed_at"), Timestamps::toText(postReviewedAt)}};
}

WorkflowStep WorkflowStep::fromJson(const QJsonObject &o)
{
    WorkflowStep step;
    step.id = o.value(QStringLiteral("id")).toInteger();
    step.state =
        fromCode<StepState>(o.value(QStringLiteral("state")).toString()).value_or(StepState::Waiting);
    step.actedBy = o.value(QStringLiteral("acted_by")).toInteger();
    step.actingFor = o.value(QStringLiteral("acting_for")).toInteger();
    step.actedAt = Timestamps::fromText(o.value(QStringLiteral("acted_at")).toString());
    step.comment = o.value(QStringLiteral("comment")).toString();
    step.returnToStepId = o.value(QStringLiteral("return_to")).toInteger();
    step.skipReason =
        fromCode<SkipReason>(o.value(QStringLiteral("skip_reason")).toString()).value_or(SkipReason::None);
    step.postReview = fromCode<PostReviewMark>(o.value(QStringLiteral("post_review")).toString())
                          .value_or(PostReviewMark::None);
    step.postReviewedAt = Timestamps::fromText(o.value(QStringLiteral("post_reviewed_at")).toString());
    return step;
}

} // namespace kessai
