// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/OfficeListStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// kessai-cli stats kinds and kessai-cli paper reasons: list the office's decision kinds or
/// paper reasons; an administrator adds, renames, retires or restores an entry (OfficeListStore).
class OfficeListCommands
{
    Q_DECLARE_TR_FUNCTIONS(OfficeListCommands)

public:
    OfficeListCommands(CliContext &context, OfficeListStore::List list, const QString &command);

    int run(const QStringList &arguments);

private:
    CliContext &m_context;
    OfficeListStore::List m_list;
    QString m_command;
};

} // namespace kessai::cli
