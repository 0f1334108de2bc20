// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PaperCommands.h"

#include "cli/CliContext.h"
#include "cli/CliError.h"
#include "cli/OfficeListCommands.h"
#include "core/content/AttachmentFile.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/paper/PaperCsvImporter.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace kessai::cli {

namespace {
// paper register's options and the CSV column each one fills.
const QList<std::pair<const char *, const char *>> kRegisterOptions{
    {"title", "件名"},     {"drafter", "起案者"}, {"unit", "所属"},      {"decider", "決裁者"},
    {"drafted", "起案日"}, {"decided", "決裁日"}, {"reason", "理由"},    {"reason-text", "理由詳細"},
    {"level", "決裁区分"}, {"file", "簿冊"},      {"number", "文書番号"}, {"kind", "種類"}};

QJsonObject registeredJson(const RegisteredPaperDecision &r)
{
    return {{QStringLiteral("id"), r.documentId},
            {QStringLiteral("number"), r.numberLabel},
            {QStringLiteral("fiscal_year"), r.fiscalYear}};
}
} // namespace

PaperCommands::PaperCommands(CliContext &context)
    : m_context(context)
{}

int PaperCommands::paper(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("register"))
        return registerOne(arguments.mid(1));
    if (sub == QLatin1String("import"))
        return import(arguments.mid(1));
    if (sub == QLatin1String("switch"))
        return switchToPaper(arguments.mid(1));
    if (sub == QLatin1String("reasons"))
        return reasons(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("paper"),
                               {QStringLiteral("register"), QStringLiteral("import"), QStringLiteral("switch"),
                                QStringLiteral("reasons")},
                               arguments);
}

int PaperCommands::registerOne(const QStringList &arguments)
{
    const QString command = QStringLiteral("paper register");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers a decision made on paper (書面決裁): it is numbered like an electronic one and counts in the "
           "電子決裁率 as paper. Prints its id, 文書番号 and fiscal year."));
    const QStringList help{tr("件名 (title)."),
                           tr("Login of the 起案者 (drafter)."),
                           tr("Code of the unit it belongs to."),
                           tr("The 決裁者 as written on the paper."),
                           tr("起案日, YYYY-MM-DD."),
                           tr("決裁日, YYYY-MM-DD."),
                           tr("Reason code or name (kessai-cli paper reasons)."),
                           tr("Why, in words (needed for その他)."),
                           tr("決裁区分 code or name."),
                           tr("簿冊 of the unit in the fiscal year of the 起案日."),
                           tr("The 文書番号 already given on paper (default: the next of the unit)."),
                           tr("Decision kind (文書の種類), code or name (kessai-cli stats kinds).")};
    for (qsizetype i = 0; i < kRegisterOptions.size(); ++i)
        parser.addOption({QLatin1String(kRegisterOptions.at(i).first), help.at(i), tr("value")});
    parser.addOption({QStringLiteral("secret"), tr("A 秘 document.")});
    parser.addOption({QStringLiteral("scan"), tr("A scan of the paper (PDF or image), attached to the decision."),
                      tr("file")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    for (const QString &column : PaperCsvImporter::requiredColumns()) {
        for (const auto &[option, name] : kRegisterOptions) {
            if (column == QString::fromUtf8(name))
                m_context.required(parser, QLatin1String(option), command);
        }
    }
    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    PaperCsvImporter importer(session);
    PaperDecision decision;
    try {
        decision = importer.resolve([&](const QString &column) {
            if (column == QStringLiteral("秘"))
                return parser.isSet(QStringLiteral("secret")) ? QStringLiteral("秘") : QString();
            for (const auto &[option, name] : kRegisterOptions) {
                if (column == QString::fromUtf8(name))
                    return parser.value(QLatin1String(option)).trimmed();
            }
            return QString();
        });
    } catch (const PaperCsvImporter::FieldError &error) {
        QString option;
        for (const auto &[name, field] : kRegisterOptions) {
            if (error.field == QString::fromUtf8(field))
                option = QLatin1String(name);
        }
        throw StoreError(StoreError::Kind::BadData, tr("--%1 (%2): %3").arg(option, error.field, error.why));
    }
    RegisteredPaperDecision registered;
    if (parser.isSet(QStringLiteral("scan"))) {
        const AttachmentFile scan = AttachmentFile::inspect(QFile::encodeName(parser.value(QStringLiteral("scan"))),
                                                            AttachmentStore(*connection).sizeLimit());
        registered = PaperDecisionStore(*connection).registerWithScan(session, decision, scan);
    } else {
        registered = PaperDecisionStore(*connection).registerDecision(session, decision);
    }
    m_context.output().printRecord(registeredJson(registered),
                                   {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("fiscal_year")});
    return ExitOk;
}

int PaperCommands::import(const QStringList &arguments)
{
    const QString command = QStringLiteral("paper import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers the paper decisions of a CSV file, all or nothing (columns: 件名, 起案者, 所属, 決裁者, "
           "起案日, 決裁日, 理由; optional 決裁区分, 簿冊, 理由詳細, 文書番号, 秘). Prints how many."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The CSV file."));
    parser.addOption({QStringLiteral("encoding"), tr("utf-8 (default) or shift_jis."), tr("name")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        throw CliContext::usageError(tr("no CSV file given"), command);
    const QString encodingName = parser.value(QStringLiteral("encoding")).trimmed().toLower();
    PaperCsvImporter::Encoding encoding = PaperCsvImporter::Encoding::Utf8;
    if (encodingName == QLatin1String("shift_jis") || encodingName == QLatin1String("sjis") ||
        encodingName == QLatin1String("cp932"))
        encoding = PaperCsvImporter::Encoding::ShiftJis;
    else if (!encodingName.isEmpty() && encodingName != QLatin1String("utf-8") && encodingName != QLatin1String("utf8"))
        throw CliContext::usageError(tr("--encoding \"%1\" is not utf-8 or shift_jis").arg(encodingName), command);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::BadData, tr("%1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    const QList<RegisteredPaperDecision> registered = PaperCsvImporter(session).import(bytes, path, encoding);
    QJsonArray numbers;
    for (const RegisteredPaperDecision &r : registered)
        numbers.append(r.numberLabel);
    m_context.output().printResult(tr("%n paper decision(s) registered", nullptr, int(registered.size())),
                                   {{QStringLiteral("registered"), registered.size()},
                                    {QStringLiteral("numbers"), numbers}});
    return ExitOk;
}

int PaperCommands::switchToPaper(const QStringList &arguments)
{
    const QString command = QStringLiteral("paper switch");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A 文書管理者 records that an undecided document was decided on paper: it becomes 決裁済（紙決裁）, "
           "audited with the reason. Prints its 文書番号."));
    parser.addPositionalArgument(QStringLiteral("DOC"), tr("The document's id."));
    parser.addOption({QStringLiteral("reason"), tr("Reason code or name (kessai-cli paper reasons)."), tr("reason")});
    parser.addOption({QStringLiteral("reason-text"), tr("Why, in words (needed for その他)."), tr("text")});
    parser.addOption({QStringLiteral("decider"), tr("The 決裁者 as written on the paper."), tr("name")});
    parser.addOption({QStringLiteral("decided"), tr("決裁日, YYYY-MM-DD (default: today)."), tr("date")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 id = CliContext::positiveNumber(parser.positionalArguments(), 0, QStringLiteral("DOC"), command);
    const QString reasonName = m_context.required(parser, QStringLiteral("reason"), command);
    const QString decider = m_context.required(parser, QStringLiteral("decider"), command);
    QDate decided = QDate::currentDate();
    if (parser.isSet(QStringLiteral("decided"))) {
        decided = QDate::fromString(parser.value(QStringLiteral("decided")).trimmed(), Qt::ISODate);
        if (!decided.isValid())
            throw CliContext::usageError(tr("--decided is not a date (YYYY-MM-DD)"), command);
    }
    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    PaperDecisionStore store(*connection);
    qint64 reasonId = 0;
    for (const PaperReason &reason : store.reasons()) {
        if (reason.code == reasonName || reason.name == reasonName)
            reasonId = reason.id;
    }
    if (!reasonId)
        throw StoreError(StoreError::Kind::BadData,
                         tr("--reason: \"%1\" is not in the office's list of paper reasons").arg(reasonName));
    const QString label = store.switchToPaper(session, id, reasonId, parser.value(QStringLiteral("reason-text")),
                                              decider, decided);
    m_context.output().printResult(tr("document %1 (%2) was decided on paper").arg(id).arg(label),
                                   {{QStringLiteral("id"), id}, {QStringLiteral("number"), label}});
    return ExitOk;
}

int PaperCommands::reasons(const QStringList &arguments)
{
    return OfficeListCommands(m_context, OfficeListStore::List::PaperReasons, QStringLiteral("paper reasons"))
        .run(arguments);
}

} // namespace kessai::cli
