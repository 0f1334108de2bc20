// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "cli/AbsenceCommands.h"
#include "cli/AttachmentCommands.h"
#include "cli/AuditCommands.h"
#include "cli/CirculationCommands.h"
#include "cli/CliContext.h"
#include "cli/CliError.h"
#include "cli/DocumentCommands.h"
#include "cli/DraftCommands.h"
#include "cli/EditCommands.h"
#include "cli/EventCommands.h"
#include "cli/InboxCommands.h"
#include "cli/OrgCommands.h"
#include "cli/PaperCommands.h"
#include "cli/RecordsCommands.h"
#include "cli/RecordCommands.h"
#include "cli/EnforcementCommands.h"
#include "cli/ReceiveCommands.h"
#include "cli/RequestCommands.h"
#include "cli/RenderCommands.h"
#include "cli/RouteCommands.h"
#include "cli/ServerCommands.h"
#include "cli/SettingsCommands.h"
#include "cli/SetupCommands.h"
#include "cli/StatsCommands.h"
#include "cli/SearchCommands.h"
#include "cli/StoreCommands.h"
#include "cli/WorkflowCommands.h"
#include "core/store/StoreError.h"
#include "manpage/ManPage.h"
#include "translations/TranslationLoader.h"

#include <QCommandLineParser>
#include <QIODevice>

#include <cstdio>
#include <exception>
#include <utility>

namespace kessai::cli {

namespace {
/// Every line break of a message becomes a space: an error is one line on stderr.
QString oneLine(const QString &message)
{
    if (!message.contains(QLatin1Char('\n')))
        return message.trimmed();
    QStringList parts;
    const QStringList lines = message.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            parts.append(line.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

/// The value of --lang, looked for before any parsing so that help and errors are translated.
QString languageArgument(const QStringList &arguments, bool *given)
{
    *given = false;
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang")) {
            *given = true;
            language = arguments.value(i + 1);
            ++i;
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            *given = true;
            language = argument.mid(7);
        }
    }
    return language.trimmed().toLower();
}
} // namespace

CliApplication::CliApplication()
    : m_out(stdout, QIODevice::WriteOnly)
    , m_err(stderr, QIODevice::WriteOnly)
{
    // The same names as the desktop application: DatabaseUrl::defaultLocation() is its file.
    QCoreApplication::setOrganizationName(QStringLiteral("Kessai"));
    QCoreApplication::setApplicationName(QStringLiteral("kessai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KESSAI_VERSION));
}

int CliApplication::run(const QStringList &arguments)
{
    return run(arguments, {});
}

int CliApplication::run(const QStringList &arguments, const QList<QByteArray> &rawArguments)
{
    int status = ExitFailed;
    try {
        installTranslators(arguments);
        CliContext context(m_out);
        context.setRawArguments(rawArguments);
        status = dispatch(context, arguments);
    } catch (const CliError &error) {
        printError(error.message(), error.hint());
        status = error.exitCode();
    } catch (const StoreError &error) {
        printError(error.message());
        status = ExitFailed;
    } catch (const std::exception &error) {
        printError(QString::fromLocal8Bit(error.what()));
        status = ExitFailed;
    }
    m_out.flush();
    m_err.flush();
    return status;
}

int CliApplication::dispatch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    // Options after the command word belong to the command (which accepts the global ones too).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CliContext::addGlobalOptions(parser);
    CliContext::addHelpOption(parser);
    parser.addOption(versionOption());
    QCommandLineOption helpMan(QStringLiteral("help-man"));
    helpMan.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(helpMan);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                 tr("COMMAND ..."));
    if (!parser.parse(arguments))
        throw CliContext::usageError(parser.errorText(), {});
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << globalHelp(parser);
        return ExitOk;
    }
    if (parser.isSet(helpMan)) {
        m_out << manPage().toRoff();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QLatin1String(CliContext::programName) << ' ' << QCoreApplication::applicationVersion()
              << '\n';
        return ExitOk;
    }
    context.applyGlobalOptions(parser);

    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        throw CliContext::usageError(tr("no command given"), {});
    const QString command = rest.takeFirst();
    if (command == QLatin1String("init"))
        return SetupCommands(context).init(rest);
    if (command == QLatin1String("import-org"))
        return SetupCommands(context).importOrg(rest);
    if (command == QLatin1String("demo-seed"))
        return SetupCommands(context).demoSeed(rest);
    if (command == QLatin1String("unit"))
        return OrgCommands(context).unit(rest);
    if (command == QLatin1String("user"))
        return OrgCommands(context).user(rest);
    if (command == QLatin1String("doc"))
        return DocumentCommands(context).doc(rest);
    if (command == QLatin1String("audit"))
        return AuditCommands(context).audit(rest);
    if (command == QLatin1String("store"))
        return StoreCommands(context).store(rest);
    if (command == QLatin1String("search"))
        return SearchCommands(context).search(rest);
    if (command == QLatin1String("server"))
        return ServerCommands(context).server(rest);
    if (command == QLatin1String("draft"))
        return DraftCommands(context).draft(rest);
    if (command == QLatin1String("attach"))
        return DraftCommands(context).attach(rest);
    if (command == QLatin1String("attachments"))
        return AttachmentCommands(context).list(rest);
    if (command == QLatin1String("attachment"))
        return AttachmentCommands(context).attachment(rest);
    if (command == QLatin1String("export-blob"))
        return AttachmentCommands(context).exportBlob(rest);
    if (command == QLatin1String("settings"))
        return SettingsCommands(context).settings(rest);
    if (command == QLatin1String("render"))
        return RenderCommands(context).render(rest);
    if (command == QLatin1String("convert"))
        return RenderCommands(context).convert(rest);
    if (command == QLatin1String("export-pdf"))
        return RecordCommands(context).exportPdf(rest);
    if (command == QLatin1String("route"))
        return RouteCommands(context).route(rest);
    if (EnforcementCommands::handles(command))
        return EnforcementCommands(context).run(rest);
    if (WorkflowCommands::handles(command))
        return WorkflowCommands(context).run(command, rest);
    if (command == QLatin1String("inbox"))
        return InboxCommands(context).inbox(rest);
    if (CirculationCommands::handles(command))
        return CirculationCommands(context).run(command, rest);
    if (command == QLatin1String("events"))
        return EventCommands(context).events(rest);
    if (command == QLatin1String("request"))
        return RequestCommands(context).request(rest);
    if (command == QLatin1String("receive"))
        return ReceiveCommands(context).receive(rest);
    if (command == QLatin1String("absence"))
        return AbsenceCommands(context).absence(rest);
    if (command == QLatin1String("paper"))
        return PaperCommands(context).paper(rest);
    if (command == QLatin1String("stats"))
        return StatsCommands(context).stats(rest);
    if (EditCommands::handles(command))
        return EditCommands(context).run(command, rest);
    if (RecordsCommands::handles(command))
        return RecordsCommands(context).run(command, rest);
    throw CliContext::usageError(tr("unknown command \"%1\"").arg(command), {});
}

QCommandLineOption CliApplication::versionOption()
{
    return {{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")};
}

QList<std::pair<QString, QString>> CliApplication::commandSummaries()
{
    return {
        {QStringLiteral("init --organization NAME [--admin-name NAME]"),
         tr("Create the organization; you become its first administrator.")},
        {QStringLiteral("unit add --code C --name N --level L [--parent CODE] [--order N]"),
         tr("Add a unit (level: department, division, section or office).")},
        {QStringLiteral("unit list [--all]"), tr("List the units.")},
        {QStringLiteral("user add --login L --name N [--kana K] [--title T] [--unit CODE] [--roles R,...]"),
         tr("Add a member of staff (roles: clerk, approver, records_manager, admin).")},
        {QStringLiteral("user list [--all]"), tr("List the staff.")},
        {QStringLiteral("import-org FILE.csv"), tr("Add and update units and staff from a CSV file.")},
        {QStringLiteral("demo-seed"), tr("Fill a new organization with demo units, staff and documents.")},
        {QStringLiteral("server init --organization NAME --admin LOGIN [--admin-name NAME]"),
         tr("Set up an office's PostgreSQL server (as its superuser): roles, schema, guard, grants.")},
        {QStringLiteral("server upgrade"),
         tr("Bring the office server's schema, ownership and grants up to date.")},
        {QStringLiteral("server check"),
         tr("List anything out of place in the office server's security set-up.")},
        {QStringLiteral("doc list [--folder pending|drafts|returned|in_progress|done|all]"), tr("List documents.")},
        {QStringLiteral(
             "draft create --title T [--kind decision|report] [--body-file F] [--unit CODE] [FILE...]"),
         tr("Create a draft with the files (and folders) attached in order; prints its id.")},
        {QStringLiteral("draft copy DOC"),
         tr("Start a new draft as a copy of a document (引用起案); prints its id.")},
        {QStringLiteral(
             "draft set DOC [--title T] [--kind K] [--body-file F] [--level 決裁区分] [--file 簿冊]"),
         tr("Change one of your drafts: title, kind, body, 決裁区分, 簿冊.")},
        {QStringLiteral("attach DOC FILE..."), tr("Attach files (and folders) to one of your drafts.")},
        {QStringLiteral("attachments DOC"), tr("List the attachments of a document.")},
        {QStringLiteral("attachment move|rename|remove DOC POS ..."),
         tr("Reorder, rename or remove an attachment of one of your drafts.")},
        {QStringLiteral("export-blob DOC POS OUT"),
         tr("Write an attachment's stored bytes to OUT (\"-\": standard output).")},
        {QStringLiteral("settings show|set attachment-limit BYTES"),
         tr("Show the settings, or change the largest attachment accepted (administrators).")},
        {QStringLiteral("render DOC --out DIR [--dpi N]"),
         tr("Render every page of a document's attachments, in order, to PNG files.")},
        {QStringLiteral("export-pdf DOC --out FILE"),
         tr("Write the record PDF (原議) of a document: cover sheet with seals, attachments, audit reference.")},
        {QStringLiteral("convert DOC [--retry-failed]"),
         tr("Convert a document's office attachments to PDF for the single view now.")},
        {QStringLiteral("route show DOC"),
         tr("Show a document's route: who, what, when, for whom, comment.")},
        {QStringLiteral(
             "route set DOC --default | --file ROUTE.json | --steps review:L1,consult:L2+L3,decide:L4"),
         tr("Set the route of one of your drafts before 提出.")},
        {QStringLiteral("submit DOC"),
         tr("提出: submit a draft (or resubmit it after 差戻し); gives its 文書番号.")},
        {QStringLiteral("approve DOC [--comment C]"),
         tr("承認: approve your due step (or give a 合議 opinion).")},
        {QStringLiteral("return DOC --to drafter|STEP|LOGIN --comment C"),
         tr("差戻し: send the document back to the drafter or an earlier step.")},
        {QStringLiteral("reject DOC --comment C"), tr("却下: reject the document; the case ends.")},
        {QStringLiteral("withdraw DOC"),
         tr("引戻し: pull back your last action while the next one has not acted.")},
        {QStringLiteral("decide DOC [--comment C]"),
         tr("決裁: the final decision (代決 when you are the proxy of the absent decider).")},
        {QStringLiteral("enforce DOC --to NAME [--to NAME…] --method M [--seal|--no-seal] [--date YYYY-MM-DD] "
                        "[--checked-by LOGIN] [--document ATTACHMENT]"),
         tr("施行: record that a decided document went out: where to, how, 公印, 浄書 check, 施行文書.")},
        {QStringLiteral("close DOC"), tr("完結: close a decided document.")},
        {QStringLiteral("read DOC"), tr("閲覧: record that you read it (供覧, 後閲).")},
        {QStringLiteral("inbox"), tr("The ids of the documents waiting for you (未決), one a line.")},
        {QStringLiteral("absence add --from D --to D --proxy LOGIN [--user LOGIN] [--reason R]"),
         tr("Register an absence (不在) and the proxy who acts meanwhile.")},
        {QStringLiteral("absence list [--user LOGIN]"), tr("List a user's absences.")},
        {QStringLiteral("paper register --title T --drafter LOGIN --unit CODE --decider NAME --drafted D "
                        "--decided D --reason R [--reason-text T] [--level L] [--file F] [--number N] [--secret]"),
         tr("Register a decision made on paper (書面決裁).")},
        {QStringLiteral("paper import FILE.csv [--encoding utf-8|shift_jis]"),
         tr("Register the paper decisions of a CSV file, all or nothing.")},
        {QStringLiteral("paper switch DOC --reason R --decider NAME [--decided D] [--reason-text T]"),
         tr("A 文書管理者 records that an undecided document was decided on paper.")},
        {QStringLiteral("paper reasons"), tr("List the office's paper reasons; administrators add, rename, retire them.")},
        {QStringLiteral("stats rate|stall|reasons [--from D --to D] [--unit CODE] [--by unit|month|level|kind] "
                        "[--level department|division|section] [--json|--csv]"),
         tr("The administrator's desk: 電子決裁率, where decisions stall, why they went on paper.")},
        {QStringLiteral("stats kinds [list|add CODE NAME|rename CODE NAME|retire CODE|restore CODE] [--all]"),
         tr("The office's decision kinds (文書の種類); administrators change the list.")},
        {QStringLiteral("receive add --title T --sender S [--date D] [--unit CODE] [--channel C] [--handling H] "
                        "[FILE...]"),
         tr("Register a document that arrived (収受) with its files; prints the 収受番号.")},
        {QStringLiteral("receive list [--year FY] [--unit CODE]"), tr("List the receipts (収受).")},
        {QStringLiteral("receive answer RECEIPT [--title T]"), tr("Start a 起案 from a receipt, linked both ways.")},
        {QStringLiteral("receive hot-folder DIR [--register --sender S] [--settle MS]"),
         tr("List the files waiting in a scanner's hot folder; register the ready ones.")},
        {QStringLiteral("circulate DOC --to LOGIN|unit:CODE,... [--parallel]"),
         tr("Circulate a received document or 報告 for information (供覧).")},
        {QStringLiteral("confirm DOC [--comment C]"), tr("Mark a circulated document as seen (確認).")},
        {QStringLiteral("request submit PACKAGE"),
         tr("Create (and submit) a 起案 from another system's request package (folder or zip).")},
        {QStringLiteral("request outcomes"), tr("Write outcome files of decided, rejected or enforced requests.")},
        {QStringLiteral("events --since ID [--follow]"),
         tr("Print the audit events after ID with their document's state: the feed for other systems.")},
        {QStringLiteral("versions DOC POS"),
         tr("List the versions of an attachment: number, author, time, size, SHA-256, note.")},
        {QStringLiteral("checkout DOC POS OUT"),
         tr("Lock an attachment for editing and write its current version to OUT.")},
        {QStringLiteral("checkin DOC POS FILE [--note N] [--keep-mine]"),
         tr("Store the edited FILE as a new version (if it changed) and release the lock.")},
        {QStringLiteral("unlock DOC POS [--force]"),
         tr("Give back your edit lock; --force breaks a stale one (its owner or a 文書管理者).")},
        {QStringLiteral("restore DOC POS VERSION [--note N]"),
         tr("Restore an old version of an attachment as a new version.")},
        {QStringLiteral("classify list|add|import FILE.csv [--unit CODE]"),
         tr("The 文書分類表 of a 課: list it, add an entry, import it from CSV (文書管理者).")},
        {QStringLiteral("file list|create|close|move DOC FILE|new-year [--year Y]|expiring [--within-days N]"),
         tr("簿冊: list, create from the 分類表, close, move a document, the new year's, those expiring.")},
        {QStringLiteral("file reassign|history|transfer ..."),
         tr("簿冊 to a successor 課, a 簿冊's history, the 移管 package of a decided 移管.")},
        {QStringLiteral("disposal draft [--action destroy|transfer|extend] FILE..."),
         tr("Draft the 廃棄・移管・延長 伺い; its 決裁 carries it out.")},
        {QStringLiteral("hold add|remove|list"), tr("Legal holds (訴訟・情報公開請求): no 廃棄 while one is in force.")},
        {QStringLiteral("register export --csv OUT | --html OUT"),
         tr("The 行政文書ファイル管理簿: CSV for Excel, or a printable page.")},
        {QStringLiteral("audit verify [--pdf FILE]"),
         tr("Check that the audit log has not been tampered with (and that a record PDF matches it).")},
        {QStringLiteral("store verify"),
         tr("Check every stored content (chunks, sizes, SHA-256) and the audit log; exit 2 on any problem.")},
        {QStringLiteral("search QUERY... [--year Y] [--unit U] [--status S] [--type T] [--limit N]"),
         tr("Find documents by any word in them or their attachments (scans included).")},
        {QStringLiteral("search reindex [--all] [--no-ocr]"),
         tr("Bring the search index up to date (resumable); --all rebuilds it.")},
    };
}

QString CliApplication::exitStatusText()
{
    return tr("\"%1 COMMAND --help\" shows the options of a command. Exit status: 0 done, 1 usage error, "
              "2 refused, invalid data or database unavailable (nothing was changed).")
        .arg(QLatin1String(CliContext::programName));
}

ManPage CliApplication::manPage()
{
    ManPage page(QLatin1String(CliContext::programName), QCoreApplication::applicationVersion(),
                 tr("administration and scripting for Kessai (文書管理・電子決裁)"));
    page.setSynopsis(tr("[options] COMMAND ..."));
    page.setDescription(
        tr("Runs one command on a Kessai database, an SQLite file or an office's PostgreSQL server: set up "
           "the organization and its staff, draft, attach, route, approve and decide, verify the stored "
           "contents and the audit log. Each command is one transaction: it is done completely or not at "
           "all.\n\nThe options below are accepted before the command and after it."));
    page.addOptions(CliContext::globalOptions() << CliContext::helpOption() << versionOption());
    QList<ManPage::Entry> commands;
    const QList<std::pair<QString, QString>> summaries = commandSummaries();
    for (const auto &[synopsis, description] : summaries)
        commands.append({synopsis, description});
    page.addList(tr("COMMANDS"), commands);
    page.addSection(tr("EXIT STATUS"), exitStatusText() + QStringLiteral("\n\n") +
                                           tr("3: some attachment could not be rendered (render)."));
    page.addList(
        tr("ENVIRONMENT"),
        {{QStringLiteral("KESSAI_DATABASE"), tr("The database when --database is not given.")},
         {QStringLiteral("PGPASSWORD"), tr("The password for a PostgreSQL server (else ~/.pgpass or a "
                                           "Kerberos ticket).")}});
    page.setSeeAlso({QStringLiteral("kessai")});
    return page;
}

QString CliApplication::globalHelp(const QCommandLineParser &parser) const
{
    const QList<std::pair<QString, QString>> commands = commandSummaries();
    QString text = CliContext::helpText(parser, tr("[options] COMMAND ..."));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &[synopsis, description] : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis, description);
    text += QLatin1Char('\n') + exitStatusText() + QLatin1Char('\n');
    return text;
}

void CliApplication::installTranslators(const QStringList &arguments)
{
    bool given = false;
    const QString language = languageArgument(arguments, &given);
    if (given && language != QLatin1String("ja") && language != QLatin1String("en"))
        throw CliContext::usageError(tr("--lang must be ja or en"), {});
    TranslationLoader::install(language);
}

void CliApplication::printError(const QString &message, const QString &hint)
{
    m_out.flush();
    QString line = QLatin1String(CliContext::programName) + QStringLiteral(": ") + oneLine(message);
    if (!hint.isEmpty()) {
        while (line.endsWith(QLatin1Char('.')))
            line.chop(1);
        line += QStringLiteral(" (") + tr("see \"%1\"").arg(hint) + QLatin1Char(')');
    }
    m_err << line << '\n';
    m_err.flush();
}

} // namespace kessai::cli
