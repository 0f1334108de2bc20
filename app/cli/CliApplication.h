// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <utility>

class QCommandLineParser;

namespace kessai {
class ManPage;
}

namespace kessai::cli {

class CliContext;

/// kessai-cli: parses the global options, picks the language, runs one command and turns
/// every failure into one line on stderr and an exit status (0 ok, 1 usage, 2 failed).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    /// Sets the application and organization names (so the default database is the desktop
    /// application's) and the version. Output goes to stdout and stderr.
    CliApplication();

    /// Runs the command line arguments (arguments[0] is the program) and returns the exit status.
    int run(const QStringList &arguments);
    /// The same, with argv's bytes: file names that are not valid UTF-8 can still be attached.
    int run(const QStringList &arguments, const QList<QByteArray> &rawArguments);

    /// Each command's synopsis and what it does: the global help and kessai-cli(1).
    static QList<std::pair<QString, QString>> commandSummaries();
    /// kessai-cli(1), from the same options and commands as --help (printed by --help-man).
    static ManPage manPage();

private:
    static QCommandLineOption versionOption();
    static QString exitStatusText();
    int dispatch(CliContext &context, const QStringList &arguments);
    QString globalHelp(const QCommandLineParser &parser) const;
    void installTranslators(const QStringList &arguments);
    void printError(const QString &message, const QString &hint = {});

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace kessai::cli
