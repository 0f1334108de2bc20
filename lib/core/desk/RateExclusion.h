// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QString>

#include <optional>

namespace kessai {

/// An office's rule leaving decisions out of the 電子決裁率 (rate_exclusions): every decision of a
/// 決裁区分, of a kind (DecisionKind), or every 秘 document. Stated with every report, with the
/// number of decisions it left out: never a silent exclusion.
struct RateExclusion
{
    qint64 id = 0;
    qint64 decisionLevelId = 0;                  ///< 0 = not by 決裁区分
    qint64 decisionKindId = 0;                   ///< 0 = not by kind
    std::optional<Classification> classification; ///< set: every document of this classification
    QString note;                                ///< the office's reason, printed with the rate
    QString what;                                ///< for people: the level, kind or 秘 it names
};

} // namespace kessai
