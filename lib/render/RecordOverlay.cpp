// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RecordOverlay.h"

#include "render/DateSeal.h"
#include "render/TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace kessai::render {

QString RecordOverlay::watermark()
{
    return tr("Not decided");
}

QString RecordOverlay::footer(int pageNumber, int pageCount) const
{
    return numberLabel.isEmpty() ? tr("%1 / %2").arg(pageNumber).arg(pageCount)
                                 : tr("%1   %2 / %3").arg(numberLabel).arg(pageNumber).arg(pageCount);
}

void RecordOverlay::paint(QPainter &painter, const QSizeF &page, int pageNumber, int pageCount) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = TextWrap::font(8);
    const QString text = footer(pageNumber, pageCount);
    const QFontMetricsF metrics(small);
    // A white ground under the footer so it stays legible on a full-bleed attachment page.
    const qreal width = metrics.horizontalAdvance(text) + 10;
    const QRectF band((page.width() - width) / 2, page.height() - 22, width, 13);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(band);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(small);
    painter.drawText(band, Qt::AlignCenter, text);
    if (undecided) {
        const QString mark = watermark();
        const qreal side = std::min(page.width(), page.height());
        QFont big = TextWrap::font(std::max(12, int(side / 4.5)), true);
        // Within the page: a long translation is made smaller, never cut at the edges.
        const qreal wide = QFontMetricsF(big).horizontalAdvance(mark);
        if (wide > page.width() * 0.85)
            big.setPixelSize(std::max(8, int(big.pixelSize() * page.width() * 0.85 / wide)));
        painter.setFont(big);
        const QFontMetricsF bigMetrics(big);
        // Level, not diagonal: text turned by an odd angle comes out of pdftotext letter by
        // letter among the page's own words, and the mark must be found as 「未決裁」.
        painter.translate(page.width() / 2, page.height() / 2);
        QColor red = DateSeal::kRed;
        red.setAlpha(60);
        painter.setPen(red);
        painter.drawText(QPointF(-bigMetrics.horizontalAdvance(mark) / 2,
                                 (bigMetrics.ascent() - bigMetrics.descent()) / 2),
                         mark);
    }
    painter.restore();
}

} // namespace kessai::render
