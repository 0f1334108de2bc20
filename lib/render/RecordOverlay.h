// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

class QPainter;

namespace kessai::render {

/// What goes over every page of the 原議 (record PDF or print): the footer with the 文書番号 and
/// "n / N", and before 決裁 the 「未決裁」 watermark across the page. Painted in points.
class RecordOverlay
{
    Q_DECLARE_TR_FUNCTIONS(RecordOverlay)

public:
    QString numberLabel; ///< 文書番号 (empty before 提出: the 件名 is used)
    bool undecided = false;

    void paint(QPainter &painter, const QSizeF &page, int pageNumber, int pageCount) const;
    /// The footer's text for page n of N.
    QString footer(int pageNumber, int pageCount) const;
    /// The watermark's text (「未決裁」).
    static QString watermark();
};

} // namespace kessai::render
