// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// 全文検索 from the command line: search QUERY [filters], search reindex.
class SearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommands)

public:
    explicit SearchCommands(CliContext &context);

    /// search QUERY... | search reindex
    int search(const QStringList &arguments);

private:
    int find(const QStringList &arguments);
    int reindex(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
