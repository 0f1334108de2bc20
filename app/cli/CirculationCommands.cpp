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
           "with kessai-cli confirm; it is 完結 when all have."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kTo, tr("The readers: LOGIN or unit:CODE, separated by commas."), tr("readers")});
    parser.addOption({kParallel, tr("All readers at once instead of one after another.")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("DOC"), command);
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
