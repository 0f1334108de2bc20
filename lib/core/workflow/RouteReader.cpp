// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/RouteReader.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"

namespace kessai {

RouteReader::RouteReader(StoreConnection &connection)
    : m_connection(connection)
{}

QList<RouteStep> RouteReader::route(qint64 documentId)
{
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT s.id, s.stage_id, g.seq, s.kind, s.assignee_id, a.display_name, t.name, "
                       "s.assignee_unit_id, au.name, s.state, s.acted_by, b.display_name, s.acting_for, "
                       "p.display_name, s.acted_at, s.comment, s.absence_rule, s.return_to_step_id, "
                       "s.skip_reason, s.post_review, s.post_reviewed_at, s.may_edit FROM route_steps s "
                       "JOIN route_stages g ON g.id = s.stage_id "
                       "LEFT JOIN users a ON a.id = s.assignee_id LEFT JOIN titles t ON t.id = a.title_id "
                       "LEFT JOIN units au ON au.id = s.assignee_unit_id "
                       "LEFT JOIN users b ON b.id = s.acted_by LEFT JOIN users p ON p.id = s.acting_for "
                       "WHERE s.document_id = ? ORDER BY g.seq, s.id"));
    q.bind(documentId).exec();
    QList<RouteStep> steps;
    while (q.next()) {
        RouteStep step;
        step.id = q.id(0);
        step.stageId = q.id(1);
        step.stageSeq = q.value(2).toInt();
        step.kind = fromCode<StepKind>(q.text(3)).value_or(StepKind::Review);
        step.assigneeId = q.id(4);
        step.assigneeName = q.text(5);
        step.assigneeTitle = q.text(6);
        step.assigneeUnitId = q.id(7);
        step.assigneeUnitName = q.text(8);
        step.state = fromCode<StepState>(q.text(9)).value_or(StepState::Waiting);
        step.actedById = q.id(10);
        step.actedByName = q.text(11);
        step.actingForId = q.id(12);
        step.actingForName = q.text(13);
        step.actedAt = Timestamps::fromText(q.text(14));
        step.comment = q.text(15);
        step.absenceRule = fromCode<AbsenceRule>(q.text(16)).value_or(AbsenceRule::PostReview);
        step.returnToStepId = q.id(17);
        step.skipReason = fromCode<SkipReason>(q.text(18)).value_or(SkipReason::None);
        step.postReview = fromCode<PostReviewMark>(q.text(19)).value_or(PostReviewMark::None);
        step.postReviewedAt = Timestamps::fromText(q.text(20));
        step.mayEdit = q.flag(21);
        steps.append(step);
    }
    SqlQuery e(m_connection,
               QStringLiteral("SELECT v.step_id, CASE WHEN a.removed_at IS NULL THEN a.position ELSE 0 END, "
                              "a.display_name, v.version_no, v.created_at FROM attachment_versions v "
                              "JOIN attachments a ON a.id = v.attachment_id "
                              "WHERE a.document_id = ? AND v.step_id IS NOT NULL "
                              "ORDER BY v.created_at, v.attachment_id, v.version_no"));
    e.bind(documentId).exec();
    while (e.next()) {
        for (RouteStep &step : steps) {
            if (step.id == e.id(0))
                step.edits.append(
                    {e.value(1).toInt(), e.text(2), e.value(3).toInt(), Timestamps::fromText(e.text(4))});
        }
    }
    return steps;
}

} // namespace kessai
