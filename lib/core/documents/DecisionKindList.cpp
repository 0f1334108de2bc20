// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DecisionKindList.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

namespace kessai {

namespace {
const auto kKindColumns = QStringLiteral("SELECT id, code, name, active FROM decision_kinds ");

DecisionKind readKind(const SqlQuery &q)
{
    return {q.id(0), q.text(1), q.text(2), q.flag(3)};
}
} // namespace

DecisionKindList::DecisionKindList(StoreConnection &connection)
    : m_connection(connection)
{}

QList<DecisionKind> DecisionKindList::kinds(bool includeInactive)
{
    SqlQuery q(m_connection, kKindColumns + (includeInactive ? QString() : QStringLiteral("WHERE active ")) +
                                 QStringLiteral("ORDER BY sort_order, id"));
    q.exec();
    QList<DecisionKind> list;
    while (q.next())
        list.append(readKind(q));
    return list;
}

std::optional<DecisionKind> DecisionKindList::byCodeOrName(const QString &text)
{
    SqlQuery q(m_connection, kKindColumns + QStringLiteral("WHERE code = ? OR name = ? ORDER BY id"));
    q.bind(text.trimmed()).bind(text.trimmed()).exec();
    return q.next() ? std::optional<DecisionKind>(readKind(q)) : std::nullopt;
}

std::optional<DecisionKind> DecisionKindList::byId(qint64 id)
{
    SqlQuery q(m_connection, kKindColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id).exec();
    return q.next() ? std::optional<DecisionKind>(readKind(q)) : std::nullopt;
}

void DecisionKindList::requireInForce(qint64 kindId)
{
    if (!kindId)
        return;
    const std::optional<DecisionKind> kind = byId(kindId);
    if (!kind)
        throw StoreError(StoreError::Kind::BadData, tr("decision kind %1 is not in the office's list").arg(kindId));
    if (!kind->active)
        throw StoreError(StoreError::Kind::BadData,
                         tr("the decision kind \"%1\" is retired: choose one in force").arg(kind->name));
}

} // namespace kessai
