// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace kessai {

/// Where each character of OCR'd text is on its page, kept beside the text (content_text.boxes)
/// so that the single view can highlight a hit on a scan. Boxes are fractions of the page
/// (0–1, top left origin), one per UTF-16 unit of the text, null for separators.
/// Stored as "x,y,w,h" in ten-thousandths, one per unit, separated by ';' (an empty field for a
/// null box): about 20 bytes a character, no format to version.
class TextBoxes
{
public:
    static constexpr int kUnits = 10000;

    static QString encode(const QList<QRectF> &boxes);
    /// The boxes of text, or an empty list when text is malformed (then nothing is highlighted).
    static QList<QRectF> decode(const QString &text);
};

} // namespace kessai
