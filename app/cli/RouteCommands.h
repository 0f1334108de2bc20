// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace kessai {
class StoreConnection;
}

namespace kessai::cli {

class CliContext;

/// A document's route (経路): route show (stage by stage, who, what, when, for whom, comment)
/// and route set (before 提出, by the drafter: the default route, a JSON file or --steps).
class RouteCommands
{
    Q_DECLARE_TR_FUNCTIONS(RouteCommands)

public:
    explicit RouteCommands(CliContext &context);

    /// route show|set ...
    int route(const QStringList &arguments);

    /// The step states as other systems follow them: waiting → pending, pending (due now) →
    /// current, approved / decided / read → done, skipped → skipped, returned / rejected →
    /// returned.
    static QString publicStatus(StepState state);
    static const QStringList &stepColumns();

private:
    int show(const QStringList &arguments);
    int set(const QStringList &arguments);
    /// Prints the route of the document as "route show" does.
    void printRoute(StoreConnection &connection, qint64 documentId);

    CliContext &m_context;
};

} // namespace kessai::cli
