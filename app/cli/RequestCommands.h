// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// Requests from other business systems (docs/linkage.md): request submit PACKAGE, request outcomes.
class RequestCommands
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)

public:
    explicit RequestCommands(CliContext &context);

    /// request submit|outcomes ...
    int request(const QStringList &arguments);

private:
    int submit(const QStringList &arguments);
    int outcomes(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
