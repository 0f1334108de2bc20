// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/RowVersionConflict.h"

#include "core/audit/AuditLog.h"
#include "core/org/OrgStore.h"

namespace kessai {

QString RowVersionConflict::message(StoreConnection &connection, qint64 documentId)
{
    const QList<AuditEvent> last = AuditLog(connection).recent(1, QStringLiteral("document"), documentId);
    if (last.isEmpty())
        return tr("document %1 was changed by someone else; reload it").arg(documentId);
    const AuditEvent &event = last.first();
    const auto user = OrgStore(connection).userByLogin(event.actorLogin);
    const QString who = user ? tr("%1 (%2)").arg(user->displayName, user->login) : event.actorLogin;
    return tr("document %1 was already processed by %2 at %3 (%4); reload it")
        .arg(documentId)
        .arg(who, event.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             event.action);
}

StoreError RowVersionConflict::error(StoreConnection &connection, qint64 documentId)
{
    return StoreError(StoreError::Kind::Conflict, message(connection, documentId));
}

} // namespace kessai
