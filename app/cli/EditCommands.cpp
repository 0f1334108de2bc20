// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EditCommands.h"

#include "cli/CliContext.h"
#include "core/Sha256.h"
#include "core/content/AttachmentFile.h"
#include "core/documents/AttachmentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditSessions.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

namespace kessai::cli {

namespace {
QString n(qint64 value)
{
    return QString::number(value);
}

/// Positional DOC POS of an editing command.
struct Target
{
    qint64 documentId = 0;
    int position = 0;
};

Target target(const QStringList &positional, const QString &command)
{
    return {CliContext::positiveNumber(positional, 0, EditCommands::tr("DOC"), command),
            int(CliContext::positiveNumber(positional, 1, EditCommands::tr("POS"), command))};
}

void addTarget(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("doc"), EditCommands::tr("Id of the document."),
                                 EditCommands::tr("DOC"));
    parser.addPositionalArgument(QStringLiteral("pos"),
                                 EditCommands::tr("Position of the attachment (1 is the first)."),
                                 EditCommands::tr("POS"));
}

/// SHA-256 of a file that exists, else empty.
QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    if (!hash.addData(file))
        return {};
    return hash.hexResult();
}

/// The type the content shows by itself when it plainly contradicts the attachment's type (a
/// picture saved over a text, a PDF over a spreadsheet), else empty.
QString contradictingType(QIODevice &content, const QString &attachmentType)
{
    const QMimeDatabase types;
    const QMimeType found = types.mimeTypeForData(&content);
    const QMimeType expected = types.mimeTypeForName(attachmentType);
    if (!found.isValid() || found.isDefault() || found.name() == QLatin1String("text/plain") ||
        !expected.isValid() || expected.isDefault())
        return {};
    if (found.inherits(expected.name()) || expected.inherits(found.name()))
        return {};
    return found.name();
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

EditCommands::EditCommands(CliContext &context)
    : m_context(context)
{}

bool EditCommands::handles(const QString &command)
{
    static const QStringList commands{QStringLiteral("versions"), QStringLiteral("checkout"),
                                      QStringLiteral("checkin"), QStringLiteral("unlock"),
                                      QStringLiteral("restore")};
    return commands.contains(command);
}

int EditCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("versions"))
        return versions(arguments);
    if (command == QLatin1String("checkout"))
        return checkout(arguments);
    if (command == QLatin1String("checkin"))
        return checkin(arguments);
    if (command == QLatin1String("unlock"))
        return unlock(arguments);
    return restore(arguments);
}

AttachmentRecord EditCommands::attachmentAt(StoreConnection &connection, qint64 documentId, int position)
{
    const auto attachment = AttachmentStore(connection).at(documentId, position);
    if (!attachment)
        throw StoreError(StoreError::Kind::BadData,
                         tr("document %1 has no attachment at position %2").arg(documentId).arg(position));
    return *attachment;
}

int EditCommands::versions(const QStringList &arguments)
{
    const QString command = QStringLiteral("versions");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the versions of the attachment at POS, oldest first: number, author, time (UTC), size in "
           "bytes, SHA-256 and note. --json adds the author's login, the version a restore copied and the "
           "route step of an approver's 修正."));
    addTarget(parser);
    if (!m_context.parse(parser, command, arguments, 2))
        return ExitOk;
    const Target t = target(parser.positionalArguments(), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const AttachmentRecord attachment = attachmentAt(*connection, t.documentId, t.position);
    QList<QJsonObject> rows;
    const QList<AttachmentVersion> versions = AttachmentVersions(*connection).list(attachment.id);
    for (const AttachmentVersion &v : versions)
        rows.append(
            {{QStringLiteral("version"), v.versionNo},
             {QStringLiteral("author"), v.authorName},
             {QStringLiteral("author_login"), v.authorLogin},
             {QStringLiteral("created_at"), utc(v.createdAt)},
             {QStringLiteral("size"), v.size},
             {QStringLiteral("sha256"), v.sha256},
             {QStringLiteral("note"), v.note},
             {QStringLiteral("restored_from"), v.restoredFrom ? QJsonValue(v.restoredFrom) : QJsonValue()},
             {QStringLiteral("step_id"), v.stepId ? QJsonValue(v.stepId) : QJsonValue()}});
    m_context.output().printList(rows, {QStringLiteral("version"), QStringLiteral("author"),
                                        QStringLiteral("created_at"), QStringLiteral("size"),
                                        QStringLiteral("sha256"), QStringLiteral("note")});
    return ExitOk;
}

int EditCommands::checkout(const QStringList &arguments)
{
    const QString command = QStringLiteral("checkout");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Takes the edit lock of the attachment at POS (others can view it but not edit it) and writes its "
           "current version to OUT. Edit OUT, then \"checkin\" it; \"unlock\" gives the lock back without a "
           "new version. Checking out again from this machine carries on the same edit."));
    addTarget(parser);
    parser.addPositionalArgument(QStringLiteral("out"), tr("The file to write."), tr("OUT"));
    if (!m_context.parse(parser, command, arguments, 3))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const Target t = target(positional, command);
    if (positional.size() < 3 || positional.at(2).isEmpty())
        throw CliContext::usageError(tr("%1 needs %2").arg(command, tr("OUT")), command);
    const QString out = positional.at(2);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const AttachmentRecord attachment = attachmentAt(*connection, t.documentId, t.position);
    // QSaveFile: OUT appears only when complete; a failure leaves no half-written file.
    QSaveFile sink(out);
    if (!sink.open(QIODevice::WriteOnly))
        throw CliError::failed(tr("%1: cannot be written: %2").arg(out, sink.errorString()));
    EditSessions sessions(*connection);
    const EditSessionRecord record = sessions.beginSession(session, attachment.id, EditLocks::thisMachine());
    if (const QString existing = fileSha256(out); !existing.isEmpty() && existing != record.currentSha256()) {
        // Most likely the user's own edited copy from an earlier checkout: never overwrite it.
        sink.cancelWriting();
        if (!record.resumed)
            sessions.discardSession(session, record.id);
        throw CliError::failed(tr("%1 already exists with other content; it was left untouched (choose "
                                  "another file or remove it)")
                                   .arg(out));
    }
    try {
        sessions.readWorking(record.id, sink);
        if (!sink.commit())
            throw CliError::failed(tr("%1: cannot be written: %2").arg(out, sink.errorString()));
    } catch (...) {
        const bool writeFailed = sink.error() != QFileDevice::NoError;
        const QString reason = sink.errorString();
        sink.cancelWriting();
        if (!record.resumed)
            sessions.discardSession(session, record.id); // nothing was handed out: give the lock back
        if (writeFailed)
            throw CliError::failed(tr("%1: cannot be written: %2").arg(out, reason));
        throw;
    }
    m_context.output().printResult(
        tr("Checked out version %1 of \"%2\" (document %3, attachment %4) to %5; it is locked for you on %6 "
           "until checkin or unlock")
            .arg(record.baseVersion)
            .arg(attachment.displayName, n(t.documentId), n(t.position), out, record.machine),
        {{QStringLiteral("document_id"), t.documentId},
         {QStringLiteral("position"), t.position},
         {QStringLiteral("version"), record.baseVersion},
         {QStringLiteral("sha256"), record.currentSha256()},
         {QStringLiteral("file"), out},
         {QStringLiteral("machine"), record.machine},
         {QStringLiteral("edit_session_id"), record.id},
         {QStringLiteral("resumed"), record.resumed}});
    return ExitOk;
}

int EditCommands::checkin(const QStringList &arguments)
{
    const QString command = QStringLiteral("checkin");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores FILE as a new version of the attachment at POS that you checked out, if its content "
           "changed, and releases the lock. If another version arrived since your checkout, nothing is "
           "stored (exit 2) and FILE is untouched: run checkin again with --keep-mine to store yours as the "
           "newest version, or unlock to discard your edit."));
    addTarget(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The edited file."), tr("FILE"));
    parser.addOption({QStringLiteral("note"), tr("A note on the new version."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("keep-mine"),
         tr("Store FILE as the newest version even if another version arrived since the checkout.")});
    if (!m_context.parse(parser, command, arguments, 3))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const Target t = target(positional, command);
    if (positional.size() < 3 || positional.at(2).isEmpty())
        throw CliContext::usageError(tr("%1 needs %2").arg(command, tr("FILE")), command);
    const QByteArray rawPath = m_context.rawPaths({positional.at(2)}).constFirst();

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const AttachmentRecord attachment = attachmentAt(*connection, t.documentId, t.position);
    EditSessions sessions(*connection);
    const auto active = sessions.activeSession(session, attachment.id, EditLocks::thisMachine());
    std::optional<AttachmentFile> inspected;
    try {
        inspected = AttachmentFile::inspect(rawPath, AttachmentStore(*connection).sizeLimit());
    } catch (const StoreError &error) {
        if (!active)
            throw;
        throw CliError::failed(
            tr("%1 (your checkout is kept: check in another file, or unlock to give up the edit)")
                .arg(error.message()));
    }
    const AttachmentFile &file = *inspected;
    const QString path = file.displayPath();
    if (!active)
        throw CliError::failed(
            tr("you have not checked out attachment %1 of document %2 (kessai-cli checkout %2 "
               "%1 FILE); nothing was stored and %3 is untouched")
                .arg(n(t.position), n(t.documentId), path));
    const bool keepMine = parser.isSet(QStringLiteral("keep-mine"));
    std::optional<AttachmentVersion> made;
    QString otherType;
    try {
        const QString sha = file.sha256();
        const auto content = file.open();
        otherType = contradictingType(*content, attachment.mimeType);
        content->seek(0);
        sessions.saveWorking(session, active->id, *content, sha);
        made = sessions.finishSession(session, active->id, parser.value(QStringLiteral("note")),
                                      keepMine ? EditSessions::OnConflict::KeepMine
                                               : EditSessions::OnConflict::Refuse);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Conflict)
            throw CliError::failed(
                tr("%1. %2 is untouched: \"checkin --keep-mine\" stores it as the newest "
                   "version, \"unlock\" discards your edit")
                    .arg(AttachmentVersions(*connection).conflictMessage(attachment.id, active->baseVersion),
                         path));
        throw CliError::failed(tr("%1 (%2 is untouched)").arg(error.message(), path));
    }
    const QString name = attachment.displayName;
    QJsonObject json{{QStringLiteral("document_id"), t.documentId},
                     {QStringLiteral("position"), t.position},
                     {QStringLiteral("file"), path},
                     {QStringLiteral("changed"), made.has_value()},
                     {QStringLiteral("edit_session_id"), active->id}};
    if (made && !otherType.isEmpty()) {
        json.insert(QStringLiteral("content_type"), otherType);
        QTextStream err(stderr);
        err << CliContext::programName << ": "
            << tr("warning: %1 looks like %2, not %3 like \"%4\"; stored all the same (\"restore\" brings "
                  "back an "
                  "earlier version)")
                   .arg(path, otherType, attachment.mimeType, attachment.displayName)
            << '\n';
    }
    if (made) {
        json.insert(QStringLiteral("version"), made->versionNo);
        json.insert(QStringLiteral("sha256"), made->sha256);
        json.insert(QStringLiteral("size"), made->size);
        m_context.output().printResult(
            tr("Checked in \"%1\" as version %2; the lock is released").arg(name).arg(made->versionNo), json);
    } else {
        m_context.output().printResult(
            tr("\"%1\" is unchanged: no new version; the lock is released").arg(name), json);
    }
    return ExitOk;
}

int EditCommands::unlock(const QStringList &arguments)
{
    const QString command = QStringLiteral("unlock");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Gives back your edit lock on the attachment at POS taken on this machine, without a new version "
        "(your edit is discarded). --force breaks a stale lock: your own from another machine, or anyone's "
        "if you are a 文書管理者; it is recorded in the audit log."));
    addTarget(parser);
    parser.addOption({QStringLiteral("force"), tr("Break the lock (its owner or a 文書管理者).")});
    parser.addOption({QStringLiteral("reason"), tr("Why the lock is broken (recorded)."), tr("TEXT")});
    if (!m_context.parse(parser, command, arguments, 2))
        return ExitOk;
    const Target t = target(parser.positionalArguments(), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const AttachmentRecord attachment = attachmentAt(*connection, t.documentId, t.position);
    EditLocks locks(*connection);
    QJsonObject json{{QStringLiteral("document_id"), t.documentId}, {QStringLiteral("position"), t.position}};
    if (!parser.isSet(QStringLiteral("force"))) {
        bool released = false;
        try {
            released = locks.release(session, attachment.id, EditLocks::thisMachine());
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Refused)
                throw;
            throw CliError::failed(tr("%1 (unlock --force)").arg(error.message()));
        }
        json.insert(QStringLiteral("released"), released);
        m_context.output().printResult(released
                                           ? tr("Released the lock on \"%1\"").arg(attachment.displayName)
                                           : tr("\"%1\" is not locked").arg(attachment.displayName),
                                       json);
        return ExitOk;
    }
    const auto broken = locks.breakLock(session, attachment.id, parser.value(QStringLiteral("reason")));
    json.insert(QStringLiteral("released"), broken.has_value());
    if (!broken) {
        m_context.output().printResult(tr("\"%1\" is not locked").arg(attachment.displayName), json);
        return ExitOk;
    }
    json.insert(QStringLiteral("holder"), broken->userLogin);
    json.insert(QStringLiteral("machine"), broken->machine);
    json.insert(QStringLiteral("started_at"), utc(broken->startedAt));
    m_context.output().printResult(
        tr("Broke the lock on \"%1\" (%2)").arg(attachment.displayName, EditLocks::describe(*broken)), json);
    return ExitOk;
}

int EditCommands::restore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restores an old version of the attachment at POS as a NEW version with its content; the history "
           "is kept as it was."));
    addTarget(parser);
    parser.addPositionalArgument(QStringLiteral("version"), tr("The version to restore."), tr("VERSION"));
    parser.addOption({QStringLiteral("note"), tr("A note on the new version."), tr("TEXT")});
    if (!m_context.parse(parser, command, arguments, 3))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    const Target t = target(positional, command);
    const int versionNo = int(CliContext::positiveNumber(positional, 2, tr("VERSION"), command));

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const AttachmentRecord attachment = attachmentAt(*connection, t.documentId, t.position);
    const auto made = AttachmentVersions(*connection)
                          .restore(session, attachment.id, versionNo, parser.value(QStringLiteral("note")));
    QJsonObject json{{QStringLiteral("document_id"), t.documentId},
                     {QStringLiteral("position"), t.position},
                     {QStringLiteral("restored_from"), versionNo},
                     {QStringLiteral("changed"), made.has_value()}};
    if (!made) {
        m_context.output().printResult(tr("\"%1\" already has the content of version %2: no new version")
                                           .arg(attachment.displayName)
                                           .arg(versionNo),
                                       json);
        return ExitOk;
    }
    json.insert(QStringLiteral("version"), made->versionNo);
    json.insert(QStringLiteral("sha256"), made->sha256);
    m_context.output().printResult(tr("Restored version %1 of \"%2\" as version %3")
                                       .arg(versionNo)
                                       .arg(attachment.displayName)
                                       .arg(made->versionNo),
                                   json);
    return ExitOk;
}

} // namespace kessai::cli
