// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditRights.h"

#include "core/DomainLabels.h"
#include "core/documents/DrafterRule.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

namespace kessai {

namespace {
StoreError refused(const QString &message)
{
    return StoreError(StoreError::Kind::Refused, message);
}

bool isFrozen(DocumentStatus status)
{
    return status == DocumentStatus::Decided || status == DocumentStatus::Enforced ||
           status == DocumentStatus::Closed;
}
} // namespace

EditRights::EditRights(StoreConnection &connection)
    : m_connection(connection)
{}

void EditRights::lockDocumentRow(qint64 documentId)
{
    if (m_connection.isPostgreSQL() && m_connection.transactionDepth() > 0)
        SqlQuery(m_connection, QStringLiteral("SELECT id FROM documents WHERE id = ? FOR UPDATE"))
            .bind(documentId)
            .scalar();
}

qint64 EditRights::documentOf(qint64 attachmentId)
{
    return SqlQuery(m_connection, QStringLiteral("SELECT document_id FROM attachments WHERE id = ?"))
        .bind(attachmentId)
        .scalar()
        .toLongLong();
}

EditRights::Grant EditRights::require(const Session &session, qint64 attachmentId, bool lockDocument)
{
    SqlQuery a(m_connection, QStringLiteral("SELECT document_id, position, display_name, removed_at "
                                            "FROM attachments WHERE id = ?"));
    a.bind(attachmentId).exec();
    if (!a.next())
        throw StoreError(StoreError::Kind::BadData, tr("attachment %1 does not exist").arg(attachmentId));
    Grant grant;
    grant.attachmentId = attachmentId;
    grant.documentId = a.id(0);
    grant.position = a.value(1).toInt();
    grant.attachmentName = a.text(2);
    if (!a.value(3).isNull() && !a.text(3).isEmpty())
        throw StoreError(StoreError::Kind::BadData,
                         tr("attachment \"%1\" was removed from document %2: it can no longer be edited")
                             .arg(grant.attachmentName)
                             .arg(grant.documentId));
    if (lockDocument)
        lockDocumentRow(grant.documentId);
    requireForDocument(session, grant);
    return grant;
}

void EditRights::requireForDocument(const Session &session, Grant &grant)
{
    SqlQuery d(m_connection, QStringLiteral("SELECT d.status, d.drafter_id, u.display_name FROM documents d "
                                            "JOIN users u ON u.id = d.drafter_id WHERE d.id = ?"));
    d.bind(grant.documentId).exec();
    if (!d.next())
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(grant.documentId));
    grant.status = fromCode<DocumentStatus>(d.text(0)).value_or(DocumentStatus::Closed);
    const qint64 drafterId = d.id(1);
    const QString drafterName = d.text(2);
    const qint64 userId = session.user().id;
    const QString statusLabel = DomainLabels::label(grant.status);

    if (isFrozen(grant.status))
        throw refused(tr("document %1 is %2: after 決裁 its attachments are frozen and cannot be edited")
                          .arg(grant.documentId)
                          .arg(statusLabel));
    if (grant.status == DocumentStatus::Rejected)
        throw refused(tr("document %1 is %2: the case has ended and its attachments cannot be edited")
                          .arg(grant.documentId)
                          .arg(statusLabel));
    if (DrafterRule::isOpen(grant.status)) {
        const QString why = DrafterRule::refusal(grant.documentId, grant.status, drafterId, drafterName,
                                                 userId, DrafterRule::Part::Attachments);
        if (!why.isEmpty())
            throw refused(why);
        grant.via = Grant::Via::Drafter;
        return;
    }
    // 回議中: the approver whose turn it is, if the route allows 修正 on their step.
    SqlQuery s(m_connection, QStringLiteral("SELECT id, may_edit FROM route_steps WHERE document_id = ? AND "
                                            "assignee_id = ? AND state = 'pending' ORDER BY id"));
    s.bind(grant.documentId).bind(userId).exec();
    bool pending = false;
    while (s.next()) {
        pending = true;
        if (s.flag(1)) {
            grant.via = Grant::Via::Approver;
            grant.stepId = s.id(0);
            return;
        }
    }
    if (pending)
        throw refused(tr("document %1 is %2 and the route does not allow 修正 (editing) at your step")
                          .arg(grant.documentId)
                          .arg(statusLabel));
    throw refused(tr("document %1 is %2: only the approver whose turn it is may edit its attachments, "
                     "and only where the route allows 修正")
                      .arg(grant.documentId)
                      .arg(statusLabel));
}

QString EditRights::documentRefusal(const Session &session, qint64 documentId)
{
    Grant grant;
    grant.documentId = documentId;
    try {
        requireForDocument(session, grant);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

QString EditRights::refusal(const Session &session, qint64 attachmentId)
{
    try {
        require(session, attachmentId);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

void EditRights::setMayEdit(const Session &session, qint64 stepId, bool mayEdit)
{
    Transaction transaction(m_connection);
    SqlQuery s(m_connection, QStringLiteral("SELECT s.document_id, s.may_edit, d.status, d.drafter_id, "
                                            "s.assignee_id FROM route_steps s "
                                            "JOIN documents d ON d.id = s.document_id WHERE s.id = ?"));
    s.bind(stepId).exec();
    if (!s.next())
        throw StoreError(StoreError::Kind::BadData, tr("route step %1 does not exist").arg(stepId));
    const qint64 documentId = s.id(0);
    lockDocumentRow(documentId);
    const auto status = fromCode<DocumentStatus>(s.text(2)).value_or(DocumentStatus::Closed);
    if (s.id(3) != session.user().id)
        throw refused(
            tr("only the drafter may allow 修正 (editing) on the route of document %1").arg(documentId));
    if (status != DocumentStatus::Draft)
        throw refused(tr("document %1 is %2: its route can be changed only before 提出")
                          .arg(documentId)
                          .arg(DomainLabels::label(status)));
    if (s.flag(1) == mayEdit) {
        transaction.commit();
        return;
    }
    SqlQuery(m_connection, QStringLiteral("UPDATE route_steps SET may_edit = ? WHERE id = ?"))
        .bind(mayEdit)
        .bind(stepId)
        .exec();
    session.audit(QStringLiteral("route.may_edit"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("step_id"), stepId},
                   {QStringLiteral("assignee_id"), s.id(4)},
                   {QStringLiteral("may_edit"), mayEdit}});
    transaction.commit();
}

bool EditRights::mayEdit(qint64 stepId)
{
    SqlQuery s(m_connection, QStringLiteral("SELECT may_edit FROM route_steps WHERE id = ?"));
    s.bind(stepId).exec();
    return s.next() && s.flag(0);
}

} // namespace kessai
