// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/Circulation.h"

#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/workflow/RoutePlan.h"
#include "core/workflow/WorkflowStore.h"

#include <QSet>

namespace kessai {

Circulation::Circulation(StoreConnection &connection)
    : m_connection(connection)
{}

QList<qint64> Circulation::expand(const Session &session, const Readers &readers)
{
    OrgStore org(m_connection);
    const QList<Unit> units = org.units();
    const QList<User> users = org.users();
    QList<qint64> result;
    QSet<qint64> seen{session.user().id};
    auto add = [&](qint64 id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    };
    for (qint64 id : readers.userIds) {
        const auto user = org.userById(id);
        if (!user || !user->active)
            throw StoreError(StoreError::Kind::BadData, tr("reader %1 is not an active user").arg(id));
        add(id);
    }
    for (qint64 unitId : readers.unitIds) {
        // The unit and every unit below it.
        QSet<qint64> scope{unitId};
        for (bool grew = true; grew;) {
            grew = false;
            for (const Unit &u : units) {
                if (u.parentId && scope.contains(u.parentId) && !scope.contains(u.id)) {
                    scope.insert(u.id);
                    grew = true;
                }
            }
        }
        if (!org.unitById(unitId))
            throw StoreError(StoreError::Kind::BadData, tr("unit %1 does not exist").arg(unitId));
        for (const User &u : users) {
            if (u.active && scope.contains(u.unitId))
                add(u.id);
        }
    }
    if (result.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("nobody to circulate to: name readers other than yourself"));
    return result;
}

int Circulation::start(const Session &session, qint64 documentId, const Readers &readers)
{
    const QList<qint64> order = expand(session, readers);
    RoutePlan plan;
    if (readers.parallel) {
        plan.stages.append(QList<RoutePlan::Step>());
        for (qint64 id : order)
            plan.stages.last().append(RoutePlan::step(StepKind::Circulate, id));
    } else {
        for (qint64 id : order)
            plan.stages.append(QList<RoutePlan::Step>{RoutePlan::step(StepKind::Circulate, id)});
    }
    WorkflowStore workflow(m_connection);
    Transaction transaction(m_connection);
    workflow.setRoute(session, documentId, plan);
    const int version = workflow.submit(session, documentId);
    transaction.commit();
    return version;
}

int Circulation::confirm(const Session &session, qint64 documentId, const QString &comment)
{
    return WorkflowStore(m_connection).act(session, documentId, WorkflowActionKind::Read, comment);
}

int Circulation::closeEarly(const Session &session, qint64 documentId, const QString &reason)
{
    return WorkflowStore(m_connection).act(session, documentId, WorkflowActionKind::CloseEarly, reason);
}

} // namespace kessai
