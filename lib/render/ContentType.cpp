// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ContentType.h"

namespace kessai::render {

QString ContentType::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Pdf:
        return QStringLiteral("pdf");
    case Kind::Image:
        return QStringLiteral("image");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Csv:
        return QStringLiteral("csv");
    case Kind::Markdown:
        return QStringLiteral("markdown");
    case Kind::Office:
        return QStringLiteral("office");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString ContentType::label() const
{
    switch (kind) {
    case Kind::Pdf:
        return tr("PDF");
    case Kind::Image:
        return tr("%1 image").arg(format.toUpper());
    case Kind::Text:
        return tr("Text");
    case Kind::Csv:
        return tr("CSV table");
    case Kind::Markdown:
        return tr("Markdown text");
    case Kind::Empty:
        return tr("Empty file");
    case Kind::Office:
        if (format == QLatin1String("docx") || format == QLatin1String("doc") ||
            format == QLatin1String("odt") || format == QLatin1String("rtf"))
            return tr("Word processor document (%1)").arg(format);
        if (format == QLatin1String("xlsx") || format == QLatin1String("xls") ||
            format == QLatin1String("ods"))
            return tr("Spreadsheet (%1)").arg(format);
        if (format == QLatin1String("pptx") || format == QLatin1String("ppt") ||
            format == QLatin1String("odp"))
            return tr("Presentation (%1)").arg(format);
        return tr("Office document (%1)").arg(format);
    case Kind::Other:
        break;
    }
    return format.isEmpty() ? tr("Unknown type") : tr("Unsupported type (%1)").arg(format);
}

} // namespace kessai::render
