// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RateSettingsCommands.h"

#include "cli/CliContext.h"
#include "cli/CliError.h"
#include "cli/OfficeListCommands.h"
#include "core/desk/DecisionStatistics.h"
#include "core/desk/DeskTable.h"
#include "core/desk/RateSettings.h"
#include "core/documents/DecisionKindList.h"
#include "core/documents/FilingCatalog.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

RateSettingsCommands::RateSettingsCommands(CliContext &context)
    : m_context(context)
{}

int RateSettingsCommands::kinds(const QStringList &arguments)
{
    return OfficeListCommands(m_context, OfficeListStore::List::DecisionKinds, QStringLiteral("stats kinds"))
        .run(arguments);
}

int RateSettingsCommands::exclusions(const QStringList &arguments)
{
    const QString command = QStringLiteral("stats exclusions");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the rules that leave decisions out of the 電子決裁率 (every report states them). An "
           "administrator adds one (add --level, --kind and/or --secret, with --note) or removes one (remove ID)."));
    parser.addPositionalArgument(QStringLiteral("add|remove"), tr("Change the rules instead of listing them."));
    parser.addOption({QStringLiteral("level"), tr("add: every decision of this 決裁区分 (code or name)."), tr("level")});
    parser.addOption({QStringLiteral("kind"), tr("add: every decision of this kind (code or name)."), tr("kind")});
    parser.addOption({QStringLiteral("secret"), tr("add: every 秘 document.")});
    parser.addOption({QStringLiteral("note"), tr("add: why the office leaves them out (printed with the rate)."),
                      tr("text")});
    if (!m_context.parse(parser, command, arguments, 2))
        return ExitOk;
    const QString action = parser.positionalArguments().value(0);
    const auto connection = m_context.connect();
    RateSettings settings(*connection);
    if (action == QLatin1String("add")) {
        const Session session(*connection, m_context.actAs());
        RateExclusion rule;
        rule.note = m_context.required(parser, QStringLiteral("note"), command);
        if (parser.isSet(QStringLiteral("level"))) {
            const QString level = parser.value(QStringLiteral("level")).trimmed();
            for (const FilingCatalog::DecisionLevel &known : FilingCatalog(*connection).decisionLevels()) {
                if (known.code == level || known.name == level)
                    rule.decisionLevelId = known.id;
            }
            if (!rule.decisionLevelId)
                throw StoreError(StoreError::Kind::BadData, tr("--level: no 決裁区分 \"%1\"").arg(level));
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            const auto kind = DecisionKindList(*connection).byCodeOrName(parser.value(QStringLiteral("kind")));
            if (!kind)
                throw StoreError(StoreError::Kind::BadData,
                                 tr("--kind: \"%1\" is not in the office's list of decision kinds")
                                     .arg(parser.value(QStringLiteral("kind"))));
            rule.decisionKindId = kind->id;
        }
        if (parser.isSet(QStringLiteral("secret")))
            rule.classification = Classification::Secret;
        const qint64 id = settings.addExclusion(session, rule);
        m_context.output().printResult(tr("exclusion rule %1 added").arg(id), {{QStringLiteral("id"), id}});
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 1, QStringLiteral("ID"), command);
        const Session session(*connection, m_context.actAs());
        settings.removeExclusion(session, id);
        m_context.output().printResult(tr("exclusion rule %1 removed").arg(id), {{QStringLiteral("id"), id}});
        return ExitOk;
    }
    if (!action.isEmpty())
        throw CliContext::usageError(tr("\"%1\" is not add or remove").arg(action), command);
    QList<QJsonObject> rows;
    for (const RateExclusion &rule : settings.exclusions())
        rows.append({{QStringLiteral("id"), rule.id}, {QStringLiteral("what"), rule.what},
                     {QStringLiteral("note"), rule.note}});
    m_context.output().printList(rows, {QStringLiteral("id"), QStringLiteral("what"), QStringLiteral("note")});
    return ExitOk;
}

int RateSettingsCommands::target(const QStringList &arguments)
{
    const QString command = QStringLiteral("stats target");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the office's target 電子決裁率 in percent; an administrator sets it with PERCENT (e.g. 75)."));
    parser.addPositionalArgument(QStringLiteral("PERCENT"), tr("The new target, above 0 and at most 100."));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const auto connection = m_context.connect();
    DecisionStatistics statistics(*connection);
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        const double percent = parser.positionalArguments().constFirst().toDouble(&ok);
        if (!ok)
            throw CliContext::usageError(
                tr("\"%1\" is not a percentage").arg(parser.positionalArguments().constFirst()), command);
        const Session session(*connection, m_context.actAs());
        statistics.setTarget(session, percent / 100.0);
    }
    const double target = statistics.target();
    m_context.output().printResult(tr("target %1%").arg(DeskTable::percent(target)),
                                   {{QStringLiteral("target"), target}});
    return ExitOk;
}

} // namespace kessai::cli
