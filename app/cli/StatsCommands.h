// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// kessai-cli stats rate|stall|reasons: the administrator's desk from the command line
/// (DecisionStatistics), as text, --json or --csv (UTF-8 with BOM, ISO and 和暦 dates).
class StatsCommands
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommands)

public:
    explicit StatsCommands(CliContext &context);

    int stats(const QStringList &arguments);

private:
    int run(const QString &sub, const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
