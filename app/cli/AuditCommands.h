// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// The audit log: audit verify.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    explicit AuditCommands(CliContext &context);

    /// audit verify
    int audit(const QStringList &arguments);

private:
    int verify(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
