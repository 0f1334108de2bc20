// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/WorkflowCaseStorage.h"

#include "core/documents/RowVersionConflict.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"

namespace kessai {

WorkflowCaseStorage::WorkflowCaseStorage(StoreConnection &connection)
    : m_connection(connection)
{}

std::optional<WorkflowCaseStorage::Loaded> WorkflowCaseStorage::loadForUpdate(qint64 documentId)
{
    return read(documentId, true);
}

std::optional<WorkflowCaseStorage::Loaded> WorkflowCaseStorage::load(qint64 documentId)
{
    return read(documentId, false);
}

std::optional<WorkflowCaseStorage::Loaded> WorkflowCaseStorage::read(qint64 documentId, bool forUpdate)
{
    if (forUpdate && m_connection.isPostgreSQL()) // the row lock serialises clients acting on one document
        SqlQuery(m_connection, QStringLiteral("SELECT id FROM documents WHERE id = ? FOR UPDATE"))
            .bind(documentId)
            .scalar();
    SqlQuery d(m_connection,
               QStringLiteral(
                   "SELECT d.kind, d.status, d.drafter_id, d.title, d.decision_level_id, l.approver_rank, "
                   "d.file_id, d.decided_on, d.decided_at, d.enforced_on, d.enforced_at, d.closed_at, "
                   "d.workflow_undo, d.row_version, d.unit_id, d.doc_number, d.number_label "
                   "FROM documents d LEFT JOIN decision_levels l ON l.id = d.decision_level_id "
                   "WHERE d.id = ?"));
    d.bind(documentId).exec();
    if (!d.next())
        return std::nullopt;
    Loaded loaded;
    WorkflowCase &c = loaded.workflowCase;
    c.documentId = documentId;
    c.kind = fromCode<DocumentKind>(d.text(0)).value_or(DocumentKind::Decision);
    c.status = fromCode<DocumentStatus>(d.text(1)).value_or(DocumentStatus::Draft);
    c.drafterId = d.id(2);
    c.title = d.text(3);
    c.decisionLevelId = d.id(4);
    c.deciderRank = d.value(5).toInt();
    c.fileId = d.id(6);
    c.decidedAt = Timestamps::fromText(d.text(8));
    // Documents decided before schema v2 (or seeded) have only the moment: take its date.
    c.decidedOn =
        d.value(7).isNull() ? c.decidedAt.toLocalTime().date() : Timestamps::dateFromText(d.text(7));
    c.enforcedAt = Timestamps::fromText(d.text(10));
    c.enforcedOn =
        d.value(9).isNull() ? c.enforcedAt.toLocalTime().date() : Timestamps::dateFromText(d.text(9));
    c.closedAt = Timestamps::fromText(d.text(11));
    c.undo = WorkflowCase::Undo::fromJson(d.text(12));
    loaded.rowVersion = d.value(13).toInt();
    loaded.unitId = d.id(14);
    c.unitId = loaded.unitId;
    loaded.numbered = !d.value(15).isNull();
    loaded.numberLabel = d.text(16);

    SqlQuery s(
        m_connection,
        QStringLiteral("SELECT g.id, s.id, s.kind, s.assignee_id, u.active, t.rank, s.absence_rule, s.state, "
                       "s.acted_by, s.acting_for, s.acted_at, s.comment, s.return_to_step_id, s.skip_reason, "
                       "s.post_review, s.post_reviewed_at FROM route_stages g "
                       "LEFT JOIN route_steps s ON s.stage_id = g.id "
                       "LEFT JOIN users u ON u.id = s.assignee_id LEFT JOIN titles t ON t.id = u.title_id "
                       "WHERE g.document_id = ? ORDER BY g.seq, s.id"));
    s.bind(documentId).exec();
    while (s.next()) {
        if (c.stages.isEmpty() || c.stages.constLast().id != s.id(0))
            c.stages.append(WorkflowCase::Stage{s.id(0), {}});
        if (s.value(1).isNull())
            continue; // a stage without steps
        WorkflowStep step;
        step.id = s.id(1);
        step.kind = fromCode<StepKind>(s.text(2)).value_or(StepKind::Review);
        step.assigneeId = s.id(3);
        step.assigneeActive = s.value(4).isNull() || s.flag(4);
        step.assigneeRank = s.value(5).toInt();
        step.absenceRule = fromCode<AbsenceRule>(s.text(6)).value_or(AbsenceRule::PostReview);
        step.state = fromCode<StepState>(s.text(7)).value_or(StepState::Waiting);
        step.actedBy = s.id(8);
        step.actingFor = s.id(9);
        step.actedAt = Timestamps::fromText(s.text(10));
        step.comment = s.text(11);
        step.returnToStepId = s.id(12);
        step.skipReason = fromCode<SkipReason>(s.text(13)).value_or(SkipReason::None);
        step.postReview = fromCode<PostReviewMark>(s.text(14)).value_or(PostReviewMark::None);
        step.postReviewedAt = Timestamps::fromText(s.text(15));
        c.stages.last().steps.append(step);
    }
    return loaded;
}

int WorkflowCaseStorage::save(const WorkflowCase &before, const WorkflowCase &after, int expectedVersion)
{
    SqlQuery step(
        m_connection,
        QStringLiteral("UPDATE route_steps SET state = ?, acted_by = ?, acting_for = ?, acted_at = ?, "
                       "comment = ?, return_to_step_id = ?, skip_reason = ?, post_review = ?, "
                       "post_reviewed_at = ? WHERE id = ? AND document_id = ?"));
    for (const WorkflowStep &old : before.allSteps()) {
        const WorkflowStep *s = after.step(old.id);
        if (!s || s->sameState(old))
            continue;
        step.bind(toCode(s->state))
            .bindOptionalId(s->actedBy)
            .bindOptionalId(s->actingFor)
            .bindOptional(Timestamps::toText(s->actedAt))
            .bind(s->comment)
            .bindOptionalId(s->returnToStepId)
            .bind(toCode(s->skipReason))
            .bind(toCode(s->postReview))
            .bindOptional(Timestamps::toText(s->postReviewedAt))
            .bind(s->id)
            .bind(after.documentId)
            .exec();
    }
    const QString now = Timestamps::toText(Timestamps::now());
    const bool firstSubmission =
        before.status == DocumentStatus::Draft && after.status != DocumentStatus::Draft;
    const int updated =
        SqlQuery(m_connection,
                 QStringLiteral(
                     "UPDATE documents SET status = ?, decided_on = ?, decided_at = ?, enforced_on = ?, "
                     "enforced_at = ?, closed_at = ?, workflow_undo = ?, "
                     "submitted_at = CASE WHEN ? THEN COALESCE(submitted_at, ?) ELSE submitted_at END, "
                     "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"))
            .bind(toCode(after.status))
            .bindOptional(Timestamps::dateToText(after.decidedOn))
            .bindOptional(Timestamps::toText(after.decidedAt))
            .bindOptional(Timestamps::dateToText(after.enforcedOn))
            .bindOptional(Timestamps::toText(after.enforcedAt))
            .bindOptional(Timestamps::toText(after.closedAt))
            .bind(after.undo.toJson())
            .bind(firstSubmission)
            .bind(now)
            .bind(now)
            .bind(after.documentId)
            .bind(expectedVersion)
            .exec()
            .numRowsAffected();
    if (updated != 1)
        throw RowVersionConflict::error(m_connection, after.documentId);
    return expectedVersion + 1;
}

QHash<qint64, qint64> WorkflowCaseStorage::absenteesOn(const QDate &date)
{
    const QString day = Timestamps::dateToText(date);
    SqlQuery q(m_connection,
               QStringLiteral("SELECT user_id, proxy_user_id FROM absences WHERE starts_on <= ? "
                              "AND ends_on >= ? ORDER BY created_at, id"));
    q.bind(day).bind(day).exec();
    QHash<qint64, qint64> absentees;
    while (q.next())
        absentees.insert(q.id(0), q.id(1));
    return absentees;
}

} // namespace kessai
