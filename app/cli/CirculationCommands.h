// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// 供覧: circulate DOC --to …, confirm DOC.
class CirculationCommands
{
    Q_DECLARE_TR_FUNCTIONS(CirculationCommands)

public:
    explicit CirculationCommands(CliContext &context);

    static bool handles(const QString &command);
    int run(const QString &command, const QStringList &arguments);

private:
    int circulate(const QStringList &arguments);
    int confirm(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
