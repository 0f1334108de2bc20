// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordHolds.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

namespace kessai {

namespace {
const auto kSelect = QStringLiteral("SELECT h.id, h.file_id, h.document_id, h.reason, h.placed_by, h.placed_at "
                                    "FROM record_holds h ");
} // namespace

RecordHolds::RecordHolds(StoreConnection &connection)
    : m_connection(connection)
{}

qint64 RecordHolds::placeOnFile(const Session &session, qint64 fileId, const QString &reason)
{
    return place(session, fileId, 0, reason);
}

qint64 RecordHolds::placeOnDocument(const Session &session, qint64 documentId, const QString &reason)
{
    return place(session, 0, documentId, reason);
}

qint64 RecordHolds::place(const Session &session, qint64 fileId, qint64 documentId, const QString &reason)
{
    session.require(Role::RecordsManager, tr("Placing a hold"));
    if (reason.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a hold needs its reason (e.g. 訴訟, 情報公開請求)"));
    StorableText::require(reason, tr("reason"));
    Transaction transaction(m_connection);
    const QString table = fileId ? QStringLiteral("files") : QStringLiteral("documents");
    const qint64 target = fileId ? fileId : documentId;
    if (SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table)).bind(target).scalar().toInt() == 0)
        throw StoreError(StoreError::Kind::BadData,
                         fileId ? tr("簿冊 %1 does not exist").arg(fileId) : tr("document %1 does not exist").arg(documentId));
    const qint64 id = SqlQuery(m_connection, QStringLiteral("INSERT INTO record_holds (file_id, document_id, reason, placed_by, "
                                                            "placed_at) VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindOptionalId(fileId)
                          .bindOptionalId(documentId)
                          .bind(reason.trimmed())
                          .bind(session.realLogin())
                          .bind(Timestamps::toText(Timestamps::now()))
                          .scalar()
                          .toLongLong();
    session.audit(QStringLiteral("hold.place"), fileId ? QStringLiteral("file") : QStringLiteral("document"), target,
                  {{QStringLiteral("hold"), id}, {QStringLiteral("reason"), reason.trimmed()}});
    transaction.commit();
    return id;
}

void RecordHolds::lift(const Session &session, qint64 holdId, const QString &reason)
{
    session.require(Role::RecordsManager, tr("Lifting a hold"));
    Transaction transaction(m_connection);
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE h.id = ? AND h.lifted_at IS NULL"));
    q.bind(holdId).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::BadData, tr("hold %1 does not exist or was lifted already").arg(holdId));
    const qint64 fileId = q.id(1);
    const qint64 documentId = q.id(2);
    SqlQuery(m_connection, QStringLiteral("UPDATE record_holds SET lifted_by = ?, lifted_at = ? WHERE id = ?"))
        .bind(session.realLogin())
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(holdId)
        .exec();
    session.audit(QStringLiteral("hold.lift"), fileId ? QStringLiteral("file") : QStringLiteral("document"),
                  fileId ? fileId : documentId,
                  {{QStringLiteral("hold"), holdId}, {QStringLiteral("reason"), reason.trimmed()}});
    transaction.commit();
}

QList<RecordHolds::Hold> RecordHolds::active(qint64 fileId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE h.lifted_at IS NULL AND (? = 0 OR h.file_id = ?) ORDER BY h.id"));
    q.bind(fileId).bind(fileId).exec();
    QList<Hold> holds;
    while (q.next())
        holds.append({q.id(0), q.id(1), q.id(2), q.text(3), q.text(4), q.text(5)});
    return holds;
}

QList<RecordHolds::Hold> RecordHolds::blocking(qint64 fileId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE h.lifted_at IS NULL AND (h.file_id = ? OR h.document_id IN "
                                                      "(SELECT id FROM documents WHERE file_id = ?)) ORDER BY h.id"));
    q.bind(fileId).bind(fileId).exec();
    QList<Hold> holds;
    while (q.next())
        holds.append({q.id(0), q.id(1), q.id(2), q.text(3), q.text(4), q.text(5)});
    return holds;
}

} // namespace kessai
