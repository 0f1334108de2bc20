// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/RoutePlan.h"

#include <QDateTime>

namespace kessai {

/// 経路テンプレート: a route a user saved under a name to start new drafts from.
struct RouteTemplate
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;
    RoutePlan plan;
    QDateTime updatedAt;
};

} // namespace kessai
