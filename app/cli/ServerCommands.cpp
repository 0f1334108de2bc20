// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ServerCommands.h"

#include "cli/CliContext.h"
#include "cli/CliError.h"
#include "core/setup/ServerSetup.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kessai::cli {

ServerCommands::ServerCommands(CliContext &context)
    : m_context(context)
{}

int ServerCommands::server(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("init"))
        return init(arguments.mid(1));
    if (sub == QLatin1String("upgrade"))
        return upgrade(arguments.mid(1));
    if (sub == QLatin1String("check"))
        return check(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("server"),
                               {QStringLiteral("init"), QStringLiteral("upgrade"), QStringLiteral("check")},
                               arguments);
}

int ServerCommands::printDone(const QStringList &done)
{
    QJsonArray steps;
    for (const QString &line : done)
        steps.append(line);
    if (m_context.output().isJson())
        m_context.output().printResult({}, QJsonObject{{QStringLiteral("done"), steps}});
    else
        for (const QString &line : done)
            m_context.out() << line << '\n';
    return ExitOk;
}

int ServerCommands::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets up an office's PostgreSQL database, run once by a superuser of the server: the group roles, "
           "the schema owned by kessai_owner, row-level security and the guard, the grants, and the "
           "organization with its first administrator's login (no password: Kerberos, or set one with "
           "ALTER ROLE). Safe to run again: it repairs what is missing and prints what it did."));
    parser.addOption({QStringLiteral("organization"), tr("The organization's name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("admin"), tr("The first administrator's login (database role)."), tr("LOGIN")});
    parser.addOption(
        {QStringLiteral("admin-name"), tr("The first administrator's display name."), tr("NAME")});
    if (!m_context.parse(parser, QStringLiteral("server init"), arguments))
        return ExitOk;
    const QString organization = parser.value(QStringLiteral("organization"));
    const QString admin = parser.value(QStringLiteral("admin"));
    if (organization.trimmed().isEmpty() || admin.trimmed().isEmpty())
        throw CliContext::usageError(tr("server init needs --organization and --admin"),
                                     QStringLiteral("server init"));
    const QString adminName =
        parser.isSet(QStringLiteral("admin-name")) ? parser.value(QStringLiteral("admin-name")) : admin;
    const auto connection = m_context.connect(StoreConnection::Open::CreateIfMissing);
    return printDone(ServerSetup(*connection).initialize(organization, admin.trimmed(), adminName));
}

int ServerCommands::upgrade(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings an office server's schema to this version (as a superuser): migrations, then the "
           "ownership and grants of what they added. Prints what it did."));
    if (!m_context.parse(parser, QStringLiteral("server upgrade"), arguments))
        return ExitOk;
    // Opening migrates the schema; the rest is ownership and grants.
    const auto connection = m_context.connect(StoreConnection::Open::Existing);
    return printDone(ServerSetup(*connection).upgrade());
}

int ServerCommands::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists anything out of place on the office server: a login holding privileges of its own, "
           "row-level security off or a policy missing, a guard trigger missing or disabled, an object "
           "not owned by kessai_owner. Exit status 0 when sound, 2 otherwise."));
    if (!m_context.parse(parser, QStringLiteral("server check"), arguments))
        return ExitOk;
    const auto connection = m_context.connect(StoreConnection::Open::Existing);
    const QStringList problems = ServerSetup(*connection).check();
    QJsonArray list;
    for (const QString &problem : problems)
        list.append(problem);
    if (m_context.output().isJson())
        m_context.output().printResult({}, QJsonObject{{QStringLiteral("sound"), problems.isEmpty()},
                                                       {QStringLiteral("problems"), list}});
    else if (problems.isEmpty())
        m_context.output().printResult(tr("The server is set up as Kessai expects: nothing out of place"),
                                       {});
    else
        for (const QString &problem : problems)
            m_context.out() << problem << '\n';
    if (!problems.isEmpty())
        throw CliError::failed(tr("%1 problem(s) found on the server").arg(problems.size()));
    return ExitOk;
}

} // namespace kessai::cli
