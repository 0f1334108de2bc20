// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RegisterPrinter.h"

#include "core/records/RecordsRegister.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <numeric>

namespace kessai::gui {

namespace {
/// Relative widths of the 13 national columns (名称 and the classes get the room).
constexpr double kWeights[] = {6, 9, 9, 16, 9, 7, 5, 7, 5, 8, 7, 5, 9};
constexpr double kPad = 0.8; // mm inside a cell

struct Layout
{
    QList<double> columnX; // left edge of each column, and the right edge last
    QList<double> rowHeight;
    QList<QList<int>> pages; // the rows on each page
    double headerHeight = 0;
};

double mm(const QPagedPaintDevice *device, double millimetres)
{
    return millimetres * device->logicalDpiX() / 25.4;
}
} // namespace

int RegisterPrinter::paint(QPagedPaintDevice *device, const QList<RecordFile> &files, const QString &title)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const QRectF page(0, 0, device->width(), device->height());
    QFont cellFont = painter.font();
    cellFont.setPointSizeF(7.5);
    QFont headFont = cellFont;
    headFont.setBold(true);
    QFont titleFont = cellFont;
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    const QFontMetricsF cellMetrics(cellFont, device);
    const QFontMetricsF headMetrics(headFont, device);
    const double pad = mm(device, kPad);

    Layout layout;
    const double total = std::accumulate(std::begin(kWeights), std::end(kWeights), 0.0);
    double x = 0;
    for (double w : kWeights) {
        layout.columnX << x;
        x += page.width() * w / total;
    }
    layout.columnX << page.width();
    auto cellRect = [&](int column) {
        return QRectF(layout.columnX[column] + pad, 0, layout.columnX[column + 1] - layout.columnX[column] - 2 * pad, 1e6);
    };
    auto heightOf = [&](const QStringList &cells, const QFontMetricsF &metrics) {
        double h = metrics.height();
        for (int c = 0; c < cells.size(); ++c)
            h = std::max(h, metrics.boundingRect(cellRect(c), Qt::TextWordWrap, cells[c]).height());
        return h + 2 * pad;
    };
    const QStringList headings = RecordsRegister::headings();
    layout.headerHeight = heightOf(headings, headMetrics);
    const double titleHeight = QFontMetricsF(titleFont, device).height() * 1.6;
    const double footHeight = cellMetrics.height() * 1.8;
    QList<QStringList> rows;
    for (const RecordFile &f : files) {
        rows << RecordsRegister::row(f);
        layout.rowHeight << heightOf(rows.last(), cellMetrics);
    }
    // Rows to pages: a row never breaks across pages.
    const double room = page.height() - titleHeight - footHeight - layout.headerHeight;
    layout.pages << QList<int>();
    double used = 0;
    for (int r = 0; r < rows.size(); ++r) {
        if (used + layout.rowHeight[r] > room && !layout.pages.last().isEmpty()) {
            layout.pages << QList<int>();
            used = 0;
        }
        layout.pages.last() << r;
        used += layout.rowHeight[r];
    }

    auto drawRow = [&](double top, double height, const QStringList &cells, const QFont &font, bool shaded) {
        painter.setFont(font);
        const QRectF band(0, top, page.width(), height);
        if (shaded)
            painter.fillRect(band, QColor(235, 235, 235));
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(layout.columnX[c], top, layout.columnX[c + 1] - layout.columnX[c], height);
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[c]);
        }
    };
    const int pageCount = int(layout.pages.size());
    painter.setPen(QPen(Qt::black, 0));
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            device->newPage();
        painter.setFont(titleFont);
        painter.drawText(QRectF(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        double top = titleHeight;
        drawRow(top, layout.headerHeight, headings, headFont, true);
        top += layout.headerHeight;
        for (int r : std::as_const(layout.pages[p])) {
            drawRow(top, layout.rowHeight[r], rows[r], cellFont, false);
            top += layout.rowHeight[r];
        }
        painter.setFont(cellFont);
        painter.drawText(QRectF(0, page.height() - footHeight, page.width(), footHeight), Qt::AlignCenter,
                         tr("%1 / %2").arg(p + 1).arg(pageCount));
    }
    return pageCount;
}

void RegisterPrinter::preview(const QList<RecordFile> &files, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the register"));
    dialog.resize(1100, 800);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&files, &title](QPrinter *target) { paint(target, files, title); });
    dialog.exec();
}

} // namespace kessai::gui
