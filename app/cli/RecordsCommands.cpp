// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RecordsCommands.h"

#include "cli/CliContext.h"
#include "cli/RecordCommands.h"
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
#include <QTemporaryDir>

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

/// The store and the acting user's session, opened once a command's arguments are read.
struct ActingStore
{
    explicit ActingStore(const CliContext &context)
        : owned(context.connect())
        , db(*owned)
        , session(db, context.actAs())
    {}
    std::unique_ptr<StoreConnection> owned;
    StoreConnection &db;
    Session session;

    /// --unit CODE, or the 課 of the acting user.
    qint64 unit(const QString &code) const
    {
        if (code.trimmed().isEmpty())
            return FilingClassStore(db).divisionOf(session.user().unitId);
        const auto found = OrgStore(db).unitByCode(code.trimmed());
        if (!found)
            throw StoreError(StoreError::Kind::BadData, RecordsCommands::tr("--unit: no unit with code \"%1\"").arg(code.trimmed()));
        return found->id;
    }
};

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
    using Self = RecordsCommands;
    const auto bound = [this](int (Self::*method)(const QStringList &)) {
        return [this, method](const QStringList &rest) { return (this->*method)(rest); };
    };
    const QList<Subcommand> subcommands =
        command == QLatin1String("classify")
            ? QList<Subcommand>{{QStringLiteral("list"), bound(&Self::classifyList)},
                                {QStringLiteral("add"), bound(&Self::classifyAdd)},
                                {QStringLiteral("import"), bound(&Self::classifyImport)}}
        : command == QLatin1String("file")
            ? QList<Subcommand>{{QStringLiteral("list"), [this](const QStringList &rest) { return fileList(rest, false); }},
                                {QStringLiteral("create"), bound(&Self::fileCreate)},
                                {QStringLiteral("close"), bound(&Self::fileClose)},
                                {QStringLiteral("move"), bound(&Self::fileMove)},
                                {QStringLiteral("new-year"), bound(&Self::fileNewYear)},
                                {QStringLiteral("expiring"), [this](const QStringList &rest) { return fileList(rest, true); }},
                                {QStringLiteral("reassign"), bound(&Self::fileReassign)},
                                {QStringLiteral("history"), bound(&Self::fileHistory)},
                                {QStringLiteral("transfer"), bound(&Self::fileTransfer)}}
        : command == QLatin1String("disposal") ? QList<Subcommand>{{QStringLiteral("draft"), bound(&Self::disposalDraft)}}
        : command == QLatin1String("hold")
            ? QList<Subcommand>{{QStringLiteral("add"), bound(&Self::holdAdd)},
                                {QStringLiteral("remove"), bound(&Self::holdRemove)},
                                {QStringLiteral("list"), bound(&Self::holdList)}}
            : QList<Subcommand>{{QStringLiteral("export"), bound(&Self::registerExport)}};
    return dispatch(command, subcommands, arguments);
}

int RecordsCommands::dispatch(const QString &group, const QList<Subcommand> &subcommands, const QStringList &arguments)
{
    QStringList names;
    for (const Subcommand &sub : subcommands) {
        if (sub.name == arguments.value(0))
            return sub.handler(arguments.mid(1));
        names << sub.name;
    }
    return m_context.groupHelp(group, names, arguments);
}

std::optional<qint64> RecordsCommands::parseId(QCommandLineParser &parser, const QString &command,
                                               const QStringList &arguments, const QString &name)
{
    if (!m_context.parse(parser, command, arguments, 1))
        return std::nullopt;
    return CliContext::positiveNumber(parser.positionalArguments(), 0, name, command);
}

// ------------------------------------------------------------------ classify
int RecordsCommands::classifyList(const QStringList &arguments)
{
    const QString command = QStringLiteral("classify list");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists a 課's 文書分類表, parents before their children: id, code, parent, depth, "
                                        "name, retention, disposition."));
    parser.addOption({kUnit, tr("Code of the 課 (default: yours)."), tr("code")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const ActingStore store(m_context);
    QList<QJsonObject> rows;
    for (const FilingClass &c : FilingClassStore(store.db).list(store.unit(parser.value(kUnit))))
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
    const ActingStore store(m_context);
    FilingClassStore classes(store.db);
    c.id = classes.add(store.session, store.unit(parser.value(kUnit)), c);
    m_context.output().printRecord(filingClassJson(*classes.byId(c.id)), {QStringLiteral("id"), QStringLiteral("code")});
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
    const ActingStore store(m_context);
    const int added = FilingClassCsvImporter(store.db)
                          .import(store.session, store.unit(parser.value(kUnit)), bytes,
                                  QFileInfo(path).fileName());
    m_context.output().printResult(tr("%1 entries added to the 文書分類表").arg(added), {{QStringLiteral("added"), added}});
    return ExitOk;
}

// ------------------------------------------------------------------ file
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
    const ActingStore store(m_context);
    FileRegister files(store.db);
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
        const qint64 unit = parser.isSet(kUnit) ? store.unit(parser.value(kUnit)) : 0;
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
    const ActingStore store(m_context);
    RecordFileDraft draft;
    draft.unitId = store.unit(parser.value(kUnit));
    draft.fiscalYear = parser.isSet(kYear) ? parser.value(kYear).toInt() : FiscalYear::of(QDate::currentDate());
    draft.name = name;
    const auto leaf = FilingClassStore(store.db).byCode(draft.unitId, classCode);
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
    FileRegister files(store.db);
    const qint64 id = files.create(store.session, draft);
    m_context.output().printRecord(fileJson(*files.byId(id)), fileColumns());
    return ExitOk;
}

int RecordsCommands::fileClose(const QStringList &arguments)
{
    const QString command = QStringLiteral("file close");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Closes a 簿冊 (完結): its 起算日 and 満了日 are fixed by its documents' dates."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    const auto id = parseId(parser, command, arguments, QStringLiteral("FILE"));
    if (!id)
        return ExitOk;
    const ActingStore store(m_context);
    FileRegister files(store.db);
    files.close(store.session, *id);
    m_context.output().printRecord(fileJson(*files.byId(*id)), fileColumns());
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
    const ActingStore store(m_context);
    FileRegister(store.db).moveDocument(store.session, doc, fileId);
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
    const ActingStore store(m_context);
    const int year = parser.isSet(kYear) ? parser.value(kYear).toInt() : FiscalYear::of(QDate::currentDate());
    const qint64 unit = parser.isSet(kUnit) ? store.unit(parser.value(kUnit)) : 0;
    FileRegister files(store.db);
    const QList<qint64> created = files.createNewYear(store.session, year, unit);
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
    const ActingStore store(m_context);
    const int moved = FileRegister(store.db)
                          .reassign(store.session, store.unit(fromCode),
                                    store.unit(toCode), ids, parser.value(kReason));
    m_context.output().printResult(tr("%1 簿冊 handed to %2").arg(moved).arg(toCode), {{QStringLiteral("moved"), moved}});
    return ExitOk;
}

int RecordsCommands::fileHistory(const QStringList &arguments)
{
    const QString command = QStringLiteral("file history");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What happened to a 簿冊: 完結, 延長, 移管, 廃棄, moves to a successor 課."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    const auto id = parseId(parser, command, arguments, QStringLiteral("FILE"));
    if (!id)
        return ExitOk;
    const ActingStore store(m_context);
    QList<QJsonObject> rows;
    for (const FileRegister::HistoryEntry &h : FileRegister(store.db).history(*id))
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
    parser.setApplicationDescription(tr("Writes the 移管 package of a 簿冊 whose 移管 was decided (a folder, or with --zip "
                                        "one zip of it, holding every document's 原議 PDF (as export-pdf writes it), cover "
                                        "and attachments, manifest.json and SHA256SUMS), then marks it 移管済."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 簿冊's id."));
    parser.addOption({QStringLiteral("out"), tr("The folder to write the package in."), tr("dir")});
    parser.addOption({QStringLiteral("zip"), tr("Write one zip file instead of a folder.")});
    parser.addOption({QStringLiteral("timeout"), tr("Give up on a document's 原議 after this many seconds (default 600)."),
                      tr("SECONDS"), QStringLiteral("600")});
    const auto id = parseId(parser, command, arguments, QStringLiteral("FILE"));
    if (!id)
        return ExitOk;
    const QString out = m_context.required(parser, QStringLiteral("out"), command);
    const int timeout = parser.value(QStringLiteral("timeout")).toInt();
    if (timeout < 1)
        throw CliContext::usageError(tr("--timeout must be a positive number of seconds"), command);
    const ActingStore store(m_context);
    const auto f = FileRegister(store.db).byId(*id);
    if (!f || f->state != FileState::TransferPending)
        throw StoreError(StoreError::Kind::Refused, tr("簿冊 %1 has no decided 移管 waiting for its package").arg(*id));
    TransferPackage package(store.db);
    // Each document's 原議 first, with the writer export-pdf uses, into a private folder.
    QTemporaryDir records;
    if (!records.isValid())
        throw StoreError(StoreError::Kind::BadData, tr("no temporary folder for the 原議: %1").arg(records.errorString()));
    TransferPackage::Options options;
    options.zip = parser.isSet(QStringLiteral("zip"));
    RecordCommands pdf(m_context);
    for (qint64 doc : package.documentIds(*id)) {
        const QString path = records.filePath(QStringLiteral("%1.pdf").arg(doc));
        pdf.writeRecordPdf(doc, path, timeout, {});
        options.recordPdfs.insert(doc, path);
    }
    const QString written = package.write(*id, out, options);
    RecordDisposal(store.db).markTransferred(store.session, *id, written);
    m_context.output().printResult(tr("簿冊 %1 transferred: %2").arg(*id).arg(QDir::toNativeSeparators(written)),
                                   {{QStringLiteral("file"), *id},
                                    {QStringLiteral("package"), written},
                                    {QStringLiteral("documents"), int(options.recordPdfs.size())}});
    return ExitOk;
}

// ------------------------------------------------------------------ disposal, hold, register
int RecordsCommands::disposalDraft(const QStringList &arguments)
{
    const QString command = QStringLiteral("disposal draft");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Drafts the 廃棄 / 移管 / 延長 伺い listing the 簿冊; submit it (kessai-cli submit) "
                                        "and it is decided like any document. Its 決裁 carries it out. Prints its id."));
    parser.addPositionalArgument(QStringLiteral("FILE..."), tr("The 簿冊's ids."));
    parser.addOption({QStringLiteral("action"), tr("destroy (default), transfer or extend."), tr("action")});
    parser.addOption({QStringLiteral("years"), tr("For extend: the years to add."), tr("N")});
    parser.addOption({kReason, tr("Why (needed for extend)."), tr("text")});
    parser.addOption({QStringLiteral("into"), tr("The 簿冊 to file the 伺い in (default: an open one of your 課)."), tr("file")});
    if (!m_context.parse(parser, command, arguments, 10000))
        return ExitOk;
    const auto action = dispositionOption(parser.isSet(QStringLiteral("action")) ? parser.value(QStringLiteral("action"))
                                                                                 : QStringLiteral("destroy"));
    if (!action)
        throw CliContext::usageError(tr("--action is destroy, transfer or extend"), command);
    const QList<qint64> ids = positiveNumbers(parser.positionalArguments(), 0, QStringLiteral("FILE"), command);
    if (ids.isEmpty())
        throw CliContext::usageError(tr("disposal draft needs at least one FILE"), command);
    const ActingStore store(m_context);
    const qint64 doc = RecordDisposal(store.db)
                           .draft(store.session, *action, ids, parser.value(kReason), parser.value(QStringLiteral("years")).toInt(),
                                  parser.value(QStringLiteral("into")).toLongLong());
    m_context.output().printResult(QString::number(doc), {{QStringLiteral("id"), doc}});
    return ExitOk;
}

int RecordsCommands::holdAdd(const QStringList &arguments)
{
    const QString command = QStringLiteral("hold add");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Places a hold (訴訟・情報公開請求対応) on a 簿冊 or a document: no 廃棄 until it "
                                        "is lifted. Prints its id."));
    parser.addOption({QStringLiteral("file"), tr("The 簿冊's id."), tr("id")});
    parser.addOption({QStringLiteral("doc"), tr("The document's id."), tr("id")});
    parser.addOption({kReason, tr("Why."), tr("text")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const QString reason = m_context.required(parser, kReason, command);
    const qint64 fileId = parser.value(QStringLiteral("file")).toLongLong();
    const qint64 docId = parser.value(QStringLiteral("doc")).toLongLong();
    if ((fileId > 0) == (docId > 0))
        throw CliContext::usageError(tr("hold add needs --file or --doc (one of them)"), command);
    const ActingStore store(m_context);
    RecordHolds holds(store.db);
    const qint64 id = fileId ? holds.placeOnFile(store.session, fileId, reason) : holds.placeOnDocument(store.session, docId, reason);
    m_context.output().printResult(QString::number(id), {{QStringLiteral("id"), id}});
    return ExitOk;
}

int RecordsCommands::holdRemove(const QStringList &arguments)
{
    const QString command = QStringLiteral("hold remove");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lifts a hold (it stays on record)."));
    parser.addPositionalArgument(QStringLiteral("HOLD"), tr("The hold's id."));
    parser.addOption({kReason, tr("Why."), tr("text")});
    const auto id = parseId(parser, command, arguments, QStringLiteral("HOLD"));
    if (!id)
        return ExitOk;
    const ActingStore store(m_context);
    RecordHolds(store.db).lift(store.session, *id, parser.value(kReason));
    m_context.output().printResult(tr("hold %1 lifted").arg(*id), {{QStringLiteral("id"), *id}});
    return ExitOk;
}

int RecordsCommands::holdList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the holds in force: id, file, document, reason, placed_by, placed_at."));
    if (!m_context.parse(parser, QStringLiteral("hold list"), arguments))
        return ExitOk;
    const ActingStore store(m_context);
    QList<QJsonObject> rows;
    for (const RecordHolds::Hold &h : RecordHolds(store.db).active())
        rows.append({{QStringLiteral("id"), h.id},
                     {QStringLiteral("file"), h.fileId},
                     {QStringLiteral("document"), h.documentId},
                     {QStringLiteral("reason"), h.reason},
                     {QStringLiteral("placed_by"), h.placedBy},
                     {QStringLiteral("placed_at"), h.placedAt}});
    m_context.output().printList(rows, {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("document"),
                                        QStringLiteral("reason"), QStringLiteral("placed_by"), QStringLiteral("placed_at")});
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
    const ActingStore store(m_context);
    const qint64 unit = parser.isSet(kUnit) ? store.unit(parser.value(kUnit)) : 0;
    const QList<RecordFile> files = FileRegister(store.db).list(unit, parser.value(kYear).toInt());
    if (parser.isSet(QStringLiteral("csv")))
        RecordsRegister::save(parser.value(QStringLiteral("csv")), files, false, {});
    if (parser.isSet(QStringLiteral("html")))
        RecordsRegister::save(parser.value(QStringLiteral("html")), files, true, tr("行政文書ファイル管理簿"));
    m_context.output().printResult(tr("%1 簿冊 in the register").arg(files.size()),
                                   {{QStringLiteral("files"), static_cast<int>(files.size())}});
    return ExitOk;
}

} // namespace kessai::cli
