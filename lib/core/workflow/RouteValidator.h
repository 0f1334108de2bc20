// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowCase.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace kessai {

/// 提出時の点検: every problem that keeps a document from being submitted, listed at once so
/// the drafter can fix them in one go (missing fields, no or several 決裁 steps, inactive
/// assignees, the drafter on their own deciding line …).
class RouteValidator
{
    Q_DECLARE_TR_FUNCTIONS(RouteValidator)

public:
    /// Empty when the case may be submitted. Steps that already acted (a resubmission after
    /// 差戻し) are not checked for active assignees: what they did stands. nameOf names people
    /// in the messages (default "user 12").
    static QStringList problems(const WorkflowCase &c, const std::function<QString(qint64)> &nameOf = {});
};

} // namespace kessai
