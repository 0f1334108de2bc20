// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// enforce DOC (施行): records that a decided document went out — 施行日, 施行先 (--to, one or
/// many, from the shared list of correspondents), 施行方法, 公印, who checked the 浄書 and which
/// attachment is the 施行文書 — in one transaction through EnforcementStore, checked against the
/// row version read just before. Bad input names the option.
class EnforcementCommands
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementCommands)

public:
    explicit EnforcementCommands(CliContext &context);

    static bool handles(const QString &command) { return command == QLatin1String("enforce"); }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
