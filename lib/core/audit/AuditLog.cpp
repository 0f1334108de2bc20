// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/Sha256.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kessai {

namespace {
const auto kEventColumns =
    QStringLiteral("id, occurred_at, actor_login, real_login, action, entity_type, entity_id, "
                   "details, prev_hash, hash");

AuditEvent readEvent(const SqlQuery &query)
{
    AuditEvent event;
    event.id = query.id(0);
    event.occurredAt = Timestamps::fromText(query.text(1));
    event.actorLogin = query.text(2);
    event.realLogin = query.text(3);
    event.action = query.text(4);
    event.entityType = query.text(5);
    event.entityId = query.id(6);
    event.details = query.text(7);
    event.prevHash = query.text(8);
    event.hash = query.text(9);
    return event;
}
} // namespace

AuditLog::AuditLog(StoreConnection &connection)
    : m_connection(connection)
{}

QString AuditLog::canonicalText(const AuditEvent &event)
{
    // A JSON array has a fixed order and unambiguous escaping: no field can bleed into the next.
    const QJsonArray fields{QString::number(event.id),
                            Timestamps::toText(event.occurredAt),
                            event.actorLogin,
                            event.realLogin,
                            event.action,
                            event.entityType,
                            QString::number(event.entityId),
                            event.details};
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEvent &event)
{
    Sha256 hash;
    hash.addData(prevHash.toUtf8());
    hash.addData(canonicalText(event).toUtf8());
    return hash.hexResult();
}

qint64 AuditLog::append(const QString &actorLogin, const QString &realLogin, const QString &action,
                        const QString &entityType, qint64 entityId, const QJsonObject &details)
{
    if (m_connection.isPostgreSQL()) {
        // The office server appends: it takes the time, the real actor (session_user) and the
        // chain from itself, so a client can neither forge nor skip them (docs/security.md).
        return SqlQuery(m_connection, QStringLiteral("SELECT kessai_audit_append(?, ?, ?, ?, ?, ?)"))
            .bind(actorLogin)
            .bind(realLogin)
            .bind(action)
            .bind(entityType)
            .bind(entityId)
            .bind(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
            .scalar()
            .toLongLong();
    }
    Transaction transaction(m_connection);
    const QString lockHead =
        m_connection.isPostgreSQL()
            ? QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
            : QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
    SqlQuery head(m_connection, lockHead);
    head.exec();
    if (!head.next())
        throw StoreError(StoreError::Kind::Internal, tr("the audit log's head row is missing"));

    AuditEvent event;
    event.id = head.id(0) + 1;
    event.prevHash = head.text(1);
    // Millisecond precision is what the text format keeps; hash what will be read back.
    event.occurredAt = Timestamps::fromText(Timestamps::toText(Timestamps::now()));
    event.actorLogin = actorLogin;
    event.realLogin = realLogin;
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    event.hash = chainHash(event.prevHash, event);

    SqlQuery(m_connection,
             QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor_login, real_login, action, "
                            "entity_type, entity_id, details, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(event.id)
        .bind(Timestamps::toText(event.occurredAt))
        .bind(event.actorLogin)
        .bind(event.realLogin)
        .bind(event.action)
        .bind(event.entityType)
        .bindOptionalId(event.entityId)
        .bind(event.details)
        .bind(event.prevHash)
        .bind(event.hash)
        .exec();
    SqlQuery(m_connection, QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"))
        .bind(event.id)
        .bind(event.hash)
        .exec();
    transaction.commit();
    return event.id;
}

AuditLog::Verification AuditLog::verify()
{
    Verification result;
    auto fail = [&](qint64 id, const QString &problem) {
        result.intact = false;
        result.firstBadId = id;
        result.problem = problem;
        return result;
    };
    // On the office server a member of staff reads only the events they may see: a chain with
    // holes would look tampered with, so say who may verify instead.
    if (m_connection.isPostgreSQL() &&
        !SqlQuery(m_connection,
                  QStringLiteral("SELECT kessai_session_is_superuser() OR kessai_is_admin() OR "
                                 "kessai_user_has_role(kessai_session_user_id(), 'records_manager')"))
             .scalar()
             .toBool())
        throw StoreError(
            StoreError::Kind::Refused,
            tr("on the office server only administrators and records managers read the whole audit "
               "log, which verifying it needs; %1 is neither")
                .arg(m_connection.identityLogin()));
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT %1 FROM audit_events ORDER BY id").arg(kEventColumns));
    query.exec();
    QString previous;
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditEvent event = readEvent(query);
        if (event.id != expectedId)
            return fail(expectedId, tr("event %1 is missing").arg(expectedId));
        if (event.prevHash != previous)
            return fail(event.id, tr("event %1 does not follow event %2").arg(event.id).arg(event.id - 1));
        if (chainHash(previous, event) != event.hash)
            return fail(event.id, tr("event %1 was altered").arg(event.id));
        previous = event.hash;
        ++expectedId;
        ++result.eventsChecked;
    }
    // The head says where the log must end: it catches what the chain alone cannot.
    const qint64 lastId = expectedId - 1;
    SqlQuery head(m_connection, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    head.exec();
    if (!head.next())
        return fail(lastId + 1, tr("the audit log's head row is missing"));
    const qint64 headId = head.id(0);
    if (headId > lastId)
        return fail(lastId + 1, tr("the newest events were removed (the log ends at %1, its head at %2)")
                                    .arg(lastId)
                                    .arg(headId));
    if (headId < lastId)
        return fail(
            headId + 1,
            tr("event %1 was added behind the log's back (its head is at %2)").arg(headId + 1).arg(headId));
    if (head.text(1) != previous)
        return fail(lastId, tr("event %1 does not match the log's head").arg(lastId));
    return result;
}

QList<AuditEvent> AuditLog::recent(int limit, const QString &entityType, qint64 entityId)
{
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT %1 FROM audit_events WHERE (? = '' OR entity_type = ?) "
                                  "AND (? = 0 OR entity_id = ?) ORDER BY id DESC LIMIT ?")
                       .arg(kEventColumns));
    query.bind(entityType).bind(entityType).bind(entityId).bind(entityId).bind(limit).exec();
    QList<AuditEvent> events;
    while (query.next()) {
        events.append(readEvent(query));
    }
    return events;
}

QList<AuditEvent> AuditLog::since(qint64 afterId, int limit)
{
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT %1 FROM audit_events WHERE id > ? ORDER BY id LIMIT ?").arg(kEventColumns));
    query.bind(afterId).bind(limit).exec();
    QList<AuditEvent> events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

qint64 AuditLog::lastId()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT last_id FROM audit_head WHERE id = 1")).scalar().toLongLong();
}

} // namespace kessai
