// SPDX-License-Identifier: GPL-3.0-or-later
// WorkflowEngine, part 2: what each action changes, and how the route moves on (settle).
#include "core/workflow/WorkflowEngine.h"

#include "core/workflow/WorkflowEngineSupport.h"

namespace kessai {

namespace {
using Kind = WorkflowActionKind;
using Event = WorkflowEngine::Event;

void clearAction(WorkflowStep &s)
{
    s.actedBy = 0;
    s.actingFor = 0;
    s.actedAt = {};
    s.comment.clear();
    s.returnToStepId = 0;
    s.skipReason = SkipReason::None;
}

void act(WorkflowStep &s, StepState state, const WorkflowEngine::Actor &actor, qint64 actingFor,
         const QString &comment, const WorkflowEngine::Context &ctx)
{
    clearAction(s);
    s.state = state;
    s.actedBy = actor.userId;
    s.actingFor = actingFor;
    s.actedAt = ctx.now;
    s.comment = comment;
    if (actingFor) { // 代決 / 代理: the assignee reads it afterwards
        s.postReview = PostReviewMark::Owed;
        s.postReviewedAt = {};
    }
}

void passOver(WorkflowStep &s, SkipReason reason, bool owesPostReview)
{
    clearAction(s);
    s.state = StepState::Skipped;
    s.skipReason = reason;
    if (owesPostReview) {
        s.postReview = PostReviewMark::Owed;
        s.postReviewedAt = {};
    }
}

Event stepEvent(const QString &action, const WorkflowStep &s, qint64 actorId)
{
    Event e;
    e.action = action;
    e.stepId = s.id;
    e.actorId = actorId;
    e.actingForId = s.actingFor;
    e.comment = s.comment;
    e.details.insert(QStringLiteral("step_kind"), toCode(s.kind));
    e.details.insert(QStringLiteral("assignee"), s.assigneeId);
    return e;
}

// Moves the route on: every stage up to the first incomplete one is reached. Waiting steps
// there become due, or are passed over as 後閲 when their assignee is away and the rule says
// so. A returned step (差戻し) reached again is due again: that is how a corrected document
// comes back to the step that sent it back. 後閲 steps are reached but never hold the route.
void settle(WorkflowCase &c, const WorkflowEngine::Context &ctx, QList<Event> &events)
{
    const bool inReview = c.status == DocumentStatus::InReview;
    const bool decided = c.status == DocumentStatus::Decided || c.status == DocumentStatus::Enforced ||
                         c.status == DocumentStatus::Closed;
    if (!inReview && !decided)
        return;
    bool reachedEnd = true;
    for (WorkflowCase::Stage &stage : c.stages) {
        bool incomplete = false;
        for (WorkflowStep &s : stage.steps) {
            if (!s.blocks()) {
                if (s.state == StepState::Waiting)
                    s.state = StepState::Pending;
                continue;
            }
            if (inReview && (s.state == StepState::Waiting || s.state == StepState::Returned)) {
                if (s.kind != StepKind::Decide && s.absenceRule == AbsenceRule::PostReview &&
                    ctx.isAbsent(s.assigneeId)) {
                    passOver(s, SkipReason::Absent, true);
                    events.append(stepEvent(QStringLiteral("pass_absent"), s, 0));
                } else {
                    clearAction(s);
                    s.state = StepState::Pending;
                }
            }
            incomplete = incomplete || !s.complete();
        }
        if (incomplete) {
            reachedEnd = false;
            break;
        }
    }
    if (reachedEnd && inReview && !c.needsDecision()) { // 供覧 done: a report ends when all have read
        c.status = DocumentStatus::Closed;
        c.closedAt = ctx.now;
        Event e;
        e.action = QStringLiteral("close");
        e.details.insert(QStringLiteral("automatic"), true);
        e.details.insert(QStringLiteral("status"), toCode(c.status));
        events.append(e);
    }
}

void decide(WorkflowCase &c, WorkflowStep &s, const WorkflowEngine::Actor &actor, qint64 actingFor,
            const QString &comment, const WorkflowEngine::Context &ctx)
{
    act(s, StepState::Decided, actor, actingFor, comment, ctx);
    c.status = DocumentStatus::Decided;
    c.decidedOn = ctx.today;
    c.decidedAt = ctx.now;
}

void sendBack(WorkflowCase &c, WorkflowStep &s, qint64 target)
{
    s.returnToStepId = target;
    // Parallel steps still due wait for the corrected document too.
    for (WorkflowStep &other : c.stages[c.stageOf(s.id)].steps) {
        if (other.id != s.id && other.blocks() && other.state == StepState::Pending)
            other.state = StepState::Waiting;
    }
    if (target == 0) {
        c.status = DocumentStatus::Returned;
        return;
    }
    WorkflowStep &t = *c.step(target);
    clearAction(t);
    t.state = StepState::Pending;
}

void restore(WorkflowCase &c)
{
    c.status = c.undo.status;
    for (const WorkflowStep &before : c.undo.steps) {
        WorkflowStep *s = c.step(before.id);
        if (!s)
            continue;
        s->state = before.state;
        s->actedBy = before.actedBy;
        s->actingFor = before.actingFor;
        s->actedAt = before.actedAt;
        s->comment = before.comment;
        s->returnToStepId = before.returnToStepId;
        s->skipReason = before.skipReason;
        s->postReview = before.postReview;
        s->postReviewedAt = before.postReviewedAt;
    }
    if (c.status == DocumentStatus::Draft || c.status == DocumentStatus::Returned ||
        c.status == DocumentStatus::InReview) {
        c.closedAt = {};
    }
}
} // namespace

WorkflowEngine::Result WorkflowEngine::apply(const WorkflowCase &c, const WorkflowAction &a,
                                             const Actor &actor, const Context &ctx)
{
    Result result;
    result.after = c;
    result.reason = workflow::check(c, a, actor, ctx, true, &result.problems);
    if (!result.reason.isEmpty())
        return result;
    result.ok = true;

    WorkflowCase &n = result.after;
    const QString comment = a.comment.trimmed();
    WorkflowStep *s = n.step(a.stepId);
    const bool mayProxy = a.kind == Kind::Approve || a.kind == Kind::Read || a.kind == Kind::Return ||
                          a.kind == Kind::ProxyDecide;
    const qint64 proxyFor = mayProxy && s && workflow::isProxyFor(*s, actor, ctx) ? s->assigneeId : 0;
    QList<Event> follow; // what the route did by itself after the action
    bool withdrawable = false;
    bool orthogonal = false; // a 後閲 read: it does not move the route
    Event main;
    main.action = toCode(a.kind);
    main.stepId = a.stepId;
    main.actorId = actor.userId;
    main.actingForId = proxyFor;
    main.comment = comment;
    if (s)
        main.details.insert(QStringLiteral("step_kind"), toCode(s->kind));

    switch (a.kind) {
    case Kind::Submit:
        main.details.insert(QStringLiteral("resubmission"), c.status == DocumentStatus::Returned);
        n.status = DocumentStatus::InReview;
        settle(n, ctx, follow);
        withdrawable = true;
        break;
    case Kind::Approve:
        act(*s, StepState::Approved, actor, proxyFor, comment, ctx);
        settle(n, ctx, follow);
        withdrawable = true;
        break;
    case Kind::Read:
        // The same order as the rule: a due 供覧 / 後閲 step first, else the step's 後閲 mark.
        if (s->state == StepState::Pending &&
            (s->kind == StepKind::PostReview ||
             (s->kind == StepKind::Circulate && c.status == DocumentStatus::InReview)) &&
            (s->assigneeId == actor.userId || proxyFor)) {
            act(*s, StepState::Read, actor, proxyFor, comment, ctx);
            orthogonal = s->kind == StepKind::PostReview;
            withdrawable = !orthogonal;
            settle(n, ctx, follow);
        } else { // a 後閲 mark
            s->postReview = PostReviewMark::Read;
            s->postReviewedAt = ctx.now;
            main.action = QStringLiteral("post_review_read");
            orthogonal = true;
        }
        break;
    case Kind::Return:
        act(*s, StepState::Returned, actor, proxyFor, comment, ctx);
        sendBack(n, *s, a.returnToStepId);
        main.details.insert(QStringLiteral("return_to"), a.returnToStepId);
        settle(n, ctx, follow);
        break;
    case Kind::Reject:
        act(*s, StepState::Rejected, actor, 0, comment, ctx);
        n.status = DocumentStatus::Rejected;
        for (WorkflowCase::Stage &stage : n.stages) {
            for (WorkflowStep &other : stage.steps) {
                if (other.state == StepState::Pending)
                    passOver(other, SkipReason::Ended, false);
            }
        }
        break;
    case Kind::Decide:
    case Kind::ProxyDecide:
        decide(n, *s, actor, proxyFor, comment, ctx);
        settle(n, ctx, follow);
        break;
    case Kind::SkipAhead: {
        const int target = n.stageOf(s->id);
        for (int i = 0; i < target; ++i) {
            for (WorkflowStep &earlier : n.stages[i].steps) {
                if (earlier.blocks() && !earlier.complete()) {
                    passOver(earlier, SkipReason::SkipAhead, true);
                    main.details.insert(QStringLiteral("skipped_%1").arg(earlier.id), earlier.assigneeId);
                }
            }
        }
        if (s->kind == StepKind::Decide) {
            decide(n, *s, actor, 0, comment, ctx);
        } else {
            act(*s, StepState::Approved, actor, 0, comment, ctx);
            withdrawable = true;
        }
        settle(n, ctx, follow);
        break;
    }
    case Kind::Withdraw:
        main.stepId = n.undo.stepId;
        main.details.insert(QStringLiteral("withdrawn"), n.undo.action);
        restore(n);
        break;
    case Kind::Enforce:
        n.status = DocumentStatus::Enforced;
        n.enforcedOn = a.date.isValid() ? a.date : ctx.today;
        n.enforcedAt = ctx.now;
        for (auto it = a.details.constBegin(); it != a.details.constEnd(); ++it)
            main.details.insert(it.key(), it.value());
        main.details.insert(QStringLiteral("enforced_on"), n.enforcedOn.toString(Qt::ISODate));
        break;
    case Kind::Close:
        n.status = DocumentStatus::Closed;
        n.closedAt = ctx.now;
        break;
    case Kind::CloseEarly: {
        // The readers who have not confirmed are passed over: the 供覧 ended without them.
        int left = 0;
        for (WorkflowCase::Stage &stage : n.stages) {
            for (WorkflowStep &other : stage.steps) {
                if (other.blocks() && !other.complete()) {
                    passOver(other, SkipReason::Ended, false);
                    ++left;
                }
            }
        }
        n.status = DocumentStatus::Closed;
        n.closedAt = ctx.now;
        main.details.insert(QStringLiteral("readers_left"), left);
        break;
    }
    }

    // 引戻し may undo this action until the next person acts; a 後閲 read moves nothing, so it
    // leaves the last action withdrawable unless it touched a step that action changed.
    if (orthogonal) {
        if (n.undo.touches(a.stepId))
            n.undo = {};
    } else if (withdrawable && n.status == DocumentStatus::InReview) {
        WorkflowCase::Undo undo;
        undo.action = toCode(a.kind);
        undo.actorId = actor.userId;
        undo.stepId = a.kind == Kind::Submit ? 0 : a.stepId;
        undo.status = c.status;
        for (const WorkflowStep &before : c.allSteps()) {
            if (!before.sameState(*n.step(before.id)))
                undo.steps.append(before);
        }
        n.undo = undo;
    } else {
        n.undo = {};
    }

    main.details.insert(QStringLiteral("status_before"), toCode(c.status));
    main.details.insert(QStringLiteral("status"), toCode(n.status));
    if (n.status == DocumentStatus::Decided && c.status != DocumentStatus::Decided)
        main.details.insert(QStringLiteral("decided_on"), n.decidedOn.toString(Qt::ISODate));
    result.events.append(main);
    result.events += follow;
    return result;
}

} // namespace kessai
