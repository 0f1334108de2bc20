// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace kessai::render {

/// データ印 (date seal): the round red seal of Japanese approval forms, the unit's short name on
/// top, the 和暦 date in the middle band between two lines, the surname below. Drawn in vector
/// form on any painter (screen, printer, PDF); text is kept as text so a PDF can be searched.
class DateSeal
{
public:
    static const QColor kRed;

    QString unitShortName;
    QString date; ///< "R8.12.3"
    QString surname;

    /// Draws the seal in the circle inscribed in box.
    void paint(QPainter &painter, const QRectF &box) const;
};

} // namespace kessai::render
