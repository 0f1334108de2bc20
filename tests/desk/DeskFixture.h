// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/WorkflowOrg.h"

#include <QDate>
#include <QString>

namespace kessai {
class StoreConnection;
}

namespace kessai::test {

/// Decisions with chosen dates for the desk's hand-counted fixtures. Electronic decisions of past
/// dates are written directly by the store's owner (the superuser on PostgreSQL): the workflow
/// would stamp today's date. Paper decisions go through PaperDecisionStore like any other.
struct DeskFixture
{
    /// An electronic 決裁 of unit, submitted at submitted and decided at decided (UTC), at level.
    static qint64 electronic(StoreConnection &owner, const WorkflowOrg &org, qint64 unit, const QDateTime &submitted,
                             const QDateTime &decided, qint64 level = 0, const QString &title = {});
    /// A document that is not a decision to count: kind and status as given, decided_on set.
    static qint64 other(StoreConnection &owner, const WorkflowOrg &org, const QString &kind, const QString &status,
                        const QDate &decidedOn);
};

} // namespace kessai::test
