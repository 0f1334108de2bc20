// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordDisposal.h"

#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/Session.h"
#include "core/records/FilingClassStore.h"
#include "core/records/FileRegister.h"
#include "core/records/RecordDestruction.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kessai {

namespace {
QString actionName(Disposition action)
{
    switch (action) {
    case Disposition::Destroy:
        return RecordDisposal::tr("廃棄");
    case Disposition::Transfer:
        return RecordDisposal::tr("移管");
    case Disposition::Extend:
        return RecordDisposal::tr("延長");
    }
    return {};
}
} // namespace

RecordDisposal::RecordDisposal(StoreConnection &connection)
    : m_connection(connection)
{}

void RecordDisposal::setToday(const QDate &today)
{
    m_today = today;
}

qint64 RecordDisposal::draft(const Session &session, Disposition action, const QList<qint64> &fileIds,
                             const QString &reason, int extendYears, qint64 intoFileId)
{
    session.require(Role::RecordsManager, tr("Drafting a 廃棄・移管・延長 伺い"));
    if (fileIds.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a 伺い lists at least one 簿冊"));
    if (action == Disposition::Extend && extendYears < 1)
        throw StoreError(StoreError::Kind::BadData, tr("a 延長 needs the years to add (1 or more)"));
    if (action == Disposition::Extend && reason.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a 延長 needs its reason"));
    StorableText::require(reason, tr("reason"));
    Transaction transaction(m_connection);
    FileRegister files(m_connection);
    if (m_today.isValid())
        files.setToday(m_today);
    QStringList lines;
    for (qint64 id : fileIds) {
        const auto file = files.byId(id);
        if (!file)
            throw StoreError(StoreError::Kind::BadData, tr("簿冊 %1 does not exist").arg(id));
        if (file->state != FileState::Closed)
            throw StoreError(StoreError::Kind::Refused,
                             tr("簿冊 %1 (%2) is %3: only a closed 簿冊 can be destroyed, transferred or extended")
                                 .arg(id)
                                 .arg(file->name, RecordTerms::label(file->lifecycle)));
        if (action == Disposition::Destroy) {
            // Everything but the decided 伺い, which this one is to become.
            const QString why = RecordDestruction(m_connection).refusal(id, false);
            if (!why.isEmpty())
                throw StoreError(StoreError::Kind::Refused, tr("廃棄 refused: %1").arg(why));
        }
        if (action == Disposition::Extend && !file->expiresOn.isValid())
            throw StoreError(StoreError::Kind::Refused,
                             tr("簿冊 %1 (%2) is kept while in use (常用): there is no 満了日 to extend").arg(id).arg(file->name));
        lines << tr("・%1年度 %2（%3、保存期間 %4、満了日 %5）")
                     .arg(file->fiscalYear)
                     .arg(file->name, file->unitName, RecordTerms::label(file->retention),
                          file->expiresOn.isValid() ? file->expiresOn.toString(Qt::ISODate) : tr("なし"));
    }
    const qint64 division = FilingClassStore(m_connection).divisionOf(session.user().unitId);
    qint64 into = intoFileId;
    if (!into) {
        const int year = FiscalYear::of(m_today.isValid() ? m_today : QDate::currentDate());
        for (const RecordFile &f : files.list(division, year)) {
            if (f.state == FileState::Open) {
                into = f.id;
                break;
            }
        }
        if (!into)
            throw StoreError(StoreError::Kind::BadData,
                             tr("the 伺い is filed like any document: %1 has no open 簿冊 for this fiscal year (create one, "
                                "or name one)")
                                 .arg(session.user().unitName));
    }
    DocumentRecord document;
    document.kind = DocumentKind::Decision;
    document.title = tr("保存期間が満了した簿冊の%1について（%n冊）", nullptr, static_cast<int>(fileIds.size()))
                         .arg(actionName(action));
    QString body = action == Disposition::Extend
                       ? tr("下記の簿冊について、保存期間を%1年延長してよろしいか伺います。").arg(extendYears)
                       : tr("下記の簿冊について、保存期間が満了したため%1してよろしいか伺います。").arg(actionName(action));
    body += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (!reason.trimmed().isEmpty())
        body += QStringLiteral("\n\n") + tr("理由：%1").arg(reason.trimmed());
    document.body = body;
    document.unitId = division;
    document.decisionLevelId = SqlQuery(m_connection, QStringLiteral("SELECT id FROM decision_levels ORDER BY approver_rank, id"))
                                   .scalar()
                                   .toLongLong();
    document.fileId = into;
    document.retentionYears = 10;
    const qint64 documentId = DocumentStore(m_connection).createDraft(session, document);
    SqlQuery(m_connection, QStringLiteral("INSERT INTO disposal_requests (document_id, action, extend_years, reason) "
                                          "VALUES (?, ?, ?, ?)"))
        .bind(documentId)
        .bind(toCode(action))
        .bindOptionalId(action == Disposition::Extend ? extendYears : 0)
        .bind(reason.trimmed().isNull() ? QStringLiteral("") : reason.trimmed())
        .exec();
    SqlQuery listed(m_connection, QStringLiteral("INSERT INTO disposal_request_files (document_id, file_id) VALUES (?, ?)"));
    QJsonArray listedIds;
    for (qint64 id : fileIds) {
        listed.bind(documentId).bind(id).exec();
        listedIds.append(id);
    }
    session.audit(QStringLiteral("disposal.draft"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("action"), toCode(action)},
                   {QStringLiteral("files"), listedIds},
                   {QStringLiteral("extend_years"), extendYears},
                   {QStringLiteral("reason"), reason.trimmed()}});
    transaction.commit();
    return documentId;
}

std::optional<RecordDisposal::Request> RecordDisposal::request(qint64 documentId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT action, extend_years, reason, carried_out_at FROM disposal_requests "
                                            "WHERE document_id = ?"));
    q.bind(documentId).exec();
    if (!q.next())
        return std::nullopt;
    Request r;
    r.documentId = documentId;
    r.action = fromCode<Disposition>(q.text(0)).value_or(Disposition::Destroy);
    r.extendYears = q.value(1).toInt();
    r.reason = q.text(2);
    r.carriedOutAt = q.text(3);
    SqlQuery files(m_connection, QStringLiteral("SELECT file_id FROM disposal_request_files WHERE document_id = ? ORDER BY file_id"));
    files.bind(documentId).exec();
    while (files.next())
        r.fileIds.append(files.id(0));
    return r;
}

QList<RecordDisposal::Request> RecordDisposal::requestsFor(qint64 fileId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT document_id FROM disposal_request_files WHERE file_id = ? "
                                            "ORDER BY document_id DESC"));
    q.bind(fileId).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    QList<Request> list;
    for (qint64 id : std::as_const(ids)) {
        if (auto r = request(id))
            list.append(*r);
    }
    return list;
}

bool RecordDisposal::carryOut(const Session &session, qint64 documentId)
{
    const auto r = request(documentId);
    if (!r || !r->carriedOutAt.isEmpty())
        return false;
    Transaction transaction(m_connection);
    const QString status =
        SqlQuery(m_connection, QStringLiteral("SELECT status FROM documents WHERE id = ?")).bind(documentId).scalar().toString();
    if (status != QLatin1String("decided") && status != QLatin1String("enforced") && status != QLatin1String("closed"))
        throw StoreError(StoreError::Kind::Refused,
                         tr("伺い %1 is not decided (%2): nothing is carried out before its 決裁").arg(documentId).arg(status));
    bool destroyed = false;
    const QString now = Timestamps::toText(Timestamps::now());
    FileRegister files(m_connection);
    for (qint64 fileId : r->fileIds) {
        const auto file = files.byId(fileId);
        if (!file)
            continue;
        if (r->action == Disposition::Destroy) {
            RecordDestruction(m_connection).destroyFile(session, fileId, documentId);
            destroyed = true;
            continue;
        }
        if (file->state != FileState::Closed)
            throw StoreError(StoreError::Kind::Refused,
                             tr("簿冊 %1 (%2) is no longer closed: the 伺い cannot be carried out").arg(fileId).arg(file->name));
        if (m_connection.isPostgreSQL())
            continue; // the server's kessai_carry_out_disposal below
        if (r->action == Disposition::Transfer) {
            SqlQuery(m_connection, QStringLiteral("UPDATE files SET status = 'transfer_pending' WHERE id = ?")).bind(fileId).exec();
            SqlQuery(m_connection, QStringLiteral("INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id, "
                                                  "reason) VALUES (?, 'transfer_decided', ?, ?, ?, ?)"))
                .bind(fileId)
                .bind(now)
                .bind(session.realLogin())
                .bind(documentId)
                .bind(r->reason)
                .exec();
        } else {
            const QString newExpiry = file->expiresOn.addYears(r->extendYears).toString(Qt::ISODate);
            SqlQuery(m_connection, QStringLiteral("UPDATE files SET expires_on = ? WHERE id = ?")).bind(newExpiry).bind(fileId).exec();
            SqlQuery(m_connection, QStringLiteral("INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id, "
                                                  "old_expires_on, new_expires_on, reason) VALUES (?, 'extend', ?, ?, ?, ?, ?, ?)"))
                .bind(fileId)
                .bind(now)
                .bind(session.realLogin())
                .bind(documentId)
                .bind(file->expiresOn.toString(Qt::ISODate))
                .bind(newExpiry)
                .bind(r->reason)
                .exec();
        }
    }
    if (m_connection.isPostgreSQL())
        SqlQuery(m_connection, QStringLiteral("SELECT kessai_carry_out_disposal(?)")).bind(documentId).exec();
    else
        SqlQuery(m_connection, QStringLiteral("UPDATE disposal_requests SET carried_out_at = ? WHERE document_id = ?"))
            .bind(now)
            .bind(documentId)
            .exec();
    QJsonArray listed;
    for (qint64 id : r->fileIds)
        listed.append(id);
    session.audit(QStringLiteral("disposal.carry_out"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("action"), toCode(r->action)},
                   {QStringLiteral("files"), listed},
                   {QStringLiteral("extend_years"), r->extendYears}});
    transaction.commit();
    return destroyed;
}

void RecordDisposal::markTransferred(const Session &session, qint64 fileId, const QString &packagePath)
{
    session.require(Role::RecordsManager, tr("Recording a 移管"));
    Transaction transaction(m_connection);
    const auto file = FileRegister(m_connection).byId(fileId);
    if (!file || file->state != FileState::TransferPending)
        throw StoreError(StoreError::Kind::Refused, tr("簿冊 %1 has no decided 移管 waiting for its package").arg(fileId));
    if (m_connection.isPostgreSQL()) {
        SqlQuery(m_connection, QStringLiteral("SELECT kessai_file_transferred(?)")).bind(fileId).exec();
    } else {
        SqlQuery(m_connection, QStringLiteral("UPDATE files SET status = 'transferred' WHERE id = ?")).bind(fileId).exec();
        SqlQuery(m_connection, QStringLiteral("INSERT INTO file_history (file_id, event, occurred_at, actor_login, reason) "
                                              "VALUES (?, 'transferred', ?, ?, '')"))
            .bind(fileId)
            .bind(Timestamps::toText(Timestamps::now()))
            .bind(session.realLogin())
            .exec();
    }
    session.audit(QStringLiteral("file.transferred"), QStringLiteral("file"), fileId,
                  {{QStringLiteral("package"), packagePath}});
    transaction.commit();
}

} // namespace kessai
