// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"
#include "core/records/RecordTerms.h"

#include <QString>

#include <optional>

namespace kessai {

/// An entry of the 文書分類表 (classification): 大分類 (depth 1), 中分類 (2), 小分類 (3), 細分類 (4),
/// per 課. A leaf carries the default 保存期間 and 満了時の措置 of the 簿冊 made from it.
struct FilingClass
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString code;
    QString name;
    qint64 parentId = 0;
    QString parentCode;
    int depth = 1;
    std::optional<RetentionPeriod> retention;
    std::optional<Disposition> disposition;
};

} // namespace kessai
