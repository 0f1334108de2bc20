// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// Documents as the inbox sees them: doc list.
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)

public:
    explicit DocumentCommands(CliContext &context);

    /// doc list [--folder pending|drafts|returned|done|all]
    int doc(const QStringList &arguments);

    static const QStringList &documentColumns();

private:
    int list(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
