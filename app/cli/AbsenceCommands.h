// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// 不在: absence add registers a period and a proxy (代理者); absence list shows a user's.
/// While it lasts, the user's steps go to the proxy (代決 on the 決裁 step) or become 後閲,
/// by the 専決規程.
class AbsenceCommands
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceCommands)

public:
    explicit AbsenceCommands(CliContext &context);

    /// absence add|list ...
    int absence(const QStringList &arguments);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
