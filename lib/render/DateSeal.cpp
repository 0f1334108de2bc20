// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DateSeal.h"

#include "render/TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace kessai::render {

const QColor DateSeal::kRed(0xD0, 0x1C, 0x1F);

namespace {
/// Draws text centred in band, condensed sideways when it is wider (as seal makers do).
void fitText(QPainter &painter, const QString &text, const QRectF &band, int pixelSize)
{
    if (text.isEmpty())
        return;
    const QFont font = TextWrap::font(pixelSize, true);
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(text);
    const qreal squeeze = width > band.width() ? band.width() / width : 1.0;
    painter.save();
    painter.setFont(font);
    painter.translate(band.center());
    painter.scale(squeeze, 1.0);
    const qreal baseline = (metrics.ascent() - metrics.descent()) / 2;
    painter.drawText(QPointF(-width / 2, baseline), text);
    painter.restore();
}
} // namespace

void DateSeal::paint(QPainter &painter, const QRectF &box) const
{
    const qreal diameter = std::min(box.width(), box.height());
    const QRectF circle(box.center().x() - diameter / 2, box.center().y() - diameter / 2, diameter, diameter);
    const qreal r = diameter / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kRed, std::max(0.8, diameter / 40)));
    painter.drawEllipse(circle);
    // The middle band: two chords a sixth of the diameter above and below the centre.
    const qreal dy = diameter / 6;
    const qreal half = std::sqrt(r * r - dy * dy);
    const QPointF c = circle.center();
    painter.setPen(QPen(kRed, std::max(0.6, diameter / 60)));
    painter.drawLine(QPointF(c.x() - half, c.y() - dy), QPointF(c.x() + half, c.y() - dy));
    painter.drawLine(QPointF(c.x() - half, c.y() + dy), QPointF(c.x() + half, c.y() + dy));
    painter.setPen(kRed);
    const int big = std::max(4, int(std::lround(diameter * 0.22)));
    const int small = std::max(4, int(std::lround(diameter * 0.18)));
    // Usable width of the top and bottom segments: the chord at the outer edge of the text (its
    // corners touch the circle there; measured at mid height, a long unit name such as 「総務-文書」
    // ran past the ring), less a little air.
    const qreal middle = dy + (r - dy) / 2;
    auto segment = [&](int pixelSize) {
        const qreal edge = std::min(r * 0.98, middle + pixelSize * 0.4);
        return 2 * std::sqrt(r * r - edge * edge) * 0.94;
    };
    const qreal top = segment(small);
    const qreal bottom = segment(big);
    fitText(painter, unitShortName, QRectF(c.x() - top / 2, c.y() - r, top, r - dy), small);
    fitText(painter, date, QRectF(c.x() - half * 0.92, c.y() - dy, half * 1.84, 2 * dy), small);
    fitText(painter, surname, QRectF(c.x() - bottom / 2, c.y() + dy, bottom, r - dy), big);
    painter.restore();
}

} // namespace kessai::render
