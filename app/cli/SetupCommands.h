// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// Commands that set an organization up: init, import-org, demo-seed.
class SetupCommands
{
    Q_DECLARE_TR_FUNCTIONS(SetupCommands)

public:
    explicit SetupCommands(CliContext &context);

    /// init --organization NAME [--admin-name NAME]
    int init(const QStringList &arguments);
    /// import-org FILE.csv
    int importOrg(const QStringList &arguments);
    /// demo-seed
    int demoSeed(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
