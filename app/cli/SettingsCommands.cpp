// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SettingsCommands.h"

#include "cli/CliContext.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

namespace {
const auto kAttachmentLimit = QStringLiteral("attachment-limit");
} // namespace

SettingsCommands::SettingsCommands(CliContext &context)
    : m_context(context)
{}

int SettingsCommands::settings(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("settings"), {QStringLiteral("show"), QStringLiteral("set")},
                               arguments);
}

int SettingsCommands::show(const QStringList &arguments)
{
    const QString command = QStringLiteral("settings show");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the organization's settings, one per line: name, value."));
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const qint64 limit = AttachmentStore(*connection).sizeLimit();
    m_context.output().printRecord(
        {{QStringLiteral("name"), kAttachmentLimit}, {QStringLiteral("value"), limit}},
        {QStringLiteral("name"), QStringLiteral("value")});
    return ExitOk;
}

int SettingsCommands::set(const QStringList &arguments)
{
    const QString command = QStringLiteral("settings set");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes a setting of the organization (administrators only; recorded in the audit log). "
           "attachment-limit: the largest file accepted as an attachment, in bytes."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The setting: attachment-limit."), tr("NAME"));
    parser.addPositionalArgument(QStringLiteral("value"), tr("Its new value."), tr("VALUE"));
    if (!m_context.parse(parser, command, arguments, 2))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const QString name = positional.value(0);
    if (name != kAttachmentLimit)
        throw CliContext::usageError(name.isEmpty()
                                         ? tr("settings set needs a NAME: attachment-limit")
                                         : tr("unknown setting \"%1\"; expected attachment-limit").arg(name),
                                     command);
    const qint64 bytes = CliContext::positiveNumber(positional, 1, tr("VALUE"), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AttachmentStore(*connection).setSizeLimit(session, bytes);
    m_context.output().printResult(
        tr("The largest attachment accepted is now %1 bytes").arg(bytes),
        {{QStringLiteral("name"), kAttachmentLimit}, {QStringLiteral("value"), bytes}});
    return ExitOk;
}

} // namespace kessai::cli
