// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai {
class Session;
class StoreConnection;
} // namespace kessai

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
    int classify(const QStringList &arguments);
    int classifyList(const QStringList &arguments);
    int classifyAdd(const QStringList &arguments);
    int classifyImport(const QStringList &arguments);
    int file(const QStringList &arguments);
    int fileList(const QStringList &arguments, bool expiring);
    int fileCreate(const QStringList &arguments);
    int fileClose(const QStringList &arguments);
    int fileMove(const QStringList &arguments);
    int fileNewYear(const QStringList &arguments);
    int fileReassign(const QStringList &arguments);
    int fileHistory(const QStringList &arguments);
    int fileTransfer(const QStringList &arguments);
    int disposal(const QStringList &arguments);
    int hold(const QStringList &arguments);
    int registerExport(const QStringList &arguments);

    /// --unit CODE, or the 課 of the acting user.
    qint64 unitOption(StoreConnection &connection, const Session &session, const QString &code);

    CliContext &m_context;
};

} // namespace kessai::cli
