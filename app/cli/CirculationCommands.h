// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace kessai::cli {

class CliContext;

/// 供覧: circulate DOC --to …, circulate DOC --close --reason … (打切り), confirm DOC.
class CirculationCommands
{
    Q_DECLARE_TR_FUNCTIONS(CirculationCommands)

public:
    explicit CirculationCommands(CliContext &context);

    static bool handles(const QString &command);
    int run(const QString &command, const QStringList &arguments);

private:
    int circulate(const QStringList &arguments);
    int confirm(const QStringList &arguments);
    int closeEarly(const QCommandLineParser &parser, qint64 documentId);

    CliContext &m_context;
};

} // namespace kessai::cli
