// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// The office server (PostgreSQL): server init, server upgrade, server check.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    explicit ServerCommands(CliContext &context);

    /// server init|upgrade|check ...
    int server(const QStringList &arguments);

private:
    int init(const QStringList &arguments);
    int upgrade(const QStringList &arguments);
    int check(const QStringList &arguments);
    int printDone(const QStringList &done);

    CliContext &m_context;
};

} // namespace kessai::cli
