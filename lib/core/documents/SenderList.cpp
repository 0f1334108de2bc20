// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/SenderList.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

namespace kessai {

SenderList::SenderList(StoreConnection &connection)
    : m_connection(connection)
{}

QList<SenderList::Sender> SenderList::all()
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, name FROM senders ORDER BY name, id"));
    q.exec();
    QList<Sender> senders;
    while (q.next())
        senders.append({q.id(0), q.text(1)});
    return senders;
}

SenderList::Sender SenderList::findOrAdd(const Session &session, const QString &name)
{
    Sender sender{0, name.trimmed()};
    if (sender.name.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("差出人 (sender) is required"));
    StorableText::require(sender.name, tr("the sender (差出人)"));
    Transaction transaction(m_connection);
    // ON CONFLICT: two people adding the same new sender at once both get the one row.
    sender.id = SqlQuery(m_connection, QStringLiteral("INSERT INTO senders (name, created_by, created_at) "
                                                      "VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id"))
                    .bind(sender.name)
                    .bind(session.user().id)
                    .bind(Timestamps::toText(Timestamps::now()))
                    .scalar()
                    .toLongLong();
    if (sender.id) {
        session.audit(QStringLiteral("sender.add"), QStringLiteral("sender"), sender.id,
                      {{QStringLiteral("name"), sender.name}});
    } else {
        sender.id = SqlQuery(m_connection, QStringLiteral("SELECT id FROM senders WHERE name = ?"))
                        .bind(sender.name)
                        .scalar()
                        .toLongLong();
    }
    transaction.commit();
    return sender;
}

} // namespace kessai
