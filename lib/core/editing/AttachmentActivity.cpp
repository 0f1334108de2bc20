// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/AttachmentActivity.h"

#include "core/documents/AttachmentStore.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditRights.h"
#include "core/editing/EditSessions.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"

#include <QCryptographicHash>
#include <QHash>

namespace kessai {

AttachmentActivity::AttachmentActivity(StoreConnection &connection)
    : m_connection(connection)
{}

QString AttachmentActivity::signature(const Session &session, qint64 documentId, const QString &machine)
{
    // One row per attachment: its current version, its lock (and whether it looks stale) and the
    // viewer's open session here.
    // The document's row_version changes with every workflow action (who may edit).
    SqlQuery q(
        m_connection,
        QStringLiteral(
            "SELECT d.row_version, d.status, a.id, a.position, a.display_name, "
            "(SELECT max(version_no) FROM attachment_versions v WHERE v.attachment_id = a.id), "
            "l.user_id, l.machine, l.started_at, s.id, s.working_blob_id, s.saves, "
            "CASE WHEN l.last_seen < ? THEN 1 ELSE 0 END "
            "FROM documents d LEFT JOIN attachments a ON a.document_id = d.id AND a.removed_at IS NULL "
            "LEFT JOIN edit_locks l ON l.attachment_id = a.id "
            "LEFT JOIN edit_sessions s ON s.attachment_id = a.id AND s.user_id = ? AND s.machine = ? "
            "AND s.state = 'open' "
            "WHERE d.id = ? ORDER BY a.position, s.id"));
    // A lock turning stale (no heartbeat) changes what the bands say.
    const QString staleBefore = Timestamps::toText(Timestamps::now().addSecs(-EditLocks::kStaleAfterSeconds));
    q.bind(staleBefore).bind(session.user().id).bind(machine).bind(documentId).exec();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    bool any = false;
    while (q.next()) {
        any = true;
        for (int column = 0; column < 13; ++column) {
            hash.addData(q.text(column).toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return any ? QString::fromLatin1(hash.result().toHex()) : QString();
}

QList<AttachmentActivity::Entry> AttachmentActivity::read(const Session &session, qint64 documentId,
                                                          const QString &machine)
{
    QHash<qint64, EditLock> locks;
    for (const EditLock &lock : EditLocks(m_connection).locksOf(documentId))
        locks.insert(lock.attachmentId, lock);
    // One query each for the document, not per attachment: the rights are the document's (the
    // listed attachments are not removed), the sessions are the viewer's open ones here.
    const QString refusal = EditRights(m_connection).documentRefusal(session, documentId);
    QHash<qint64, EditSessionRecord> own;
    for (const EditSessionRecord &record : EditSessions(m_connection).openOn(session, documentId, machine))
        own.insert(record.attachmentId, record); // the newest wins
    const qint64 me = session.user().id;
    const bool recordsManager = session.user().hasRole(Role::RecordsManager);
    QList<Entry> entries;
    const QList<AttachmentRecord> attachments = AttachmentStore(m_connection).list(documentId);
    for (const AttachmentRecord &attachment : attachments) {
        Entry entry;
        entry.attachment = attachment;
        if (locks.contains(attachment.id))
            entry.lock = locks.value(attachment.id);
        if (const auto it = own.constFind(attachment.id); it != own.cend()) {
            entry.ownSessionId = it->id;
            entry.ownWorkingSha256 = it->workingSha256;
            entry.ownWorkingSize = it->workingSize;
        }
        entry.refusal = refusal;
        const bool mine = entry.lock && entry.lock->userId == me;
        if (!entry.lock)
            entry.action = entry.refusal.isEmpty() ? Action::Edit : Action::None;
        else if (mine && entry.lock->machine == machine)
            entry.action = entry.refusal.isEmpty() ? Action::Edit : Action::BreakLock;
        else if (mine || recordsManager)
            entry.action = Action::BreakLock;
        entries.append(entry);
    }
    return entries;
}

} // namespace kessai
