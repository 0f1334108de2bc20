// SPDX-License-Identifier: GPL-3.0-or-later
// WorkflowEngine, part 1: who may do what, and why not. Every refusal names the step and
// the rule so that a person (or a script) understands it without reading this file.
#include "core/DomainLabels.h"
#include "core/workflow/RouteValidator.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowEngineSupport.h"

namespace kessai {

QString WorkflowEngine::Context::name(qint64 userId) const
{
    return nameOf ? nameOf(userId) : WorkflowEngine::tr("user %1").arg(userId);
}

namespace workflow {

QString stepText(const WorkflowStep &s, const WorkflowEngine::Context &ctx)
{
    return WorkflowEngine::tr("step %1 (%2, %3)")
        .arg(s.id)
        .arg(DomainLabels::label(s.kind), ctx.name(s.assigneeId));
}

bool isProxyFor(const WorkflowStep &s, const WorkflowEngine::Actor &actor, const WorkflowEngine::Context &ctx)
{
    // The 決裁 step always goes to the proxy (代決); other steps only where the 専決規程 says so.
    return actor.userId != 0 && s.assigneeId != actor.userId && ctx.isAbsent(s.assigneeId) &&
           ctx.proxyOf(s.assigneeId) == actor.userId &&
           (s.kind == StepKind::Decide || s.absenceRule == AbsenceRule::Proxy);
}

} // namespace workflow

namespace {
using Kind = WorkflowActionKind;
using Actor = WorkflowEngine::Actor;
using Context = WorkflowEngine::Context;
using workflow::isProxyFor;
using workflow::stepText;

QString quoted(DocumentStatus status)
{
    return WorkflowEngine::tr("\"%1\"").arg(DomainLabels::label(status));
}

QString notPending(const WorkflowStep &s, const Context &ctx)
{
    switch (s.state) {
    case StepState::Waiting:
        return WorkflowEngine::tr("%1 is not due yet: an earlier stage has not finished")
            .arg(stepText(s, ctx));
    case StepState::Returned:
        return WorkflowEngine::tr("%1 sent the document back (差戻し) and waits for it to return")
            .arg(stepText(s, ctx));
    case StepState::Skipped:
        return WorkflowEngine::tr("%1 was passed over").arg(stepText(s, ctx));
    case StepState::Pending:
        return {};
    case StepState::Approved:
    case StepState::Rejected:
    case StepState::Decided:
    case StepState::Read:
        break;
    }
    return WorkflowEngine::tr("%1 was already processed (%2) by %3")
        .arg(stepText(s, ctx), DomainLabels::label(s.state), ctx.name(s.actedBy));
}

QString notYours(const WorkflowStep &s, const Actor &actor, const Context &ctx)
{
    return WorkflowEngine::tr("%1 is not for %2 (nor are they the registered proxy of its absent assignee)")
        .arg(stepText(s, ctx), ctx.name(actor.userId));
}

QString notInReview(const WorkflowCase &c)
{
    return WorkflowEngine::tr("the document is %1, not in review").arg(quoted(c.status));
}

QString noStep(qint64 id)
{
    return WorkflowEngine::tr("step %1 is not on this document's route").arg(id);
}

// The common gate of the actions on a pending step: in review, the step exists and is due,
// and the actor is its assignee or (where allowed) the proxy of its absent assignee.
QString pendingStepGate(const WorkflowCase &c, const WorkflowStep *s, qint64 id, const Actor &actor,
                        const Context &ctx, bool proxyMay)
{
    if (c.status != DocumentStatus::InReview)
        return notInReview(c);
    if (!s)
        return noStep(id);
    if (s->state != StepState::Pending)
        return notPending(*s, ctx);
    if (s->assigneeId != actor.userId && !(proxyMay && isProxyFor(*s, actor, ctx)))
        return notYours(*s, actor, ctx);
    return {};
}

bool mayFinish(const WorkflowCase &c, const Actor &actor)
{
    return actor.userId == c.drafterId || actor.has(Role::RecordsManager);
}

QString checkSubmit(const WorkflowCase &c, const Actor &actor, const Context &ctx, bool validate,
                    QStringList *problems)
{
    if (actor.userId != c.drafterId)
        return WorkflowEngine::tr("only the drafter, %1, may submit this document")
            .arg(ctx.name(c.drafterId));
    if (c.status != DocumentStatus::Draft && c.status != DocumentStatus::Returned)
        return WorkflowEngine::tr("the document is %1: only a draft or a returned document can be submitted")
            .arg(quoted(c.status));
    if (!validate)
        return {};
    const QStringList found = RouteValidator::problems(c, ctx.nameOf);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return WorkflowEngine::tr("the document cannot be submitted yet: ") +
               found.join(QStringLiteral("; "));
    return {};
}

QString checkApprove(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    const WorkflowStep *s = c.step(a.stepId);
    if (s && s->kind == StepKind::Decide)
        return WorkflowEngine::tr("%1 is the 決裁 step: decide it (or 代決), do not approve it")
            .arg(stepText(*s, ctx));
    if (s && (s->kind == StepKind::Circulate || s->kind == StepKind::PostReview))
        return WorkflowEngine::tr("%1 is for reading: read it, do not approve it").arg(stepText(*s, ctx));
    return pendingStepGate(c, s, a.stepId, actor, ctx, true);
}

QString checkRead(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    const WorkflowStep *s = c.step(a.stepId);
    if (!s)
        return noStep(a.stepId);
    const bool routeRead = s->state == StepState::Pending &&
                           (s->kind == StepKind::PostReview ||
                            (s->kind == StepKind::Circulate && c.status == DocumentStatus::InReview));
    if (routeRead && (s->assigneeId == actor.userId || isProxyFor(*s, actor, ctx)))
        return {};
    if (s->postReview == PostReviewMark::Owed && s->assigneeId == actor.userId)
        return {};
    if (routeRead)
        return notYours(*s, actor, ctx);
    if (s->postReview == PostReviewMark::Owed)
        return WorkflowEngine::tr("the 後閲 of %1 is for its assignee to read, not for %2")
            .arg(stepText(*s, ctx), ctx.name(actor.userId));
    if (s->postReview == PostReviewMark::Read)
        return WorkflowEngine::tr("the 後閲 of %1 was already read").arg(stepText(*s, ctx));
    if (s->kind == StepKind::Review || s->kind == StepKind::Consult || s->kind == StepKind::Decide)
        return WorkflowEngine::tr("%1 is approved or decided, not read, and it owes no 後閲")
            .arg(stepText(*s, ctx));
    if (s->kind == StepKind::Circulate && c.status != DocumentStatus::InReview &&
        s->state == StepState::Pending)
        return notInReview(c);
    return notPending(*s, ctx);
}

QString checkReturn(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    const WorkflowStep *s = c.step(a.stepId);
    if (s && !s->blocks())
        return WorkflowEngine::tr("%1 is a 後閲 step: it cannot send the document back")
            .arg(stepText(*s, ctx));
    if (const QString gate = pendingStepGate(c, s, a.stepId, actor, ctx, true); !gate.isEmpty())
        return gate;
    if (a.comment.trimmed().isEmpty())
        return WorkflowEngine::tr("a 差戻し needs a comment saying what to correct");
    if (a.returnToStepId == 0)
        return {};
    const WorkflowStep *target = c.step(a.returnToStepId);
    if (!target)
        return noStep(a.returnToStepId);
    if (c.stageOf(target->id) >= c.stageOf(s->id))
        return WorkflowEngine::tr("a 差戻し goes to an earlier stage: %1 is not before %2")
            .arg(stepText(*target, ctx), stepText(*s, ctx));
    if (!target->blocks() || (target->state != StepState::Approved && target->state != StepState::Read))
        return WorkflowEngine::tr(
                   "%1 has not approved (it is %2): send the document back to the drafter or to "
                   "an earlier step that approved it")
            .arg(stepText(*target, ctx), DomainLabels::label(target->state));
    return {};
}

QString checkReject(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    if (!c.needsDecision())
        return WorkflowEngine::tr("a %1 document is not decided, so it cannot be rejected (却下)")
            .arg(DomainLabels::label(c.kind));
    const WorkflowStep *s = c.step(a.stepId);
    if (s && s->kind != StepKind::Decide && s->kind != StepKind::Review)
        return WorkflowEngine::tr(
                   "%1 cannot reject: only the deciding line (回議, 決裁) rejects (却下); 合議 and "
                   "供覧 send back (差戻し)")
            .arg(stepText(*s, ctx));
    if (const QString gate = pendingStepGate(c, s, a.stepId, actor, ctx, false); !gate.isEmpty()) {
        if (s && s->state == StepState::Pending && isProxyFor(*s, actor, ctx))
            return WorkflowEngine::tr(
                       "a proxy may approve, decide (代決) or send back (差戻し), but only %1 may "
                       "reject (却下)")
                .arg(ctx.name(s->assigneeId));
        return gate;
    }
    if (a.comment.trimmed().isEmpty())
        return WorkflowEngine::tr("a 却下 needs a comment giving the reason");
    return {};
}

QString checkDecide(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx,
                    bool asProxy)
{
    const WorkflowStep *s = c.step(a.stepId);
    if (s && s->kind != StepKind::Decide)
        return WorkflowEngine::tr("%1 is not the 決裁 step").arg(stepText(*s, ctx));
    if (!asProxy)
        return pendingStepGate(c, s, a.stepId, actor, ctx, false);
    if (const QString gate = pendingStepGate(c, s, a.stepId, actor, ctx, true); !gate.isEmpty()) {
        if (s && s->state == StepState::Pending && s->assigneeId != actor.userId) {
            if (!ctx.isAbsent(s->assigneeId))
                return WorkflowEngine::tr("the decider, %1, is not registered as absent today: 代決 needs a "
                                          "registered absence")
                    .arg(ctx.name(s->assigneeId));
            return WorkflowEngine::tr("%1 is not the registered proxy of the absent decider, %2")
                .arg(ctx.name(actor.userId), ctx.name(s->assigneeId));
        }
        return gate;
    }
    if (s->assigneeId == actor.userId)
        return WorkflowEngine::tr("the decider decides in person: that is 決裁, not 代決");
    return {};
}

QString checkSkipAhead(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    if (c.status != DocumentStatus::InReview)
        return notInReview(c);
    const WorkflowStep *s = c.step(a.stepId);
    if (!s)
        return noStep(a.stepId);
    if (s->kind != StepKind::Review && s->kind != StepKind::Decide)
        return WorkflowEngine::tr("%1 is not on the deciding line: only 回議 and 決裁 steps may 引上げ")
            .arg(stepText(*s, ctx));
    if (s->assigneeId != actor.userId)
        return notYours(*s, actor, ctx);
    if (s->state == StepState::Pending)
        return WorkflowEngine::tr("%1 is already due: approve or decide it, nothing needs skipping")
            .arg(stepText(*s, ctx));
    if (s->state != StepState::Waiting)
        return notPending(*s, ctx);
    if (c.hasStepIn(StepState::Returned))
        return WorkflowEngine::tr(
            "a 差戻し is under way: the route must first come back to the step that sent it back");
    return {};
}

QString checkWithdraw(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    if (c.undo.isEmpty())
        return WorkflowEngine::tr(
            "there is nothing to withdraw (引戻し): the last action was a 決裁, 差戻し or 却下, or the next "
            "person has already acted");
    if (c.undo.actorId != actor.userId)
        return WorkflowEngine::tr("only %1, who took the last action, may withdraw it")
            .arg(ctx.name(c.undo.actorId));
    if (a.stepId != 0 && a.stepId != c.undo.stepId)
        return WorkflowEngine::tr("the last action was on step %1, not on step %2")
            .arg(c.undo.stepId)
            .arg(a.stepId);
    return {};
}

QString checkEnforce(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor, const Context &ctx)
{
    if (!c.needsDecision())
        return WorkflowEngine::tr("a %1 document is not enforced (施行)").arg(DomainLabels::label(c.kind));
    if (c.status != DocumentStatus::Decided)
        return WorkflowEngine::tr("the document is %1: only a decided document can be enforced (施行)")
            .arg(quoted(c.status));
    if (!mayFinish(c, actor))
        return WorkflowEngine::tr("only the drafter, %1, or a records manager may record the 施行")
            .arg(ctx.name(c.drafterId));
    const QDate date = a.date.isValid() ? a.date : ctx.today;
    if (!date.isValid() || date < c.decidedOn)
        return WorkflowEngine::tr("the 施行日 %1 is before the 決裁日 %2")
            .arg(date.toString(Qt::ISODate), c.decidedOn.toString(Qt::ISODate));
    return {};
}

QString checkClose(const WorkflowCase &c, const Actor &actor, const Context &ctx)
{
    if (!c.needsDecision())
        return WorkflowEngine::tr("a %1 document closes (完結) by itself once everyone has read it")
            .arg(DomainLabels::label(c.kind));
    if (c.status != DocumentStatus::Decided && c.status != DocumentStatus::Enforced)
        return WorkflowEngine::tr(
                   "the document is %1: only a decided or enforced document can be closed (完結)")
            .arg(quoted(c.status));
    if (!mayFinish(c, actor))
        return WorkflowEngine::tr("only the drafter, %1, or a records manager may close the document")
            .arg(ctx.name(c.drafterId));
    return {};
}
// 供覧の打切り: a 文書管理者 of the document's 課 (or an administrator) ends a 供覧 before every
// reader has confirmed, saying why; the readers left can no longer confirm.
QString checkCloseEarly(const WorkflowCase &c, const WorkflowAction &a, const Actor &actor)
{
    if (c.needsDecision())
        return WorkflowEngine::tr("a %1 document is decided, not circulated: only a 供覧 is closed early")
            .arg(DomainLabels::label(c.kind));
    if (c.status != DocumentStatus::InReview)
        return WorkflowEngine::tr("the document is %1: only a 供覧 under way can be closed early")
            .arg(quoted(c.status));
    if (!actor.has(Role::Admin) && !(actor.has(Role::RecordsManager) && actor.unitScope.contains(c.unitId)))
        return WorkflowEngine::tr(
            "only a records manager (文書管理者) of the document's 課 or an administrator may close a 供覧 early");
    if (a.comment.trimmed().isEmpty())
        return WorkflowEngine::tr("closing a 供覧 early needs a reason");
    return {};
}
} // namespace

namespace workflow {

QString check(const WorkflowCase &c, const WorkflowAction &a, const WorkflowEngine::Actor &actor,
              const WorkflowEngine::Context &ctx, bool validate, QStringList *problems)
{
    switch (a.kind) {
    case Kind::Submit:
        return checkSubmit(c, actor, ctx, validate, problems);
    case Kind::Approve:
        return checkApprove(c, a, actor, ctx);
    case Kind::Read:
        return checkRead(c, a, actor, ctx);
    case Kind::Return:
        return checkReturn(c, a, actor, ctx);
    case Kind::Reject:
        return checkReject(c, a, actor, ctx);
    case Kind::Withdraw:
        return checkWithdraw(c, a, actor, ctx);
    case Kind::SkipAhead:
        return checkSkipAhead(c, a, actor, ctx);
    case Kind::Decide:
        return checkDecide(c, a, actor, ctx, false);
    case Kind::ProxyDecide:
        return checkDecide(c, a, actor, ctx, true);
    case Kind::Enforce:
        return checkEnforce(c, a, actor, ctx);
    case Kind::Close:
        return checkClose(c, actor, ctx);
    case Kind::CloseEarly:
        return checkCloseEarly(c, a, actor);
    }
    return WorkflowEngine::tr("unknown action");
}

} // namespace workflow

QString WorkflowEngine::refusal(const WorkflowCase &c, const WorkflowAction &action, const Actor &actor,
                                const Context &context)
{
    return workflow::check(c, action, actor, context, true, nullptr);
}

QList<WorkflowAction> WorkflowEngine::allowedActions(const WorkflowCase &c, const Actor &actor,
                                                     const Context &context)
{
    QList<WorkflowAction> list;
    auto consider = [&](WorkflowAction a) {
        const QString placeholder = QStringLiteral("-");
        if (a.commentRequired())
            a.comment = placeholder; // asked for by the dialog; not what decides whether it is allowed
        if (!workflow::check(c, a, actor, context, false, nullptr).isEmpty())
            return false;
        a.comment.clear();
        list.append(a);
        return true;
    };
    if (actor.userId == c.drafterId) {
        WorkflowAction submit;
        submit.kind = Kind::Submit;
        consider(submit);
    }
    // Only candidates that can pass are checked: refusals are costly to word, and a route has
    // few due steps. Every action on a step needs it due, waiting (引上げ) or owing 後閲.
    const bool inReview = c.status == DocumentStatus::InReview;
    const QList<WorkflowStep> steps = c.allSteps();
    for (const WorkflowStep &s : steps) {
        const bool due = s.state == StepState::Pending;
        if (due || s.postReview == PostReviewMark::Owed) {
            WorkflowAction read;
            read.kind = Kind::Read;
            read.stepId = s.id;
            consider(read);
        }
        if (inReview && s.state == StepState::Waiting && s.assigneeId == actor.userId) {
            WorkflowAction skip;
            skip.kind = Kind::SkipAhead;
            skip.stepId = s.id;
            consider(skip);
        }
        if (!inReview || !due)
            continue;
        for (Kind kind : {Kind::Approve, Kind::Decide, Kind::ProxyDecide, Kind::Reject}) {
            WorkflowAction a;
            a.kind = kind;
            a.stepId = s.id;
            consider(a);
        }
        {
            WorkflowAction back;
            back.kind = Kind::Return;
            back.stepId = s.id;
            back.comment = QStringLiteral("-");
            if (!workflow::check(c, back, actor, context, false, nullptr).isEmpty())
                continue;
            for (const WorkflowStep &t : steps) {
                if (t.state != StepState::Approved && t.state != StepState::Read)
                    continue;
                back.returnToStepId = t.id;
                if (workflow::check(c, back, actor, context, false, nullptr).isEmpty())
                    back.returnTargets.append(t.id);
            }
            back.returnToStepId = 0;
            back.comment.clear();
            list.append(back);
        }
    }
    if (inReview && !c.needsDecision()) {
        WorkflowAction early;
        early.kind = Kind::CloseEarly;
        consider(early);
    }
    const bool finishing = c.status == DocumentStatus::Decided || c.status == DocumentStatus::Enforced;
    for (Kind kind : {Kind::Withdraw, Kind::Enforce, Kind::Close}) {
        if (kind == Kind::Withdraw ? c.undo.actorId != actor.userId : !finishing)
            continue;
        WorkflowAction a;
        a.kind = kind;
        a.stepId = kind == Kind::Withdraw ? c.undo.stepId : 0;
        consider(a);
    }
    return list;
}

} // namespace kessai
