// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TextWrap.h"

#include <QTextLayout>

namespace kessai::render {

QFont TextWrap::font(int pixelSize, bool bold)
{
    QFont font;
    // IPA fonts first: with Noto Sans CJK, Qt's PDF writer maps glyphs shared with the Kangxi
    // radicals back to them (用 comes out of pdftotext as ⽤), so the record could not be searched.
    font.setFamilies({QStringLiteral("IPAPGothic"), QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QStringList TextWrap::lines(const QString &text, const QFont &font, qreal width)
{
    QStringList out;
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QLatin1Char('\t'), QLatin1String("    "));
    const QStringList paragraphs = normalised.split(QLatin1Char('\n'));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            out.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.setCacheEnabled(false);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return out;
}

} // namespace kessai::render
