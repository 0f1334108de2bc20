// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/DeskTable.h"

#include "core/store/Timestamps.h"

namespace kessai {

namespace {
QString iso(const QDate &date)
{
    return date.isValid() ? Timestamps::dateToText(date) : QString();
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString DeskTable::percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1);
}

QString DeskTable::eraMonth(const QString &isoMonth, const EraDate &era)
{
    const QDate first = QDate::fromString(isoMonth + QStringLiteral("-01"), Qt::ISODate);
    QString text = era(first);
    // "令和8年4月1日" → "令和8年4月"
    if (text.endsWith(QStringLiteral("月1日")))
        text.chop(2);
    return text;
}

DeskTable DeskTable::rate(const RateReport &report, RateGrouping grouping, const EraDate &era)
{
    DeskTable table;
    table.header = {QStringLiteral("区分"),       QStringLiteral("名称"),         QStringLiteral("電子"),
                    QStringLiteral("紙"),         QStringLiteral("合計"),         QStringLiteral("電子決裁率(%)"),
                    QStringLiteral("期間開始"),   QStringLiteral("期間開始(和暦)"), QStringLiteral("期間終了"),
                    QStringLiteral("期間終了(和暦)")};
    const QStringList period{iso(report.query.from), era(report.query.from), iso(report.query.to),
                             era(report.query.to)};
    auto line = [&](const RateRow &row) {
        const QString label = grouping == RateGrouping::Month && row.key != QLatin1String("office")
                                  ? eraMonth(row.key, era)
                                  : row.label;
        return QStringList{row.key,
                           label,
                           QString::number(row.electronic),
                           QString::number(row.paper),
                           QString::number(row.total()),
                           percent(row.rate())} +
               period;
    };
    for (const RateRow &row : report.rows)
        table.rows.append(line(row));
    if (grouping != RateGrouping::Office)
        table.rows.append(line(report.office));
    return table;
}

DeskTable DeskTable::reasons(const QList<PaperReasonCount> &counts)
{
    DeskTable table;
    table.header = {QStringLiteral("理由コード"), QStringLiteral("理由"), QStringLiteral("所属"),
                    QStringLiteral("件数")};
    for (const PaperReasonCount &count : counts)
        table.rows.append({count.reasonCode, count.reasonName, count.unitName, QString::number(count.count)});
    return table;
}

DeskTable DeskTable::stall(const QList<StallRow> &rows, const EraDate &era)
{
    DeskTable table;
    table.header = {QStringLiteral("対象"), QStringLiteral("滞留件数"), QStringLiteral("最古の滞留開始日"),
                    QStringLiteral("最古の滞留開始日(和暦)"), QStringLiteral("最長滞留日数")};
    for (const StallRow &row : rows) {
        const QDate since = row.oldestSince.toLocalTime().date();
        table.rows.append({row.label, QString::number(row.waiting), iso(since), era(since),
                           QString::number(row.oldestDays, 'f', 1)});
    }
    return table;
}

DeskTable DeskTable::durations(const QList<DurationRow> &rows)
{
    DeskTable table;
    table.header = {QStringLiteral("区分"),           QStringLiteral("名称"),
                    QStringLiteral("決裁件数"),       QStringLiteral("提出→決裁 中央値(時間)"),
                    QStringLiteral("提出→決裁 90%値(時間)"), QStringLiteral("差戻し件数"),
                    QStringLiteral("差戻し率(%)")};
    for (const DurationRow &row : rows)
        table.rows.append({row.key, row.label, QString::number(row.decisions), QString::number(row.medianHours, 'f', 1),
                           QString::number(row.p90Hours, 'f', 1), QString::number(row.returned),
                           percent(row.returnRate())});
    return table;
}

DeskTable DeskTable::documents(const QList<DeskDocument> &documents, const EraDate &era)
{
    DeskTable table;
    table.header = {QStringLiteral("文書番号"),   QStringLiteral("件名"),       QStringLiteral("所属"),
                    QStringLiteral("決裁日"),     QStringLiteral("決裁日(和暦)"), QStringLiteral("紙決裁"),
                    QStringLiteral("滞留先"),     QStringLiteral("滞留開始日"),  QStringLiteral("滞留開始日(和暦)")};
    for (const DeskDocument &d : documents) {
        const QDate since = d.waitingSince.isValid() ? d.waitingSince.toLocalTime().date() : QDate();
        table.rows.append({d.numberLabel, d.title.isEmpty() ? QStringLiteral("（秘）") : d.title, d.unitName,
                           iso(d.decidedOn), d.decidedOn.isValid() ? era(d.decidedOn) : QString(),
                           d.decidedOn.isValid() ? (d.paper ? QStringLiteral("紙") : QStringLiteral("電子")) : QString(),
                           d.assigneeName, iso(since), since.isValid() ? era(since) : QString()});
    }
    return table;
}

QByteArray DeskTable::toCsv() const
{
    QString text(QChar(0xFEFF)); // BOM: Excel then reads UTF-8, not the Windows code page
    auto write = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    write(header);
    for (const QStringList &row : rows)
        write(row);
    return text.toUtf8();
}

} // namespace kessai
