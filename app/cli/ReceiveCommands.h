// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;

namespace kessai {
struct ReceiptRecord;
} // namespace kessai

namespace kessai::cli {

class CliContext;

/// 収受: receive add|list|hot-folder|answer.
class ReceiveCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveCommands)

public:
    explicit ReceiveCommands(CliContext &context);

    /// receive add|list ...
    int receive(const QStringList &arguments);

    static const QStringList &columns();
    static QJsonObject receiptJson(const ReceiptRecord &receipt);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int hotFolder(const QStringList &arguments);
    int answer(const QStringList &arguments);
    /// --channel and --handling into receipt; CliError::usage for an unknown code.
    static void readCodes(const QCommandLineParser &parser, const QString &command, ReceiptRecord &receipt);
    /// Checks the files, then registers receipt with them attached in one transaction; prints it.
    void registerWithFiles(ReceiptRecord receipt, const QString &unitCode, const QList<QByteArray> &paths);

    CliContext &m_context;
};

} // namespace kessai::cli
