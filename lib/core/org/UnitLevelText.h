// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QString>

#include <optional>

namespace kessai {

/// A unit level as people write it: its code in any case (department, division, section, office)
/// or its Japanese name (部, 課, 係, その他). The CSV import and kessai-cli org unit share it.
std::optional<UnitLevel> parseUnitLevel(const QString &text);

} // namespace kessai
