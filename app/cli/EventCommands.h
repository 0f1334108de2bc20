// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// The event feed for other business systems: events --since ID [--follow].
class EventCommands
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)

public:
    explicit EventCommands(CliContext &context);

    int events(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
