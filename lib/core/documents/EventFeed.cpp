// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/EventFeed.h"

#include "core/audit/AuditLog.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"

#include <QJsonDocument>

namespace kessai {

EventFeed::EventFeed(StoreConnection &connection)
    : m_connection(connection)
{}

qint64 EventFeed::lastId()
{
    return AuditLog(m_connection).lastId();
}

QJsonObject EventFeed::documentState(qint64 documentId)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT d.kind, d.status, d.number_label, d.decided_on, d.enforced_on, r.external_reference "
                              "FROM documents d LEFT JOIN document_requests r ON r.document_id = d.id WHERE d.id = ?"));
    q.bind(documentId).exec();
    if (!q.next())
        return {};
    auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), documentId},
            {QStringLiteral("kind"), q.text(0)},
            {QStringLiteral("status"), q.text(1)},
            {QStringLiteral("number"), textOrNull(q.text(2))},
            {QStringLiteral("decided_on"), textOrNull(q.text(3))},
            {QStringLiteral("enforced_on"), textOrNull(q.text(4))},
            {QStringLiteral("external_reference"), textOrNull(q.text(5))}};
}

QList<QJsonObject> EventFeed::since(qint64 afterId, int limit)
{
    const QList<AuditEvent> events = AuditLog(m_connection).since(afterId, limit);
    QList<QJsonObject> feed;
    feed.reserve(events.size());
    for (const AuditEvent &event : events) {
        QJsonObject row{{QStringLiteral("id"), event.id},
                        {QStringLiteral("at"), Timestamps::toText(event.occurredAt)},
                        {QStringLiteral("actor"), event.actorLogin},
                        {QStringLiteral("action"), event.action},
                        {QStringLiteral("entity_type"), event.entityType},
                        {QStringLiteral("entity_id"), event.entityId},
                        {QStringLiteral("details"), QJsonDocument::fromJson(event.details.toUtf8()).object()}};
        if (event.entityType == QLatin1String("document") && event.entityId)
            row.insert(QStringLiteral("document"), documentState(event.entityId));
        feed.append(row);
    }
    return feed;
}

} // namespace kessai
