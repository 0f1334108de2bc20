// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace kessai::render {

/// What goes over every page of the 原議 (record PDF or print): the footer with the 文書番号 and
/// "n / N", and before 決裁 the 「未決裁」 watermark across the page. Painted in points.
///
/// The footer is laid out as a frame (ground, the text before and after the page number, the
/// watermark) and the number's digits in fixed slots, so the record PDF can draw each frame and
/// each digit once and place them on hundreds of pages (RecordPdfAssembly) instead of drawing
/// one overlay page per output page.
class RecordOverlay
{
    Q_DECLARE_TR_FUNCTIONS(RecordOverlay)

public:
    QString numberLabel; ///< 文書番号 (empty before 提出: the 件名 is used)
    bool undecided = false;

    /// Where the footer of a page goes, for page numbers of a given count of digits.
    struct FooterLayout
    {
        QRectF band;         ///< the white ground (Qt coordinates, y down)
        QString before;      ///< text before the page number
        QString after;       ///< text after it (" / N")
        qreal baseline = 0;  ///< of the text
        qreal beforeX = 0;
        qreal numberX = 0;   ///< left of the first digit slot
        qreal slot = 0;      ///< width of one digit slot
        qreal afterX = 0;
    };
    FooterLayout footerLayout(const QSizeF &page, int digits, int pageCount) const;

    /// Everything but the page number's digits: the ground, the text around the number, the watermark.
    void paintFrame(QPainter &painter, const QSizeF &page, int digits, int pageCount) const;
    /// One digit in a slot whose top left is at, as tall as the band.
    void paintDigit(QPainter &painter, const QPointF &at, int digit) const;
    /// A digit slot's size (slot width × band height).
    QSizeF digitSlot() const;

    /// The watermark's text (「未決裁」).
    static QString watermark();
};

} // namespace kessai::render
