// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/AttachmentRecord.h"
#include "core/editing/EditLock.h"

#include <QList>
#include <QString>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// What an open view of a document follows while it is on screen: each attachment's current
/// version, who is editing it (編集ロック), the viewer's own edit in progress, and what the
/// viewer may do about it (edit, or break a stale lock). signature() is one cheap query the
/// view polls; read() is the full picture, asked for only when the signature changes.
class AttachmentActivity
{
public:
    /// What the viewer may do with an attachment now.
    enum class Action
    {
        None,     ///< view only (someone else edits it, or the viewer may not edit)
        Edit,     ///< 編集: take the lock and open it (resumes the viewer's own session here)
        BreakLock ///< a lock the viewer may break: their own from another machine, or as 文書管理者
    };

    struct Entry
    {
        AttachmentRecord attachment;
        std::optional<EditLock> lock;
        /// The viewer's own open edit session on this machine, if it has saved content.
        qint64 ownSessionId = 0;
        QString ownWorkingSha256;
        qint64 ownWorkingSize = 0;
        Action action = Action::None;
        QString refusal; ///< why the viewer may not edit (empty when they may)
    };

    explicit AttachmentActivity(StoreConnection &connection);

    /// Changes whenever a version, a lock, the viewer's working content or the document's
    /// state (its route) changes. Empty when the document does not exist.
    QString signature(const Session &session, qint64 documentId, const QString &machine);
    QList<Entry> read(const Session &session, qint64 documentId, const QString &machine);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
