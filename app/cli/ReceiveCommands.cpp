// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReceiveCommands.h"

#include "cli/CliContext.h"
#include "cli/FileAttacher.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/HotFolder.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QThread>

namespace kessai::cli {

namespace {
const auto kTitle = QStringLiteral("title");
const auto kSender = QStringLiteral("sender");
const auto kDate = QStringLiteral("date");
const auto kUnit = QStringLiteral("unit");
const auto kAddressee = QStringLiteral("addressee");
const auto kSourceDate = QStringLiteral("source-date");
const auto kSourceNumber = QStringLiteral("source-number");
const auto kChannel = QStringLiteral("channel");
const auto kHandling = QStringLiteral("handling");
const auto kYear = QStringLiteral("year");
const auto kRegister = QStringLiteral("register");
const auto kSettle = QStringLiteral("settle");

QDate parseDate(const QCommandLineParser &parser, const QString &option, const QString &command)
{
    const QString text = parser.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw CliContext::usageError(
            ReceiveCommands::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(option, text), command);
    return date;
}

qint64 unitIdOf(StoreConnection &connection, const QString &code)
{
    const auto unit = OrgStore(connection).unitByCode(code);
    if (!unit)
        throw StoreError(StoreError::Kind::BadData,
                         ReceiveCommands::tr("--unit: no unit with code \"%1\"").arg(code));
    return unit->id;
}
} // namespace

ReceiveCommands::ReceiveCommands(CliContext &context)
    : m_context(context)
{}

const QStringList &ReceiveCommands::columns()
{
    static const QStringList columns{QStringLiteral("id"),     QStringLiteral("number"),
                                     QStringLiteral("received_on"), QStringLiteral("sender"),
                                     QStringLiteral("title"),  QStringLiteral("handling")};
    return columns;
}

QJsonObject ReceiveCommands::receiptJson(const ReceiptRecord &r)
{
    return {{QStringLiteral("id"), r.documentId},
            {QStringLiteral("unit"), r.unitName},
            {QStringLiteral("fiscal_year"), r.fiscalYear},
            {QStringLiteral("receipt_number"), r.number},
            {QStringLiteral("number"), r.numberLabel},
            {QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate)},
            {QStringLiteral("sender"), r.senderName},
            {QStringLiteral("addressee"), r.addressee},
            {QStringLiteral("source_date"), r.sourceDate.isValid() ? QJsonValue(r.sourceDate.toString(Qt::ISODate))
                                                                    : QJsonValue()},
            {QStringLiteral("source_number"), r.sourceNumber},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("channel"), toCode(r.channel)},
            {QStringLiteral("handling"), toCode(r.handling)},
            {QStringLiteral("registered_by"), r.registeredByName},
            {QStringLiteral("attachments"), r.attachmentCount}};
}

int ReceiveCommands::receive(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return add(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub == QLatin1String("hot-folder"))
        return hotFolder(arguments.mid(1));
    if (sub == QLatin1String("answer"))
        return answer(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("receive"),
                               {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("hot-folder"),
                                QStringLiteral("answer")},
                               arguments);
}

int ReceiveCommands::add(const QStringList &arguments)
{
    const QString command = QStringLiteral("receive add");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers a document that arrived (収受) and attaches its scan or files in the order given. "
           "Prints the 収受番号. Every field and file is checked first: if one is wrong, nothing is registered."));
    parser.addOption({kTitle, tr("The title (件名); required."), tr("title")});
    parser.addOption({kSender, tr("The sender (差出人); required. A new one joins the list of senders."),
                      tr("name")});
    parser.addOption({kDate, tr("The date received (収受日), YYYY-MM-DD; default today."), tr("date")});
    parser.addOption({kUnit, tr("Code of the 係 or 課 that received it (default: yours)."), tr("code")});
    parser.addOption({kAddressee, tr("The addressee (宛先) as written on it."), tr("text")});
    parser.addOption({kSourceDate, tr("The date written on it, YYYY-MM-DD."), tr("date")});
    parser.addOption({kSourceNumber, tr("The number written on it (e.g. 財第123号)."), tr("text")});
    parser.addOption({kChannel, tr("How it arrived (収受区分): %1; default post.").arg(receiptChannelCodes()),
                      tr("channel")});
    parser.addOption({kHandling,
                      tr("What is to be done (処理区分): %1; default circulate.").arg(receiptHandlingCodes()),
                      tr("handling")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("Files and folders to attach."), tr("[FILE...]"));
    if (!m_context.parse(parser, command, arguments, INT_MAX))
        return ExitOk;

    ReceiptRecord receipt;
    receipt.title = m_context.required(parser, kTitle, command);
    receipt.senderName = m_context.required(parser, kSender, command);
    receipt.receivedOn = parser.isSet(kDate) ? parseDate(parser, kDate, command) : QDate::currentDate();
    if (parser.isSet(kSourceDate))
        receipt.sourceDate = parseDate(parser, kSourceDate, command);
    receipt.addressee = parser.value(kAddressee);
    receipt.sourceNumber = parser.value(kSourceNumber);
    readCodes(parser, command, receipt);
    const QList<QByteArray> paths = m_context.rawPaths(parser.positionalArguments());
    registerWithFiles(receipt, parser.value(kUnit).trimmed(), paths);
    return ExitOk;
}

void ReceiveCommands::readCodes(const QCommandLineParser &parser, const QString &command, ReceiptRecord &receipt)
{
    if (parser.isSet(kChannel)) {
        const auto channel = fromCode<ReceiptChannel>(parser.value(kChannel).trimmed());
        if (!channel)
            throw CliContext::usageError(tr("--channel \"%1\" is not one of %2")
                                             .arg(parser.value(kChannel), receiptChannelCodes()),
                                         command);
        receipt.channel = *channel;
    }
    if (parser.isSet(kHandling)) {
        const auto handling = fromCode<ReceiptHandling>(parser.value(kHandling).trimmed());
        if (!handling)
            throw CliContext::usageError(tr("--handling \"%1\" is not one of %2")
                                             .arg(parser.value(kHandling), receiptHandlingCodes()),
                                         command);
        receipt.handling = *handling;
    }
}

void ReceiveCommands::registerWithFiles(ReceiptRecord receipt, const QString &unitCode, const QList<QByteArray> &paths)
{
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    if (!unitCode.isEmpty())
        receipt.unitId = unitIdOf(*connection, unitCode);
    // Every file is checked before the first write: a bad one leaves no receipt behind.
    const QList<AttachmentFile> files = FileAttacher::inspect(paths, AttachmentStore(*connection).sizeLimit());
    std::vector<StagedBlob> staged = FileAttacher::stage(*connection, files);
    ReceiptStore store(*connection);
    Transaction transaction(*connection);
    const qint64 id = store.registerReceipt(session, receipt);
    FileAttacher::attach(session, *connection, id, files, staged);
    transaction.commit();
    const ReceiptRecord registered = store.receipt(id).value_or(receipt);
    m_context.output().printResult(QStringLiteral("%1\t%2").arg(id).arg(registered.numberLabel),
                                   receiptJson(registered));
}

int ReceiveCommands::list(const QStringList &arguments)
{
    const QString command = QStringLiteral("receive list");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the receipts (収受) you may see, newest 収受番号 first."));
    parser.addOption({kYear, tr("Only this fiscal year (年度, e.g. 2026)."), tr("year")});
    parser.addOption({kUnit, tr("Only this unit's receipts (its code)."), tr("code")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    int year = 0;
    if (parser.isSet(kYear)) {
        bool ok = false;
        year = parser.value(kYear).trimmed().toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            throw CliContext::usageError(tr("--year \"%1\" is not a fiscal year").arg(parser.value(kYear)),
                                         command);
    }
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const QString unitCode = parser.value(kUnit).trimmed();
    const qint64 unitId = unitCode.isEmpty() ? 0 : unitIdOf(*connection, unitCode);
    QList<QJsonObject> rows;
    ReceiptStore store(*connection);
    const QList<ReceiptRecord> receipts = store.list(year, unitId);
    for (const ReceiptRecord &r : receipts) {
        QJsonObject row = receiptJson(r);
        QJsonArray answers;
        for (qint64 id : store.answers(r.documentId))
            answers.append(id);
        row.insert(QStringLiteral("answers"), answers);
        rows.append(row);
    }
    m_context.output().printList(rows, columns());
    return ExitOk;
}

int ReceiveCommands::answer(const QStringList &arguments)
{
    const QString command = QStringLiteral("receive answer");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a 起案 from a receipt (回答 etc.): a new draft of yours linked to it, both ways. Prints the "
           "draft's id."));
    parser.addPositionalArgument(QStringLiteral("receipt"), tr("Id of the received document."), tr("RECEIPT"));
    parser.addOption({kTitle, tr("The title (件名) of the draft (default: \"Answer: \" and the receipt's)."),
                      tr("title")});
    parser.addOption({kUnit, tr("Code of the unit drafting it (default: yours)."), tr("code")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 receiptId =
        CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("RECEIPT"), command);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    DocumentRecord draft;
    draft.title = parser.value(kTitle);
    const QString unitCode = parser.value(kUnit).trimmed();
    if (!unitCode.isEmpty())
        draft.unitId = unitIdOf(*connection, unitCode);
    const qint64 id = ReceiptStore(*connection).answer(session, receiptId, draft);
    m_context.output().printResult(QString::number(id),
                                   {{QStringLiteral("id"), id}, {QStringLiteral("receipt"), receiptId}});
    return ExitOk;
}

int ReceiveCommands::hotFolder(const QStringList &arguments)
{
    const QString command = QStringLiteral("receive hot-folder");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the files waiting in a hot folder (収受待ち) with their state: ready, waiting (new or still "
           "being written), empty, locked or unreadable, and why. A file is ready once it has not changed for "
           "the settle time. With --register, registers every ready file as a receipt (its title the file's "
           "name unless --title is given) and removes it from the folder once the store has it; the others "
           "stay."));
    parser.addPositionalArgument(QStringLiteral("dir"), tr("The hot folder."), tr("DIR"));
    parser.addOption({kRegister, tr("Register the ready files (needs --sender).")});
    parser.addOption({kSettle, tr("How long a file must stay unchanged, in milliseconds (default 2000)."), tr("ms")});
    parser.addOption({kTitle, tr("The title (件名) of each receipt (default: the file's name)."), tr("title")});
    parser.addOption({kSender, tr("The sender (差出人) of the receipts."), tr("name")});
    parser.addOption({kDate, tr("The date received (収受日), YYYY-MM-DD; default today."), tr("date")});
    parser.addOption({kUnit, tr("Code of the 係 or 課 whose folder it is (default: yours)."), tr("code")});
    parser.addOption({kChannel, tr("How it arrived (収受区分): %1; default post.").arg(receiptChannelCodes()),
                      tr("channel")});
    parser.addOption({kHandling,
                      tr("What is to be done (処理区分): %1; default circulate.").arg(receiptHandlingCodes()),
                      tr("handling")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw CliContext::usageError(tr("give the hot folder (DIR)"), command);
    qint64 settle = HotFolder::kSettleMilliseconds;
    if (parser.isSet(kSettle)) {
        bool ok = false;
        settle = parser.value(kSettle).trimmed().toLongLong(&ok);
        if (!ok || settle < 0 || settle > 600000)
            throw CliContext::usageError(tr("--settle \"%1\" is not a number of milliseconds up to 600000")
                                             .arg(parser.value(kSettle)),
                                         command);
    }
    ReceiptRecord receipt;
    const bool registering = parser.isSet(kRegister);
    if (registering)
        receipt.senderName = m_context.required(parser, kSender, command);
    receipt.title = parser.value(kTitle);
    receipt.receivedOn = parser.isSet(kDate) ? parseDate(parser, kDate, command) : QDate::currentDate();
    readCodes(parser, command, receipt);

    HotFolder folder(positional.first(), settle);
    folder.scan(); // the first look starts every file's settle time
    QThread::msleep(static_cast<unsigned long>(settle));
    const QList<HotFolder::Entry> entries = folder.scan();

    std::unique_ptr<StoreConnection> connection;
    std::unique_ptr<Session> session;
    if (registering) {
        connection = m_context.connect();
        session = std::make_unique<Session>(*connection, m_context.actAs());
        const QString unitCode = parser.value(kUnit).trimmed();
        if (!unitCode.isEmpty())
            receipt.unitId = unitIdOf(*connection, unitCode);
    }
    QList<QJsonObject> rows;
    int failures = 0;
    for (const HotFolder::Entry &entry : entries) {
        QJsonObject row{{QStringLiteral("file"), entry.fileName},
                        {QStringLiteral("size"), entry.size},
                        {QStringLiteral("state"), HotFolder::stateCode(entry.state)},
                        {QStringLiteral("reason"), entry.reason}};
        if (registering && entry.state == HotFolder::FileState::Ready) {
            try {
                const HotFolder::PickUp done = folder.pickUp(*connection, *session, entry, receipt);
                if (done.gone) { // another client watching the folder took it: not a failure
                    row.insert(QStringLiteral("state"), QStringLiteral("gone"));
                    row.insert(QStringLiteral("reason"), done.problem);
                    rows.append(row);
                    continue;
                }
                row.insert(QStringLiteral("state"), QStringLiteral("registered"));
                row.insert(QStringLiteral("id"), done.documentId);
                row.insert(QStringLiteral("number"), done.numberLabel);
                row.insert(QStringLiteral("registered_before"), done.registeredBefore);
                row.insert(QStringLiteral("removed"), done.removed);
                row.insert(QStringLiteral("reason"), done.problem);
            } catch (const StoreError &error) {
                ++failures;
                row.insert(QStringLiteral("state"), QStringLiteral("failed"));
                row.insert(QStringLiteral("reason"), error.message());
            }
        }
        rows.append(row);
    }
    m_context.output().printList(rows, {QStringLiteral("file"), QStringLiteral("state"), QStringLiteral("number"),
                                        QStringLiteral("reason")});
    return failures ? ExitFailed : ExitOk;
}

} // namespace kessai::cli
