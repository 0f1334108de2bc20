// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CirculationCommands.h"

#include "cli/CliContext.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/Circulation.h"

#include <QCommandLineParser>

namespace kessai::cli {

namespace {
const auto kTo = QStringLiteral("to");
const auto kParallel = QStringLiteral("parallel");
const auto kComment = QStringLiteral("comment");
const auto kClose = QStringLiteral("close");
const auto kReason = QStringLiteral("reason");
const auto kUnitPrefix = QStringLiteral("unit:");
} // namespace

CirculationCommands::CirculationCommands(CliContext &context)
    : m_context(context)
{}

bool CirculationCommands::handles(const QString &command)
{
    return command == QLatin1String("circulate") || command == QLatin1String("confirm");
}

int CirculationCommands::run(const QString &command, const QStringList &arguments)
{
    return command == QLatin1String("circulate") ? circulate(arguments) : confirm(arguments);
}

int CirculationCommands::circulate(const QStringList &arguments)
{
    const QString command = QStringLiteral("circulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Circulates your received document (収受) or 報告 for information (供覧): the readers, separated by "
           "commas, are logins or whole units written unit:CODE (their active members and those of the units "
           "below). One after another in the order given, or all at once with --parallel. Each marks it seen "
           "with kessai-cli confirm; it is 完結 when all have. With --close --reason, a records manager "
           "(文書管理者) of the document's 課 or an administrator closes a 供覧 under way early: the readers "
           "left can no longer confirm."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kTo, tr("The readers: LOGIN or unit:CODE, separated by commas."), tr("readers")});
    parser.addOption({kParallel, tr("All readers at once instead of one after another.")});
    parser.addOption({kClose, tr("Close the 供覧 early (needs --reason), instead of starting one.")});
    parser.addOption({kReason, tr("With --close: why the 供覧 ends before everyone has confirmed."), tr("text")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("DOC"), command);
    if (parser.isSet(kClose))
        return closeEarly(parser, documentId);
    if (parser.isSet(kReason))
        throw CliContext::usageError(tr("--reason goes with --close"), command);
    const QStringList names =
        m_context.required(parser, kTo, command).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    Circulation::Readers readers;
    readers.parallel = parser.isSet(kParallel);
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.startsWith(kUnitPrefix)) {
            const QString code = name.mid(kUnitPrefix.size());
            const auto unit = org.unitByCode(code);
            if (!unit)
                throw StoreError(StoreError::Kind::BadData, tr("--to: no unit with code \"%1\"").arg(code));
            readers.unitIds.append(unit->id);
        } else {
            const auto user = org.userByLogin(name);
            if (!user)
                throw StoreError(StoreError::Kind::BadData, tr("--to: no user \"%1\"").arg(name));
            readers.userIds.append(user->id);
        }
    }
    Circulation circulation(*connection);
    const int readersCount = int(circulation.expand(session, readers).size());
    circulation.start(session, documentId, readers);
    m_context.output().printResult(tr("document %1 circulated to %2 readers").arg(documentId).arg(readersCount),
                                   {{QStringLiteral("id"), documentId}, {QStringLiteral("readers"), readersCount}});
    return ExitOk;
}

int CirculationCommands::closeEarly(const QCommandLineParser &parser, qint64 documentId)
{
    const QString command = QStringLiteral("circulate");
    if (parser.isSet(kTo) || parser.isSet(kParallel))
        throw CliContext::usageError(tr("--close ends a 供覧: it takes no --to or --parallel"), command);
    const QString reason = m_context.required(parser, kReason, command).trimmed();
    if (reason.isEmpty())
        throw CliContext::usageError(tr("--reason: say why the 供覧 is closed early"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    Circulation(*connection).closeEarly(session, documentId, reason);
    m_context.output().printResult(tr("the 供覧 of document %1 was closed early").arg(documentId),
                                   {{QStringLiteral("id"), documentId}, {QStringLiteral("closed_early"), true}});
    return ExitOk;
}

int CirculationCommands::confirm(const QStringList &arguments)
{
    const QString command = QStringLiteral("confirm");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Marks a circulated document (供覧) as seen (確認), with an optional comment."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kComment, tr("A comment for the others to read."), tr("text")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("DOC"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    Circulation(*connection).confirm(session, documentId, parser.value(kComment));
    m_context.output().printResult(tr("document %1 confirmed").arg(documentId), {{QStringLiteral("id"), documentId}});
    return ExitOk;
}

} // namespace kessai::cli
