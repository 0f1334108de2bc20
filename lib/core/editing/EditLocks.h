// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/EditLock.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// 編集ロック: opening an attachment for editing takes its lock (user, machine, time, base
/// version); everyone sees it ("佐藤 が編集中 · 10:42から") and others can view but not edit.
/// One row per attachment (primary key) taken inside a transaction that locks the document, so
/// it holds across clients on PostgreSQL as on SQLite. A stale lock (the client died) is broken
/// by its owner from any machine, or by a 文書管理者. Every lock, release and break is audited
/// (edit.lock, edit.unlock, edit.lock_break on entity "attachment").
class EditLocks
{
    Q_DECLARE_TR_FUNCTIONS(EditLocks)

public:
    explicit EditLocks(StoreConnection &connection);

    /// This machine's name as locks record it: $KESSAI_MACHINE when set (a thin client's own
    /// name on a terminal server; tests playing two machines), else QSysInfo::machineHostName.
    static QString thisMachine();

    std::optional<EditLock> lockOf(qint64 attachmentId);
    /// The locks on a document's attachments.
    QList<EditLock> locksOf(qint64 documentId);

    /// Takes the lock for the session's user on machine, from the current version. Taking it
    /// again from the same user and machine refreshes it. Refused when the user may not edit
    /// the attachment now (EditRights) or someone holds it: the message names who, where and
    /// since when.
    EditLock acquire(const Session &session, qint64 attachmentId, const QString &machine = thisMachine());
    /// Gives back one's own lock taken on this machine (an edit session holding it is
    /// discarded; its working content stays recorded). false when there was no lock. Refused
    /// for someone else's lock, or one's own taken on another machine (break that instead).
    bool release(const Session &session, qint64 attachmentId, const QString &machine = thisMachine());
    /// Breaks a (stale) lock: its owner from any machine, or a 文書管理者. The edit session
    /// holding it becomes broken (its owner may still finish or discard it). Returns the lock
    /// that was broken, nullopt when there was none.
    std::optional<EditLock> breakLock(const Session &session, qint64 attachmentId,
                                      const QString &reason = {});
    /// Refreshes last_seen of one's own lock (the client is alive). false: the lock is gone.
    bool touch(const Session &session, qint64 attachmentId, const QString &machine = thisMachine());

    /// The holder's client refreshes last_seen (touch) every kHeartbeatSeconds while it edits; a
    /// lock not refreshed for kStaleAfterSeconds looks stale (that client is probably gone).
    static constexpr int kHeartbeatSeconds = 60;
    static constexpr int kStaleAfterSeconds = 10 * 60;
    static bool looksStale(const EditLock &lock, const QDateTime &now);

    /// "佐藤 由美 is editing it on pc-12 since 10:42" (translated), with "no sign of that client
    /// since 10:50" when it looks stale.
    static QString describe(const EditLock &lock);
    /// The short form lists and bands show: "佐藤 由美 が編集中 · 10:42から".
    static QString badge(const EditLock &lock);
    /// StoreError(Refused) when an attachment of the document is locked: a workflow action must
    /// not move the document while someone edits it, or the edit could no longer be saved.
    void refuseWhileLocked(qint64 documentId);
    /// StoreError(Refused) saying that someone else's lock keeps the session's user from editing.
    [[noreturn]] static void throwHeld(const EditLock &lock, const QString &attachmentName,
                                       qint64 sessionUserId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
