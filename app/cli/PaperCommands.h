// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// kessai-cli paper register|import|switch|reasons: 書面決裁 (decisions made on paper).
class PaperCommands
{
    Q_DECLARE_TR_FUNCTIONS(PaperCommands)

public:
    explicit PaperCommands(CliContext &context);

    int paper(const QStringList &arguments);

private:
    int registerOne(const QStringList &arguments);
    int import(const QStringList &arguments);
    int switchToPaper(const QStringList &arguments);
    int reasons(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
