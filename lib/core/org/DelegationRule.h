// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QString>

namespace kessai {

/// One line of the 専決規程 (delegation table): for a 決裁区分, who comes at position seq on
/// the deciding line — a title rank, looked up in the drafter's 係, 課, 部 or anywhere —
/// whether they review (回議) or decide (決裁), and what happens when they are away.
struct DelegationRule
{
    enum class Scope
    {
        Section,
        Division,
        Department,
        Organization
    };

    QString levelCode; ///< decision_levels.code, e.g. division_head (課長専決)
    int seq = 0;
    int titleRank = 0;
    Scope scope = Scope::Division;
    StepKind kind = StepKind::Review; ///< review or decide
    AbsenceRule absenceRule = AbsenceRule::PostReview;

    static QString scopeCode(Scope scope);
    static std::optional<Scope> scopeFromCode(const QString &code);
};

} // namespace kessai
