// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// The event feed for other business systems: events --since ID [--follow]. Following listens on
/// PostgreSQL's kessai_event channel; on SQLite it looks every --interval.
class EventCommands
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)

public:
    explicit EventCommands(CliContext &context);

    int events(const QStringList &arguments);

private:
    void print(const QJsonObject &event, bool json);

    CliContext &m_context;
};

} // namespace kessai::cli
