// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/DelegationRule.h"

#include <QCoreApplication>
#include <QList>

namespace kessai {

class Session;
class StoreConnection;

/// 専決規程 as stored (delegation_rules): read by the route planner, changed by administrators.
class DelegationStore
{
    Q_DECLARE_TR_FUNCTIONS(DelegationStore)

public:
    explicit DelegationStore(StoreConnection &connection);

    /// The rules of one 決裁区分 in order, or of all of them when levelCode is empty.
    QList<DelegationRule> rules(const QString &levelCode = {});
    /// Replaces the deciding line of a 決裁区分 (admin only, audited). It needs exactly one
    /// decide rule, last.
    void setRules(const Session &session, const QString &levelCode, const QList<DelegationRule> &rules);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
