// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AuditCommands.h"

#include "cli/CliContext.h"
#include "cli/RecordCommands.h"
#include "core/audit/AuditLog.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

AuditCommands::AuditCommands(CliContext &context)
    : m_context(context)
{}

int AuditCommands::audit(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("verify"))
        return verify(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("audit"), {QStringLiteral("verify")}, arguments);
}

int AuditCommands::verify(const QStringList &arguments)
{
    const QString command = QStringLiteral("audit verify");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the audit log's hash chain: exit status 0 if it is intact, 2 if any event was "
           "altered, removed or inserted. With --pdf, also checks that a record PDF names a decision event "
           "that is in the store with the same hash."));
    const QString pdf = QStringLiteral("pdf");
    parser.addOption({pdf, tr("A record PDF written by export-pdf to check against the store."), tr("FILE")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    if (parser.isSet(pdf))
        return RecordCommands(m_context).verifyPdf(parser.value(pdf));

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const AuditLog::Verification result = AuditLog(*connection).verify();
    QJsonObject json{{QStringLiteral("intact"), result.intact},
                     {QStringLiteral("events_checked"), result.eventsChecked}};
    if (result.intact) {
        m_context.output().printResult(
            tr("The audit log is intact: %1 events checked").arg(result.eventsChecked), json);
        return ExitOk;
    }
    json.insert(QStringLiteral("first_bad_id"), result.firstBadId);
    json.insert(QStringLiteral("problem"), result.problem);
    if (m_context.output().isJson())
        m_context.output().printResult({}, json);
    throw CliError::failed(tr("the audit log is broken: %1").arg(result.problem));
}

} // namespace kessai::cli
