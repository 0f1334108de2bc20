// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SetupCommands.h"

#include "cli/CliContext.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgCsvImporter.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace kessai::cli {

SetupCommands::SetupCommands(CliContext &context)
    : m_context(context)
{}

int SetupCommands::init(const QStringList &arguments)
{
    const QString command = QStringLiteral("init");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates the organization in an empty database, with the standard titles, decision levels "
           "and retention schedule. The account running the command becomes the first administrator."));
    parser.addOption({QStringLiteral("organization"), tr("Name of the organization."), tr("name")});
    parser.addOption(
        {QStringLiteral("admin-name"), tr("Your display name (default: your login)."), tr("name")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const QString name = m_context.required(parser, QStringLiteral("organization"), command);
    if (!m_context.actAs().isEmpty())
        throw CliContext::usageError(
            tr("init cannot be combined with --as: the first administrator is the account running it"),
            command);

    const auto connection = m_context.connect(StoreConnection::Open::CreateIfMissing); // the only one
    QString adminName = parser.value(QStringLiteral("admin-name")).trimmed();
    if (adminName.isEmpty())
        adminName = connection->identityLogin();
    OrganizationSetup(*connection).initialize(name, adminName);

    const QString login = connection->identityLogin();
    const QString admin = adminName == login ? login : QStringLiteral("%1 (%2)").arg(adminName, login);
    m_context.output().printResult(tr("Created the organization \"%1\" in %2; administrator: %3")
                                       .arg(name.trimmed(), connection->url().displayName(), admin),
                                   {{QStringLiteral("organization"), name.trimmed()},
                                    {QStringLiteral("database"), connection->url().displayName()},
                                    {QStringLiteral("admin_login"), login},
                                    {QStringLiteral("admin_name"), adminName}});
    return ExitOk;
}

int SetupCommands::importOrg(const QStringList &arguments)
{
    const QString command = QStringLiteral("import-org");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds and updates units and staff from a CSV file (header: "
           "record,code,name,level,parent,order,login,kana,title,unit,roles,active). "
           "The whole file is applied, or nothing if any row is invalid."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file (UTF-8 or Shift_JIS)."),
                                 tr("FILE.csv"));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    if (parser.positionalArguments().isEmpty())
        throw CliContext::usageError(tr("import-org needs the CSV file to import"), command);
    const QString path = parser.positionalArguments().constFirst();

    // Read the file before touching the database: an unreadable file changes nothing.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError::failed(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray csv = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw CliError::failed(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    file.close();

    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    const OrgCsvImporter::Result result = OrgCsvImporter(session).import(csv, path);
    m_context.output().printResult(
        tr("%1: %2 units added, %3 units updated, %4 users added, %5 users updated")
            .arg(path)
            .arg(result.unitsAdded)
            .arg(result.unitsUpdated)
            .arg(result.usersAdded)
            .arg(result.usersUpdated),
        {{QStringLiteral("source"), path},
         {QStringLiteral("units_added"), result.unitsAdded},
         {QStringLiteral("units_updated"), result.unitsUpdated},
         {QStringLiteral("users_added"), result.usersAdded},
         {QStringLiteral("users_updated"), result.usersUpdated}});
    return ExitOk;
}

int SetupCommands::demoSeed(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo-seed");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills a new organization (one without units) with a small prefecture to try Kessai on: "
           "departments, divisions, sections, about 20 staff and documents in every state. "
           "You join the general affairs division so that every folder has something in it."));
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    DemoSeeder(session).seed();
    session.reload();

    OrgStore org(*connection);
    const int units = int(org.units(true).size());
    const int users = int(org.users(true).size());
    const int documents = DocumentStore(*connection).counts(session).value(InboxFolder::All, -1);
    QJsonObject json{{QStringLiteral("units"), units}, {QStringLiteral("users"), users}};
    if (documents >= 0)
        json.insert(QStringLiteral("documents"), documents);
    m_context.output().printResult(
        documents >= 0 ? tr("Loaded the demo organization: %1 units, %2 users, %3 documents")
                             .arg(units)
                             .arg(users)
                             .arg(documents)
                       : tr("Loaded the demo organization: %1 units, %2 users").arg(units).arg(users),
        json);
    return ExitOk;
}

} // namespace kessai::cli
