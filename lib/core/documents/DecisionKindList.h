// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DecisionKind.h"

#include <QList>

#include <optional>

namespace kessai {

class StoreConnection;

/// The office's list of decision kinds (decision_kinds, schema v17), in its order.
class DecisionKindList
{
public:
    explicit DecisionKindList(StoreConnection &connection);

    QList<DecisionKind> kinds(bool includeInactive = false);
    /// The kind with this code or name, if any.
    std::optional<DecisionKind> byCodeOrName(const QString &text);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
