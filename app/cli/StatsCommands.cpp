// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StatsCommands.h"

#include "cli/CliContext.h"
#include "cli/CliError.h"
#include "cli/RateSettingsCommands.h"
#include "core/desk/DecisionStatistics.h"
#include "core/desk/DeskTable.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "locale/JapaneseDate.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace kessai::cli {

namespace {
const auto kFrom = QStringLiteral("from");
const auto kTo = QStringLiteral("to");
const auto kUnit = QStringLiteral("unit");
const auto kBy = QStringLiteral("by");
const auto kLevel = QStringLiteral("level");
const auto kCsv = QStringLiteral("csv");
const auto kApprover = QStringLiteral("approver");

QDate dateOption(const QCommandLineParser &parser, const QString &option, const QDate &fallback,
                 const QString &command)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid())
        throw CliContext::usageError(
            StatsCommands::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(option, parser.value(option)), command);
    return date;
}

/// The CSV's bytes as they are (the BOM included): text streams would re-encode them.
void writeCsv(QTextStream &out, const DeskTable &table)
{
    out.flush();
    QFile stdoutFile;
    if (stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        stdoutFile.write(table.toCsv());
        stdoutFile.flush();
    }
}

QJsonObject rateJson(const RateRow &row)
{
    return {{QStringLiteral("key"), row.key},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("electronic"), row.electronic},
            {QStringLiteral("paper"), row.paper},
            {QStringLiteral("total"), row.total()},
            {QStringLiteral("rate"), row.total() ? QJsonValue(row.rate()) : QJsonValue()}};
}
} // namespace

StatsCommands::StatsCommands(CliContext &context)
    : m_context(context)
{}

int StatsCommands::stats(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("rate") || sub == QLatin1String("stall") || sub == QLatin1String("reasons"))
        return run(sub, arguments.mid(1));
    RateSettingsCommands settings(m_context);
    if (sub == QLatin1String("kinds"))
        return settings.kinds(arguments.mid(1));
    if (sub == QLatin1String("exclusions"))
        return settings.exclusions(arguments.mid(1));
    if (sub == QLatin1String("target"))
        return settings.target(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("stats"),
                               {QStringLiteral("rate"), QStringLiteral("stall"), QStringLiteral("reasons"),
                                QStringLiteral("kinds"), QStringLiteral("exclusions"), QStringLiteral("target")},
                               arguments);
}

int StatsCommands::run(const QString &sub, const QStringList &arguments)
{
    const QString command = QStringLiteral("stats ") + sub;
    QCommandLineParser parser;
    if (sub == QLatin1String("rate"))
        parser.setApplicationDescription(
            tr("The 電子決裁率 (electronic decision rate) of the decisions with a 決裁日 in the period, with the "
               "counts (electronic, paper, total) and the rules applied. Administrators see every unit, a "
               "文書管理者 their 課."));
    else if (sub == QLatin1String("stall"))
        parser.setApplicationDescription(
            tr("Where decisions stall (滞留): documents waiting now per unit (or per approver), oldest first, "
               "then the median and 90th percentile hours from 提出 to 決裁 and the 差戻し rate."));
    else
        parser.setApplicationDescription(tr("Why decisions went on paper: each reason, how often, in which unit."));
    parser.addOption({kFrom, tr("First 決裁日, YYYY-MM-DD (default: the start of this fiscal year)."), tr("date")});
    parser.addOption({kTo, tr("Last 決裁日, YYYY-MM-DD (default: today)."), tr("date")});
    parser.addOption({kUnit, tr("Only this unit (code) and the units under it."), tr("code")});
    parser.addOption({kBy, tr("rate: break down by unit, month, level (決裁区分) or kind (文書の種類); stall: unit, "
                              "approver or level."),
                      tr("what")});
    parser.addOption({kLevel, tr("Units at this level: department, division (default) or section."), tr("level")});
    parser.addOption({kCsv, tr("Write CSV for Excel (UTF-8 with BOM, ISO and 和暦 dates).")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const QDate today = QDate::currentDate();
    DeskQuery query;
    query.from = dateOption(parser, kFrom, FiscalYear::firstDay(FiscalYear::of(today)), command);
    query.to = dateOption(parser, kTo, today, command);
    const QString by = parser.value(kBy).trimmed();
    const std::optional<UnitLevel> level =
        parser.isSet(kLevel) ? fromCode<UnitLevel>(parser.value(kLevel).trimmed()) : UnitLevel::Division;
    if (!level)
        throw CliContext::usageError(tr("--level \"%1\" is not department, division or section")
                                         .arg(parser.value(kLevel)),
                                     command);
    const bool csv = parser.isSet(kCsv);
    if (csv && m_context.output().isJson())
        throw CliContext::usageError(tr("--csv and --json exclude each other"), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    if (parser.isSet(kUnit)) {
        const auto unit = OrgStore(*connection).unitByCode(parser.value(kUnit).trimmed());
        if (!unit)
            throw StoreError(StoreError::Kind::BadData,
                             tr("--unit: no unit with the code \"%1\"").arg(parser.value(kUnit)));
        query.unitId = unit->id;
    }
    DecisionStatistics statistics(*connection);
    const DeskTable::EraDate era = [](const QDate &date) { return JapaneseDate::eraDate(date); };
    QTextStream &out = m_context.out();

    if (sub == QLatin1String("rate")) {
        RateGrouping grouping = RateGrouping::Office;
        if (by == QLatin1String("unit"))
            grouping = RateGrouping::Unit;
        else if (by == QLatin1String("month"))
            grouping = RateGrouping::Month;
        else if (by == QLatin1String("level"))
            grouping = RateGrouping::Level;
        else if (by == QLatin1String("kind"))
            grouping = RateGrouping::Kind;
        else if (!by.isEmpty())
            throw CliContext::usageError(tr("--by \"%1\" is not unit, month, level or kind").arg(by), command);
        const RateReport report = statistics.rate(session, query, grouping, *level);
        if (csv) {
            writeCsv(out, DeskTable::rate(report, grouping, era));
            return ExitOk;
        }
        if (m_context.output().isJson()) {
            QJsonArray rows;
            for (const RateRow &row : report.rows)
                rows.append(rateJson(row));
            QJsonArray rules;
            for (const RateRule &rule : report.rules) {
                QJsonObject json{{QStringLiteral("rule"), rule.text}};
                if (rule.excluded >= 0)
                    json.insert(QStringLiteral("excluded"), rule.excluded);
                rules.append(json);
            }
            m_context.output().printResult(
                {}, {{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                     {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
                     {QStringLiteral("by"), by.isEmpty() ? QStringLiteral("office") : by},
                     {QStringLiteral("target"), report.target},
                     {QStringLiteral("total"), rateJson(report.office)},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("rules"), rules}});
            return ExitOk;
        }
        auto line = [&out](const RateRow &row) {
            out << row.key << '\t' << row.label << '\t' << row.electronic << '\t' << row.paper << '\t' << row.total()
                << '\t' << (row.total() ? DeskTable::percent(row.rate()) + QLatin1Char('%') : QStringLiteral("-"))
                << '\n';
        };
        for (const RateRow &row : report.rows)
            line(row);
        if (grouping != RateGrouping::Office)
            line(report.office);
        out << tr("target %1%").arg(DeskTable::percent(report.target)) << '\n';
        for (const RateRule &rule : report.rules)
            out << tr("rule: %1").arg(rule.text)
                << (rule.excluded >= 0 ? tr(" — %n decision(s) excluded", nullptr, int(rule.excluded)) : QString())
                << '\n';
        return ExitOk;
    }

    if (sub == QLatin1String("reasons")) {
        const QList<PaperReasonCount> counts = statistics.paperReasons(session, query, *level);
        if (csv) {
            writeCsv(out, DeskTable::reasons(counts));
            return ExitOk;
        }
        QList<QJsonObject> rows;
        for (const PaperReasonCount &count : counts)
            rows.append({{QStringLiteral("reason"), count.reasonCode},
                         {QStringLiteral("reason_name"), count.reasonName},
                         {QStringLiteral("unit"), count.unitName},
                         {QStringLiteral("count"), count.count}});
        m_context.output().printList(rows, {QStringLiteral("reason"), QStringLiteral("reason_name"),
                                            QStringLiteral("unit"), QStringLiteral("count")});
        return ExitOk;
    }

    // stall
    if (!by.isEmpty() && by != QLatin1String("unit") && by != kApprover &&
        by != QLatin1String("level"))
        throw CliContext::usageError(tr("--by \"%1\" is not unit, approver or level").arg(by), command);
    const QList<StallRow> waiting = statistics.stall(session, query, by == kApprover, *level);
    const QList<DurationRow> durations =
        statistics.durations(session, query, by == QLatin1String("level") ? RateGrouping::Level : RateGrouping::Unit,
                             *level);
    if (csv) {
        DeskTable table = DeskTable::stall(waiting, era);
        const DeskTable times = DeskTable::durations(durations);
        table.rows.append(QStringList());
        table.rows.append(times.header);
        table.rows += times.rows;
        writeCsv(out, table);
        return ExitOk;
    }
    QJsonArray waitingRows;
    for (const StallRow &row : waiting)
        waitingRows.append(QJsonObject{{QStringLiteral("id"), row.id},
                                       {QStringLiteral("label"), row.label},
                                       {QStringLiteral("waiting"), row.waiting},
                                       {QStringLiteral("oldest_since"), row.oldestSince.toString(Qt::ISODate)},
                                       {QStringLiteral("oldest_days"), row.oldestDays}});
    QJsonArray durationRows;
    for (const DurationRow &row : durations)
        durationRows.append(QJsonObject{{QStringLiteral("key"), row.key},
                                        {QStringLiteral("label"), row.label},
                                        {QStringLiteral("decisions"), row.decisions},
                                        {QStringLiteral("median_hours"), row.medianHours},
                                        {QStringLiteral("p90_hours"), row.p90Hours},
                                        {QStringLiteral("returned"), row.returned},
                                        {QStringLiteral("return_rate"), row.returnRate()}});
    if (m_context.output().isJson()) {
        m_context.output().printResult({}, {{QStringLiteral("waiting"), waitingRows},
                                            {QStringLiteral("time_to_decide"), durationRows}});
        return ExitOk;
    }
    for (const StallRow &row : waiting)
        out << row.label << '\t' << row.waiting << '\t' << row.oldestSince.toString(Qt::ISODate) << '\t'
            << QString::number(row.oldestDays, 'f', 1) << '\n';
    for (const DurationRow &row : durations)
        out << tr("提出→決裁 %1: %2 decision(s), median %3 h, 90%: %4 h, 差戻し %5%")
                   .arg(row.label)
                   .arg(row.decisions)
                   .arg(QString::number(row.medianHours, 'f', 1), QString::number(row.p90Hours, 'f', 1),
                        DeskTable::percent(row.returnRate()))
            << '\n';
    return ExitOk;
}

} // namespace kessai::cli
