// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/record/RecordPrinter.h"

#include <poppler-qt6.h>

#include <QPainter>
#include <QPrinter>
#include <QSet>

namespace kessai::gui {

RecordPrinter::RecordPrinter(QString pdfPath, PrintScope scope)
    : m_path(std::move(pdfPath))
    , m_scope(scope)
{}

int RecordPrinter::pageCount(const QString &pdfPath)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    return document && !document->isLocked() ? document->numPages() : 0;
}

bool RecordPrinter::print(QPrinter &printer, const std::function<bool(int, int)> &progress, int maxDpi)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(m_path);
    if (!document || document->isLocked()) {
        m_error = tr("%1 cannot be read for printing.").arg(m_path);
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    // Where the attachments begin: the bookmarks (the first is the 鑑, the last the record page).
    QSet<int> starts;
    const QList<Poppler::OutlineItem> outline = document->outline();
    for (int i = 1; i < outline.size(); ++i) {
        if (const auto destination = outline.at(i).destination())
            starts.insert(destination->pageNumber() - 1);
    }
    const int total = m_pageLimit > 0 ? std::min(m_pageLimit, document->numPages()) : document->numPages();
    const int resolution = printer.resolution();
    const int dpi = std::min(resolution, maxDpi);
    QPainter painter;
    int printed = 0;
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            m_error = tr("Printing was cancelled.");
            if (painter.isActive())
                printer.abort();
            return false;
        }
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        const QSizeF points = page->pageSizeF();
        const bool blankFirst = m_scope.newSheetPerAttachment && starts.contains(i) && printed % 2 == 1;
        for (int sheet = blankFirst ? 0 : 1; sheet < 2; ++sheet) {
            if (m_scope.actualSize && sheet == 1) {
                printer.setPageOrientation(QPageLayout::Portrait);
                printer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::FuzzyMatch));
            }
            if (!painter.isActive()) {
                if (!painter.begin(&printer)) {
                    m_error = tr("The printer could not be started.");
                    return false;
                }
            } else if (!printer.newPage()) {
                m_error = tr("The printer refused a new page.");
                return false;
            }
            ++printed;
        }
        const QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            continue;
        const QRectF area(QPointF(0, 0), printer.pageLayout().paintRectPixels(resolution).size());
        QSizeF drawn = points * (resolution / 72.0);
        painter.save();
        const bool turn = !m_scope.actualSize && (drawn.width() > drawn.height()) != (area.width() > area.height());
        if (turn) {
            painter.translate(area.width(), 0);
            painter.rotate(90);
        }
        const QSizeF room = turn ? area.size().transposed() : area.size();
        if (!m_scope.actualSize || drawn.width() > room.width() || drawn.height() > room.height())
            drawn.scale(room, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF((room.width() - drawn.width()) / 2, (room.height() - drawn.height()) / 2), drawn),
                          image);
        painter.restore();
    }
    if (progress)
        progress(total, total);
    if (painter.isActive())
        painter.end();
    return true;
}

} // namespace kessai::gui
