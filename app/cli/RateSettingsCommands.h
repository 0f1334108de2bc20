// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// kessai-cli stats kinds|exclusions|target: the office's settings of the 電子決裁率 — the list of
/// decision kinds, the exclusion rules (administrators add and remove them) and the target rate.
class RateSettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(RateSettingsCommands)

public:
    explicit RateSettingsCommands(CliContext &context);

    int kinds(const QStringList &arguments);
    int exclusions(const QStringList &arguments);
    int target(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
