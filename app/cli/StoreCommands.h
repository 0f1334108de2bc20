// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// The store as a whole: store verify.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    explicit StoreCommands(CliContext &context);

    /// store verify
    int store(const QStringList &arguments);

private:
    int verify(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
