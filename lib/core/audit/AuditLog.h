// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace kessai {

class StoreConnection;

/// The append-only audit log. Each event's hash is SHA-256(previous hash + canonical text of
/// the event), ids are contiguous and the chain's head is kept in audit_head, so editing,
/// deleting or inserting any past row (or dropping the newest) is detected by verify().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(StoreConnection &connection);

    /// Appends within the caller's transaction (or its own). Serialised across clients by
    /// locking the head row.
    qint64 append(const QString &actorLogin, const QString &realLogin, const QString &action,
                  const QString &entityType, qint64 entityId, const QJsonObject &details = {});

    struct Verification
    {
        bool intact = true;
        qint64 eventsChecked = 0;
        qint64 firstBadId = 0;
        QString problem;
    };
    Verification verify();

    /// The events after afterId, oldest first, at most limit: the event feed for other systems
    /// (ids are contiguous, so a reader that keeps the last id it saw misses nothing).
    QList<AuditEvent> since(qint64 afterId, int limit);
    /// The id of the newest event (0 when the log is empty).
    qint64 lastId();

    /// Newest first; entityType empty means every entity.
    QList<AuditEvent> recent(int limit, const QString &entityType = {}, qint64 entityId = 0);

    static QString canonicalText(const AuditEvent &event);
    static QString chainHash(const QString &prevHash, const AuditEvent &event);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
