// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// Drafting from the shell: draft create|copy|set, attach.
class DraftCommands
{
    Q_DECLARE_TR_FUNCTIONS(DraftCommands)

public:
    explicit DraftCommands(CliContext &context);

    /// draft create|copy|set ...
    int draft(const QStringList &arguments);
    /// attach DOC FILE...
    int attach(const QStringList &arguments);

private:
    int create(const QStringList &arguments);
    int copy(const QStringList &arguments);
    /// Changes the fields of one's draft: title, body, kind, 決裁区分, 簿冊.
    int set(const QStringList &arguments);
    /// The text of --body-file (UTF-8; "-" reads standard input).
    QString readBody(const QString &path) const;

    CliContext &m_context;
};

} // namespace kessai::cli
