// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DecisionKindList.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"

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

} // namespace kessai
