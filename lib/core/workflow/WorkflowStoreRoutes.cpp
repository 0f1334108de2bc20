// SPDX-License-Identifier: GPL-3.0-or-later
// WorkflowStore, part 2: planning the route before 提出, and notes after 決裁.
#include "core/DomainLabels.h"
#include "core/documents/RowVersionConflict.h"
#include "core/org/DelegationStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "core/workflow/RoutePlanner.h"
#include "core/workflow/WorkflowCaseStorage.h"
#include "core/workflow/WorkflowStore.h"

namespace kessai {

RoutePlan WorkflowStore::defaultRoute(const Session &session, qint64 documentId, QStringList *problems)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT d.kind, d.drafter_id, d.unit_id, l.code, l.name FROM documents d "
                              "LEFT JOIN decision_levels l ON l.id = d.decision_level_id "
                              "WHERE d.id = ?"));
    q.bind(documentId).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    OrgStore org(m_connection);
    RoutePlanner::Input in;
    in.kind = fromCode<DocumentKind>(q.text(0)).value_or(DocumentKind::Decision);
    const auto drafter = org.userById(q.id(1));
    in.drafter = drafter ? *drafter : session.user();
    in.documentUnitId = q.id(2);
    QString level = q.text(3);
    in.levelName = q.text(4);
    QStringList found;
    if (level.isEmpty() && in.kind == DocumentKind::Decision)
        found << tr("the decision level (決裁区分) is missing: it decides the route");
    if (level.isEmpty()) // 報告 and 収受 circulate along the 課長 line
        level = QStringLiteral("division_head");
    in.rules = DelegationStore(m_connection).rules(level);
    in.units = org.units();
    in.users = org.users();
    in.titles = org.titles();
    RoutePlanner::Result result;
    if (found.isEmpty())
        result = RoutePlanner::plan(in);
    found += result.problems;
    if (problems)
        *problems = found;
    return result.plan;
}

int WorkflowStore::setRoute(const Session &session, qint64 documentId, const RoutePlan &plan,
                            int expectedRowVersion)
{
    Transaction transaction(m_connection);
    const auto loaded = WorkflowCaseStorage(m_connection).loadForUpdate(documentId);
    if (!loaded)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    if (expectedRowVersion && loaded->rowVersion != expectedRowVersion)
        throw RowVersionConflict::error(m_connection, documentId);
    const WorkflowCase &c = loaded->workflowCase;
    if (c.drafterId != session.user().id)
        throw StoreError(StoreError::Kind::Refused,
                         tr("only the drafter may set the route of document %1").arg(documentId));
    if (c.status != DocumentStatus::Draft)
        throw StoreError(StoreError::Kind::Refused,
                         tr("document %1 is %2: its route can be changed only before 提出")
                             .arg(documentId)
                             .arg(DomainLabels::label(c.status)));
    OrgStore org(m_connection);
    QHash<qint64, qint64> unitOf;
    for (const QList<RoutePlan::Step> &stage : plan.stages) {
        for (const RoutePlan::Step &s : stage) {
            const auto user = s.assigneeId ? org.userById(s.assigneeId) : std::nullopt;
            if (!user)
                throw StoreError(StoreError::Kind::BadData,
                                 tr("route step assignee %1 is not a registered user").arg(s.assigneeId));
            unitOf.insert(user->id, user->unitId);
        }
    }
    // Comments of an earlier round (submitted, then pulled back) stay, detached from old steps.
    SqlQuery(m_connection, QStringLiteral("UPDATE comments SET step_id = NULL WHERE step_id IN "
                                          "(SELECT id FROM route_steps WHERE document_id = ?)"))
        .bind(documentId)
        .exec();
    SqlQuery(m_connection, QStringLiteral("DELETE FROM route_steps WHERE document_id = ?"))
        .bind(documentId)
        .exec();
    SqlQuery(m_connection, QStringLiteral("DELETE FROM route_stages WHERE document_id = ?"))
        .bind(documentId)
        .exec();
    SqlQuery stage(m_connection,
                   QStringLiteral("INSERT INTO route_stages (document_id, seq) VALUES (?, ?) RETURNING id"));
    SqlQuery step(
        m_connection,
        QStringLiteral("INSERT INTO route_steps (stage_id, document_id, kind, assignee_id, assignee_unit_id, "
                       "state, absence_rule, may_edit) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?)"));
    int seq = 0;
    for (const QList<RoutePlan::Step> &steps : plan.stages) {
        const qint64 stageId = stage.bind(documentId).bind(++seq).scalar().toLongLong();
        for (const RoutePlan::Step &s : steps)
            step.bind(stageId)
                .bind(documentId)
                .bind(toCode(s.kind))
                .bind(s.assigneeId)
                .bindOptionalId(unitOf.value(s.assigneeId))
                .bind(toCode(s.absenceRule))
                .bind(s.mayEdit)
                .exec();
    }
    const int updated =
        SqlQuery(m_connection, QStringLiteral("UPDATE documents SET workflow_undo = '', updated_at = ?, "
                                              "row_version = row_version + 1 WHERE id = ? "
                                              "AND row_version = ?"))
            .bind(Timestamps::toText(Timestamps::now()))
            .bind(documentId)
            .bind(loaded->rowVersion)
            .exec()
            .numRowsAffected();
    if (updated != 1)
        throw RowVersionConflict::error(m_connection, documentId);
    session.audit(QStringLiteral("route.set"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("stages"), int(plan.stages.size())},
                   {QStringLiteral("steps"), plan.stepCount()},
                   {QStringLiteral("route"), plan.toJson()},
                   {QStringLiteral("row_version"), loaded->rowVersion + 1}});
    transaction.commit();
    return loaded->rowVersion + 1;
}

qint64 WorkflowStore::addNote(const Session &session, qint64 documentId, const QString &text)
{
    session.require(Role::RecordsManager, QStringLiteral("adding a note to a decided document"));
    const QString body = text.trimmed();
    if (body.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a note needs a text saying what is corrected"));
    Transaction transaction(m_connection);
    const auto loaded = WorkflowCaseStorage(m_connection).loadForUpdate(documentId);
    if (!loaded)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    const DocumentStatus status = loaded->workflowCase.status;
    if (status != DocumentStatus::Decided && status != DocumentStatus::Enforced &&
        status != DocumentStatus::Closed)
        throw StoreError(StoreError::Kind::Refused,
                         tr("document %1 is %2: notes are for decided documents; before 決裁 the "
                            "drafter corrects the draft itself")
                             .arg(documentId)
                             .arg(DomainLabels::label(status)));
    const QString now = Timestamps::toText(Timestamps::now());
    const qint64 id =
        SqlQuery(m_connection, QStringLiteral("INSERT INTO document_notes (document_id, author_id, "
                                              "created_at, body) VALUES (?, ?, ?, ?) RETURNING id"))
            .bind(documentId)
            .bind(session.user().id)
            .bind(now)
            .bind(body)
            .scalar()
            .toLongLong();
    // Other clients see the 鑑 changed; the body itself stays frozen.
    SqlQuery(
        m_connection,
        QStringLiteral("UPDATE documents SET updated_at = ?, row_version = row_version + 1 WHERE id = ?"))
        .bind(now)
        .bind(documentId)
        .exec();
    session.audit(QStringLiteral("document.note"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("note"), id}, {QStringLiteral("text"), body}});
    transaction.commit();
    return id;
}

QList<DocumentNote> WorkflowStore::notes(qint64 documentId)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT n.id, n.document_id, n.author_id, u.display_name, n.created_at, "
                              "n.body FROM document_notes n JOIN users u ON u.id = n.author_id "
                              "WHERE n.document_id = ? ORDER BY n.id"));
    q.bind(documentId).exec();
    QList<DocumentNote> list;
    while (q.next())
        list.append(
            DocumentNote{q.id(0), q.id(1), q.id(2), q.text(3), Timestamps::fromText(q.text(4)), q.text(5)});
    return list;
}

} // namespace kessai
