// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QCoreApplication>
#include <QString>

namespace kessai {

class Session;
class StoreConnection;

/// 直接編集の権限: who may change an attachment's content now. The drafter while the document
/// is 起案中 or 差戻し; during 回議, the approver whose step is pending (their turn) when the
/// route allows 修正 on that step (route_steps.may_edit); nobody after 決裁 (決裁済, 施行済,
/// 完結) or 却下. The GUI asks refusal() for its 編集 button; the store calls require() inside
/// each change.
class EditRights
{
    Q_DECLARE_TR_FUNCTIONS(EditRights)

public:
    /// How the session's user is allowed to edit.
    struct Grant
    {
        enum class Via
        {
            Drafter,
            Approver ///< 修正 by the approver of stepId
        };
        qint64 documentId = 0;
        qint64 attachmentId = 0;
        int position = 0; ///< 添付 number in the document's order
        QString attachmentName;
        DocumentStatus status = DocumentStatus::Draft;
        Via via = Via::Drafter;
        qint64 stepId = 0;
    };

    explicit EditRights(StoreConnection &connection);

    /// Throws StoreError: BadData for an unknown or removed attachment, Refused (with the
    /// reason) when the session's user may not edit it now. With lockDocument, inside the
    /// caller's transaction, the document row is locked first (FOR UPDATE on PostgreSQL; SQLite's
    /// BEGIN IMMEDIATE already serialises writers), so a 決裁 cannot slip in before the change.
    Grant require(const Session &session, qint64 attachmentId, bool lockDocument = false);
    /// Empty when the session's user may edit the attachment now, else why not (for buttons).
    QString refusal(const Session &session, qint64 attachmentId);
    /// The same for every (not removed) attachment of a document, asked once.
    QString documentRefusal(const Session &session, qint64 documentId);

    /// Allows (or no longer allows) 修正 by the approver of a route step. Only the drafter,
    /// while the document is 起案中 (like the route itself); audited as route.may_edit.
    /// WorkflowStore::setRoute stores RoutePlan::Step::mayEdit with the route; this changes one step.
    void setMayEdit(const Session &session, qint64 stepId, bool mayEdit);
    bool mayEdit(qint64 stepId);

    /// Locks the document row for the rest of the caller's transaction (PostgreSQL); no-op on SQLite.
    void lockDocumentRow(qint64 documentId);
    /// The document an attachment belongs to (also when removed); 0 when there is none.
    qint64 documentOf(qint64 attachmentId);

private:
    /// The document's part of require(): its state, drafter and the user's pending step.
    void requireForDocument(const Session &session, Grant &grant);

    StoreConnection &m_connection;
};

} // namespace kessai
