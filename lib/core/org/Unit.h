// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QString>

namespace kessai {

/// 所属: a 部, 課 or 係 of the organization.
struct Unit
{
    qint64 id = 0;
    QString code; ///< short code used in 文書番号, e.g. 総務 → 総務第12号
    QString name;
    UnitLevel level = UnitLevel::Division;
    qint64 parentId = 0;
    int sortOrder = 0;
    bool active = true;
};

} // namespace kessai
