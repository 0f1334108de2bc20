// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace kessai::cli {

class CliContext;

/// Records management (文書管理): classify (the 文書分類表), file (簿冊), disposal (the 廃棄・移管・
/// 延長 伺い), hold (legal holds), register (the 管理簿). Lists print JSON with --json.
class RecordsCommands
{
    Q_DECLARE_TR_FUNCTIONS(RecordsCommands)

public:
    explicit RecordsCommands(CliContext &context);

    static bool handles(const QString &command);
    int run(const QString &command, const QStringList &arguments);

private:
    struct Subcommand
    {
        QString name;
        std::function<int(const QStringList &)> handler;
    };
    /// Runs the subcommand arguments[0] names, or prints the group's help.
    int dispatch(const QString &group, const QList<Subcommand> &subcommands, const QStringList &arguments);
    /// Parses a command taking one id (FILE, HOLD); nullopt when only help was asked for.
    std::optional<qint64> parseId(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                  const QString &name);

    int classifyList(const QStringList &arguments);
    int classifyAdd(const QStringList &arguments);
    int classifyImport(const QStringList &arguments);
    int fileList(const QStringList &arguments, bool expiring);
    int fileCreate(const QStringList &arguments);
    int fileClose(const QStringList &arguments);
    int fileMove(const QStringList &arguments);
    int fileNewYear(const QStringList &arguments);
    int fileReassign(const QStringList &arguments);
    int fileHistory(const QStringList &arguments);
    int fileTransfer(const QStringList &arguments);
    int disposalDraft(const QStringList &arguments);
    int holdAdd(const QStringList &arguments);
    int holdRemove(const QStringList &arguments);
    int holdList(const QStringList &arguments);
    int registerExport(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
