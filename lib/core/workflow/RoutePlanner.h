// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/DelegationRule.h"
#include "core/org/Title.h"
#include "core/org/Unit.h"
#include "core/org/User.h"
#include "core/workflow/RoutePlan.h"

#include <QCoreApplication>
#include <QStringList>

namespace kessai {

/// 既定経路: the default route of a document from the 専決規程 and the organization. Each
/// rule's title rank is looked up in the drafter's 係, 課 or 部 (or anywhere); people at or
/// below the drafter's own rank are left out, and so are reviewers nobody holds the title of.
/// A missing decider is a problem the drafter must solve (a route without 決裁 is refused).
/// Pure: the store gathers the inputs.
class RoutePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RoutePlanner)

public:
    struct Input
    {
        DocumentKind kind = DocumentKind::Decision;
        User drafter;
        qint64 documentUnitId = 0; ///< used when the drafter has no unit
        QString levelName;         ///< for messages, e.g. 課長専決
        QList<DelegationRule> rules;
        QList<Unit> units;
        QList<User> users; ///< active users
        QList<Title> titles;
    };
    struct Result
    {
        RoutePlan plan;
        QStringList problems;
    };

    /// 決裁 documents follow the rules; 報告 / 収受 get the same people as 供覧 steps.
    static Result plan(const Input &input);
};

} // namespace kessai
