// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DocumentCommands.h"

#include "cli/CliContext.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

namespace {
const auto kFolder = QStringLiteral("folder");

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

DocumentCommands::DocumentCommands(CliContext &context)
    : m_context(context)
{}

const QStringList &DocumentCommands::documentColumns()
{
    static const QStringList columns{QStringLiteral("id"),        QStringLiteral("number"),
                                     QStringLiteral("status"),    QStringLiteral("title"),
                                     QStringLiteral("drafter"),   QStringLiteral("unit"),
                                     QStringLiteral("updated_at")};
    return columns;
}

int DocumentCommands::doc(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("list"))
        return list(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("doc"), {QStringLiteral("list")}, arguments);
}

int DocumentCommands::list(const QStringList &arguments)
{
    const QString command = QStringLiteral("doc list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists documents, newest first: id, document number, status, title, drafter, unit, last "
           "change (UTC). Administrators and records managers see all documents by default, others "
           "their pending ones."));
    parser.addOption({kFolder, tr("pending, drafts, returned, in_progress, done or all."), tr("folder")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    std::optional<InboxFolder> folder;
    if (parser.isSet(kFolder)) {
        folder = fromCode<InboxFolder>(parser.value(kFolder).trimmed().toLower());
        if (!folder)
            throw CliContext::usageError(tr("--folder \"%1\" is not pending, drafts, returned, in_progress, done or all")
                                             .arg(parser.value(kFolder)),
                                         command);
    }

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    if (!folder)
        folder = DocumentStore::canSeeAll(session) ? InboxFolder::All : InboxFolder::Pending;
    const QList<DocumentRecord> documents = DocumentStore(*connection).list(session, *folder);
    QList<QJsonObject> rows;
    rows.reserve(documents.size());
    for (const DocumentRecord &d : documents) {
        rows.append({{QStringLiteral("id"), d.id},
                     {QStringLiteral("number"), optionalText(d.numberLabel)},
                     {QStringLiteral("kind"), toCode(d.kind)},
                     {QStringLiteral("status"), toCode(d.status)},
                     {QStringLiteral("title"), d.title},
                     {QStringLiteral("drafter"), d.drafterName},
                     {QStringLiteral("unit"), d.unitName},
                     {QStringLiteral("urgent"), d.urgent},
                     {QStringLiteral("updated_at"), d.updatedAt.toUTC().toString(Qt::ISODate)}});
    }
    m_context.output().printList(rows, documentColumns());
    return ExitOk;
}

} // namespace kessai::cli
