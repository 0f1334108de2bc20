// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchVisibility.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/Timestamps.h"

#include <QDate>
#include <QHash>

namespace kessai {

namespace {
struct UnitNode
{
    qint64 parent = 0;
    QString level;
};

/// kessai_unit_scope: up from the unit to its 課 or 部 (the unit itself when it is one, or when
/// none is above), then that unit and everything below it.
QList<qint64> unitScope(StoreConnection &connection, qint64 unit)
{
    if (!unit)
        return {};
    QHash<qint64, UnitNode> units;
    QHash<qint64, QList<qint64>> children;
    SqlQuery q(connection, QStringLiteral("SELECT id, parent_id, level FROM units"));
    q.exec();
    while (q.next()) {
        units.insert(q.id(0), {q.id(1), q.text(2)});
        if (q.id(1))
            children[q.id(1)].append(q.id(0));
    }
    qint64 root = unit;
    for (qint64 at = unit; at && units.contains(at);) {
        const UnitNode &node = units.value(at);
        if (node.level == QLatin1String("division") || node.level == QLatin1String("department")) {
            root = at;
            break;
        }
        at = node.parent;
    }
    QList<qint64> scope{root};
    for (qsizetype i = 0; i < scope.size(); ++i)
        scope.append(children.value(scope.at(i)));
    return scope;
}
} // namespace

SearchVisibility::SearchVisibility(StoreConnection &connection, const Session &session)
    : m_user(session.user().id)
    , m_recordsManager(session.user().hasRole(Role::RecordsManager))
    , m_admin(session.user().hasRole(Role::Admin))
    , m_scope(unitScope(connection, session.user().unitId))
    , m_today(Timestamps::dateToText(QDate::currentDate()))
{
    if (m_recordsManager)
        return;
    SqlQuery q(connection, QStringLiteral("SELECT user_id FROM absences WHERE proxy_user_id = ? "
                                          "AND starts_on <= ? AND ends_on >= ? ORDER BY user_id"));
    q.bind(m_user).bind(m_today).bind(m_today).exec();
    while (q.next())
        m_standingInFor.append(q.id(0));
}

QStringList SearchVisibility::tokens() const
{
    if (m_recordsManager)
        return {};
    QStringList list{QStringLiteral("〓d%1").arg(m_user), QStringLiteral("〓r%1").arg(m_user)};
    for (qint64 absent : m_standingInFor)
        list.append(QStringLiteral("〓r%1").arg(absent));
    if (m_admin) {
        list.append(QStringLiteral("〓p"));
    } else {
        for (qint64 unit : m_scope)
            list.append(QStringLiteral("〓u%1").arg(unit));
    }
    return list;
}

QString SearchVisibility::condition() const
{
    if (m_recordsManager)
        return QStringLiteral("(1 = 1)");
    QString publicRule;
    if (m_admin) {
        publicRule = QStringLiteral(" OR d.classification = 'public'");
    } else if (!m_scope.isEmpty()) {
        QStringList marks(m_scope.size(), QStringLiteral("?"));
        publicRule =
            QStringLiteral(" OR (d.classification = 'public' AND d.unit_id IN (%1))").arg(marks.join(u','));
    }
    // Uncorrelated IN lists, not EXISTS per row: each is computed once (an index lookup by the
    // user) and the documents found are checked against it, however many there are.
    return QStringLiteral("(d.drafter_id = ? OR d.id IN (SELECT vs.document_id FROM route_steps vs WHERE "
                          "vs.assignee_id = ? "
                          "UNION SELECT vs.document_id FROM route_steps vs WHERE vs.acted_by = ?)%1 "
                          "OR d.id IN (SELECT vp.document_id FROM absences va JOIN route_steps vp ON "
                          "vp.assignee_id = va.user_id "
                          "WHERE va.proxy_user_id = ? AND va.starts_on <= ? AND va.ends_on >= ?))")
        .arg(publicRule);
}

void SearchVisibility::bind(SqlQuery &query) const
{
    if (m_recordsManager)
        return;
    query.bind(m_user).bind(m_user).bind(m_user);
    if (!m_admin) {
        for (qint64 unit : m_scope)
            query.bind(unit);
    }
    query.bind(m_user).bind(m_today).bind(m_today);
}

} // namespace kessai
