// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliError.h"
#include "cli/OutputFormatter.h"
#include "core/store/DatabaseUrl.h"
#include "core/store/StoreConnection.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace kessai::cli {

/// What every command needs: the options that apply to all of them (--database, --json,
/// --as, --lang), the output, and the shared parsing of a command's own arguments.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    static constexpr const char *programName = "kessai-cli";

    explicit CliContext(QTextStream &out);

    /// Adds --database, --json, --as and --lang: accepted before the command and after it.
    /// --database, --json, --as, --lang: accepted by every command (and listed in kessai-cli(1)).
    static QList<QCommandLineOption> globalOptions();
    static void addGlobalOptions(QCommandLineParser &parser);
    static QCommandLineOption helpOption();
    /// Adds -h, --help.
    static void addHelpOption(QCommandLineParser &parser);
    /// Takes over those of the global options that parser saw.
    void applyGlobalOptions(const QCommandLineParser &parser);

    /// Parses a command's arguments (without the program and command words) with the global
    /// options and --help added. Returns false when help was printed (the command is done).
    /// Throws CliError::usage on an unknown option, a missing value or more than
    /// maxPositional positional arguments.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
               int maxPositional = 0);
    /// For a command group ("unit") given no or an unknown subcommand: prints the group's
    /// usage for --help (returns ExitOk), else throws CliError::usage.
    int groupHelp(const QString &group, const QStringList &subcommands, const QStringList &arguments);
    /// The value of option, which the command needs; CliError::usage if it is missing or empty.
    QString required(const QCommandLineParser &parser, const QString &option, const QString &command) const;
    /// A usage error about command, with the hint to its help.
    static CliError usageError(const QString &message, const QString &command);
    /// Help text whose first line reads "Usage: kessai-cli USAGE" whatever the binary is called.
    static QString helpText(const QCommandLineParser &parser, const QString &usage);

    /// The store in use: --database, else $KESSAI_DATABASE, else the GUI's default file.
    DatabaseUrl databaseUrl() const;
    /// Opens (and if need be migrates) the store. Throws StoreError; a missing store is
    /// StoreError::NoStore, and only init may ask for it to be created.
    std::unique_ptr<StoreConnection>
    connect(StoreConnection::Open open = StoreConnection::Open::Existing) const;

    /// A positive whole number given as the positional argument index (name is how the help
    /// calls it, e.g. "DOC"); CliError::usage if it is missing or not a number.
    static qint64 positiveNumber(const QStringList &positional, int index, const QString &name,
                                 const QString &command);

    /// The program's arguments as the bytes it was given (argv), to find file names that are
    /// not valid UTF-8 again.
    void setRawArguments(const QList<QByteArray> &rawArguments) { m_rawArguments = rawArguments; }
    /// The raw bytes of each of arguments (in the order they appear on the command line); an
    /// argument not found in argv is encoded with QFile::encodeName.
    QList<QByteArray> rawPaths(const QStringList &arguments) const;

    QString actAs() const { return m_actAs; }
    OutputFormatter &output() { return m_output; }
    QTextStream &out() { return m_out; }

private:
    QTextStream &m_out;
    OutputFormatter m_output;
    QString m_database;
    QString m_actAs;
    QList<QByteArray> m_rawArguments;
};

} // namespace kessai::cli
