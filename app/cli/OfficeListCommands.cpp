// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OfficeListCommands.h"

#include "cli/CliContext.h"
#include "cli/OutputFormatter.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

OfficeListCommands::OfficeListCommands(CliContext &context, OfficeListStore::List list, const QString &command)
    : m_context(context)
    , m_list(list)
    , m_command(command)
{}

int OfficeListCommands::run(const QStringList &arguments)
{
    const bool reasons = m_list == OfficeListStore::List::PaperReasons;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        (reasons ? tr("Lists the office's paper reasons (紙決裁の理由) in force: code, name, needs_text.")
                 : tr("Lists the office's decision kinds (文書の種類) in force: code, name."))
        + QLatin1Char(' ')
        + tr("An administrator changes the list: add CODE NAME, rename CODE NAME, retire CODE (no longer "
             "offered; the documents that carry it keep it) or restore CODE. An entry is never deleted and "
             "keeps its code."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (the default), add, rename, retire or restore."),
                                 tr("[ACTION CODE [NAME]]"));
    parser.addOption({QStringLiteral("all"), tr("list: retired entries too, with an active column.")});
    if (reasons)
        parser.addOption({QStringLiteral("needs-text"), tr("add: the reason needs words saying why (like その他).")});
    if (!m_context.parse(parser, m_command, arguments, 3))
        return ExitOk;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0, QStringLiteral("list"));
    const auto connection = m_context.connect();
    OfficeListStore store(*connection);
    if (action == QLatin1String("list")) {
        const bool all = parser.isSet(QStringLiteral("all"));
        QList<QJsonObject> rows;
        for (const OfficeListStore::Entry &entry : store.entries(m_list)) {
            if (!entry.active && !all)
                continue;
            QJsonObject row{{QStringLiteral("code"), entry.code},
                            {QStringLiteral("name"), entry.name},
                            {QStringLiteral("active"), entry.active}};
            if (reasons)
                row.insert(QStringLiteral("needs_text"), entry.needsText);
            rows.append(row);
        }
        QStringList columns{QStringLiteral("code"), QStringLiteral("name")};
        if (reasons)
            columns << QStringLiteral("needs_text");
        if (all)
            columns << QStringLiteral("active");
        m_context.output().printList(rows, columns);
        return ExitOk;
    }
    const bool needsName = action == QLatin1String("add") || action == QLatin1String("rename");
    const bool knownAction = needsName || action == QLatin1String("retire") || action == QLatin1String("restore");
    if (!knownAction)
        throw CliContext::usageError(tr("unknown action \"%1\": list, add, rename, retire or restore").arg(action),
                                     m_command);
    if (words.size() != (needsName ? 3 : 2))
        throw CliContext::usageError(needsName ? tr("%1 needs a CODE and a NAME").arg(action)
                                               : tr("%1 needs a CODE").arg(action),
                                     m_command);
    const Session session(*connection, m_context.actAs());
    const QString code = words.at(1);
    if (action == QLatin1String("add")) {
        const qint64 id = store.add(session, m_list, code, words.at(2),
                                    reasons && parser.isSet(QStringLiteral("needs-text")));
        m_context.output().printResult(QString::number(id), {{QStringLiteral("id"), id}, {QStringLiteral("code"), code}});
    } else {
        if (action == QLatin1String("rename"))
            store.rename(session, m_list, code, words.at(2));
        else
            store.setActive(session, m_list, code, action == QLatin1String("restore"));
        m_context.output().printResult(code, {{QStringLiteral("code"), code}, {QStringLiteral("action"), action}});
    }
    return ExitOk;
}

} // namespace kessai::cli
