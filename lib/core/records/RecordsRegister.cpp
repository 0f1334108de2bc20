// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordsRegister.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace kessai::RecordsRegister {

namespace {
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy/MM/dd")) : QStringLiteral("―");
}

QString retention(RetentionPeriod period)
{
    if (period == RetentionPeriod::InUse)
        return QStringLiteral("常用");
    if (period == RetentionPeriod::UnderOneYear)
        return QStringLiteral("1年未満");
    return QStringLiteral("%1年").arg(*RecordTerms::years(period));
}

QString medium(FileMedium m)
{
    switch (m) {
    case FileMedium::Electronic:
        return QStringLiteral("電子");
    case FileMedium::Paper:
        return QStringLiteral("紙");
    case FileMedium::Mixed:
        return QStringLiteral("混在");
    }
    return {};
}

QString note(const RecordFile &file)
{
    QStringList parts;
    if (file.state == FileState::Destroyed)
        parts << QStringLiteral("廃棄済");
    else if (file.state == FileState::Transferred)
        parts << QStringLiteral("移管済");
    else if (file.extended)
        parts << QStringLiteral("延長");
    if (!file.note.isEmpty())
        parts << file.note;
    return parts.join(QStringLiteral("、"));
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QStringList headings()
{
    return {QStringLiteral("作成・取得年度等"), QStringLiteral("大分類"),     QStringLiteral("中分類"),
            QStringLiteral("名称（小分類）"),   QStringLiteral("作成・取得者"), QStringLiteral("起算日"),
            QStringLiteral("保存期間"),         QStringLiteral("保存期間満了日"), QStringLiteral("媒体の種別"),
            QStringLiteral("保存場所"),         QStringLiteral("管理者"),     QStringLiteral("保存期間満了時の措置"),
            QStringLiteral("備考")};
}

QStringList row(const RecordFile &file)
{
    return {QStringLiteral("%1年度").arg(file.fiscalYear),
            file.majorClass,
            file.middleClass,
            file.name,
            file.unitName,
            date(file.startsOn),
            retention(file.retention),
            date(file.expiresOn),
            medium(file.medium),
            file.location,
            file.manager,
            file.disposition == Disposition::Transfer ? QStringLiteral("移管") : QStringLiteral("廃棄"),
            note(file)};
}

QByteArray csv(const QList<RecordFile> &files)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields)
            cells << quoted(f);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(headings());
    for (const RecordFile &f : files)
        line(row(f));
    return out;
}

QString html(const QList<RecordFile> &files, const QString &title)
{
    QString page = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                                  "@page { size: A4 landscape; margin: 12mm; } body { font-size: 9pt; } "
                                  "table { border-collapse: collapse; width: 100%; } "
                                  "th, td { border: 1px solid #444; padding: 2px 4px; } th { background: #eee; }"
                                  "</style></head><body><h2>%1</h2><table><tr>")
                       .arg(title.toHtmlEscaped());
    for (const QString &h : headings())
        page += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    page += QStringLiteral("</tr>");
    for (const RecordFile &f : files) {
        page += QStringLiteral("<tr>");
        for (const QString &cell : row(f))
            page += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        page += QStringLiteral("</tr>");
    }
    return page + QStringLiteral("</table></body></html>");
}

void save(const QString &path, const QList<RecordFile> &files, bool printable, const QString &title)
{
    const QByteArray bytes = printable ? html(files, title).toUtf8() : csv(files);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw StoreError(StoreError::Kind::BadData, QCoreApplication::translate("RecordsRegister", "cannot write %1: %2")
                                                        .arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace kessai::RecordsRegister
