// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace kessai::render {

/// Breaks text into the lines it takes at a width, for pages drawn line by line (the 鑑, text
/// attachments in the record PDF), so that a page break falls between lines and no text is cut.
/// Fonts are sized in pixels so that one unit is one point on every device (see CoverSheetPainter).
class TextWrap
{
public:
    /// The sheet font: Japanese (IPA Gothic, whose text a PDF keeps searchable), pixelSize in points, hinting off so widths do not
    /// depend on the device.
    static QFont font(int pixelSize, bool bold = false);
    /// The lines of text at width (paragraph breaks kept; empty paragraphs as empty lines).
    static QStringList lines(const QString &text, const QFont &font, qreal width);
};

} // namespace kessai::render
