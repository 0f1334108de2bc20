// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// One row of the append-only audit log (監査ログ).
struct AuditEvent
{
    qint64 id = 0;
    QDateTime occurredAt;
    QString actorLogin; ///< whom the action is attributed to
    QString realLogin;  ///< the connection's identity (differs when an admin acts with --as)
    QString action;     ///< e.g. "document.create", "unit.add"
    QString entityType;
    qint64 entityId = 0;
    QString details; ///< compact JSON with sorted keys
    QString prevHash;
    QString hash;
};

} // namespace kessai
