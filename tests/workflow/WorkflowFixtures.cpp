// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/workflow/WorkflowFixtures.h"

#include <QSet>

#include <stdexcept>

namespace kessai::test {

WorkflowStep makeStep(qint64 id, StepKind kind, qint64 assignee, int rank)
{
    WorkflowStep s;
    s.id = id;
    s.kind = kind;
    s.assigneeId = assignee;
    s.assigneeRank = rank;
    s.absenceRule =
        kind == StepKind::Decide || kind == StepKind::Consult ? AbsenceRule::Proxy : AbsenceRule::PostReview;
    return s;
}

WorkflowCase standardDecision()
{
    WorkflowCase c;
    c.documentId = 100;
    c.kind = DocumentKind::Decision;
    c.drafterId = Who::Drafter;
    c.title = QStringLiteral("文書管理研修の実施について");
    c.decisionLevelId = 1;
    c.deciderRank = 50;
    c.fileId = 1;
    c.stages = {{1, {makeStep(StepId::Review1, StepKind::Review, Who::Kakaricho, 30)}},
                {2,
                 {makeStep(StepId::ConsultA, StepKind::Consult, Who::ConsultA, 50),
                  makeStep(StepId::ConsultB, StepKind::Consult, Who::ConsultB, 50)}},
                {3, {makeStep(StepId::Review2, StepKind::Review, Who::Hosa, 40)}},
                {4, {makeStep(StepId::Decide, StepKind::Decide, Who::Kacho, 50)}},
                {5, {makeStep(StepId::PostReview, StepKind::PostReview, Who::Reader, 30)}}};
    return c;
}

WorkflowCase standardReport()
{
    WorkflowCase c;
    c.documentId = 200;
    c.kind = DocumentKind::Report;
    c.drafterId = Who::Drafter;
    c.title = QStringLiteral("行政文書ファイル管理簿の公表について（報告）");
    c.stages = {{1, {makeStep(StepId::Circulate1, StepKind::Circulate, Who::Kakaricho)}},
                {2,
                 {makeStep(StepId::Circulate2, StepKind::Circulate, Who::Hosa),
                  makeStep(StepId::Circulate3, StepKind::Circulate, Who::Kacho)}}};
    return c;
}

WorkflowEngine::Actor actor(qint64 userId)
{
    WorkflowEngine::Actor a;
    a.userId = userId;
    a.roles = {Role::Clerk, Role::Approver};
    if (userId == Who::Records)
        a.roles.append(Role::RecordsManager);
    return a;
}

WorkflowEngine::Context context(std::initializer_list<std::pair<qint64, qint64>> absentees)
{
    WorkflowEngine::Context ctx;
    ctx.today = QDate(2026, 5, 1);
    ctx.now = QDateTime(ctx.today, QTime(9, 0), Qt::UTC);
    for (const auto &[user, proxy] : absentees)
        ctx.absentees.insert(user, proxy);
    return ctx;
}

WorkflowAction action(WorkflowActionKind kind, qint64 stepId, const QString &comment, qint64 returnTo)
{
    WorkflowAction a;
    a.kind = kind;
    a.stepId = stepId;
    a.comment = comment;
    a.returnToStepId = returnTo;
    return a;
}

WorkflowCase play(WorkflowCase c, std::initializer_list<Move> moves, const WorkflowEngine::Context &ctx)
{
    for (const Move &m : moves) {
        const auto result =
            WorkflowEngine::apply(c, action(m.kind, m.stepId, m.comment, m.returnTo), actor(m.actor), ctx);
        if (!result.ok)
            throw std::runtime_error(QStringLiteral("%1 on step %2 by user %3 refused: %4")
                                         .arg(toCode(m.kind))
                                         .arg(m.stepId)
                                         .arg(m.actor)
                                         .arg(result.reason)
                                         .toStdString());
        c = result.after;
    }
    return c;
}

namespace {
bool decisionStatus(DocumentStatus s)
{
    return s == DocumentStatus::Decided || s == DocumentStatus::Enforced || s == DocumentStatus::Closed;
}

QString stepViolation(const WorkflowCase &c, const WorkflowStep &s)
{
    const QString at = QStringLiteral("step %1 (%2, %3): ").arg(s.id).arg(toCode(s.kind), toCode(s.state));
    if (s.hasActed() && (!s.actedBy || !s.actedAt.isValid()))
        return at + QStringLiteral("acted without actor or time");
    if (!s.hasActed() && (s.actedBy || s.actingFor || s.actedAt.isValid() || !s.comment.isEmpty()))
        return at + QStringLiteral("carries an action it has not taken");
    if (s.actingFor && (s.actingFor != s.assigneeId || s.actedBy == s.assigneeId))
        return at + QStringLiteral("acting-for someone other than the absent assignee");
    if (s.actingFor && s.postReview == PostReviewMark::None)
        return at + QStringLiteral("acted for the assignee without a 後閲 mark");
    if ((s.state == StepState::Skipped) != (s.skipReason != SkipReason::None))
        return at + QStringLiteral("skip reason does not match the state");
    if ((s.skipReason == SkipReason::Absent || s.skipReason == SkipReason::SkipAhead) &&
        s.postReview == PostReviewMark::None)
        return at + QStringLiteral("passed over without a 後閲 mark");
    if ((s.postReview == PostReviewMark::Read) != s.postReviewedAt.isValid())
        return at + QStringLiteral("後閲 read without a time, or a time without the read");
    if (s.state != StepState::Returned && s.returnToStepId)
        return at + QStringLiteral("a 差戻し target on a step that did not send back");
    if (s.state == StepState::Returned && s.returnToStepId && c.stageOf(s.returnToStepId) >= c.stageOf(s.id))
        return at + QStringLiteral("sent back to a step that is not earlier");
    const bool readKind = s.kind == StepKind::Circulate || s.kind == StepKind::PostReview;
    if (s.state == StepState::Approved && s.kind != StepKind::Review && s.kind != StepKind::Consult)
        return at + QStringLiteral("approved, but it is not a 回議 or 合議 step");
    if (s.state == StepState::Read && !readKind)
        return at + QStringLiteral("read, but it is not a 供覧 or 後閲 step");
    if (s.state == StepState::Decided && s.kind != StepKind::Decide)
        return at + QStringLiteral("decided, but it is not the 決裁 step");
    if (s.state == StepState::Rejected && s.kind != StepKind::Decide && s.kind != StepKind::Review)
        return at + QStringLiteral("rejected, but it is not on the deciding line");
    if (s.kind == StepKind::Decide && s.state == StepState::Skipped && s.skipReason != SkipReason::Ended)
        return at + QStringLiteral("the 決裁 step was passed over");
    if (!s.blocks() && (s.state == StepState::Returned || s.state == StepState::Approved))
        return at + QStringLiteral("a 後閲 step approved or sent back");
    return {};
}
} // namespace

QString invariantViolation(const WorkflowCase &c)
{
    int decided = 0;
    int rejected = 0;
    int returnedToDrafter = 0;
    int returned = 0;
    int pendingAny = 0;
    QSet<int> pendingStages;
    for (int i = 0; i < c.stages.size(); ++i) {
        for (const WorkflowStep &s : c.stages.at(i).steps) {
            if (const QString v = stepViolation(c, s); !v.isEmpty())
                return v;
            decided += s.state == StepState::Decided ? 1 : 0;
            rejected += s.state == StepState::Rejected ? 1 : 0;
            returned += s.state == StepState::Returned ? 1 : 0;
            returnedToDrafter += s.state == StepState::Returned && !s.returnToStepId ? 1 : 0;
            pendingAny += s.state == StepState::Pending ? 1 : 0;
            if (s.blocks() && s.state == StepState::Pending)
                pendingStages.insert(i);
        }
    }
    const int current = c.currentStage();
    const QString status = toCode(c.status) + QStringLiteral(": ");
    if (!c.needsDecision() && decided)
        return status + QStringLiteral("a report was decided");
    if (!c.undo.isEmpty() && c.status != DocumentStatus::InReview)
        return status + QStringLiteral("a withdrawable action outside review");
    if (decisionStatus(c.status) != c.decidedOn.isValid() && c.needsDecision())
        return status + QStringLiteral("the 決裁日 does not match the status");
    switch (c.status) {
    case DocumentStatus::Draft:
        for (const WorkflowStep &s : c.allSteps()) {
            if (s.state != StepState::Waiting || s.postReview != PostReviewMark::None)
                return status + QStringLiteral("step %1 moved in a draft").arg(s.id);
        }
        break;
    case DocumentStatus::InReview: {
        if (decided || rejected)
            return status + QStringLiteral("decided or rejected steps in review");
        // Post-review never blocks: the route always waits on a due blocking step.
        if (pendingStages.size() != 1 || !pendingStages.contains(current))
            return status +
                   QStringLiteral("the route does not wait on exactly the current stage (%1)").arg(current);
        for (const WorkflowStep &s : c.stages.at(current).steps) {
            if (s.blocks() && (s.state == StepState::Waiting || s.state == StepState::Returned))
                return status + QStringLiteral("step %1 of the current stage is not due").arg(s.id);
        }
        break;
    }
    case DocumentStatus::Returned:
        if (!pendingStages.isEmpty() || returnedToDrafter < 1 || decided || rejected)
            return status + QStringLiteral("a returned document must wait on its drafter alone");
        break;
    case DocumentStatus::Decided:
    case DocumentStatus::Enforced:
    case DocumentStatus::Closed:
        if (!c.needsDecision()) {
            if (c.status != DocumentStatus::Closed || current != -1 || returned)
                return status + QStringLiteral("a report closed before everyone read it");
            break;
        }
        if (decided != 1 || rejected || returned || !pendingStages.isEmpty() || current != -1)
            return status + QStringLiteral("a decision needs exactly one decided step and a finished route");
        if (c.status == DocumentStatus::Enforced && !(c.enforcedOn >= c.decidedOn))
            return status + QStringLiteral("the 施行日 is before the 決裁日");
        break;
    case DocumentStatus::Rejected:
        if (rejected != 1 || decided || pendingAny)
            return status + QStringLiteral("a rejection needs one rejected step and nothing pending");
        break;
    }
    return {};
}

bool sameCase(const WorkflowCase &a, const WorkflowCase &b)
{
    if (a.status != b.status || a.decidedOn != b.decidedOn || a.enforcedOn != b.enforcedOn ||
        a.closedAt != b.closedAt || a.undo.toJson() != b.undo.toJson() || a.stages.size() != b.stages.size())
        return false;
    const QList<WorkflowStep> left = a.allSteps();
    const QList<WorkflowStep> right = b.allSteps();
    if (left.size() != right.size())
        return false;
    for (int i = 0; i < left.size(); ++i) {
        if (!left.at(i).sameState(right.at(i)))
            return false;
    }
    return true;
}

} // namespace kessai::test
