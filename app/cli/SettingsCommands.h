// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// The organization's settings: settings show, settings set attachment-limit BYTES.
class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)

public:
    explicit SettingsCommands(CliContext &context);

    /// settings show|set ...
    int settings(const QStringList &arguments);

private:
    int show(const QStringList &arguments);
    int set(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
