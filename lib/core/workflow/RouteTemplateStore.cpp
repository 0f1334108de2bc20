// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/RouteTemplateStore.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

namespace kessai {

RouteTemplateStore::RouteTemplateStore(StoreConnection &connection)
    : m_connection(connection)
{}

QList<RouteTemplate> RouteTemplateStore::list(const Session &session)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT id, user_id, name, steps, updated_at FROM route_templates "
                              "WHERE user_id = ? ORDER BY name"));
    q.bind(session.user().id).exec();
    QList<RouteTemplate> list;
    while (q.next()) {
        RouteTemplate t;
        t.id = q.id(0);
        t.userId = q.id(1);
        t.name = q.text(2);
        t.plan = RoutePlan::fromJson(q.text(3)).value_or(RoutePlan());
        t.updatedAt = Timestamps::fromText(q.text(4));
        list.append(t);
    }
    return list;
}

qint64 RouteTemplateStore::save(const Session &session, const QString &name, const RoutePlan &plan)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a route template needs a name"));
    Transaction transaction(m_connection);
    const QString now = Timestamps::toText(Timestamps::now());
    const qint64 id =
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO route_templates (user_id, name, steps, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, name) "
                                "DO UPDATE SET steps = excluded.steps, updated_at = excluded.updated_at "
                                "RETURNING id"))
            .bind(session.user().id)
            .bind(trimmed)
            .bind(plan.toJson())
            .bind(now)
            .bind(now)
            .scalar()
            .toLongLong();
    session.audit(QStringLiteral("route_template.save"), QStringLiteral("route_template"), id,
                  {{QStringLiteral("name"), trimmed}, {QStringLiteral("steps"), plan.stepCount()}});
    transaction.commit();
    return id;
}

void RouteTemplateStore::remove(const Session &session, qint64 templateId)
{
    Transaction transaction(m_connection);
    const int removed =
        SqlQuery(m_connection, QStringLiteral("DELETE FROM route_templates WHERE id = ? AND user_id = ?"))
            .bind(templateId)
            .bind(session.user().id)
            .exec()
            .numRowsAffected();
    if (removed != 1)
        throw StoreError(
            StoreError::Kind::BadData,
            tr("route template %1 is not one of %2's").arg(templateId).arg(session.user().login));
    session.audit(QStringLiteral("route_template.remove"), QStringLiteral("route_template"), templateId);
    transaction.commit();
}

} // namespace kessai
