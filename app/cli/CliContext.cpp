// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace kessai::cli {

namespace {
const auto kDatabase = QStringLiteral("database");
const auto kJson = QStringLiteral("json");
const auto kAs = QStringLiteral("as");
const auto kLang = QStringLiteral("lang");
const auto kHelp = QStringLiteral("help");
} // namespace

CliContext::CliContext(QTextStream &out)
    : m_out(out)
    , m_output(out)
{}

QList<QCommandLineOption> CliContext::globalOptions()
{
    return {{kDatabase,
             tr("The database: an SQLite file or postgresql://user@host:port/dbname "
                "(default: $KESSAI_DATABASE, else the desktop application's file)."),
             tr("url")},
            {kJson, tr("Print the result as JSON instead of tab-separated text.")},
            {kAs, tr("Act for another user (administrators only; recorded in the audit log)."), tr("login")},
            {kLang, tr("Language of messages: ja or en (default: from the locale)."), tr("lang")}};
}

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions(globalOptions());
}

QCommandLineOption CliContext::helpOption()
{
    return {{QStringLiteral("h"), kHelp}, tr("Show this help.")};
}

void CliContext::addHelpOption(QCommandLineParser &parser)
{
    // Not QCommandLineParser::addHelpOption(): its --help-all lists Qt's internal options.
    parser.addOption(helpOption());
}

void CliContext::applyGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(kDatabase))
        m_database = parser.value(kDatabase);
    if (parser.isSet(kJson))
        m_output.setFormat(OutputFormatter::Format::Json);
    if (parser.isSet(kAs))
        m_actAs = parser.value(kAs).trimmed();
}

bool CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                       int maxPositional)
{
    addGlobalOptions(parser);
    addHelpOption(parser);
    if (!parser.parse(QStringList{QLatin1String(programName)} + arguments))
        throw usageError(parser.errorText(), command);
    if (parser.isSet(kHelp)) {
        m_out << helpText(parser, command + QLatin1Char(' ') + tr("[options]"));
        m_out.flush();
        return false;
    }
    applyGlobalOptions(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > maxPositional)
        throw usageError(tr("unexpected argument \"%1\"").arg(positional.at(maxPositional)), command);
    return true;
}

int CliContext::groupHelp(const QString &group, const QStringList &subcommands, const QStringList &arguments)
{
    const QString first = arguments.value(0);
    const QString program = QLatin1String(programName);
    const QString choices = subcommands.join(QLatin1Char('|'));
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        m_out << tr("Usage: %1 %2 %3 [options]").arg(program, group, choices) << '\n';
        m_out << tr("Run \"%1 %2 %3 --help\" for the options of each.").arg(program, group, tr("SUBCOMMAND"))
              << '\n';
        m_out.flush();
        return ExitOk;
    }
    const QString hint = program + QLatin1Char(' ') + group + QStringLiteral(" --help");
    if (first.isEmpty())
        throw CliError::usage(tr("%1 needs a subcommand: %2").arg(group, choices), hint);
    throw CliError::usage(tr("unknown command \"%1 %2\"; expected %3").arg(group, first, choices), hint);
}

QString CliContext::required(const QCommandLineParser &parser, const QString &option,
                             const QString &command) const
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        throw usageError(tr("%1 needs --%2").arg(command, option), command);
    return value;
}

CliError CliContext::usageError(const QString &message, const QString &command)
{
    const QString help = command.isEmpty() ? QStringLiteral("--help") : command + QStringLiteral(" --help");
    return CliError::usage(message, QLatin1String(programName) + QLatin1Char(' ') + help);
}

QString CliContext::helpText(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString usageLine = tr("Usage: %1 %2").arg(QLatin1String(programName), usage);
    if (firstLineEnd < 0)
        return usageLine + QLatin1Char('\n');
    return usageLine + text.mid(firstLineEnd);
}

qint64 CliContext::positiveNumber(const QStringList &positional, int index, const QString &name,
                                  const QString &command)
{
    if (index >= positional.size())
        throw usageError(tr("%1 needs %2").arg(command, name), command);
    bool ok = false;
    const qint64 number = positional.at(index).trimmed().toLongLong(&ok);
    if (!ok || number <= 0)
        throw usageError(tr("%1 \"%2\" is not a positive number").arg(name, positional.at(index)), command);
    return number;
}

QList<QByteArray> CliContext::rawPaths(const QStringList &arguments) const
{
    QList<QByteArray> paths;
    paths.reserve(arguments.size());
    qsizetype next = 1; // argv[0] is the program
    for (const QString &argument : arguments) {
        QByteArray raw = QFile::encodeName(argument);
        for (qsizetype i = next; i < m_rawArguments.size(); ++i) {
            if (QFile::decodeName(m_rawArguments.at(i)) == argument) {
                raw = m_rawArguments.at(i);
                next = i + 1;
                break;
            }
        }
        paths.append(raw);
    }
    return paths;
}

DatabaseUrl CliContext::databaseUrl() const
{
    QString text = m_database;
    QString source = QStringLiteral("--database");
    if (text.isEmpty()) {
        text = qEnvironmentVariable("KESSAI_DATABASE");
        source = QStringLiteral("KESSAI_DATABASE");
    }
    if (text.trimmed().isEmpty())
        return DatabaseUrl::defaultLocation();
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(text, &error);
    if (!url.isValid())
        throw usageError(tr("%1: %2").arg(source, error), {}); // not the text: it may hold a password
    return url;
}

std::unique_ptr<StoreConnection> CliContext::connect(StoreConnection::Open open) const
{
    return std::make_unique<StoreConnection>(databaseUrl(), open);
}

} // namespace kessai::cli
