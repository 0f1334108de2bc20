// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditSessions.h"

#include "core/content/BlobStore.h"
#include "core/content/StagedBlob.h"
#include "core/documents/AttachmentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditRights.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QIODevice>

namespace kessai {

namespace {
const auto kSelect = QStringLiteral(
    "SELECT s.id, s.attachment_id, a.document_id, s.user_id, u.login, u.display_name, s.machine, "
    "s.base_version, bb.sha256, wb.sha256, wb.size, s.saves, s.state, s.started_at, s.last_saved_at, "
    "s.ended_at, s.result_version, s.note FROM edit_sessions s "
    "JOIN attachments a ON a.id = s.attachment_id JOIN users u ON u.id = s.user_id "
    "LEFT JOIN attachment_versions bv ON bv.attachment_id = s.attachment_id AND bv.version_no = "
    "s.base_version "
    "LEFT JOIN blobs bb ON bb.id = bv.blob_id LEFT JOIN blobs wb ON wb.id = s.working_blob_id ");

EditSessionRecord readSession(const SqlQuery &q)
{
    EditSessionRecord s;
    s.id = q.id(0);
    s.attachmentId = q.id(1);
    s.documentId = q.id(2);
    s.userId = q.id(3);
    s.userLogin = q.text(4);
    s.userName = q.text(5);
    s.machine = q.text(6);
    s.baseVersion = q.value(7).toInt();
    s.baseSha256 = q.text(8);
    s.workingSha256 = q.text(9);
    s.workingSize = q.value(10).toLongLong();
    s.saves = q.value(11).toInt();
    s.state = EditSessionRecord::fromCode(q.text(12));
    s.startedAt = Timestamps::fromText(q.text(13));
    s.lastSavedAt = Timestamps::fromText(q.text(14));
    s.endedAt = Timestamps::fromText(q.text(15));
    s.resultVersion = q.value(16).toInt();
    s.note = q.text(17);
    return s;
}
} // namespace

EditSessions::EditSessions(StoreConnection &connection)
    : m_connection(connection)
{}

std::optional<EditSessionRecord> EditSessions::byId(qint64 sessionId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE s.id = ?"));
    q.bind(sessionId).exec();
    return q.next() ? std::optional<EditSessionRecord>(readSession(q)) : std::nullopt;
}

std::optional<EditSessionRecord> EditSessions::activeSession(const Session &session, qint64 attachmentId,
                                                             const QString &machine)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE s.attachment_id = ? AND s.user_id = ? AND "
                                                      "s.state IN ('open', 'broken') ORDER BY s.id DESC"));
    q.bind(attachmentId).bind(session.user().id).exec();
    std::optional<EditSessionRecord> newest;
    while (q.next()) {
        EditSessionRecord record = readSession(q);
        if (machine.isEmpty() || record.machine == machine)
            return record;
        if (!newest)
            newest = record;
    }
    return newest;
}

QList<EditSessionRecord> EditSessions::openOn(const Session &session, qint64 documentId,
                                              const QString &machine)
{
    SqlQuery q(m_connection,
               kSelect + QStringLiteral("WHERE a.document_id = ? AND s.user_id = ? AND s.machine = ? "
                                        "AND s.state = 'open' ORDER BY s.id"));
    q.bind(documentId).bind(session.user().id).bind(machine).exec();
    QList<EditSessionRecord> sessions;
    while (q.next())
        sessions.append(readSession(q));
    return sessions;
}

QList<EditSessionRecord> EditSessions::history(qint64 attachmentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE s.attachment_id = ? ORDER BY s.id"));
    q.bind(attachmentId).exec();
    QList<EditSessionRecord> sessions;
    while (q.next())
        sessions.append(readSession(q));
    return sessions;
}

void EditSessions::readWorking(qint64 sessionId, QIODevice &sink)
{
    const auto record = byId(sessionId);
    if (!record)
        throw StoreError(StoreError::Kind::BadData, tr("edit session %1 does not exist").arg(sessionId));
    BlobStore(m_connection).read(record->currentSha256(), sink);
}

EditSessionRecord EditSessions::requireOwn(const Session &session, qint64 sessionId)
{
    const auto record = byId(sessionId);
    if (!record)
        throw StoreError(StoreError::Kind::BadData, tr("edit session %1 does not exist").arg(sessionId));
    if (record->userId != session.user().id)
        throw StoreError(StoreError::Kind::Refused,
                         tr("edit session %1 belongs to %2").arg(sessionId).arg(record->userName));
    if (record->isEnded())
        throw StoreError(StoreError::Kind::Refused, tr("edit session %1 has already ended (%2)")
                                                        .arg(sessionId)
                                                        .arg(EditSessionRecord::toCode(record->state)));
    return *record;
}

EditSessionRecord EditSessions::beginSession(const Session &session, qint64 attachmentId,
                                             const QString &machine)
{
    Transaction transaction(m_connection);
    const EditRights::Grant grant = EditRights(m_connection).require(session, attachmentId, true);
    const QString where = machine.trimmed().isEmpty() ? EditLocks::thisMachine() : machine.trimmed();
    EditLocks locks(m_connection);
    if (const auto held = locks.lockOf(attachmentId);
        held && held->userId == session.user().id && held->machine == where && held->editSessionId) {
        auto open = byId(held->editSessionId);
        if (open && open->state == EditSessionRecord::State::Open) {
            locks.touch(session, attachmentId, where);
            open->resumed = true;
            transaction.commit();
            return *open;
        }
    }
    const EditLock lock = locks.acquire(session, attachmentId, where);
    const QString now = Timestamps::toText(Timestamps::now());

    const qint64 id =
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO edit_sessions (attachment_id, user_id, machine, "
                                "base_version, state, started_at) VALUES (?, ?, ?, ?, 'open', ?) "
                                "RETURNING id"))
            .bind(attachmentId)
            .bind(session.user().id)
            .bind(where)
            .bind(lock.baseVersion)
            .bind(now)
            .scalar()
            .toLongLong();
    SqlQuery(m_connection,
             QStringLiteral("UPDATE edit_locks SET edit_session_id = ? WHERE attachment_id = ?"))
        .bind(id)
        .bind(attachmentId)
        .exec();
    session.audit(QStringLiteral("edit.begin"), QStringLiteral("attachment"), attachmentId,
                  {{QStringLiteral("document_id"), grant.documentId},
                   {QStringLiteral("position"), grant.position},
                   {QStringLiteral("edit_session_id"), id},
                   {QStringLiteral("base_version"), lock.baseVersion},
                   {QStringLiteral("machine"), where}});
    auto record = byId(id);
    transaction.commit();
    return *record;
}

EditSessions::SaveResult EditSessions::saveWorking(const Session &session, qint64 sessionId,
                                                   QIODevice &content, const QString &expectedSha256)
{
    // Refuse before reading a possibly large content; checked again under the document lock.
    EditRights rights(m_connection);
    const EditRights::Grant first = rights.require(session, requireOwn(session, sessionId).attachmentId);
    BlobStore blobs(m_connection);
    StagedBlob staged = blobs.stage(content, first.attachmentName, expectedSha256);
    Transaction transaction(m_connection);
    const EditSessionRecord record = requireOwn(session, sessionId);
    const BlobStore::Blob blob = blobs.publish(staged);
    const EditRights::Grant grant = rights.require(session, record.attachmentId, true);
    if (blob.size == 0)
        throw StoreError(
            StoreError::Kind::BadData,
            tr("the saved content of \"%1\" is empty; it was not stored").arg(grant.attachmentName));
    const qint64 limit = AttachmentStore(m_connection).sizeLimit();
    if (blob.size > limit)
        throw StoreError(StoreError::Kind::BadData,
                         tr("the saved content of \"%1\" is %2 bytes, over the limit of %3 bytes; it was not "
                            "stored")
                             .arg(grant.attachmentName)
                             .arg(blob.size)
                             .arg(limit));
    const auto lock = EditLocks(m_connection).lockOf(record.attachmentId);
    SaveResult result;
    result.sha256 = blob.sha256;
    result.size = blob.size;
    result.saves = record.saves;
    result.lockHeld = lock && lock->editSessionId == sessionId;
    const QString now = Timestamps::toText(Timestamps::now());
    if (result.lockHeld)
        SqlQuery(m_connection, QStringLiteral("UPDATE edit_locks SET last_seen = ? WHERE attachment_id = ?"))
            .bind(now)
            .bind(record.attachmentId)
            .exec();
    if (blob.sha256 == record.currentSha256()) {
        transaction.commit();
        return result;
    }
    result.changed = true;
    result.saves = record.saves + 1;
    SqlQuery(m_connection, QStringLiteral("UPDATE edit_sessions SET working_blob_id = ?, saves = saves + 1, "
                                          "last_saved_at = ? WHERE id = ?"))
        .bind(blob.id)
        .bind(now)
        .bind(sessionId)
        .exec();
    session.audit(QStringLiteral("edit.save"), QStringLiteral("attachment"), record.attachmentId,
                  {{QStringLiteral("document_id"), grant.documentId},
                   {QStringLiteral("edit_session_id"), sessionId},
                   {QStringLiteral("sha256"), blob.sha256},
                   {QStringLiteral("size"), blob.size},
                   {QStringLiteral("saves"), result.saves},
                   {QStringLiteral("lock_held"), result.lockHeld}});
    transaction.commit();
    return result;
}

std::optional<AttachmentVersion> EditSessions::finishSession(const Session &session, qint64 sessionId,
                                                             const QString &note, OnConflict onConflict)
{
    Transaction transaction(m_connection);
    const EditSessionRecord record = requireOwn(session, sessionId);
    const EditRights::Grant grant = EditRights(m_connection).require(session, record.attachmentId, true);
    EditLocks locks(m_connection);
    const auto held = locks.lockOf(record.attachmentId);
    if (held && held->editSessionId != sessionId)
        EditLocks::throwHeld(*held, grant.attachmentName, session.user().id);

    AttachmentVersions versions(m_connection);
    const int currentNo = versions.currentNumber(record.attachmentId);
    std::optional<AttachmentVersion> made;
    if (!record.workingSha256.isEmpty() && record.workingSha256 != record.baseSha256) {
        AttachmentVersions::Origin origin{};
        origin.editSessionId = sessionId;
        const int expected = onConflict == OnConflict::KeepMine ? 0 : record.baseVersion;
        try {
            made = versions.addVersionBlob(session, record.attachmentId, record.workingSha256, note, expected,
                                           origin);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Conflict)
                throw;
            throw StoreError(StoreError::Kind::Conflict,
                             tr("%1. Your edit is kept: store it as a newer version anyway, or discard it")
                                 .arg(error.message()));
        }
    }
    if (held)
        SqlQuery(m_connection, QStringLiteral("DELETE FROM edit_locks WHERE attachment_id = ?"))
            .bind(record.attachmentId)
            .exec();
    const QString now = Timestamps::toText(Timestamps::now());
    SqlQuery(m_connection, QStringLiteral("UPDATE edit_sessions SET state = 'finished', ended_at = ?, "
                                          "result_version = ?, note = ? WHERE id = ?"))
        .bind(now)
        .bindOptionalId(made ? made->versionNo : 0)
        .bind(note.trimmed())
        .bind(sessionId)
        .exec();
    QJsonObject details{{QStringLiteral("document_id"), grant.documentId},
                        {QStringLiteral("edit_session_id"), sessionId},
                        {QStringLiteral("base_version"), record.baseVersion},
                        {QStringLiteral("saves"), record.saves},
                        {QStringLiteral("unchanged"), !made.has_value()},
                        {QStringLiteral("lock_released"), held.has_value()}};
    if (made)
        details.insert(QStringLiteral("version"), made->versionNo);
    if (made && currentNo != record.baseVersion)
        details.insert(QStringLiteral("kept_over_version"), currentNo);
    session.audit(QStringLiteral("edit.finish"), QStringLiteral("attachment"), record.attachmentId, details);
    transaction.commit();
    return made;
}

void EditSessions::discardSession(const Session &session, qint64 sessionId)
{
    Transaction transaction(m_connection);
    const EditSessionRecord record = requireOwn(session, sessionId);
    EditRights(m_connection).lockDocumentRow(record.documentId);
    const auto held = EditLocks(m_connection).lockOf(record.attachmentId);
    const bool ours = held && held->editSessionId == sessionId;
    if (ours)
        SqlQuery(m_connection, QStringLiteral("DELETE FROM edit_locks WHERE attachment_id = ?"))
            .bind(record.attachmentId)
            .exec();
    SqlQuery(m_connection,
             QStringLiteral("UPDATE edit_sessions SET state = 'discarded', ended_at = ? WHERE id = ?"))
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(sessionId)
        .exec();
    session.audit(QStringLiteral("edit.discard"), QStringLiteral("attachment"), record.attachmentId,
                  {{QStringLiteral("document_id"), record.documentId},
                   {QStringLiteral("edit_session_id"), sessionId},
                   {QStringLiteral("working_sha256"), record.workingSha256},
                   {QStringLiteral("saves"), record.saves},
                   {QStringLiteral("lock_released"), ours}});
    transaction.commit();
}

} // namespace kessai
