// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/RoutePlanner.h"

#include <QHash>

#include <algorithm>

namespace kessai {

namespace {
qint64 ancestorAt(const QHash<qint64, Unit> &units, qint64 unitId, UnitLevel level)
{
    for (int guard = 0; unitId && guard < 16; ++guard) { // guard: a cycle in bad data
        const auto it = units.constFind(unitId);
        if (it == units.constEnd())
            return 0;
        if (it->level == level)
            return unitId;
        unitId = it->parentId;
    }
    return 0;
}

QString titleName(const QList<Title> &titles, int rank)
{
    for (const Title &t : titles) {
        if (t.rank == rank)
            return t.name;
    }
    return RoutePlanner::tr("rank %1").arg(rank);
}
} // namespace

RoutePlanner::Result RoutePlanner::plan(const Input &in)
{
    Result result;
    QHash<qint64, Unit> units;
    for (const Unit &u : in.units)
        units.insert(u.id, u);
    const qint64 home = in.drafter.unitId ? in.drafter.unitId : in.documentUnitId;
    QHash<DelegationRule::Scope, qint64> scopeUnit{
        {DelegationRule::Scope::Section, ancestorAt(units, home, UnitLevel::Section)},
        {DelegationRule::Scope::Division, ancestorAt(units, home, UnitLevel::Division)},
        {DelegationRule::Scope::Department, ancestorAt(units, home, UnitLevel::Department)}};
    if (!scopeUnit.value(DelegationRule::Scope::Division)) // documents belong to a 課
        scopeUnit.insert(DelegationRule::Scope::Division,
                         ancestorAt(units, in.documentUnitId, UnitLevel::Division));

    QList<DelegationRule> rules = in.rules;
    std::sort(rules.begin(), rules.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    QList<User> users = in.users;
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.login < b.login; });
    const bool decision = in.kind == DocumentKind::Decision;
    bool decider = false;
    for (const DelegationRule &rule : rules) {
        const bool anywhere = rule.scope == DelegationRule::Scope::Organization;
        const qint64 unitId = scopeUnit.value(rule.scope);
        const User *found = nullptr;
        for (const User &u : users) {
            if (u.active && u.titleRank == rule.titleRank && u.id != in.drafter.id &&
                (anywhere || u.unitId == unitId)) {
                found = &u;
                break;
            }
        }
        const bool decides = rule.kind == StepKind::Decide;
        decider = decider || decides;
        if (decides && rule.titleRank <= in.drafter.titleRank && decision) {
            result.problems << tr("the drafter's own title is at or above the deciding title (%1) of %2: "
                                  "choose a higher decision level")
                                   .arg(titleName(in.titles, rule.titleRank), in.levelName);
            continue;
        }
        if (rule.titleRank <= in.drafter.titleRank)
            continue; // nobody reviews upwards from below
        if (!found) {
            const QString where = anywhere || !unitId ? tr("the organization") : units.value(unitId).name;
            if (decides && decision)
                result.problems << tr("no active %1 in %2 to decide %3")
                                       .arg(titleName(in.titles, rule.titleRank), where, in.levelName);
            continue;
        }
        RoutePlan::Step step;
        step.assigneeId = found->id;
        step.kind = decision ? rule.kind : StepKind::Circulate;
        step.absenceRule = decision ? rule.absenceRule : AbsenceRule::PostReview;
        result.plan.stages.append({step});
    }
    if (!decider && decision)
        result.problems << tr("the 専決規程 has no deciding line for %1").arg(in.levelName);
    return result;
}

} // namespace kessai
