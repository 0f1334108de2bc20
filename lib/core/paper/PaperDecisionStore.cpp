// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paper/PaperDecisionStore.h"

#include "core/content/AttachmentFile.h"
#include "core/content/BlobStore.h"
#include "core/content/StagedBlob.h"
#include "core/documents/AttachmentStore.h"

#include <QFile>

#include "core/documents/DocumentNumbering.h"
#include "core/documents/FilingCatalog.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

namespace kessai {

namespace {
/// The moment stored for a date recorded on paper (the time of day is unknown).
QString midnight(const QDate &date)
{
    return Timestamps::dateToText(date) + QStringLiteral("T00:00:00.000Z");
}

PaperReason readReason(const SqlQuery &q)
{
    return PaperReason{q.id(0), q.text(1), q.text(2), q.flag(3), q.flag(4)};
}

const auto kReasonColumns = QStringLiteral("SELECT id, code, name, needs_text, active FROM paper_reasons ");
} // namespace

PaperDecisionStore::PaperDecisionStore(StoreConnection &connection)
    : m_connection(connection)
{}

QList<PaperReason> PaperDecisionStore::reasons(bool includeInactive)
{
    SqlQuery q(m_connection, kReasonColumns + (includeInactive ? QString() : QStringLiteral("WHERE active ")) +
                                 QStringLiteral("ORDER BY sort_order, id"));
    q.exec();
    QList<PaperReason> list;
    while (q.next())
        list.append(readReason(q));
    return list;
}

std::optional<PaperReason> PaperDecisionStore::reasonByCode(const QString &code)
{
    SqlQuery q(m_connection, kReasonColumns + QStringLiteral("WHERE code = ?"));
    q.bind(code).exec();
    return q.next() ? std::optional<PaperReason>(readReason(q)) : std::nullopt;
}

std::optional<PaperDecisionStore::Problem> PaperDecisionStore::reasonProblem(qint64 reasonId,
                                                                              const QString &reasonText)
{
    SqlQuery q(m_connection, kReasonColumns + QStringLiteral("WHERE id = ? AND active"));
    q.bind(reasonId).exec();
    if (!q.next())
        return Problem{QStringLiteral("理由"), tr("the reason is not in the office's list of paper reasons")};
    if (readReason(q).needsText && reasonText.trimmed().isEmpty())
        return Problem{QStringLiteral("理由詳細"),
                       tr("the reason \"%1\" needs a text saying why").arg(readReason(q).name)};
    return std::nullopt;
}

std::optional<PaperDecisionStore::Problem> PaperDecisionStore::problem(const Session &session,
                                                                         const PaperDecision &d)
{
    if (d.title.trimmed().isEmpty())
        return Problem{QStringLiteral("件名"), tr("the title (件名) is empty")};
    if (!StorableText::isStorable(d.title) || !StorableText::isStorable(d.reasonText) ||
        !StorableText::isStorable(d.decider))
        return Problem{QStringLiteral("件名"), tr("contains a NUL character (U+0000), which cannot be stored")};
    OrgStore org(m_connection);
    const std::optional<Unit> unit = org.unitById(d.unitId);
    if (!unit || !unit->active)
        return Problem{QStringLiteral("所属"), tr("no such unit")};
    if (!d.drafterId)
        return Problem{QStringLiteral("起案者"), tr("no such user")};
    if (!d.draftedOn.isValid())
        return Problem{QStringLiteral("起案日"), tr("not a date (YYYY-MM-DD)")};
    if (!d.decidedOn.isValid())
        return Problem{QStringLiteral("決裁日"), tr("not a date (YYYY-MM-DD)")};
    if (d.decidedOn < d.draftedOn)
        return Problem{QStringLiteral("決裁日"), tr("the 決裁日 %1 is before the 起案日 %2")
                                                     .arg(Timestamps::dateToText(d.decidedOn),
                                                          Timestamps::dateToText(d.draftedOn))};
    if (d.decidedOn > QDate::currentDate())
        return Problem{QStringLiteral("決裁日"),
                       tr("the 決裁日 %1 is in the future").arg(Timestamps::dateToText(d.decidedOn))};
    if (d.decider.trimmed().isEmpty())
        return Problem{QStringLiteral("決裁者"), tr("the 決裁者 is empty")};
    if (auto reason = reasonProblem(d.reasonId, d.reasonText))
        return reason;
    if (d.number < 0)
        return Problem{QStringLiteral("文書番号"), tr("not a number")};
    if (d.decisionKindId && SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM decision_kinds WHERE id = ? "
                                                                  "AND active"))
                                    .bind(d.decisionKindId)
                                    .scalar()
                                    .toInt() == 0)
        return Problem{QStringLiteral("種類"), tr("not in the office's list of decision kinds")};
    // schema 16: a closed (完結) 簿冊 takes no more documents, paper ones included
    if (const QString refusal = FilingCatalog(m_connection).filingRefusal(d.fileId); !refusal.isEmpty())
        return Problem{QStringLiteral("簿冊"), refusal};
    if (d.number > 0) {
        const bool taken = SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM documents WHERE "
                                                                 "number_unit_id = ? AND fiscal_year = ? "
                                                                 "AND doc_number = ?"))
                               .bind(d.unitId)
                               .bind(FiscalYear::of(d.draftedOn))
                               .bind(d.number)
                               .scalar()
                               .toInt() > 0;
        if (taken)
            return Problem{QStringLiteral("文書番号"),
                           tr("%1 is already given in fiscal year %2")
                               .arg(DocumentNumbering::label(unit->code, d.number))
                               .arg(FiscalYear::of(d.draftedOn))};
    }
    // The server's rule (kessai_may_register_paper): a desk covering the unit, or one's own decision.
    const User &me = session.user();
    if (m_scopeUser != me.id) { // read once per user: a CSV import checks every row
        m_scopeUser = me.id;
        m_deskScope = DeskScope::of(session);
        m_ownScope = DeskScope::unitScope(session, me.unitId);
    }
    const bool mayRegister = me.hasRole(Role::Admin) || m_deskScope.covers(d.unitId) ||
                             (d.drafterId == me.id && m_ownScope.contains(d.unitId));
    if (!mayRegister)
        return Problem{QStringLiteral("所属"),
                       tr("%1 may not register a paper decision of %2").arg(me.login, unit->name), true};
    return std::nullopt;
}

RegisteredPaperDecision PaperDecisionStore::registerDecision(const Session &session, const PaperDecision &decision)
{
    Transaction transaction(m_connection);
    if (const auto found = problem(session, decision)) {
        throw StoreError(found->refused ? StoreError::Kind::Refused : StoreError::Kind::BadData,
                         QStringLiteral("%1: %2").arg(found->field, found->message));
    }
    RegisteredPaperDecision result;
    if (m_connection.isPostgreSQL()) {
        SqlQuery q(m_connection, QStringLiteral("SELECT document_id, fiscal_year, doc_number, number_label FROM "
                                                "kessai_register_paper(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(decision.unitId)
            .bind(decision.drafterId)
            .bind(decision.title.trimmed())
            .bindOptionalId(decision.decisionLevelId)
            .bindOptionalId(decision.fileId)
            .bind(toCode(decision.classification))
            .bind(Timestamps::dateToText(decision.draftedOn))
            .bind(Timestamps::dateToText(decision.decidedOn))
            .bind(decision.reasonId)
            .bind(decision.reasonText.trimmed())
            .bind(decision.decider.trimmed())
            .bindOptionalId(decision.number)
            .bindOptionalId(decision.decisionKindId)
            .exec();
        if (!q.next())
            throw StoreError(StoreError::Kind::Internal, QStringLiteral("kessai_register_paper returned no row"));
        result = {q.id(0), q.value(1).toInt(), q.value(2).toInt(), q.text(3)};
    } else {
        result = registerOnSqlite(session, decision);
    }
    transaction.commit();
    return result;
}

RegisteredPaperDecision PaperDecisionStore::registerWithScan(const Session &session, const PaperDecision &decision,
                                                             const AttachmentFile &scan)
{
    // refused before a possibly large scan is read; checked again when registered
    if (const auto found = problem(session, decision))
        throw StoreError(found->refused ? StoreError::Kind::Refused : StoreError::Kind::BadData,
                         QStringLiteral("%1: %2").arg(found->field, found->message));
    const std::unique_ptr<QFile> content = scan.open();
    BlobStore blobs(m_connection);
    StagedBlob staged = blobs.stage(*content, scan.displayPath()); // short transactions of its own
    Transaction transaction(m_connection);
    const RegisteredPaperDecision result = registerDecision(session, decision);
    const BlobStore::Blob blob = blobs.publish(staged);
    AttachmentStore(m_connection)
        .attachScan(session, result.documentId, blob.sha256, {scan.originalName(), {}, scan.mimeType()});
    transaction.commit();
    return result;
}

RegisteredPaperDecision PaperDecisionStore::registerOnSqlite(const Session &session, const PaperDecision &d)
{
    const QString unitCode = OrgStore(m_connection).unitById(d.unitId)->code;
    DocumentNumbering::Number number;
    if (d.number == 0) {
        number = DocumentNumbering(m_connection).next(d.unitId, unitCode, d.draftedOn);
    } else {
        number = {FiscalYear::of(d.draftedOn), d.number, DocumentNumbering::label(unitCode, d.number)};
        // Later numbers of the unit come after the ones already given on paper.
        SqlQuery(m_connection, QStringLiteral("INSERT INTO number_counters (unit_id, fiscal_year, last_number) "
                                              "VALUES (?, ?, ?) ON CONFLICT (unit_id, fiscal_year) DO UPDATE "
                                              "SET last_number = max(number_counters.last_number, "
                                              "excluded.last_number)"))
            .bind(d.unitId)
            .bind(number.fiscalYear)
            .bind(number.number)
            .exec();
    }
    const QString now = Timestamps::toText(Timestamps::now());
    const qint64 id =
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, decision_level_id, "
                                "file_id, classification, status, fiscal_year, number_unit_id, doc_number, "
                                "number_label, paper, created_at, updated_at, submitted_at, decided_at, decided_on, "
                                "decision_kind_id) "
                                "VALUES ('decision', ?, '', ?, ?, ?, ?, ?, 'decided', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?) "
                                "RETURNING id"))
            .bind(d.title.trimmed())
            .bind(d.drafterId)
            .bind(d.unitId)
            .bindOptionalId(d.decisionLevelId)
            .bindOptionalId(d.fileId)
            .bind(toCode(d.classification))
            .bind(number.fiscalYear)
            .bind(d.unitId)
            .bind(number.number)
            .bind(number.label)
            .bind(now)
            .bind(now)
            .bind(midnight(d.draftedOn))
            .bind(midnight(d.decidedOn))
            .bind(Timestamps::dateToText(d.decidedOn))
            .bindOptionalId(d.decisionKindId)
            .scalar()
            .toLongLong();
    SqlQuery(m_connection, QStringLiteral("INSERT INTO paper_decisions (document_id, reason_id, reason_text, decider, "
                                          "switched, registered_by, registered_at) VALUES (?, ?, ?, ?, 0, ?, ?)"))
        .bind(id)
        .bind(d.reasonId)
        .bind(d.reasonText.trimmed())
        .bind(d.decider.trimmed())
        .bind(session.user().id)
        .bind(now)
        .exec();
    session.audit(QStringLiteral("paper.register"), QStringLiteral("document"), id,
                  {{QStringLiteral("number"), number.label},
                   {QStringLiteral("reason_id"), d.reasonId},
                   {QStringLiteral("decided_on"), Timestamps::dateToText(d.decidedOn)},
                   {QStringLiteral("title"), d.title.trimmed()}});
    return {id, number.fiscalYear, number.number, number.label};
}

QString PaperDecisionStore::switchToPaper(const Session &session, qint64 documentId, qint64 reasonId,
                                          const QString &reasonText, const QString &decider,
                                          const QDate &decidedOn)
{
    Transaction transaction(m_connection);
    SqlQuery q(m_connection, QStringLiteral("SELECT kind, status, paper, unit_id, created_at, doc_number, "
                                            "number_label FROM documents WHERE id = ?"));
    q.bind(documentId).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    const QString kind = q.text(0);
    const QString status = q.text(1);
    const qint64 unitId = q.id(3);
    if (!session.user().hasRole(Role::RecordsManager) || !DeskScope::of(session).covers(unitId))
        throw StoreError(StoreError::Kind::Refused,
                         tr("only a 文書管理者 of its unit switches document %1 to paper").arg(documentId));
    if (kind != QLatin1String("decision") || q.flag(2) ||
        !QStringList{QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("returned")}.contains(
            status))
        throw StoreError(StoreError::Kind::Refused,
                         tr("document %1 is %2: only an undecided 決裁 document goes on paper")
                             .arg(documentId)
                             .arg(status));
    if (decider.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("決裁者: the 決裁者 is empty"));
    const QDate created = Timestamps::fromText(q.text(4)).date();
    if (!decidedOn.isValid() || decidedOn > QDate::currentDate() || decidedOn < created)
        throw StoreError(StoreError::Kind::BadData,
                         tr("決裁日: the 決裁日 %1 is not between the 起案日 and today")
                             .arg(Timestamps::dateToText(decidedOn)));
    if (const auto found = reasonProblem(reasonId, reasonText))
        throw StoreError(StoreError::Kind::BadData, QStringLiteral("%1: %2").arg(found->field, found->message));
    const bool numbered = !q.value(5).isNull();
    QString label = q.text(6);
    if (m_connection.isPostgreSQL()) {
        label = SqlQuery(m_connection, QStringLiteral("SELECT kessai_switch_to_paper(?, ?, ?, ?, ?)"))
                    .bind(documentId)
                    .bind(reasonId)
                    .bind(reasonText.trimmed())
                    .bind(decider.trimmed())
                    .bind(Timestamps::dateToText(decidedOn))
                    .scalar()
                    .toString();
        transaction.commit();
        return label;
    }
    if (!numbered)
        label = DocumentNumbering(m_connection).assign(documentId, unitId, decidedOn).label;
    const QString now = Timestamps::toText(Timestamps::now());
    SqlQuery(m_connection,
             QStringLiteral("UPDATE documents SET status = 'decided', paper = 1, decided_on = ?, decided_at = ?, "
                            "submitted_at = COALESCE(submitted_at, ?), workflow_undo = '', updated_at = ?, "
                            "row_version = row_version + 1 WHERE id = ?"))
        .bind(Timestamps::dateToText(decidedOn))
        .bind(now)
        .bind(now)
        .bind(now)
        .bind(documentId)
        .exec();
    SqlQuery(m_connection, QStringLiteral("INSERT INTO paper_decisions (document_id, reason_id, reason_text, decider, "
                                          "switched, registered_by, registered_at) VALUES (?, ?, ?, ?, 1, ?, ?)"))
        .bind(documentId)
        .bind(reasonId)
        .bind(reasonText.trimmed())
        .bind(decider.trimmed())
        .bind(session.user().id)
        .bind(now)
        .exec();
    session.audit(QStringLiteral("paper.switch"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("number"), label},
                   {QStringLiteral("reason_id"), reasonId},
                   {QStringLiteral("decided_on"), Timestamps::dateToText(decidedOn)},
                   {QStringLiteral("from_status"), status}});
    transaction.commit();
    return label;
}

} // namespace kessai
