// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentRequests.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

namespace kessai {

namespace {
const auto kSelect = QStringLiteral("SELECT document_id, schema_version, external_reference, outbox, requested_by, "
                                    "requested_at FROM document_requests ");

DocumentRequests::Link readLink(const SqlQuery &q)
{
    return {q.id(0), q.value(1).toInt(), q.text(2), q.text(3), q.id(4), Timestamps::fromText(q.text(5))};
}
} // namespace

DocumentRequests::DocumentRequests(StoreConnection &connection)
    : m_connection(connection)
{}

void DocumentRequests::link(const Session &session, const Link &link)
{
    StorableText::require(link.externalReference, tr("the external reference"));
    StorableText::require(link.outbox, tr("the outbox"));
    Transaction transaction(m_connection);
    SqlQuery(m_connection, QStringLiteral("INSERT INTO document_requests (document_id, schema_version, "
                                          "external_reference, outbox, requested_by, requested_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(link.documentId)
        .bind(link.schemaVersion)
        .bind(link.externalReference)
        .bind(link.outbox)
        .bind(session.user().id)
        .bind(Timestamps::toText(Timestamps::now()))
        .exec();
    session.audit(QStringLiteral("request.receive"), QStringLiteral("document"), link.documentId,
                  {{QStringLiteral("external_reference"), link.externalReference},
                   {QStringLiteral("schema_version"), link.schemaVersion}});
    transaction.commit();
}

std::optional<DocumentRequests::Link> DocumentRequests::find(qint64 documentId)
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE document_id = ?"));
    q.bind(documentId).exec();
    return q.next() ? std::optional<Link>(readLink(q)) : std::nullopt;
}

QList<DocumentRequests::Link> DocumentRequests::withOutbox()
{
    SqlQuery q(m_connection, kSelect + QStringLiteral("WHERE outbox <> '' ORDER BY document_id"));
    q.exec();
    QList<Link> links;
    while (q.next())
        links.append(readLink(q));
    return links;
}

} // namespace kessai
