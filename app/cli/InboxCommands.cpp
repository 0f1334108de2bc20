// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InboxCommands.h"

#include "cli/CliContext.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace kessai::cli {

namespace {
QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

InboxCommands::InboxCommands(CliContext &context)
    : m_context(context)
{}

int InboxCommands::inbox(const QStringList &arguments)
{
    const QString command = QStringLiteral("inbox");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the ids of the documents waiting for you (未決), one a line, newest first: your steps "
           "that are due, those of absent users you are the proxy for, and 後閲 owed to you. With --json, "
           "an array of the documents with their number, status, title, drafter and unit. An "
           "administrator sees another user's with --as LOGIN."));
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const QList<DocumentRecord> documents = DocumentStore(*connection).list(session, InboxFolder::Pending);
    if (!m_context.output().isJson()) {
        QTextStream &out = m_context.out();
        for (const DocumentRecord &d : documents)
            out << d.id << '\n';
        out.flush();
        return ExitOk;
    }
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
                     {QStringLiteral("decision_level"), optionalText(d.decisionLevelName)},
                     {QStringLiteral("decision_kind"), optionalText(d.decisionKindName)},
                     {QStringLiteral("urgent"), d.urgent},
                     {QStringLiteral("submitted_at"), optionalTime(d.submittedAt)},
                     {QStringLiteral("updated_at"), optionalTime(d.updatedAt)}});
    }
    m_context.output().printList(rows, {QStringLiteral("id")});
    return ExitOk;
}

} // namespace kessai::cli
