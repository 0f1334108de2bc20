// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paper/DeskScope.h"

#include "core/org/OrgStore.h"
#include "core/org/Session.h"

#include <QHash>

namespace kessai {

DeskScope DeskScope::of(const Session &session)
{
    DeskScope scope;
    const User &user = session.user();
    if (user.hasRole(Role::Admin)) {
        scope.m_all = true;
    } else if (user.hasRole(Role::RecordsManager) && user.unitId) {
        scope.m_units = unitScope(session, user.unitId);
    }
    return scope;
}

QSet<qint64> DeskScope::unitScope(const Session &session, qint64 unitId)
{
    const QList<Unit> units = OrgStore(session.connection()).units(true);
    QHash<qint64, Unit> byId;
    QMultiHash<qint64, qint64> children;
    for (const Unit &unit : units) {
        byId.insert(unit.id, unit);
        children.insert(unit.parentId, unit.id);
    }
    // Up to the 課 (or 部) the unit belongs to; a unit standing alone is its own root.
    qint64 root = unitId;
    for (qint64 at = unitId; byId.contains(at);) {
        const Unit &unit = byId.value(at);
        if (unit.level == UnitLevel::Division || unit.level == UnitLevel::Department) {
            root = at;
            break;
        }
        at = unit.parentId;
    }
    QSet<qint64> scope{root};
    QList<qint64> open{root};
    while (!open.isEmpty()) {
        const QList<qint64> below = children.values(open.takeLast());
        for (qint64 child : below) {
            if (!scope.contains(child)) {
                scope.insert(child);
                open.append(child);
            }
        }
    }
    return scope;
}

} // namespace kessai
