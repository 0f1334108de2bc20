// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// 未決: inbox lists the documents waiting for the acting user (their due steps, those of
/// absent users they are the proxy for, and 後閲 owed to them).
class InboxCommands
{
    Q_DECLARE_TR_FUNCTIONS(InboxCommands)

public:
    explicit InboxCommands(CliContext &context);

    /// inbox
    int inbox(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
