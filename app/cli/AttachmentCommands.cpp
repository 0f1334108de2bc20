// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AttachmentCommands.h"

#include "cli/CliContext.h"
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/EditLocks.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace kessai::cli {

namespace {
StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}
} // namespace

AttachmentCommands::AttachmentCommands(CliContext &context)
    : m_context(context)
{}

const QStringList &AttachmentCommands::attachmentColumns()
{
    static const QStringList columns{QStringLiteral("position"), QStringLiteral("display_name"),
                                     QStringLiteral("mime_type"), QStringLiteral("size"),
                                     QStringLiteral("sha256")};
    return columns;
}

QJsonObject AttachmentCommands::attachmentJson(const AttachmentRecord &attachment)
{
    return {{QStringLiteral("position"), attachment.position},
            {QStringLiteral("display_name"), attachment.displayName},
            {QStringLiteral("original_name"), attachment.originalName},
            {QStringLiteral("mime_type"), attachment.mimeType},
            {QStringLiteral("size"), attachment.size},
            {QStringLiteral("sha256"), attachment.sha256},
            {QStringLiteral("version"), attachment.versionNo}};
}

int AttachmentCommands::list(const QStringList &arguments)
{
    const QString command = QStringLiteral("attachments");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the attachments of a document in their order: position, name, MIME type, size in "
           "bytes, SHA-256, and who is editing it (編集ロック). --json adds the original file name, the "
           "version and the lock (login, machine, since)."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    if (!DocumentStore(*connection).document(documentId))
        throw badData(tr("document %1 does not exist").arg(documentId));
    QHash<qint64, EditLock> locks;
    for (const EditLock &lock : EditLocks(*connection).locksOf(documentId))
        locks.insert(lock.attachmentId, lock);
    QList<QJsonObject> rows;
    const QList<AttachmentRecord> attachments = AttachmentStore(*connection).list(documentId);
    for (const AttachmentRecord &attachment : attachments) {
        QJsonObject row = attachmentJson(attachment);
        const auto lock = locks.constFind(attachment.id);
        if (lock == locks.cend()) {
            row.insert(QStringLiteral("editing"), QString());
            row.insert(QStringLiteral("lock"), QJsonValue());
        } else {
            row.insert(QStringLiteral("editing"), EditLocks::describe(*lock));
            row.insert(QStringLiteral("lock"),
                       QJsonObject{{QStringLiteral("login"), lock->userLogin},
                                   {QStringLiteral("name"), lock->userName},
                                   {QStringLiteral("machine"), lock->machine},
                                   {QStringLiteral("since"), lock->startedAt.toUTC().toString(Qt::ISODate)}});
        }
        rows.append(row);
    }
    m_context.output().printList(rows, attachmentColumns() + QStringList{QStringLiteral("editing")});
    return ExitOk;
}

int AttachmentCommands::attachment(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("move"))
        return move(arguments.mid(1));
    if (sub == QLatin1String("rename"))
        return rename(arguments.mid(1));
    if (sub == QLatin1String("remove"))
        return remove(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("attachment"),
                               {QStringLiteral("move"), QStringLiteral("rename"), QStringLiteral("remove")},
                               arguments);
}

int AttachmentCommands::move(const QStringList &arguments)
{
    const QString command = QStringLiteral("attachment move");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves the attachment at POS of one of your drafts to NEWPOS; the others close up."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the draft."), tr("DOC"));
    parser.addPositionalArgument(QStringLiteral("pos"), tr("Position of the attachment (1 is the first)."),
                                 tr("POS"));
    parser.addPositionalArgument(QStringLiteral("newpos"), tr("Its new position."), tr("NEWPOS"));
    if (!m_context.parse(parser, command, arguments, 3))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const qint64 documentId = CliContext::positiveNumber(positional, 0, tr("DOC"), command);
    const int from = int(CliContext::positiveNumber(positional, 1, tr("POS"), command));
    const int to = int(CliContext::positiveNumber(positional, 2, tr("NEWPOS"), command));

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AttachmentStore store(*connection);
    store.move(session, documentId, from, to);
    const auto moved = store.at(documentId, to);
    const QString name = moved ? moved->displayName : QString();
    m_context.output().printResult(
        tr("Moved \"%1\" of document %2 from position %3 to %4").arg(name).arg(documentId).arg(from).arg(to),
        {{QStringLiteral("document_id"), documentId},
         {QStringLiteral("display_name"), name},
         {QStringLiteral("from"), from},
         {QStringLiteral("to"), to}});
    return ExitOk;
}

int AttachmentCommands::rename(const QStringList &arguments)
{
    const QString command = QStringLiteral("attachment rename");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renames the attachment at POS of one of your drafts. Only the name shown changes; the "
           "original file name is kept. Path separators and control characters are replaced."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the draft."), tr("DOC"));
    parser.addPositionalArgument(QStringLiteral("pos"), tr("Position of the attachment."), tr("POS"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The new name."), tr("NAME"));
    if (!m_context.parse(parser, command, arguments, 3))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const qint64 documentId = CliContext::positiveNumber(positional, 0, tr("DOC"), command);
    const int position = int(CliContext::positiveNumber(positional, 1, tr("POS"), command));
    if (positional.size() < 3 || positional.at(2).trimmed().isEmpty())
        throw CliContext::usageError(tr("%1 needs %2").arg(command, tr("NAME")), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AttachmentStore store(*connection);
    const auto attachment = store.at(documentId, position);
    if (!attachment)
        throw badData(tr("document %1 has no attachment at position %2").arg(documentId).arg(position));
    store.rename(session, attachment->id, positional.at(2));
    const QString name = store.byId(attachment->id)->displayName;
    m_context.output().printResult(tr("Renamed \"%1\" to \"%2\"").arg(attachment->displayName, name),
                                   {{QStringLiteral("document_id"), documentId},
                                    {QStringLiteral("position"), position},
                                    {QStringLiteral("from"), attachment->displayName},
                                    {QStringLiteral("display_name"), name}});
    return ExitOk;
}

int AttachmentCommands::remove(const QStringList &arguments)
{
    const QString command = QStringLiteral("attachment remove");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes the attachment at POS from one of your drafts (recorded in the audit log); the "
           "ones after it move up."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the draft."), tr("DOC"));
    parser.addPositionalArgument(QStringLiteral("pos"), tr("Position of the attachment."), tr("POS"));
    if (!m_context.parse(parser, command, arguments, 2))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const qint64 documentId = CliContext::positiveNumber(positional, 0, tr("DOC"), command);
    const int position = int(CliContext::positiveNumber(positional, 1, tr("POS"), command));

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AttachmentStore store(*connection);
    const auto attachment = store.at(documentId, position);
    if (!attachment)
        throw badData(tr("document %1 has no attachment at position %2").arg(documentId).arg(position));
    store.remove(session, attachment->id);
    m_context.output().printResult(
        tr("Removed \"%1\" from document %2").arg(attachment->displayName).arg(documentId),
        {{QStringLiteral("document_id"), documentId},
         {QStringLiteral("position"), position},
         {QStringLiteral("display_name"), attachment->displayName}});
    return ExitOk;
}

int AttachmentCommands::exportBlob(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-blob");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the stored bytes of the attachment at POS to OUT, byte-identical to the file that was "
           "attached. OUT is replaced only once it is complete; \"-\" writes to standard output."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addPositionalArgument(QStringLiteral("pos"), tr("Position of the attachment."), tr("POS"));
    parser.addPositionalArgument(QStringLiteral("out"), tr("The file to write, or \"-\"."), tr("OUT"));
    if (!m_context.parse(parser, command, arguments, 3))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const qint64 documentId = CliContext::positiveNumber(positional, 0, tr("DOC"), command);
    const int position = int(CliContext::positiveNumber(positional, 1, tr("POS"), command));
    if (positional.size() < 3 || positional.at(2).isEmpty())
        throw CliContext::usageError(tr("%1 needs %2").arg(command, tr("OUT")), command);
    const QString out = positional.at(2);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AttachmentStore store(*connection);
    const auto attachment = store.at(documentId, position);
    if (!attachment)
        throw badData(tr("document %1 has no attachment at position %2").arg(documentId).arg(position));

    if (out == QLatin1String("-")) {
        m_context.out().flush();
        std::fflush(stdout);
        QFile sink;
        if (!sink.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
            throw CliError::failed(tr("standard output cannot be written: %1").arg(sink.errorString()));
        // What reached standard output cannot be taken back: check the content before sending it.
        BlobStore(*connection).verify(attachment->sha256);
        store.exportContent(documentId, position, sink);
        return ExitOk;
    }
    // QSaveFile: OUT appears only when complete; a failure leaves no half-written file.
    QSaveFile sink(out);
    if (!sink.open(QIODevice::WriteOnly))
        throw CliError::failed(tr("%1: cannot be written: %2").arg(out, sink.errorString()));
    try {
        store.exportContent(documentId, position, sink);
    } catch (const StoreError &) {
        const bool writeFailed = sink.error() != QFileDevice::NoError;
        const QString reason = sink.errorString();
        sink.cancelWriting();
        if (writeFailed)
            throw CliError::failed(tr("%1: cannot be written: %2").arg(out, reason));
        throw;
    }
    if (!sink.commit())
        throw CliError::failed(tr("%1: cannot be written: %2").arg(out, sink.errorString()));
    m_context.output().printResult(
        tr("Wrote %1 bytes of \"%2\" to %3").arg(attachment->size).arg(attachment->displayName, out),
        {{QStringLiteral("document_id"), documentId},
         {QStringLiteral("position"), position},
         {QStringLiteral("file"), out},
         {QStringLiteral("size"), attachment->size},
         {QStringLiteral("sha256"), attachment->sha256}});
    return ExitOk;
}

} // namespace kessai::cli
