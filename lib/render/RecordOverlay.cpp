// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RecordOverlay.h"

#include "render/DateSeal.h"
#include "render/TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kessai::render {

namespace {
constexpr int kFooterPixels = 8;
constexpr qreal kBandHeight = 13;
constexpr qreal kBandFromBottom = 22;
constexpr qreal kBandPadding = 5;

qreal widestDigit(const QFontMetricsF &metrics)
{
    qreal widest = 0;
    for (char c = '0'; c <= '9'; ++c)
        widest = std::max(widest, metrics.horizontalAdvance(QLatin1Char(c)));
    return widest;
}
} // namespace

QString RecordOverlay::watermark()
{
    return tr("Not decided");
}

RecordOverlay::FooterLayout RecordOverlay::footerLayout(const QSizeF &page, int digits, int pageCount) const
{
    // The translated footer split around the page number: a translation may move the number.
    const QChar marker(0xE000);
    const QString whole = numberLabel.isEmpty()
                              ? tr("%1 / %2").arg(QString(marker), QString::number(pageCount))
                              : tr("%1   %2 / %3").arg(numberLabel, QString(marker), QString::number(pageCount));
    const qsizetype at = whole.indexOf(marker);
    FooterLayout layout;
    layout.before = at < 0 ? whole : whole.left(at);
    layout.after = at < 0 ? QString() : whole.mid(at + 1);
    const QFontMetricsF metrics(TextWrap::font(kFooterPixels));
    layout.slot = widestDigit(metrics);
    const qreal beforeWidth = metrics.horizontalAdvance(layout.before);
    const qreal width = beforeWidth + digits * layout.slot + metrics.horizontalAdvance(layout.after) + 2 * kBandPadding;
    // A white ground under the footer so it stays legible on a full-bleed attachment page.
    layout.band = QRectF((page.width() - width) / 2, page.height() - kBandFromBottom, width, kBandHeight);
    layout.baseline = layout.band.top() + (kBandHeight + metrics.ascent() - metrics.descent()) / 2;
    layout.beforeX = layout.band.left() + kBandPadding;
    layout.numberX = layout.beforeX + beforeWidth;
    layout.afterX = layout.numberX + digits * layout.slot;
    return layout;
}

QSizeF RecordOverlay::digitSlot() const
{
    return QSizeF(widestDigit(QFontMetricsF(TextWrap::font(kFooterPixels))), kBandHeight);
}

void RecordOverlay::paintFrame(QPainter &painter, const QSizeF &page, int digits, int pageCount) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const FooterLayout layout = footerLayout(page, digits, pageCount);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(layout.band);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(TextWrap::font(kFooterPixels));
    painter.drawText(QPointF(layout.beforeX, layout.baseline), layout.before);
    if (!layout.after.isEmpty())
        painter.drawText(QPointF(layout.afterX, layout.baseline), layout.after);
    if (undecided) {
        const QString mark = watermark();
        const qreal side = std::min(page.width(), page.height());
        // Regular weight: the IPA fonts have no bold, and Qt's drawn-twice bold shows as a double
        // outline through the mark's transparency.
        QFont big = TextWrap::font(std::max(12, int(side / 4.5)));
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

void RecordOverlay::paintDigit(QPainter &painter, const QPointF &at, int digit) const
{
    const QFont font = TextWrap::font(kFooterPixels);
    const QFontMetricsF metrics(font);
    const QString text(QChar(u'0' + std::clamp(digit, 0, 9)));
    const qreal slot = widestDigit(metrics);
    painter.save();
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(font);
    painter.drawText(QPointF(at.x() + (slot - metrics.horizontalAdvance(text)) / 2,
                             at.y() + (kBandHeight + metrics.ascent() - metrics.descent()) / 2),
                     text);
    painter.restore();
}

} // namespace kessai::render
