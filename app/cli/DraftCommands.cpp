// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DraftCommands.h"

#include "cli/AttachmentCommands.h"
#include "cli/CliContext.h"
#include "cli/FileAttacher.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DecisionKindList.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FilingCatalog.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QStringDecoder>

#include <climits>
#include <cstdio>

namespace kessai::cli {

namespace {
const auto kTitle = QStringLiteral("title");
const auto kKind = QStringLiteral("kind");
const auto kBodyFile = QStringLiteral("body-file");
const auto kUnit = QStringLiteral("unit");
const auto kLevel = QStringLiteral("level");
const auto kFile = QStringLiteral("file");
// --kind was already 決裁/報告 (DocumentKind): the 文書の種類 of the rate has its own option
const auto kDecisionKind = QStringLiteral("decision-kind");

std::optional<DocumentKind> parseKind(const QString &text)
{
    if (text == QStringLiteral("決裁") || text.compare(QLatin1String("decision"), Qt::CaseInsensitive) == 0)
        return DocumentKind::Decision;
    if (text == QStringLiteral("報告") || text == QStringLiteral("供覧") ||
        text.compare(QLatin1String("report"), Qt::CaseInsensitive) == 0)
        return DocumentKind::Report;
    return std::nullopt;
}

/// The decision kind (文書の種類) named by code or name; 0 for an empty text (none recorded).
qint64 decisionKindId(StoreConnection &connection, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    DecisionKindList list(connection);
    const std::optional<DecisionKind> kind = list.byCodeOrName(text);
    if (!kind || !kind->active) {
        QStringList names;
        for (const DecisionKind &known : list.kinds())
            names << known.code;
        throw StoreError(StoreError::Kind::BadData,
                         DraftCommands::tr("--decision-kind: \"%1\" is not a kind in force; there are: %2")
                             .arg(text.trimmed(), names.join(QStringLiteral(", "))));
    }
    return kind->id;
}
} // namespace

DraftCommands::DraftCommands(CliContext &context)
    : m_context(context)
{}

int DraftCommands::draft(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("create"))
        return create(arguments.mid(1));
    if (sub == QLatin1String("copy"))
        return copy(arguments.mid(1));
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("draft"),
                               {QStringLiteral("create"), QStringLiteral("copy"), QStringLiteral("set")},
                               arguments);
}

QString DraftCommands::readBody(const QString &path) const
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        throw CliError::failed(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw CliError::failed(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw CliError::failed(tr("%1: is not UTF-8 text").arg(path));
    return text;
}

int DraftCommands::create(const QStringList &arguments)
{
    const QString command = QStringLiteral("draft create");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a draft (起案中) and attaches the files in the order given; a folder adds its files "
           "recursively in natural name order (2 before 10). Prints the new document's id. Every file is "
           "checked first: if one is missing, unreadable, empty or too large, nothing is created."));
    parser.addOption({kTitle, tr("The title (件名); required."), tr("title")});
    parser.addOption({kKind, tr("決裁 (decision, the default) or 報告 (report)."), tr("kind")});
    parser.addOption(
        {kBodyFile, tr("A UTF-8 text file with the body (伺い文); \"-\" reads standard input."), tr("file")});
    parser.addOption({kUnit, tr("Code of the unit drafting it (default: yours)."), tr("code")});
    parser.addOption({kDecisionKind,
                      tr("The 文書の種類 the 電子決裁率 is read by, by code or name (kessai-cli stats kinds); "
                         "\"\" for none."),
                      tr("kind")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("Files and folders to attach."),
                                 tr("[FILE...]"));
    if (!m_context.parse(parser, command, arguments, INT_MAX))
        return ExitOk;

    DocumentRecord draft;
    draft.title = m_context.required(parser, kTitle, command);
    if (parser.isSet(kKind)) {
        const auto kind = parseKind(parser.value(kKind).trimmed());
        if (!kind)
            throw CliContext::usageError(
                tr("--kind \"%1\" is not 決裁 (decision) or 報告 (report)").arg(parser.value(kKind)),
                command);
        draft.kind = *kind;
    }
    if (parser.isSet(kBodyFile))
        draft.body = readBody(parser.value(kBodyFile));
    const QList<QByteArray> paths = m_context.rawPaths(parser.positionalArguments());

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const QString unitCode = parser.value(kUnit).trimmed();
    if (!unitCode.isEmpty()) {
        const auto unit = OrgStore(*connection).unitByCode(unitCode);
        if (!unit)
            throw StoreError(StoreError::Kind::BadData, tr("--unit: no unit with code \"%1\"").arg(unitCode));
        draft.unitId = unit->id;
    }
    if (parser.isSet(kDecisionKind))
        draft.decisionKindId = decisionKindId(*connection, parser.value(kDecisionKind));
    // Every file is checked before the first write: a bad one leaves no draft behind.
    const QList<AttachmentFile> files =
        FileAttacher::inspect(paths, AttachmentStore(*connection).sizeLimit());
    std::vector<StagedBlob> staged = FileAttacher::stage(*connection, files);
    Transaction transaction(*connection);
    const qint64 id = DocumentStore(*connection).createDraft(session, draft);
    const QList<AttachmentRecord> attached = FileAttacher::attach(session, *connection, id, files, staged);
    transaction.commit();
    m_context.output().printResult(
        QString::number(id),
        {{QStringLiteral("id"), id}, {QStringLiteral("attachments"), int(attached.size())}});
    return ExitOk;
}

int DraftCommands::set(const QStringList &arguments)
{
    const QString command = QStringLiteral("draft set");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes one of your drafts (起案中 or 差戻し): what is given is replaced, the rest stays. "
           "Prints the draft's new row version."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the draft."), tr("DOC"));
    parser.addOption({kTitle, tr("The title (件名)."), tr("title")});
    parser.addOption({kKind, tr("決裁 (decision) or 報告 (report)."), tr("kind")});
    parser.addOption(
        {kBodyFile, tr("A UTF-8 text file with the body (伺い文); \"-\" reads standard input."), tr("file")});
    parser.addOption({kLevel, tr("The 決裁区分, by code or name (e.g. 課長専決)."), tr("level")});
    parser.addOption({kFile, tr("The 簿冊 of the draft's unit and fiscal year, by id or name."), tr("file")});
    parser.addOption({kDecisionKind,
                      tr("The 文書の種類 the 電子決裁率 is read by, by code or name (kessai-cli stats kinds); "
                         "\"\" for none."),
                      tr("kind")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    std::optional<DocumentKind> kind;
    if (parser.isSet(kKind)) {
        kind = parseKind(parser.value(kKind).trimmed());
        if (!kind)
            throw CliContext::usageError(
                tr("--kind \"%1\" is not 決裁 (decision) or 報告 (report)").arg(parser.value(kKind)),
                command);
    }
    const QString body = parser.isSet(kBodyFile) ? readBody(parser.value(kBodyFile)) : QString();

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    DocumentStore documents(*connection);
    auto draft = documents.document(id);
    if (!draft)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(id));
    if (parser.isSet(kTitle))
        draft->title = parser.value(kTitle);
    if (kind)
        draft->kind = *kind;
    if (parser.isSet(kBodyFile))
        draft->body = body;
    FilingCatalog catalog(*connection);
    if (parser.isSet(kLevel)) {
        const QString wanted = parser.value(kLevel).trimmed();
        QStringList names;
        bool found = false;
        for (const FilingCatalog::DecisionLevel &level : catalog.decisionLevels()) {
            names.append(level.name);
            if (level.code == wanted || level.name == wanted) {
                draft->decisionLevelId = level.id;
                found = true;
            }
        }
        if (!found)
            throw StoreError(StoreError::Kind::BadData, tr("--level: no 決裁区分 \"%1\"; there are: %2")
                                                            .arg(wanted, names.join(QStringLiteral(", "))));
    }
    if (parser.isSet(kFile)) {
        const QString wanted = parser.value(kFile).trimmed();
        const int fiscalYear = FiscalYear::of(draft->createdAt.toLocalTime().date());
        QStringList names;
        bool found = false;
        for (const FilingCatalog::FileEntry &entry : catalog.files(draft->unitId, fiscalYear)) {
            names.append(entry.name);
            if (entry.name == wanted || QString::number(entry.id) == wanted) {
                draft->fileId = entry.id;
                found = true;
            }
        }
        // A 簿冊 given by id that exists but is closed says so, rather than "not found".
        bool isId = false;
        const qint64 wantedId = wanted.toLongLong(&isId);
        if (!found && isId && wantedId > 0) {
            if (const QString why = catalog.filingRefusal(wantedId); !why.isEmpty())
                throw StoreError(StoreError::Kind::Refused, tr("--file %1: %2").arg(wanted, why));
        }
        if (!found)
            throw StoreError(StoreError::Kind::BadData,
                             tr("--file: no open 簿冊 \"%1\" for %2 in fiscal year %3; the open ones are: %4")
                                 .arg(wanted, draft->unitName)
                                 .arg(fiscalYear)
                                 .arg(names.isEmpty() ? tr("(none open)") : names.join(QStringLiteral(", "))));
    }
    if (parser.isSet(kDecisionKind))
        draft->decisionKindId = decisionKindId(*connection, parser.value(kDecisionKind));
    const int rowVersion = documents.updateDraft(session, *draft);
    m_context.output().printResult(QString::number(rowVersion),
                                   {{QStringLiteral("id"), id}, {QStringLiteral("row_version"), rowVersion}});
    return ExitOk;
}

int DraftCommands::copy(const QStringList &arguments)
{
    const QString command = QStringLiteral("draft copy");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("引用起案: starts a new draft of yours with the fields and attachments of an existing document "
           "(the attachments' content is shared, not copied). Prints the new document's id."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document to copy."), tr("DOC"));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 source = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const qint64 id = DocumentStore(*connection).copyAsNewDraft(session, source);
    m_context.output().printResult(QString::number(id),
                                   {{QStringLiteral("id"), id}, {QStringLiteral("source_id"), source}});
    return ExitOk;
}

int DraftCommands::attach(const QStringList &arguments)
{
    const QString command = QStringLiteral("attach");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Attaches files to one of your drafts (起案中 or 差戻し), after the ones it has, in the order "
           "given; a folder adds its files recursively in natural name order. Every file is checked "
           "first: if one is bad, nothing is attached. Prints the attachments added: position, name, "
           "MIME type, size, SHA-256."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the draft."), tr("DOC"));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Files and folders to attach."), tr("FILE..."));
    if (!m_context.parse(parser, command, arguments, INT_MAX))
        return ExitOk;
    QStringList positional = parser.positionalArguments();
    const qint64 documentId = CliContext::positiveNumber(positional, 0, tr("DOC"), command);
    if (positional.size() < 2)
        throw CliContext::usageError(tr("attach needs at least one FILE"), command);
    const QList<QByteArray> paths = m_context.rawPaths(positional.mid(1));

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AttachmentStore store(*connection);
    store.requireEditable(session, documentId);
    const QList<AttachmentFile> files = FileAttacher::inspect(paths, store.sizeLimit());
    std::vector<StagedBlob> staged = FileAttacher::stage(*connection, files);
    Transaction transaction(*connection);
    const QList<AttachmentRecord> attached =
        FileAttacher::attach(session, *connection, documentId, files, staged);
    transaction.commit();
    QList<QJsonObject> rows;
    for (const AttachmentRecord &attachment : attached)
        rows.append(AttachmentCommands::attachmentJson(attachment));
    m_context.output().printList(rows, AttachmentCommands::attachmentColumns());
    return ExitOk;
}

} // namespace kessai::cli
