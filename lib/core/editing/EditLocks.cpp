// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditLocks.h"

#include "core/editing/EditRights.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QSysInfo>

namespace kessai {

namespace {
const auto kSelect = QStringLiteral(
    "SELECT l.attachment_id, l.user_id, u.login, u.display_name, l.machine, l.started_at, l.base_version, "
    "l.last_seen, l.edit_session_id, a.position, a.display_name FROM edit_locks l "
    "JOIN users u ON u.id = l.user_id JOIN attachments a ON a.id = l.attachment_id ");

EditLock readLock(const SqlQuery &q)
{
    EditLock lock;
    lock.attachmentId = q.id(0);
    lock.userId = q.id(1);
    lock.userLogin = q.text(2);
    lock.userName = q.text(3);
    lock.machine = q.text(4);
    lock.startedAt = Timestamps::fromText(q.text(5));
    lock.baseVersion = q.value(6).toInt();
    lock.lastSeen = Timestamps::fromText(q.text(7));
    lock.editSessionId = q.id(8);
    lock.position = q.value(9).toInt();
    lock.attachmentName = q.text(10);
    return lock;
}

QString attachmentName(StoreConnection &connection, qint64 attachmentId)
{
    return SqlQuery(connection, QStringLiteral("SELECT display_name FROM attachments WHERE id = ?"))
        .bind(attachmentId)
        .scalar()
        .toString();
}

QString workingSha(StoreConnection &connection, qint64 editSessionId)
{
    if (!editSessionId)
        return {};
    return SqlQuery(connection, QStringLiteral("SELECT b.sha256 FROM edit_sessions s JOIN blobs b ON "
                                               "b.id = s.working_blob_id WHERE s.id = ?"))
        .bind(editSessionId)
        .scalar()
        .toString();
}

/// "10:42" today, "2026-04-01 10:42" on another day (local time).
QString sinceText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toString(local.date() == QDate::currentDate() ? QStringLiteral("HH:mm")
                                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// Ends the edit session that held a lock: discarded (given back) or broken.
void endSession(StoreConnection &connection, qint64 editSessionId, const QString &state)
{
    if (!editSessionId)
        return;
    SqlQuery(connection, QStringLiteral("UPDATE edit_sessions SET state = ?, ended_at = ? WHERE id = ? AND "
                                        "state = 'open'"))
        .bind(state)
        .bindOptional(state == QLatin1String("broken") ? QString() : Timestamps::toText(Timestamps::now()))
        .bind(editSessionId)
        .exec();
}
} // namespace

EditLocks::EditLocks(StoreConnection &connection)
    : m_connection(connection)
{}

QString EditLocks::thisMachine()
{
    const QString configured = qEnvironmentVariable("KESSAI_MACHINE").trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

std::optional<EditLock> EditLocks::lockOf(qint64 attachmentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE l.attachment_id = ?"));
    q.bind(attachmentId).exec();
    return q.next() ? std::optional<EditLock>(readLock(q)) : std::nullopt;
}

QList<EditLock> EditLocks::locksOf(qint64 documentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE a.document_id = ? ORDER BY a.position"));
    q.bind(documentId).exec();
    QList<EditLock> locks;
    while (q.next())
        locks.append(readLock(q));
    return locks;
}

bool EditLocks::looksStale(const EditLock &lock, const QDateTime &now)
{
    return lock.lastSeen.isValid() && lock.lastSeen.secsTo(now) > kStaleAfterSeconds;
}

QString EditLocks::describe(const EditLock &lock)
{
    const QString text =
        tr("%1 is editing it on %2 since %3").arg(lock.userName, lock.machine, sinceText(lock.startedAt));
    if (!looksStale(lock, Timestamps::now()))
        return text;
    return tr("%1 (no sign of that client since %2)").arg(text, sinceText(lock.lastSeen));
}

QString EditLocks::badge(const EditLock &lock)
{
    const QString text = tr("%1 is editing · since %2").arg(lock.userName, sinceText(lock.startedAt));
    return looksStale(lock, Timestamps::now()) ? tr("%1 · not responding").arg(text) : text;
}

void EditLocks::refuseWhileLocked(qint64 documentId)
{
    const QList<EditLock> locks = locksOf(documentId);
    if (locks.isEmpty())
        return;
    const EditLock &lock = locks.first();
    throw StoreError(StoreError::Kind::Refused,
                     tr("document %1: attachment %2 \"%3\" is being edited (%4). Finish that edit "
                        "(編集終了) before acting on the route; its owner or a 文書管理者 may break a stale "
                        "lock")
                         .arg(documentId)
                         .arg(lock.position)
                         .arg(lock.attachmentName, describe(lock)));
}

void EditLocks::throwHeld(const EditLock &lock, const QString &attachmentName, qint64 sessionUserId)
{
    if (lock.userId == sessionUserId)
        throw StoreError(
            StoreError::Kind::Refused,
            tr("\"%1\" is locked by your own edit on %2 since %3: finish that edit, or break the "
               "lock if that client is gone")
                .arg(attachmentName, lock.machine, sinceText(lock.startedAt)));
    throw StoreError(StoreError::Kind::Refused,
                     tr("\"%1\" is locked: %2. It can be viewed but not edited until the lock is released; "
                        "its owner or a 文書管理者 may break a stale lock")
                         .arg(attachmentName, describe(lock)));
}

EditLock EditLocks::acquire(const Session &session, qint64 attachmentId, const QString &machine)
{
    Transaction transaction(m_connection);
    const EditRights::Grant grant = EditRights(m_connection).require(session, attachmentId, true);
    const QString now = Timestamps::toText(Timestamps::now());
    const QString where = machine.trimmed().isEmpty() ? thisMachine() : machine.trimmed();
    if (const auto held = lockOf(attachmentId)) {
        if (held->userId != session.user().id || held->machine != where)
            throwHeld(*held, grant.attachmentName, session.user().id);
        SqlQuery(m_connection, QStringLiteral("UPDATE edit_locks SET last_seen = ? WHERE attachment_id = ?"))
            .bind(now)
            .bind(attachmentId)
            .exec();
        auto refreshed = lockOf(attachmentId);
        transaction.commit();
        return *refreshed;
    }
    const int base =
        SqlQuery(m_connection,
                 QStringLiteral("SELECT max(version_no) FROM attachment_versions WHERE attachment_id = ?"))
            .bind(attachmentId)
            .scalar()
            .toInt();
    SqlQuery(m_connection,
             QStringLiteral("INSERT INTO edit_locks (attachment_id, user_id, machine, started_at, "
                            "base_version, last_seen) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(attachmentId)
        .bind(session.user().id)
        .bind(where)
        .bind(now)
        .bind(base)
        .bind(now)
        .exec();
    session.audit(QStringLiteral("edit.lock"), QStringLiteral("attachment"), attachmentId,
                  {{QStringLiteral("document_id"), grant.documentId},
                   {QStringLiteral("position"), grant.position},
                   {QStringLiteral("machine"), where},
                   {QStringLiteral("base_version"), base}});
    auto lock = lockOf(attachmentId);
    transaction.commit();
    return *lock;
}

bool EditLocks::release(const Session &session, qint64 attachmentId, const QString &machine)
{
    Transaction transaction(m_connection);
    const qint64 documentId = EditRights(m_connection).documentOf(attachmentId);
    EditRights(m_connection).lockDocumentRow(documentId);
    const auto held = lockOf(attachmentId);
    if (!held) {
        transaction.commit();
        return false;
    }
    const QString name = attachmentName(m_connection, attachmentId);
    const QString where = machine.trimmed().isEmpty() ? thisMachine() : machine.trimmed();
    if (held->userId != session.user().id)
        throw StoreError(StoreError::Kind::Refused,
                         tr("the lock on \"%1\" is not yours to release: %2. Its owner or a 文書管理者 may "
                            "break it")
                             .arg(name, describe(*held)));
    if (held->machine != where)
        throw StoreError(StoreError::Kind::Refused,
                         tr("your lock on \"%1\" was taken on %2, not on this machine (%3): break it if that "
                            "client is gone")
                             .arg(name, held->machine, where));
    SqlQuery(m_connection, QStringLiteral("DELETE FROM edit_locks WHERE attachment_id = ?"))
        .bind(attachmentId)
        .exec();
    endSession(m_connection, held->editSessionId, QStringLiteral("discarded"));
    QJsonObject details{{QStringLiteral("document_id"), documentId},
                        {QStringLiteral("machine"), held->machine},
                        {QStringLiteral("base_version"), held->baseVersion}};
    if (held->editSessionId) {
        details.insert(QStringLiteral("edit_session_id"), held->editSessionId);
        details.insert(QStringLiteral("working_sha256"), workingSha(m_connection, held->editSessionId));
    }
    session.audit(QStringLiteral("edit.unlock"), QStringLiteral("attachment"), attachmentId, details);
    transaction.commit();
    return true;
}

std::optional<EditLock> EditLocks::breakLock(const Session &session, qint64 attachmentId,
                                             const QString &reason)
{
    Transaction transaction(m_connection);
    const qint64 documentId = EditRights(m_connection).documentOf(attachmentId);
    if (!documentId)
        throw StoreError(StoreError::Kind::BadData,
                         EditRights::tr("attachment %1 does not exist").arg(attachmentId));
    EditRights(m_connection).lockDocumentRow(documentId);
    const auto held = lockOf(attachmentId);
    if (!held) {
        transaction.commit();
        return std::nullopt;
    }
    const bool byOwner = held->userId == session.user().id;
    if (!byOwner && !session.user().hasRole(Role::RecordsManager))
        throw StoreError(
            StoreError::Kind::Refused,
            tr("only %1, who holds the lock on \"%2\", or a 文書管理者 may break it (%3)")
                .arg(held->userName, attachmentName(m_connection, attachmentId), describe(*held)));
    SqlQuery(m_connection, QStringLiteral("DELETE FROM edit_locks WHERE attachment_id = ?"))
        .bind(attachmentId)
        .exec();
    endSession(m_connection, held->editSessionId, QStringLiteral("broken"));
    QJsonObject details{{QStringLiteral("document_id"), documentId},
                        {QStringLiteral("holder"), held->userLogin},
                        {QStringLiteral("machine"), held->machine},
                        {QStringLiteral("started_at"), Timestamps::toText(held->startedAt)},
                        {QStringLiteral("last_seen"), Timestamps::toText(held->lastSeen)},
                        {QStringLiteral("base_version"), held->baseVersion},
                        {QStringLiteral("by_owner"), byOwner},
                        {QStringLiteral("from_machine"), thisMachine()}};
    if (!reason.trimmed().isEmpty())
        details.insert(QStringLiteral("reason"), reason.trimmed());
    if (held->editSessionId) {
        details.insert(QStringLiteral("edit_session_id"), held->editSessionId);
        details.insert(QStringLiteral("working_sha256"), workingSha(m_connection, held->editSessionId));
    }
    session.audit(QStringLiteral("edit.lock_break"), QStringLiteral("attachment"), attachmentId, details);
    transaction.commit();
    return held;
}

bool EditLocks::touch(const Session &session, qint64 attachmentId, const QString &machine)
{
    Transaction transaction(m_connection);
    SqlQuery q(m_connection, QStringLiteral("UPDATE edit_locks SET last_seen = ? WHERE attachment_id = ? AND "
                                            "user_id = ? AND machine = ?"));
    q.bind(Timestamps::toText(Timestamps::now()))
        .bind(attachmentId)
        .bind(session.user().id)
        .bind(machine.trimmed().isEmpty() ? thisMachine() : machine.trimmed())
        .exec();
    const bool held = q.numRowsAffected() > 0;
    transaction.commit();
    return held;
}

} // namespace kessai
