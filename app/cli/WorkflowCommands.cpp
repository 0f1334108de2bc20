// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/WorkflowCommands.h"

#include "cli/CliContext.h"
#include "core/DomainLabels.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/WorkflowStore.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <array>

namespace kessai::cli {

namespace {
const auto kComment = QStringLiteral("comment");
const auto kTo = QStringLiteral("to");

using K = WorkflowActionKind;

/// What each command takes besides DOC.
enum Takes : unsigned
{
    None = 0,
    OptionalComment = 1,
    RequiredComment = 2,
    Target = 4
};

struct CommandSpec
{
    const char *name;
    K kind;
    unsigned takes;
};

// enforce (施行) has its own command: EnforcementCommands.
constexpr std::array<CommandSpec, 8> kCommands{{{"submit", K::Submit, None},
                                                {"approve", K::Approve, OptionalComment},
                                                {"return", K::Return, RequiredComment | Target},
                                                {"reject", K::Reject, RequiredComment},
                                                {"withdraw", K::Withdraw, None},
                                                {"decide", K::Decide, OptionalComment},
                                                {"close", K::Close, None},
                                                {"read", K::Read, OptionalComment}}};

const CommandSpec *specOf(const QString &command)
{
    for (const CommandSpec &spec : kCommands) {
        if (command == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool allows(const QList<WorkflowAction> &allowed, K kind)
{
    for (const WorkflowAction &action : allowed) {
        if (action.kind == kind)
            return true;
    }
    return false;
}

/// The steps a user's action of this kind is taken on.
bool stepFits(const WorkflowStep &s, K kind)
{
    switch (kind) {
    case K::Approve:
        return s.kind == StepKind::Review || s.kind == StepKind::Consult;
    case K::Decide:
    case K::ProxyDecide:
        return s.kind == StepKind::Decide;
    case K::Return:
    case K::Reject:
        return s.blocks() && s.kind != StepKind::Circulate;
    case K::Read:
        return s.kind == StepKind::Circulate || s.kind == StepKind::PostReview ||
               s.postReview != PostReviewMark::None;
    default:
        return false;
    }
}

QString personText(OrgStore &org, qint64 userId)
{
    const auto user = org.userById(userId);
    return user ? WorkflowCommands::tr("%1 (%2)").arg(user->displayName, user->login)
                : WorkflowCommands::tr("user %1").arg(userId);
}
} // namespace

WorkflowCommands::WorkflowCommands(CliContext &context)
    : m_context(context)
{}

bool WorkflowCommands::handles(const QString &command)
{
    return specOf(command) != nullptr;
}

int WorkflowCommands::run(const QString &command, const QStringList &arguments)
{
    const std::optional<Request> request = parse(command, arguments);
    return request ? perform(*request) : int(ExitOk);
}

std::optional<WorkflowCommands::Request> WorkflowCommands::parse(const QString &command,
                                                                 const QStringList &arguments)
{
    const CommandSpec *spec = specOf(command);
    if (!spec)
        throw CliContext::usageError(tr("unknown command \"%1\"").arg(command), {});
    QCommandLineParser parser;
    switch (spec->kind) {
    case K::Submit:
        parser.setApplicationDescription(
            tr("提出: submits your draft, or resubmits it after a 差戻し. A draft without a route gets the "
               "default route (既定経路) first. The first 提出 gives the document its number (文書番号); "
               "every problem that prevents it is listed at once."));
        break;
    case K::Approve:
        parser.setApplicationDescription(
            tr("承認: approves your step that is due (回議), or gives your 合議 opinion."));
        break;
    case K::Return:
        parser.setApplicationDescription(
            tr("差戻し: sends the document back, to the drafter or to an earlier step, with a comment saying "
               "what to correct. After correction it comes back to you."));
        break;
    case K::Reject:
        parser.setApplicationDescription(tr("却下: rejects the document, with the reason; the case ends."));
        break;
    case K::Withdraw:
        parser.setApplicationDescription(
            tr("引戻し: pulls back your last action (提出 or 承認) while the next person has not acted."));
        break;
    case K::Decide:
        parser.setApplicationDescription(
            tr("決裁: the final decision. Taken by the registered proxy of an absent decider, it is 代決 "
               "and the decider reads it afterwards (後閲)."));
        break;
    case K::Close:
        parser.setApplicationDescription(tr("完結: closes a decided (or enforced) document."));
        break;
    default:
        parser.setApplicationDescription(
            tr("閲覧: records that you read the document: a 供覧 step, or a 後閲 owed to you."));
        break;
    }
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    if (spec->takes & (OptionalComment | RequiredComment))
        parser.addOption({kComment,
                          (spec->takes & RequiredComment) ? tr("The reason or what to correct (required).")
                                                          : tr("A comment kept with your action."),
                          tr("text")});
    if (spec->takes & Target)
        parser.addOption({kTo,
                          tr("Where to send it: \"drafter\", or a step of the route by its id or its "
                             "assignee's login."),
                          tr("step")});
    if (!m_context.parse(parser, command, arguments, 1))
        return std::nullopt;

    Request request;
    request.kind = spec->kind;
    request.documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    if (spec->takes & Target)
        request.returnTo = m_context.required(parser, kTo, command);
    if (spec->takes & RequiredComment)
        request.comment = m_context.required(parser, kComment, command);
    else if (spec->takes & OptionalComment)
        request.comment = parser.value(kComment).trimmed();
    return request;
}

int WorkflowCommands::perform(const Request &request)
{
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    WorkflowStore workflow(*connection);
    // The version this decision is based on: if anyone acts in between, act() refuses with
    // "already processed by NAME at TIME" instead of acting on a state the user did not see.
    int version = 0;
    const WorkflowCase before = workflow.load(request.documentId, &version);
    const QList<WorkflowAction> allowed = workflow.allowedActions(session, request.documentId);
    K taken = request.kind;
    if (taken == K::Decide && !allows(allowed, K::Decide) && allows(allowed, K::ProxyDecide))
        taken = K::ProxyDecide;
    if (!allows(allowed, taken)) {
        if (const auto message = alreadyProcessed(before, session, request.kind, org))
            throw StoreError(StoreError::Kind::Conflict, *message);
    }
    const qint64 returnTo =
        request.kind == K::Return ? returnTarget(before, allowed, request.returnTo, org) : 0;
    int newVersion = 0;
    const qint64 stepId = allows(allowed, taken) ? 0 : refusedStep(before, session.user().id, request.kind);
    if (stepId) {
        // Not allowed now: the engine gives the reason for the step this user meant.
        WorkflowAction action;
        action.kind = request.kind;
        action.stepId = stepId;
        action.returnToStepId = returnTo;
        action.comment = request.comment;
        newVersion = workflow.apply(session, request.documentId, action, version);
    } else if (request.kind == K::Submit) {
        newVersion = workflow.submit(session, request.documentId, request.comment, version);
    } else {
        newVersion = workflow.act(session, request.documentId, request.kind, request.comment, returnTo, {},
                                  version);
    }

    const auto after = DocumentStore(*connection).document(request.documentId);
    const QString status = after ? toCode(after->status) : QString();
    const QString number = after ? after->numberLabel : QString();
    QJsonObject json{{QStringLiteral("document"), request.documentId},
                     {QStringLiteral("action"), toCode(taken)},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("number"), number.isEmpty() ? QJsonValue() : QJsonValue(number)},
                     {QStringLiteral("row_version"), newVersion}};
    const QString label = after ? DomainLabels::label(after->status) : QString();
    m_context.output().printResult(doneText(taken, request.documentId, number, label), json);
    return ExitOk;
}

qint64 WorkflowCommands::refusedStep(const WorkflowCase &c, qint64 userId, WorkflowActionKind kind)
{
    if (kind != K::Approve && kind != K::Decide && kind != K::Return && kind != K::Reject && kind != K::Read)
        return 0;
    const QList<WorkflowStep> steps = c.allSteps();
    qint64 own = 0;
    qint64 due = 0;
    for (const WorkflowStep &s : steps) {
        if (!stepFits(s, kind))
            continue;
        if (s.assigneeId == userId && (!own || s.state == StepState::Pending))
            own = s.id;
        if (!due && s.state == StepState::Pending)
            due = s.id;
    }
    return own ? own : due;
}

qint64 WorkflowCommands::returnTarget(const WorkflowCase &c, const QList<WorkflowAction> &allowed,
                                      const QString &to, OrgStore &org)
{
    if (to.compare(QLatin1String("drafter"), Qt::CaseInsensitive) == 0 || to == QStringLiteral("起案者"))
        return 0;
    bool isNumber = false;
    const qint64 stepId = to.toLongLong(&isNumber);
    if (isNumber) {
        if (!c.step(stepId))
            throw StoreError(
                StoreError::Kind::BadData,
                tr("--to: step %1 is not on the route of document %2").arg(stepId).arg(c.documentId));
        return stepId;
    }
    const auto user = org.userByLogin(to);
    if (!user)
        throw StoreError(StoreError::Kind::BadData, tr("--to: no user with login \"%1\"").arg(to));
    QList<qint64> targets;
    for (const WorkflowAction &action : allowed) {
        if (action.kind == K::Return)
            targets += action.returnTargets;
    }
    qint64 found = 0;
    for (const WorkflowStep &s : c.allSteps()) {
        if (s.assigneeId != user->id)
            continue;
        if (targets.contains(s.id))
            return s.id;
        if (!found)
            found = s.id; // not a target now: the engine says why
    }
    if (!found)
        throw StoreError(StoreError::Kind::BadData,
                         tr("--to: %1 has no step on the route of document %2").arg(to).arg(c.documentId));
    return found;
}

std::optional<QString> WorkflowCommands::alreadyProcessed(const WorkflowCase &c, const Session &session,
                                                          WorkflowActionKind kind, OrgStore &org)
{
    const qint64 me = session.user().id;
    const WorkflowStep *latest = nullptr;
    QDateTime latestAt;
    const QList<WorkflowStep> steps = c.allSteps();
    for (const WorkflowStep &s : steps) {
        if ((s.assigneeId != me && s.actedBy != me) || !stepFits(s, kind))
            continue;
        const bool readAlready = kind == K::Read && s.postReview == PostReviewMark::Read;
        const bool open = s.state == StepState::Waiting || s.state == StepState::Pending ||
                          (kind == K::Read && s.postReview == PostReviewMark::Owed);
        if (open)
            return std::nullopt; // the user still has this step to act on: the engine says why not now
        if (!s.hasActed() && !readAlready)
            continue;
        const QDateTime at = readAlready ? s.postReviewedAt : s.actedAt;
        if (!latest || at > latestAt) {
            latest = &s;
            latestAt = at;
        }
    }
    if (!latest)
        return std::nullopt;
    const bool readMark = kind == K::Read && latest->postReview == PostReviewMark::Read;
    const QString state =
        readMark ? DomainLabels::label(StepState::Read) : DomainLabels::label(latest->state);
    const qint64 by = readMark ? latest->assigneeId : latest->actedBy;
    return tr("document %1: step %2 (%3, %4) was already processed (%5) by %6 at %7; reload it")
        .arg(c.documentId)
        .arg(latest->id)
        .arg(DomainLabels::label(latest->kind), personText(org, latest->assigneeId), state,
             personText(org, by), latestAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString WorkflowCommands::doneText(WorkflowActionKind kind, qint64 documentId, const QString &number,
                                   const QString &status)
{
    switch (kind) {
    case K::Submit:
        return tr("Document %1 submitted as %2; status: %3.").arg(documentId).arg(number, status);
    case K::Approve:
        return tr("Document %1 approved; status: %2.").arg(documentId).arg(status);
    case K::Return:
        return tr("Document %1 sent back (差戻し); status: %2.").arg(documentId).arg(status);
    case K::Reject:
        return tr("Document %1 rejected (却下); status: %2.").arg(documentId).arg(status);
    case K::Withdraw:
        return tr("Your last action on document %1 was pulled back (引戻し); status: %2.")
            .arg(documentId)
            .arg(status);
    case K::Decide:
        return tr("Document %1 decided (決裁); status: %2.").arg(documentId).arg(status);
    case K::ProxyDecide:
        return tr("Document %1 decided for the absent decider (代決); status: %2.")
            .arg(documentId)
            .arg(status);
    case K::Close:
        return tr("Document %1 closed (完結); status: %2.").arg(documentId).arg(status);
    case K::Read:
        return tr("Document %1 read; status: %2.").arg(documentId).arg(status);
    case K::CloseEarly:
        return tr("The 供覧 of document %1 was closed early; status: %2.").arg(documentId).arg(status);
    case K::SkipAhead:
    case K::Enforce: // EnforcementCommands
        break;
    }
    return tr("Document %1: done; status: %2.").arg(documentId).arg(status);
}

} // namespace kessai::cli
