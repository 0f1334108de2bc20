// SPDX-License-Identifier: GPL-3.0-or-later
// WorkflowStore, part 1: the actions (提出 … 完結) in one transaction each.
#include "core/workflow/WorkflowStore.h"

#include "core/documents/DocumentNumbering.h"
#include "core/documents/RowVersionConflict.h"
#include "core/editing/EditLocks.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"
#include "core/records/RecordDestruction.h"
#include "core/records/RecordDisposal.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowCaseStorage.h"

#include <memory>
#include <optional>

namespace kessai {

namespace {
WorkflowEngine::Actor actorOf(const Session &session)
{
    WorkflowEngine::Actor actor{session.user().id, session.user().roles, {}};
    // Only a 文書管理者's 課 matters to the engine (供覧の打切り): no walk through the units for others.
    if (actor.has(Role::RecordsManager))
        actor.unitScope = DeskScope::unitScope(session, session.user().unitId);
    return actor;
}

StoreError unknownDocument(qint64 documentId)
{
    return StoreError(StoreError::Kind::BadData,
                      WorkflowStore::tr("document %1 does not exist").arg(documentId));
}
} // namespace

WorkflowStore::WorkflowStore(StoreConnection &connection)
    : m_connection(connection)
{}

void WorkflowStore::setToday(const QDate &today)
{
    m_today = today;
}

QDate WorkflowStore::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

WorkflowEngine::Context WorkflowStore::context()
{
    WorkflowEngine::Context ctx;
    ctx.today = today();
    // Millisecond precision is what the database keeps: compare with what will be read back.
    ctx.now = Timestamps::fromText(Timestamps::toText(Timestamps::now()));
    ctx.absentees = WorkflowCaseStorage(m_connection).absenteesOn(ctx.today);
    auto names = std::make_shared<QHash<qint64, QString>>();
    ctx.nameOf = [this, names](qint64 userId) {
        if (!names->contains(userId)) {
            const auto user = OrgStore(m_connection).userById(userId);
            names->insert(userId, user ? tr("%1 (%2)").arg(user->displayName, user->login)
                                       : tr("user %1").arg(userId));
        }
        return names->value(userId);
    };
    return ctx;
}

WorkflowCase WorkflowStore::load(qint64 documentId, int *rowVersion)
{
    // Two reads (document, steps) without a lock: every change bumps row_version in the same
    // transaction, so an unchanged version afterwards proves nothing was committed in between.
    WorkflowCaseStorage storage(m_connection);
    for (;;) {
        const auto loaded = storage.load(documentId);
        if (!loaded)
            throw unknownDocument(documentId);
        const int version =
            SqlQuery(m_connection, QStringLiteral("SELECT row_version FROM documents WHERE id = ?"))
                .bind(documentId)
                .scalar()
                .toInt();
        if (version != loaded->rowVersion)
            continue;
        if (rowVersion)
            *rowVersion = version;
        return loaded->workflowCase;
    }
}

QList<WorkflowAction> WorkflowStore::allowedActions(const Session &session, qint64 documentId)
{
    return WorkflowEngine::allowedActions(load(documentId), actorOf(session), context());
}

QStringList WorkflowStore::submissionProblems(qint64 documentId)
{
    WorkflowCase c = load(documentId);
    WorkflowAction submit;
    submit.kind = WorkflowActionKind::Submit;
    WorkflowEngine::Actor drafter;
    drafter.userId = c.drafterId;
    return WorkflowEngine::apply(c, submit, drafter, context()).problems;
}

int WorkflowStore::apply(const Session &session, qint64 documentId, const WorkflowAction &action,
                         int expectedRowVersion)
{
    // optional: reset after the commit, so that reclaiming space below runs outside it
    std::optional<Transaction> transaction(std::in_place, m_connection);
    WorkflowCaseStorage storage(m_connection);
    const auto loaded = storage.loadForUpdate(documentId);
    if (!loaded)
        throw unknownDocument(documentId);
    if (expectedRowVersion && loaded->rowVersion != expectedRowVersion)
        throw RowVersionConflict::error(m_connection, documentId);
    const WorkflowEngine::Context ctx = context();
    const WorkflowEngine::Result result =
        WorkflowEngine::apply(loaded->workflowCase, action, actorOf(session), ctx);
    if (!result.ok) {
        if (!result.problems.isEmpty()) {
            QStringList numbered;
            for (int i = 0; i < result.problems.size(); ++i)
                numbered << tr("%1) %2").arg(i + 1).arg(result.problems.at(i));
            throw StoreError(StoreError::Kind::BadData, tr("document %1 cannot be submitted yet: %2")
                                                            .arg(documentId)
                                                            .arg(numbered.join(QStringLiteral("; "))));
        }
        throw StoreError(StoreError::Kind::Refused, tr("document %1: %2").arg(documentId).arg(result.reason));
    }
    if (action.kind == WorkflowActionKind::Enforce && !m_recordingEnforcement)
        throw StoreError(StoreError::Kind::Refused,
                         tr("document %1: a 施行 is recorded with where it went and how (施行先, 施行方法, 公印): "
                            "use the 施行 dialog or kessai-cli enforce --to … --method …")
                             .arg(documentId));
    // 後閲 (read afterwards) changes nothing about who may edit; every other action does.
    if (action.kind != WorkflowActionKind::Read)
        EditLocks(m_connection).refuseWhileLocked(documentId);

    QString numberLabel = loaded->numberLabel;
    if (action.kind == WorkflowActionKind::Submit && !loaded->numbered) { // 文書番号 at the first 提出
        const DocumentNumbering::Number number =
            DocumentNumbering(m_connection).assign(documentId, loaded->unitId, ctx.today);
        numberLabel = number.label;
    }
    const int version = storage.save(loaded->workflowCase, result.after, loaded->rowVersion);

    OrgStore org(m_connection);
    SqlQuery comment(m_connection, QStringLiteral("INSERT INTO comments (document_id, step_id, author_id, "
                                                  "created_at, body) VALUES (?, ?, ?, ?, ?)"));
    for (const WorkflowEngine::Event &event : result.events) {
        QJsonObject details = event.details;
        if (event.stepId)
            details.insert(QStringLiteral("step"), event.stepId);
        if (!event.comment.isEmpty())
            details.insert(QStringLiteral("comment"), event.comment);
        if (event.actingForId) {
            const auto absent = org.userById(event.actingForId);
            details.insert(QStringLiteral("acting_for"),
                           absent ? absent->login : QString::number(event.actingForId));
        }
        if (!event.actorId) // the route moved by itself (不在 → 後閲, 供覧 done → 完結)
            details.insert(QStringLiteral("by_route"), true);
        if (!numberLabel.isEmpty())
            details.insert(QStringLiteral("number"), numberLabel);
        details.insert(QStringLiteral("row_version"), version);
        session.audit(QStringLiteral("workflow.") + event.action, QStringLiteral("document"), documentId,
                      details);
        // Every comment is kept, also when the step acts again later (差戻し and back).
        if (!event.comment.isEmpty() && event.actorId)
            comment.bind(documentId)
                .bindOptionalId(event.stepId)
                .bind(session.user().id)
                .bind(Timestamps::toText(ctx.now))
                .bind(event.comment)
                .exec();
    }
    // A 廃棄・移管・延長 伺い is carried out by its 決裁, in the same transaction.
    const bool decidedNow =
        result.after.status == DocumentStatus::Decided && loaded->workflowCase.status != DocumentStatus::Decided;
    const bool destroyed = decidedNow && RecordDisposal(m_connection).carryOut(session, documentId);
    transaction->commit();
    transaction.reset();
    if (destroyed)
        RecordDestruction(m_connection).reclaimSpace(); // SQLite: VACUUM, once no transaction is open
    return version;
}

int WorkflowStore::act(const Session &session, qint64 documentId, WorkflowActionKind kind,
                       const QString &comment, qint64 returnToStepId, const QDate &date,
                       int expectedRowVersion)
{
    using K = WorkflowActionKind;
    WorkflowAction chosen;
    chosen.kind = kind;
    const QList<WorkflowAction> allowed = allowedActions(session, documentId);
    auto find = [&](K wanted) {
        for (const WorkflowAction &a : allowed) {
            if (a.kind == wanted)
                return std::optional<WorkflowAction>(a);
        }
        return std::optional<WorkflowAction>();
    };
    if (auto own = find(kind)) {
        chosen = *own;
    } else if (kind == K::Decide && find(K::ProxyDecide)) {
        chosen = *find(K::ProxyDecide); // the decider is away: their proxy's 決裁 is 代決
    } else if (kind != K::Submit && kind != K::Enforce && kind != K::Close && kind != K::CloseEarly &&
               kind != K::Withdraw) {
        // Not allowed now: let the engine say why, on the step that is the user's.
        const WorkflowCase c = load(documentId);
        for (const WorkflowStep &s : c.allSteps()) {
            if (s.assigneeId == session.user().id && !s.complete()) {
                chosen.stepId = s.id;
                break;
            }
        }
        if (!chosen.stepId)
            throw StoreError(StoreError::Kind::Refused,
                             tr("document %1: %2 (%3) has no step to %4 on its route")
                                 .arg(documentId)
                                 .arg(session.user().displayName, session.user().login, toCode(kind)));
    }
    chosen.comment = comment;
    chosen.returnToStepId = returnToStepId;
    chosen.date = date;
    chosen.returnTargets.clear();
    return apply(session, documentId, chosen, expectedRowVersion);
}

int WorkflowStore::submit(const Session &session, qint64 documentId, const QString &comment,
                          int expectedRowVersion)
{
    Transaction transaction(m_connection);
    int version = expectedRowVersion;
    if (RouteReader(m_connection).route(documentId).isEmpty()) {
        // The plan's problems (no 課長 to decide …) are not thrown here: 提出 lists them with the rest.
        const RoutePlan plan = defaultRoute(session, documentId);
        if (plan.stepCount() > 0)
            version = setRoute(session, documentId, plan, expectedRowVersion);
    }
    const int submitted = act(session, documentId, WorkflowActionKind::Submit, comment, 0, {}, version);
    transaction.commit();
    return submitted;
}

} // namespace kessai
