// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// 編集ロック: who is editing an attachment, from which machine, since when and from which
/// version. At most one per attachment, seen by every client.
struct EditLock
{
    qint64 attachmentId = 0;
    qint64 userId = 0;
    QString userLogin;
    QString userName;
    QString machine; ///< host name of the client that took it
    QDateTime startedAt;
    int baseVersion = 0;
    QDateTime lastSeen;       ///< refreshed by the holder's client while it is alive
    qint64 editSessionId = 0; ///< the edit session holding it (0: a plain lock)
    int position = 0;         ///< 添付 number of the attachment
    QString attachmentName;
};

} // namespace kessai
