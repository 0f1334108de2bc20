// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/UnitLevelText.h"

namespace kessai {

std::optional<UnitLevel> parseUnitLevel(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const auto level = fromCode<UnitLevel>(trimmed.toLower()))
        return level;
    if (trimmed == QStringLiteral("部"))
        return UnitLevel::Department;
    if (trimmed == QStringLiteral("課"))
        return UnitLevel::Division;
    if (trimmed == QStringLiteral("係"))
        return UnitLevel::Section;
    if (trimmed == QStringLiteral("その他"))
        return UnitLevel::Office;
    return std::nullopt;
}

} // namespace kessai
