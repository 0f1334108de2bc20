// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentStore.h"

#include "core/documents/DecisionKindList.h"
#include "core/documents/FilingCatalog.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/DrafterRule.h"
#include "core/documents/RowVersionConflict.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

namespace kessai {

namespace {
/// Checked before the first write: the same refusal on both backends, naming the field.
void requireStorableText(const DocumentRecord &draft)
{
    StorableText::require(draft.title, DocumentStore::tr("the title (件名)"));
    StorableText::require(draft.body, DocumentStore::tr("the body (本文)"));
}

const auto kDocumentColumns = QStringLiteral(
    "d.id, d.kind, d.title, d.body, d.drafter_id, u.display_name, d.unit_id, n.name, d.decision_level_id, "
    "l.name, d.file_id, f.name, d.retention_years, d.classification, d.status, d.urgent, "
    "d.planned_enforce_on, "
    "d.fiscal_year, d.number_label, d.paper, d.source_document_id, d.created_at, d.updated_at, "
    "d.submitted_at, "
    "d.decided_at, d.enforced_at, d.closed_at, d.row_version, d.doc_number, d.decision_kind_id, k.name");
const auto kDocumentJoins = QStringLiteral(
    "FROM documents d JOIN users u ON u.id = d.drafter_id JOIN units n ON n.id = d.unit_id "
    "LEFT JOIN decision_levels l ON l.id = d.decision_level_id LEFT JOIN files f ON f.id = d.file_id "
    "LEFT JOIN decision_kinds k ON k.id = d.decision_kind_id");

DocumentRecord readDocument(const SqlQuery &q)
{
    DocumentRecord d;
    d.id = q.id(0);
    d.kind = fromCode<DocumentKind>(q.text(1)).value_or(DocumentKind::Decision);
    d.title = q.text(2);
    d.body = q.text(3);
    d.drafterId = q.id(4);
    d.drafterName = q.text(5);
    d.unitId = q.id(6);
    d.unitName = q.text(7);
    d.decisionLevelId = q.id(8);
    d.decisionLevelName = q.text(9);
    d.fileId = q.id(10);
    d.fileName = q.text(11);
    if (!q.value(12).isNull())
        d.retentionYears = q.value(12).toInt();
    d.classification = fromCode<Classification>(q.text(13)).value_or(Classification::Public);
    d.status = fromCode<DocumentStatus>(q.text(14)).value_or(DocumentStatus::Draft);
    d.urgent = q.flag(15);
    d.plannedEnforceOn = Timestamps::dateFromText(q.text(16));
    d.fiscalYear = q.value(17).toInt();
    d.numberLabel = q.text(18);
    d.paper = q.flag(19);
    d.sourceDocumentId = q.id(20);
    d.createdAt = Timestamps::fromText(q.text(21));
    d.updatedAt = Timestamps::fromText(q.text(22));
    d.submittedAt = Timestamps::fromText(q.text(23));
    d.decidedAt = Timestamps::fromText(q.text(24));
    d.enforcedAt = Timestamps::fromText(q.text(25));
    d.closedAt = Timestamps::fromText(q.text(26));
    d.rowVersion = q.value(27).toInt();
    d.number = q.value(28).toInt();
    d.decisionKindId = q.id(29);
    d.decisionKindName = q.text(30);
    return d;
}
} // namespace

DocumentStore::DocumentStore(StoreConnection &connection)
    : m_connection(connection)
{}

bool DocumentStore::canSeeAll(const Session &session)
{
    return session.user().hasRole(Role::Admin) || session.user().hasRole(Role::RecordsManager);
}

QString DocumentStore::folderCondition(InboxFolder folder) const
{
    // Every condition takes the user's id as its parameters (bindFolder), 未決 also today.
    switch (folder) {
    case InboxFolder::Pending:
        // Due steps of mine, or of someone away today whose 代理者 I am (the 決裁 step always,
        // others by their rule); and 後閲 for me to read, which never holds the route. Each branch
        // is an index lookup (route_steps by assignee, absences by proxy), not a scan.
        // One IN over a UNION: PostgreSQL cannot turn an OR of subqueries into index lookups.
        return QStringLiteral(
            "d.id IN (SELECT s.document_id FROM route_steps s JOIN documents p ON p.id = s.document_id "
            "WHERE s.assignee_id = ? AND s.state = 'pending' AND p.status = 'in_review' "
            "UNION SELECT s.document_id FROM route_steps s JOIN documents p ON p.id = s.document_id "
            "WHERE s.state = 'pending' AND p.status = 'in_review' AND s.kind <> 'post_review' "
            "AND (s.kind = 'decide' OR s.absence_rule = 'proxy') "
            "AND s.assignee_id IN (SELECT a.user_id FROM absences a WHERE a.proxy_user_id = ? "
            "AND a.starts_on <= ? AND a.ends_on >= ?) "
            "UNION SELECT s.document_id FROM route_steps s WHERE s.assignee_id = ? AND s.post_review = "
            "'owed' "
            "UNION SELECT s.document_id FROM route_steps s WHERE s.assignee_id = ? AND s.state = 'pending' "
            "AND s.kind = 'post_review')");
    case InboxFolder::Drafts:
        // (a receipt is a draft of kind received until it is circulated: not one to write)
        return QStringLiteral("d.status = 'draft' AND d.kind <> 'received' AND d.drafter_id = ?");
    case InboxFolder::Returned:
        return QStringLiteral("d.status = 'returned' AND d.drafter_id = ?");
    case InboxFolder::Done:
        // 既決: decided (or ended) — my own draft, or a step I acted on.
        return QStringLiteral("d.status NOT IN ('draft', 'returned', 'in_review') AND d.id IN "
                              "(SELECT s.document_id FROM route_steps s WHERE s.acted_by = ? "
                              "UNION SELECT o.id FROM documents o WHERE o.drafter_id = ?)");
    case InboxFolder::InProgress:
        // 提出中 / 回議中: still on its route — my own submitted draft, or one I acted on already.
        return QStringLiteral("d.status = 'in_review' AND d.id IN "
                              "(SELECT s.document_id FROM route_steps s WHERE s.acted_by = ? "
                              "UNION SELECT o.id FROM documents o WHERE o.drafter_id = ?)");
    case InboxFolder::All:
        return QStringLiteral("? > 0");
    }
    return QStringLiteral("? < 0");
}

void DocumentStore::bindFolder(SqlQuery &query, InboxFolder folder, const Session &session) const
{
    const qint64 me = session.user().id;
    if (folder == InboxFolder::Done || folder == InboxFolder::InProgress) {
        query.bind(me).bind(me);
        return;
    }
    if (folder != InboxFolder::Pending) {
        query.bind(me);
        return;
    }
    const QString today = Timestamps::dateToText(QDate::currentDate());
    query.bind(me).bind(me).bind(today).bind(today).bind(me).bind(me);
}

QList<DocumentRecord> DocumentStore::list(const Session &session, InboxFolder folder)
{
    if (folder == InboxFolder::All && !canSeeAll(session))
        throw StoreError(StoreError::Kind::Refused,
                         tr("only administrators and records managers see all documents"));
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY d.updated_at DESC, d.id DESC")
                                 .arg(kDocumentColumns, kDocumentJoins, folderCondition(folder)));
    bindFolder(q, folder, session);
    q.exec();
    QList<DocumentRecord> list;
    while (q.next())
        list.append(readDocument(q));
    return list;
}

QHash<InboxFolder, int> DocumentStore::counts(const Session &session)
{
    QHash<InboxFolder, int> result;
    QList<InboxFolder> folders{InboxFolder::Pending, InboxFolder::Drafts, InboxFolder::Returned,
                               InboxFolder::InProgress, InboxFolder::Done};
    if (canSeeAll(session))
        folders.append(InboxFolder::All);
    for (InboxFolder folder : folders) {
        SqlQuery q(m_connection,
                   QStringLiteral("SELECT count(*) FROM documents d WHERE %1").arg(folderCondition(folder)));
        bindFolder(q, folder, session);
        result.insert(folder, q.scalar().toInt());
    }
    return result;
}

std::optional<DocumentRecord> DocumentStore::document(qint64 id)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT %1 %2 WHERE d.id = ?").arg(kDocumentColumns, kDocumentJoins));
    q.bind(id).exec();
    return q.next() ? std::optional<DocumentRecord>(readDocument(q)) : std::nullopt;
}

qint64 DocumentStore::createDraft(const Session &session, const DocumentRecord &draft)
{
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("件名 (title) is required"));
    requireStorableText(draft);
    const qint64 unitId = draft.unitId ? draft.unitId : session.user().unitId;
    if (!unitId)
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 belongs to no unit; give the draft a unit").arg(session.user().login));
    Transaction transaction(m_connection);
    FilingCatalog(m_connection).requireOpen(draft.fileId);
    DecisionKindList(m_connection).requireInForce(draft.decisionKindId);
    const QString now = Timestamps::toText(Timestamps::now());
    const qint64 id =
        SqlQuery(m_connection,
                 QStringLiteral(
                     "INSERT INTO documents (kind, title, body, drafter_id, unit_id, decision_level_id, "
                     "file_id, retention_years, classification, status, urgent, planned_enforce_on, "
                     "source_document_id, created_at, updated_at, decision_kind_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?) RETURNING id"))
            .bind(toCode(draft.kind))
            .bind(title)
            .bind(draft.body)
            .bind(session.user().id)
            .bind(unitId)
            .bindOptionalId(draft.decisionLevelId)
            .bindOptionalId(draft.fileId)
            .bind(draft.retentionYears ? QVariant(*draft.retentionYears)
                                       : QVariant(QMetaType::fromType<int>()))
            .bind(toCode(draft.classification))
            .bind(draft.urgent)
            .bindOptional(Timestamps::dateToText(draft.plannedEnforceOn))
            .bindOptionalId(draft.sourceDocumentId)
            .bind(now)
            .bind(now)
            .bindOptionalId(draft.decisionKindId)
            .scalar()
            .toLongLong();
    session.audit(QStringLiteral("document.create"), QStringLiteral("document"), id,
                  {{QStringLiteral("title"), title}, {QStringLiteral("kind"), toCode(draft.kind)}});
    transaction.commit();
    return id;
}

int DocumentStore::updateDraft(const Session &session, const DocumentRecord &draft)
{
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("件名 (title) is required"));
    requireStorableText(draft);
    Transaction transaction(m_connection);
    const auto before = document(draft.id);
    if (!before)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(draft.id));
    DrafterRule::require(*before, session.user().id, DrafterRule::Part::Cover);
    if (before->rowVersion != draft.rowVersion)
        throw RowVersionConflict::error(m_connection, draft.id);
    QJsonObject changed;
    auto note = [&changed](const char *field, const QJsonValue &value, bool differs) {
        if (differs)
            changed.insert(QLatin1String(field), value);
    };
    note("title", title, title != before->title);
    note("body_length", int(draft.body.size()), draft.body != before->body);
    note("kind", toCode(draft.kind), draft.kind != before->kind);
    note("decision_level_id", draft.decisionLevelId, draft.decisionLevelId != before->decisionLevelId);
    note("decision_kind_id", draft.decisionKindId, draft.decisionKindId != before->decisionKindId);
    note("file_id", draft.fileId, draft.fileId != before->fileId);
    note("retention_years", draft.retentionYears ? QJsonValue(*draft.retentionYears) : QJsonValue(),
         draft.retentionYears != before->retentionYears);
    note("classification", toCode(draft.classification), draft.classification != before->classification);
    note("urgent", draft.urgent, draft.urgent != before->urgent);
    note("planned_enforce_on", Timestamps::dateToText(draft.plannedEnforceOn),
         draft.plannedEnforceOn != before->plannedEnforceOn);
    if (changed.isEmpty())
        return before->rowVersion;
    if (draft.fileId != before->fileId)
        FilingCatalog(m_connection).requireOpen(draft.fileId);
    if (draft.decisionKindId != before->decisionKindId) // a retired kind stays where it was chosen
        DecisionKindList(m_connection).requireInForce(draft.decisionKindId);
    const int version = before->rowVersion + 1;
    const int updated =
        SqlQuery(
            m_connection,
            QStringLiteral(
                "UPDATE documents SET kind = ?, title = ?, body = ?, decision_level_id = ?, file_id = ?, "
                "retention_years = ?, classification = ?, urgent = ?, planned_enforce_on = ?, "
                "decision_kind_id = ?, updated_at = ?, row_version = ? WHERE id = ? AND row_version = ?"))
            .bind(toCode(draft.kind))
            .bind(title)
            .bind(draft.body)
            .bindOptionalId(draft.decisionLevelId)
            .bindOptionalId(draft.fileId)
            .bind(draft.retentionYears ? QVariant(*draft.retentionYears)
                                       : QVariant(QMetaType::fromType<int>()))
            .bind(toCode(draft.classification))
            .bind(draft.urgent)
            .bindOptional(Timestamps::dateToText(draft.plannedEnforceOn))
            .bindOptionalId(draft.decisionKindId)
            .bind(Timestamps::toText(Timestamps::now()))
            .bind(version)
            .bind(draft.id)
            .bind(draft.rowVersion)
            .exec()
            .numRowsAffected();
    if (updated != 1)
        throw RowVersionConflict::error(m_connection, draft.id);
    session.audit(QStringLiteral("document.update"), QStringLiteral("document"), draft.id, changed);
    transaction.commit();
    return version;
}

qint64 DocumentStore::copyAsNewDraft(const Session &session, qint64 sourceId)
{
    Transaction transaction(m_connection);
    const auto source = document(sourceId);
    if (!source)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(sourceId));
    DocumentRecord copy = *source;
    copy.unitId = 0; // the new drafter's own unit
    copy.sourceDocumentId = sourceId;
    copy.plannedEnforceOn = {};
    if (!FilingCatalog(m_connection).filingRefusal(copy.fileId).isEmpty())
        copy.fileId = 0; // the source's 簿冊 is closed: the new draft is filed anew
    if (copy.decisionKindId && !DecisionKindList(m_connection).byId(copy.decisionKindId).value_or(DecisionKind{}).active)
        copy.decisionKindId = 0; // the source's kind was retired: the new draft chooses anew
    const qint64 id = createDraft(session, copy);
    AttachmentStore attachments(m_connection);
    for (const AttachmentRecord &attachment : attachments.list(sourceId)) {
        attachments.attachBlob(session, id, attachment.sha256,
                               {attachment.originalName, attachment.displayName, attachment.mimeType});
    }
    transaction.commit();
    return id;
}

} // namespace kessai
