// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/DeskPrinter.h"

#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace kessai::gui::DeskPrinter {

bool paint(QPrinter &printer, const DeskSnapshot &snapshot, QChartView *chart, const DeskTable::EraDate &era)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRect page = painter.viewport();
    const int margin = page.width() / 30;
    int y = margin;
    QFont title = painter.font();
    title.setPointSizeF(16);
    title.setBold(true);
    painter.setFont(title);
    const QString heading = QCoreApplication::translate("DeskPrinter", "電子決裁率 %1 – %2")
                                .arg(era(snapshot.query.from), era(snapshot.query.to));
    painter.drawText(QRect(margin, y, page.width() - 2 * margin, page.height() / 20), Qt::AlignLeft, heading);
    y += page.height() / 20;
    QFont body = painter.font();
    body.setPointSizeF(10);
    body.setBold(false);
    painter.setFont(body);
    const RateRow &office = snapshot.office.office;
    QStringList lines{QCoreApplication::translate("DeskPrinter", "Rate %1% (electronic %2 / paper %3 / total %4), target %5%")
                          .arg(DeskTable::percent(office.rate()))
                          .arg(office.electronic)
                          .arg(office.paper)
                          .arg(office.total())
                          .arg(DeskTable::percent(snapshot.office.target))};
    for (const RateRule &rule : snapshot.office.rules)
        lines << (rule.excluded >= 0 ? QStringLiteral("• %1 (%2)").arg(rule.text).arg(rule.excluded)
                                     : QStringLiteral("• ") + rule.text);
    const QRect textBox(margin, y, page.width() - 2 * margin, page.height() / 4);
    QRect used;
    painter.drawText(textBox, Qt::TextWordWrap, lines.join(QLatin1Char('\n')), &used);
    y += used.height() + margin / 2;
    if (chart) {
        const QPixmap image = chart->grab();
        const int width = page.width() - 2 * margin;
        const int height = image.width() ? width * image.height() / image.width() : 0;
        painter.drawPixmap(QRect(margin, y, width, height), image);
        y += height + margin / 2;
    }
    painter.drawText(QRect(margin, y, page.width() - 2 * margin, page.height() / 30), Qt::AlignLeft,
                     QCoreApplication::translate("DeskPrinter", "Units, furthest below the target first"));
    y += page.height() / 30;
    const int lineHeight = painter.fontMetrics().height() + 2;
    for (const RateRow &row : snapshot.units) {
        if (y + lineHeight > page.bottom() - margin) {
            printer.newPage();
            y = margin;
        }
        painter.drawText(margin, y + painter.fontMetrics().ascent(),
                         QStringLiteral("%1　%2%　(%3 / %4 / %5)")
                             .arg(row.label, DeskTable::percent(row.rate()))
                             .arg(row.electronic)
                             .arg(row.paper)
                             .arg(row.total()));
        y += lineHeight;
    }
    return painter.end();
}

bool writePdf(const QString &path, const DeskSnapshot &snapshot, QChartView *chart, const DeskTable::EraDate &era)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(QCoreApplication::translate("DeskPrinter", "Electronic decision desk"));
    return paint(printer, snapshot, chart, era);
}

void print(QWidget *parent, const DeskSnapshot &snapshot, QChartView *chart, const DeskTable::EraDate &era)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paint(printer, snapshot, chart, era);
}

} // namespace kessai::gui::DeskPrinter
