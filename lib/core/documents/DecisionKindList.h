// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DecisionKind.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kessai {

class StoreConnection;

/// The office's list of decision kinds (decision_kinds, schema v17), in its order.
class DecisionKindList
{
    Q_DECLARE_TR_FUNCTIONS(DecisionKindList)

public:
    explicit DecisionKindList(StoreConnection &connection);

    QList<DecisionKind> kinds(bool includeInactive = false);
    /// The kind with this code or name, if any.
    std::optional<DecisionKind> byCodeOrName(const QString &text);
    std::optional<DecisionKind> byId(qint64 id);
    /// Throws StoreError(BadData) unless kindId is 0 (none) or a kind in force (not retired): what
    /// a draft may be given (the server checks the same, kessai_guard_document_kind).
    void requireInForce(qint64 kindId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
