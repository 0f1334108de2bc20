// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RecordsCommands.h"

#include "cli/CliContext.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/records/FilingClassCsvImporter.h"
#include "core/records/FilingClassStore.h"
#include "core/records/FileRegister.h"
#include "core/records/RecordDisposal.h"
#include "core/records/RecordHolds.h"
#include "core/records/RecordsRegister.h"
#include "core/records/RetentionRules.h"
#include "core/records/TransferPackage.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace kessai::cli {

namespace {
const auto kUnit = QStringLiteral("unit");
const auto kYear = QStringLiteral("year");
const auto kReason = QStringLiteral("reason");

QJsonObject filingClassJson(const FilingClass &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("parent"), c.parentCode},
            {QStringLiteral("depth"), c.depth},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("retention"), c.retention ? RecordTerms::code(*c.retention) : QString()},
            {QStringLiteral("disposition"), c.disposition ? toCode(*c.disposition) : QString()}};
}

QJsonObject fileJson(const RecordFile &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("fiscal_year"), f.fiscalYear},
            {QStringLiteral("unit"), f.unitName},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("major_class"), f.majorClass},
            {QStringLiteral("middle_class"), f.middleClass},
            {QStringLiteral("retention"), RecordTerms::code(f.retention)},
            {QStringLiteral("starts_on"), f.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("expires_on"), f.expiresOn.toString(Qt::ISODate)},
            {QStringLiteral("disposition"), toCode(f.disposition)},
            {QStringLiteral("medium"), RecordTerms::code(f.medium)},
            {QStringLiteral("location"), f.location},
            {QStringLiteral("status"), RecordTerms::code(f.lifecycle)},
            {QStringLiteral("documents"), f.documentCount}};
}

const QStringList &fileColumns()
{
    static const QStringList columns{QStringLiteral("id"),         QStringLiteral("fiscal_year"),
                                     QStringLiteral("unit"),       QStringLiteral("name"),
                                     QStringLiteral("retention"),  QStringLiteral("expires_on"),
                                     QStringLiteral("disposition"), QStringLiteral("status"),
                                     QStringLiteral("documents")};
    return columns;
}

std::optional<Disposition> dispositionOption(const QString &text)
{
    if (text == QLatin1String("destroy") || text == QStringLiteral("廃棄"))
        return Disposition::Destroy;
    if (text == QLatin1String("transfer") || text == QStringLiteral("移管"))
        return Disposition::Transfer;
    if (text == QLatin1String("extend") || text == QStringLiteral("延長"))
        return Disposition::Extend;
    return std::nullopt;
}

QList<qint64> positiveNumbers(const QStringList &positional, int from, const QString &name, const QString &command)
{
    QList<qint64> numbers;
    for (int i = from; i < positional.size(); ++i)
        numbers.append(CliContext::positiveNumber(positional, i, name, command));
    return numbers;
}
} // namespace

RecordsCommands::RecordsCommands(CliContext &context)
    : m_context(context)
{}

bool RecordsCommands::handles(const QString &command)
{
    static const QStringList commands{QStringLiteral("classify"), QStringLiteral("file"), QStringLiteral("disposal"),
                                      QStringLiteral("hold"), QStringLiteral("register")};
    return commands.contains(command);
}

int RecordsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("classify"))
        return classify(arguments);
    if (command == QLatin1String("file"))
        return file(arguments);
    if (command == QLatin1String("disposal"))
        return disposal(arguments);
    if (command == QLatin1String("hold"))
        return hold(arguments);
    if (arguments.value(0) == QLatin1String("export"))
        return registerExport(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("register"), {QStringLiteral("export")}, arguments);
}

qint64 RecordsCommands::unitOption(StoreConnection &connection, const Session &session, const QString &code)
{
    if (code.trimmed().isEmpty())
        return FilingClassStore(connection).divisionOf(session.user().unitId);
    const auto unit = OrgStore(connection).unitByCode(code.trimmed());
    if (!unit)
        throw StoreError(StoreError::Kind::BadData, tr("--unit: no unit with code \"%1\"").arg(code.trimmed()));
    return unit->id;
}

// ------------------------------------------------------------------ classify
int RecordsCommands::classify(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return classifyList(arguments.mid(1));
    if (sub == QLatin1String("add"))
        return classifyAdd(arguments.mid(1));
    if (sub == QLatin1String("import"))
        return classifyImport(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("classify"),
                               {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("import")}, arguments);
}

int RecordsCommands::classifyList(const QStringList &arguments)
{
    const QString command = QStringLiteral("classify list");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists a 課's 文書分類表, parents before their children: id, code, parent, depth, "
                                        "name, retention, disposition."));
    parser.addOption({kUnit, tr("Code of the 課 (default: yours)."), tr("code")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    QList<QJsonObject> rows;
    for (const FilingClass &c : FilingClassStore(*connection).list(unitOption(*connection, session, parser.value(kUnit))))
        rows.append(filingClassJson(c));
    m_context.output().printList(rows, {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("parent"),
                                        QStringLiteral("depth"), QStringLiteral("name"), QStringLiteral("retention"),
                                        QStringLiteral("disposition")});
    return ExitOk;
}

int RecordsCommands::classifyAdd(const QStringList &arguments)
{
    const QString command = QStringLiteral("classify add");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds an entry to a 課's 文書分類表 (文書管理者). A leaf needs --retention "
                                        "(1年未満, 1, 3, 5, 10, 30, 常用) and --disposition (transfer or destroy)."));
    parser.addOption({QStringLiteral("code"), tr("Its code."), tr("code")});
    parser.addOption({QStringLiteral("name"), tr("Its name."), tr("name")});
    parser.addOption({QStringLiteral("parent"), tr("Code of the entry above it (none: a 大分類)."), tr("code")});
    parser.addOption({QStringLiteral("retention"), tr("Default 保存期間."), tr("period")});
    parser.addOption({QStringLiteral("disposition"), tr("Default 措置 at expiry: transfer or destroy."), tr("action")});
    parser.addOption({kUnit, tr("Code of the 課 (default: yours)."), tr("code")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    FilingClass c;
    c.code = m_context.required(parser, QStringLiteral("code"), command);
    c.name = m_context.required(parser, QStringLiteral("name"), command);
    c.parentCode = parser.value(QStringLiteral("parent"));
    if (parser.isSet(QStringLiteral("retention"))) {
        c.retention = RecordTerms::retentionFromText(parser.value(QStringLiteral("retention")));
        if (!c.retention)
            throw CliContext::usageError(tr("--retention \"%1\" is not a retention period").arg(parser.value(QStringLiteral("retention"))),
                                         command);
    }
    if (parser.isSet(QStringLiteral("disposition"))) {
        c.disposition = dispositionOption(parser.value(QStringLiteral("disposition")));
        if (!c.disposition || *c.disposition == Disposition::Extend)
            throw CliContext::usageError(tr("--disposition is transfer or destroy"), command);
    }
    if (c.retention.has_value() != c.disposition.has_value())
        throw CliContext::usageError(tr("a leaf needs both --retention and --disposition"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    FilingClassStore store(*connection);
    c.id = store.add(session, unitOption(*connection, session, parser.value(kUnit)), c);
    m_context.output().printRecord(filingClassJson(*store.byId(c.id)), {QStringLiteral("id"), QStringLiteral("code")});
    return ExitOk;
}

int RecordsCommands::classifyImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("classify import");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports a 課's 文書分類表 from CSV, all or nothing (columns code, parent, name, "
                                        "retention, disposition, or 分類コード, 上位コード, 名称, 保存期間, 満了時の措置)."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The CSV file."));
    parser.addOption({kUnit, tr("Code of the 課 (default: yours)."), tr("code")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        throw CliContext::usageError(tr("classify import needs FILE.csv"), command);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::BadData, tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    const QByteArray bytes = in.readAll();
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const int added = FilingClassCsvImporter(*connection)
                          .import(session, unitOption(*connection, session, parser.value(kUnit)), bytes,
                                  QFileInfo(path).fileName());
    m_context.output().printResult(tr("%1 entries added to the 文書分類表").arg(added), {{QStringLiteral("added"), added}});
    return ExitOk;
}

// ------------------------------------------------------------------ file
int RecordsCommands::file(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return fileList(rest, false);
    if (sub == QLatin1String("expiring"))
        return fileList(rest, true);
    if (sub == QLatin1String("create"))
        return fileCreate(rest);
    if (sub == QLatin1String("close"))
        return fileClose(rest);
    if (sub == QLatin1String("move"))
        return fileMove(rest);
    if (sub == QLatin1String("new-year"))
        return fileNewYear(rest);
    if (sub == QLatin1String("reassign"))
        return fileReassign(rest);
    if (sub == QLatin1String("history"))
        return fileHistory(rest);
    if (sub == QLatin1String("transfer"))
        return fileTransfer(rest);
    return m_context.groupHelp(QStringLiteral("file"),
                               {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("close"),
                                QStringLiteral("move"), QStringLiteral("new-year"), QStringLiteral("expiring"),
                                QStringLiteral("reassign"), QStringLiteral("history"), QStringLiteral("transfer")},
                               arguments);
}

int RecordsCommands::fileList(const QStringList &arguments, bool expiring)
{
    const QString command = expiring ? QStringLiteral("file expiring") : QStringLiteral("file list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        expiring ? tr("Lists the closed 簿冊 whose 満了日 falls before the end of the next fiscal year (or within N days): "
                      "is the 措置 still right?")
                 : tr("Lists 簿冊: id, fiscal_year, unit, name, retention, expires_on, disposition, status, documents."));
    if (expiring) {
        parser.addOption({QStringLiteral("within-days"), tr("Look N days ahead instead."), tr("N")});
    } else {
        parser.addOption({kUnit, tr("Code of the 課 (default: every 課)."), tr("code")});
        parser.addOption({kYear, tr("Fiscal year (default: every year)."), tr("year")});
    }
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    FileRegister files(*connection);
    QList<RecordFile> list;
    if (expiring) {
        QDate until;
        if (parser.isSet(QStringLiteral("within-days"))) {
            bool ok = false;
            const int days = parser.value(QStringLiteral("within-days")).toInt(&ok);
            if (!ok || days < 0)
                throw CliContext::usageError(tr("--within-days is a number of days"), command);
            until = QDate::currentDate().addDays(days);
        }
        list = files.expiring(until);
    } else {
        const qint64 unit = parser.isSet(kUnit) ? unitOption(*connection, session, parser.value(kUnit)) : 0;
        list = files.list(unit, parser.value(kYear).toInt());
    }
    QList<QJsonObject> rows;
    for (const RecordFile &f : std::as_const(list))
        rows.append(fileJson(f));
    m_context.output().printList(rows, fileColumns());
    return ExitOk;
}

int RecordsCommands::fileCreate(const QStringList &arguments)
{
    const QString command = QStringLiteral("file create");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a 簿冊 from a leaf of the 文書分類表 (文書管理者); its 保存期間 and 措置 "
                                        "default to the leaf's, its 起算日 and 満了日 follow from the rules."));
    parser.addOption({QStringLiteral("name"), tr("Its name."), tr("name")});
    parser.addOption({QStringLiteral("class"), tr("Code of the 分類表 leaf."), tr("code")});
    parser.addOption({kYear, tr("Fiscal year (default: this one)."), tr("year")});
    parser.addOption({kUnit, tr("Code of the 課 (default: yours)."), tr("code")});
    parser.addOption({QStringLiteral("retention"), tr("A longer 保存期間 than the leaf's."), tr("period")});
    parser.addOption({QStringLiteral("medium"), tr("electronic, paper or mixed."), tr("medium")});
    parser.addOption({QStringLiteral("location"), tr("保存場所."), tr("text")});
    parser.addOption({QStringLiteral("note"), tr("備考."), tr("text")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const QString name = m_context.required(parser, QStringLiteral("name"), command);
    const QString classCode = m_context.required(parser, QStringLiteral("class"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    RecordFileDraft draft;
    draft.unitId = unitOption(*connection, session, parser.value(kUnit));
    draft.fiscalYear = parser.isSet(kYear) ? parser.value(kYear).toInt() : FiscalYear::of(QDate::currentDate());
    draft.name = name;
    const auto leaf = FilingClassStore(*connection).byCode(draft.unitId, classCode);
    if (!leaf)
        throw StoreError(StoreError::Kind::BadData, tr("--class: no classification \"%1\" in this 課").arg(classCode));
    draft.filingClassId = leaf->id;
    if (parser.isSet(QStringLiteral("retention"))) {
        draft.retention = RecordTerms::retentionFromText(parser.value(QStringLiteral("retention")));
        if (!draft.retention)
            throw CliContext::usageError(tr("--retention \"%1\" is not a retention period").arg(parser.value(QStringLiteral("retention"))),
                                         command);
    }
    if (parser.isSet(QStringLiteral("medium"))) {
        const auto medium = RecordTerms::mediumFromCode(parser.value(QStringLiteral("medium")));
        if (!medium)
            throw CliContext::usageError(tr("--medium is electronic, paper or mixed"), command);
        draft.medium = *medium;
    }
    draft.location = parser.value(QStringLiteral("location"));
    draft.note = parser.value(QStringLiteral("note"));
    FileRegister files(*connection);
    const qint64 id = files.create(session, draft);
    m_context.output().printRecord(fileJson(*files.byId(id)), fileColumns());
    return ExitOk;
}

int RecordsCommands::fileClose(const QStringList &arguments)
{
    const QString command = QStringLiteral("file close");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Closes a 簿冊 (完結): its 起算日 and 満了日 are fixed by its documents' dates."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("FILE"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    FileRegister files(*connection);
    files.close(session, id);
    m_context.output().printRecord(fileJson(*files.byId(id)), fileColumns());
    return ExitOk;
}

int RecordsCommands::fileMove(const QStringList &arguments)
{
    const QString command = QStringLiteral("file move");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Moves a document into another open 簿冊 of its 課 (文書管理者)."));
    parser.addPositionalArgument(QStringLiteral("DOC"), tr("The document's id."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    if (!m_context.parse(parser, command, arguments, 2))
        return ExitOk;
    const qint64 doc = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("DOC"), command);
    const qint64 fileId = CliContext::positiveNumber(parser.positionalArguments(), 1, QStringLiteral("FILE"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    FileRegister(*connection).moveDocument(session, doc, fileId);
    m_context.output().printResult(tr("document %1 is now in 簿冊 %2").arg(doc).arg(fileId),
                                   {{QStringLiteral("document"), doc}, {QStringLiteral("file"), fileId}});
    return ExitOk;
}

int RecordsCommands::fileNewYear(const QStringList &arguments)
{
    const QString command = QStringLiteral("file new-year");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("新年度の簿冊を作成: last year's 簿冊 made from the 分類表, again for the new year."));
    parser.addOption({kYear, tr("The new fiscal year (default: this one)."), tr("year")});
    parser.addOption({kUnit, tr("Code of the 課 (default: every 課)."), tr("code")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const int year = parser.isSet(kYear) ? parser.value(kYear).toInt() : FiscalYear::of(QDate::currentDate());
    const qint64 unit = parser.isSet(kUnit) ? unitOption(*connection, session, parser.value(kUnit)) : 0;
    FileRegister files(*connection);
    const QList<qint64> created = files.createNewYear(session, year, unit);
    QList<QJsonObject> rows;
    for (qint64 id : created)
        rows.append(fileJson(*files.byId(id)));
    m_context.output().printList(rows, fileColumns());
    return ExitOk;
}

int RecordsCommands::fileReassign(const QStringList &arguments)
{
    const QString command = QStringLiteral("file reassign");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("After a 組織改編: hands 簿冊 (all of the former 課's, or those named) to the "
                                        "successor 課, recorded in their history."));
    parser.addOption({QStringLiteral("from"), tr("Code of the former 課."), tr("code")});
    parser.addOption({QStringLiteral("to"), tr("Code of the successor 課."), tr("code")});
    parser.addOption({kReason, tr("Why (e.g. 令和8年度組織改編)."), tr("text")});
    parser.addPositionalArgument(QStringLiteral("FILE..."), tr("Only these 簿冊."));
    if (!m_context.parse(parser, command, arguments, 10000))
        return ExitOk;
    const QString fromCode = m_context.required(parser, QStringLiteral("from"), command);
    const QString toCode = m_context.required(parser, QStringLiteral("to"), command);
    const QList<qint64> ids = positiveNumbers(parser.positionalArguments(), 0, QStringLiteral("FILE"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const int moved = FileRegister(*connection)
                          .reassign(session, unitOption(*connection, session, fromCode),
                                    unitOption(*connection, session, toCode), ids, parser.value(kReason));
    m_context.output().printResult(tr("%1 簿冊 handed to %2").arg(moved).arg(toCode), {{QStringLiteral("moved"), moved}});
    return ExitOk;
}

int RecordsCommands::fileHistory(const QStringList &arguments)
{
    const QString command = QStringLiteral("file history");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What happened to a 簿冊: 完結, 延長, 移管, 廃棄, moves to a successor 課."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("FILE"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    QList<QJsonObject> rows;
    for (const FileRegister::HistoryEntry &h : FileRegister(*connection).history(id))
        rows.append({{QStringLiteral("event"), h.event},
                     {QStringLiteral("at"), h.occurredAt},
                     {QStringLiteral("by"), h.actorLogin},
                     {QStringLiteral("request"), h.requestId},
                     {QStringLiteral("old_expires_on"), h.oldExpiresOn},
                     {QStringLiteral("new_expires_on"), h.newExpiresOn},
                     {QStringLiteral("reason"), h.reason}});
    m_context.output().printList(rows, {QStringLiteral("event"), QStringLiteral("at"), QStringLiteral("by"),
                                        QStringLiteral("request"), QStringLiteral("new_expires_on"), QStringLiteral("reason")});
    return ExitOk;
}

int RecordsCommands::fileTransfer(const QStringList &arguments)
{
    const QString command = QStringLiteral("file transfer");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the 移管 package of a 簿冊 whose 移管 was decided (a folder with every "
                                        "document's cover and attachments, manifest.json and SHA256SUMS), then marks it 移管済."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    parser.addOption({QStringLiteral("out"), tr("The folder to write the package in."), tr("dir")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("FILE"), command);
    const QString out = m_context.required(parser, QStringLiteral("out"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const auto f = FileRegister(*connection).byId(id);
    if (!f || f->state != FileState::TransferPending)
        throw StoreError(StoreError::Kind::Refused, tr("簿冊 %1 has no decided 移管 waiting for its package").arg(id));
    const QString folder = TransferPackage(*connection).write(id, out);
    RecordDisposal(*connection).markTransferred(session, id, folder);
    m_context.output().printResult(tr("簿冊 %1 transferred: %2").arg(id).arg(QDir::toNativeSeparators(folder)),
                                   {{QStringLiteral("file"), id}, {QStringLiteral("package"), folder}});
    return ExitOk;
}

// ------------------------------------------------------------------ disposal, hold, register
int RecordsCommands::disposal(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("draft"))
        return m_context.groupHelp(QStringLiteral("disposal"), {QStringLiteral("draft")}, arguments);
    const QString command = QStringLiteral("disposal draft");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Drafts the 廃棄 / 移管 / 延長 伺い listing the 簿冊; submit it (kessai-cli submit) "
                                        "and it is decided like any document. Its 決裁 carries it out. Prints its id."));
    parser.addPositionalArgument(QStringLiteral("FILE..."), tr("The 簿冊's ids."));
    parser.addOption({QStringLiteral("action"), tr("destroy (default), transfer or extend."), tr("action")});
    parser.addOption({QStringLiteral("years"), tr("For extend: the years to add."), tr("N")});
    parser.addOption({kReason, tr("Why (needed for extend)."), tr("text")});
    parser.addOption({QStringLiteral("into"), tr("The 簿冊 to file the 伺い in (default: an open one of your 課)."), tr("file")});
    if (!m_context.parse(parser, command, arguments.mid(1), 10000))
        return ExitOk;
    const auto action = dispositionOption(parser.isSet(QStringLiteral("action")) ? parser.value(QStringLiteral("action"))
                                                                                 : QStringLiteral("destroy"));
    if (!action)
        throw CliContext::usageError(tr("--action is destroy, transfer or extend"), command);
    const QList<qint64> ids = positiveNumbers(parser.positionalArguments(), 0, QStringLiteral("FILE"), command);
    if (ids.isEmpty())
        throw CliContext::usageError(tr("disposal draft needs at least one FILE"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const qint64 doc = RecordDisposal(*connection)
                           .draft(session, *action, ids, parser.value(kReason), parser.value(QStringLiteral("years")).toInt(),
                                  parser.value(QStringLiteral("into")).toLongLong());
    m_context.output().printResult(QString::number(doc), {{QStringLiteral("id"), doc}});
    return ExitOk;
}

int RecordsCommands::hold(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QString command = QStringLiteral("hold ") + sub;
    QCommandLineParser parser;
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(tr("Places a hold (訴訟・情報公開請求対応) on a 簿冊 or a document: no 廃棄 until it "
                                            "is lifted. Prints its id."));
        parser.addOption({QStringLiteral("file"), tr("The 簿冊's id."), tr("id")});
        parser.addOption({QStringLiteral("doc"), tr("The document's id."), tr("id")});
        parser.addOption({kReason, tr("Why."), tr("text")});
    } else if (sub == QLatin1String("remove")) {
        parser.setApplicationDescription(tr("Lifts a hold (it stays on record)."));
        parser.addPositionalArgument(QStringLiteral("HOLD"), tr("The hold's id."));
        parser.addOption({kReason, tr("Why."), tr("text")});
    } else if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("Lists the holds in force: id, file, document, reason, placed_by, placed_at."));
    } else {
        return m_context.groupHelp(QStringLiteral("hold"), {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("list")},
                                   arguments);
    }
    if (!m_context.parse(parser, command, arguments.mid(1), sub == QLatin1String("remove") ? 1 : 0))
        return ExitOk;
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    RecordHolds holds(*connection);
    if (sub == QLatin1String("add")) {
        const QString reason = m_context.required(parser, kReason, command);
        const qint64 fileId = parser.value(QStringLiteral("file")).toLongLong();
        const qint64 docId = parser.value(QStringLiteral("doc")).toLongLong();
        if ((fileId > 0) == (docId > 0))
            throw CliContext::usageError(tr("hold add needs --file or --doc (one of them)"), command);
        const qint64 id = fileId ? holds.placeOnFile(session, fileId, reason) : holds.placeOnDocument(session, docId, reason);
        m_context.output().printResult(QString::number(id), {{QStringLiteral("id"), id}});
    } else if (sub == QLatin1String("remove")) {
        const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("HOLD"), command);
        holds.lift(session, id, parser.value(kReason));
        m_context.output().printResult(tr("hold %1 lifted").arg(id), {{QStringLiteral("id"), id}});
    } else {
        QList<QJsonObject> rows;
        for (const RecordHolds::Hold &h : holds.active())
            rows.append({{QStringLiteral("id"), h.id},
                         {QStringLiteral("file"), h.fileId},
                         {QStringLiteral("document"), h.documentId},
                         {QStringLiteral("reason"), h.reason},
                         {QStringLiteral("placed_by"), h.placedBy},
                         {QStringLiteral("placed_at"), h.placedAt}});
        m_context.output().printList(rows, {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("document"),
                                            QStringLiteral("reason"), QStringLiteral("placed_by"), QStringLiteral("placed_at")});
    }
    return ExitOk;
}

int RecordsCommands::registerExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("register export");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports the 行政文書ファイル管理簿 in the national column order: --csv (UTF-8 with "
                                        "BOM, for Excel) or --html (printable)."));
    parser.addOption({QStringLiteral("csv"), tr("Write CSV to this file."), tr("file")});
    parser.addOption({QStringLiteral("html"), tr("Write a printable page to this file."), tr("file")});
    parser.addOption({kUnit, tr("Code of the 課 (default: every 課)."), tr("code")});
    parser.addOption({kYear, tr("Fiscal year (default: every year)."), tr("year")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    if (!parser.isSet(QStringLiteral("csv")) && !parser.isSet(QStringLiteral("html")))
        throw CliContext::usageError(tr("register export needs --csv FILE or --html FILE"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const qint64 unit = parser.isSet(kUnit) ? unitOption(*connection, session, parser.value(kUnit)) : 0;
    const QList<RecordFile> files = FileRegister(*connection).list(unit, parser.value(kYear).toInt());
    if (parser.isSet(QStringLiteral("csv")))
        RecordsRegister::save(parser.value(QStringLiteral("csv")), files, false, {});
    if (parser.isSet(QStringLiteral("html")))
        RecordsRegister::save(parser.value(QStringLiteral("html")), files, true, tr("行政文書ファイル管理簿"));
    m_context.output().printResult(tr("%1 簿冊 in the register").arg(files.size()),
                                   {{QStringLiteral("files"), static_cast<int>(files.size())}});
    return ExitOk;
}

} // namespace kessai::cli
