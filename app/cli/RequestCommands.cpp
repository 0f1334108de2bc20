// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RequestCommands.h"

#include "cli/CliContext.h"
#include "cli/FileAttacher.h"
#include "cli/RequestPackage.h"
#include "cli/RouteSpec.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentRequests.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FilingCatalog.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace kessai::cli {

namespace {
StoreError bad(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}

/// The outcome file's name: the reference made safe for a file name, and the outcome.
QString outcomeFileName(const QString &reference, const QString &status)
{
    QString safe = reference;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("%1.%2.json").arg(safe, status);
}
} // namespace

RequestCommands::RequestCommands(CliContext &context)
    : m_context(context)
{}

int RequestCommands::request(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("submit"))
        return submit(arguments.mid(1));
    if (sub == QLatin1String("outcomes"))
        return outcomes(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("request"), {QStringLiteral("submit"), QStringLiteral("outcomes")},
                               arguments);
}

int RequestCommands::submit(const QStringList &arguments)
{
    const QString command = QStringLiteral("request submit");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a request package of another business system (a folder or a zip with request.json, "
           "docs/linkage.md), checks all of it, then creates the 起案 with its attachments in order, linked to "
           "the request's external reference, and submits it when the request says so. Prints the document's "
           "id and 文書番号 as JSON. If anything is wrong, nothing is created and the message names the field."));
    parser.addPositionalArgument(QStringLiteral("package"), tr("The package: a folder or a .zip file."),
                                 tr("PACKAGE"));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    if (parser.positionalArguments().isEmpty())
        throw CliContext::usageError(tr("give the request package (PACKAGE)"), command);

    const auto connection = m_context.connect();
    const Session caller(*connection, m_context.actAs());
    const std::unique_ptr<RequestPackage> package =
        RequestPackage::open(parser.positionalArguments().first(), AttachmentStore(*connection).sizeLimit());
    const RequestPackage::Request &request = package->request();

    // Everything the store can tell is checked before the first write.
    OrgStore org(*connection);
    const auto drafter = org.userByLogin(request.drafter);
    if (!drafter || !drafter->active)
        throw bad(tr("request.json: drafter: \"%1\" is not an active user").arg(request.drafter));
    const bool forAnother = drafter->id != caller.user().id;
    if (forAnother && !caller.user().hasRole(Role::Admin))
        throw StoreError(StoreError::Kind::Refused,
                         tr("request.json: drafter: %1 may not submit for %2; only an administrator acts for another "
                            "user")
                             .arg(caller.user().login, request.drafter));
    const auto unit = org.unitByCode(request.unit);
    if (!unit)
        throw bad(tr("request.json: unit: no unit with code \"%1\"").arg(request.unit));
    DocumentRecord draft;
    draft.kind = DocumentKind::Decision;
    draft.title = request.title;
    draft.body = request.body;
    draft.unitId = unit->id;
    FilingCatalog catalog(*connection);
    if (!request.level.isEmpty()) {
        const QList<FilingCatalog::DecisionLevel> levels = catalog.decisionLevels();
        for (const auto &level : levels) {
            if (level.code == request.level || level.name == request.level)
                draft.decisionLevelId = level.id;
        }
        if (!draft.decisionLevelId)
            throw bad(tr("request.json: level: no 決裁区分 \"%1\"").arg(request.level));
    }
    if (!request.file.isEmpty()) {
        const int year = FiscalYear::of(QDate::currentDate());
        const QList<FilingCatalog::FileEntry> files = catalog.files(unit->id, year);
        for (const auto &file : files) {
            if (file.name == request.file)
                draft.fileId = file.id;
        }
        if (!draft.fileId)
            throw bad(tr("request.json: file: no 簿冊 \"%1\" of %2 in fiscal year %3")
                          .arg(request.file, unit->name)
                          .arg(year));
    }
    RoutePlan route;
    if (!request.route.isEmpty()) {
        const RouteSpec::LoginLookup lookup = [&org](const QString &login) -> qint64 {
            const auto user = org.userByLogin(login);
            return user && user->active ? user->id : 0;
        };
        route = RouteSpec::fromJson(QJsonDocument(request.route).toJson(), lookup,
                                    QStringLiteral("request.json: route"));
    }
    if (!request.outbox.isEmpty()) {
        const QFileInfo outbox(request.outbox);
        if (!outbox.isAbsolute() || !outbox.isDir() || !outbox.isWritable())
            throw bad(tr("request.json: outbox: \"%1\" is not an existing folder, given as a full path, that "
                         "Kessai may write to")
                          .arg(request.outbox));
    }
    QList<QByteArray> paths;
    const QStringList attachmentPaths = package->attachmentPaths();
    for (const QString &path : attachmentPaths)
        paths.append(QFile::encodeName(path));
    const QList<AttachmentFile> files = FileAttacher::inspect(paths, AttachmentStore(*connection).sizeLimit());
    std::vector<StagedBlob> staged = FileAttacher::stage(*connection, files);

    WorkflowStore workflow(*connection);
    Transaction transaction(*connection);
    // Acting for the drafter is audited: inside the transaction, so a refusal leaves no trace.
    std::unique_ptr<Session> acting;
    if (forAnother)
        acting = std::make_unique<Session>(*connection, request.drafter);
    const Session &session = acting ? *acting : caller;
    const qint64 id = DocumentStore(*connection).createDraft(session, draft);
    FileAttacher::attach(session, *connection, id, files, staged);
    DocumentRequests(*connection)
        .link(session, {id, request.schemaVersion, request.externalReference, request.outbox, 0, {}});
    if (!request.route.isEmpty()) {
        workflow.setRoute(session, id, route);
        // An explicit route must keep to the 専決規程 as a 提出 would check it.
        const QStringList problems = workflow.submissionProblems(id);
        if (!problems.isEmpty())
            throw bad(tr("request.json: route: %1").arg(problems.join(QStringLiteral("; "))));
    }
    if (request.submit)
        workflow.submit(session, id);
    transaction.commit();

    const auto created = DocumentStore(*connection).document(id);
    m_context.output().printResult(
        QStringLiteral("%1\t%2").arg(id).arg(created ? created->numberLabel : QString()),
        {{QStringLiteral("id"), id},
         {QStringLiteral("number"), created && !created->numberLabel.isEmpty() ? QJsonValue(created->numberLabel)
                                                                               : QJsonValue()},
         {QStringLiteral("status"), created ? toCode(created->status) : QString()},
         {QStringLiteral("external_reference"), request.externalReference}});
    return ExitOk;
}

int RequestCommands::outcomes(const QStringList &arguments)
{
    const QString command = QStringLiteral("request outcomes");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the outcome file of every linked document that was decided (決裁), rejected (却下) or "
           "enforced (施行) into its request's outbox, once: REFERENCE.decided.json and so on. Run it after "
           "a 決裁, or regularly. Prints the files written."));
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    DocumentStore documents(*connection);
    QList<QJsonObject> written;
    const QList<DocumentRequests::Link> links = DocumentRequests(*connection).withOutbox();
    for (const DocumentRequests::Link &link : links) {
        const auto document = documents.document(link.documentId);
        if (!document)
            continue;
        const QString status = toCode(document->status);
        if (document->status != DocumentStatus::Decided && document->status != DocumentStatus::Rejected
            && document->status != DocumentStatus::Enforced)
            continue;
        const QString path = QDir(link.outbox).filePath(outcomeFileName(link.externalReference, status));
        if (QFileInfo::exists(path))
            continue;
        QJsonObject outcome{
            {QStringLiteral("schema_version"), RequestPackage::kSchemaVersion},
            {QStringLiteral("external_reference"), link.externalReference},
            {QStringLiteral("document_id"), link.documentId},
            {QStringLiteral("number"), document->numberLabel},
            {QStringLiteral("status"), status},
            {QStringLiteral("decided_at"), document->decidedAt.isValid()
                                               ? QJsonValue(document->decidedAt.toString(Qt::ISODateWithMs))
                                               : QJsonValue()},
            {QStringLiteral("enforced_at"), document->enforcedAt.isValid()
                                                ? QJsonValue(document->enforcedAt.toString(Qt::ISODateWithMs))
                                                : QJsonValue()}};
        // At 施行: where it went, how, 公印, 浄書 check and the 施行文書, as kessai-cli enforce --json says.
        if (document->status == DocumentStatus::Enforced) {
            if (const auto enforcement = EnforcementStore(*connection).read(link.documentId))
                outcome.insert(QStringLiteral("enforcement"), enforcement->toJson());
        }
        // Whole or not at all: the other system never reads half a file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(outcome).toJson()) < 0 || !file.commit())
            throw bad(tr("%1: the outcome file cannot be written: %2").arg(QDir::toNativeSeparators(path),
                                                                           file.errorString()));
        written.append({{QStringLiteral("document_id"), link.documentId}, {QStringLiteral("file"), path}});
    }
    m_context.output().printList(written, {QStringLiteral("document_id"), QStringLiteral("file")});
    return ExitOk;
}

} // namespace kessai::cli
