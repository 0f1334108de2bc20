// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/WorkflowAction.h"

#include <array>
#include <utility>

namespace kessai {

namespace {
constexpr std::array<std::pair<WorkflowActionKind, const char *>, 12> kActions{
    {{WorkflowActionKind::Submit, "submit"},
     {WorkflowActionKind::Approve, "approve"},
     {WorkflowActionKind::Read, "read"},
     {WorkflowActionKind::Return, "return"},
     {WorkflowActionKind::Reject, "reject"},
     {WorkflowActionKind::Withdraw, "withdraw"},
     {WorkflowActionKind::SkipAhead, "skip_ahead"},
     {WorkflowActionKind::Decide, "decide"},
     {WorkflowActionKind::ProxyDecide, "proxy_decide"},
     {WorkflowActionKind::Enforce, "enforce"},
     {WorkflowActionKind::Close, "close"},
     {WorkflowActionKind::CloseEarly, "close_early"}}};
} // namespace

QString toCode(WorkflowActionKind value)
{
    for (const auto &[kind, code] : kActions) {
        if (kind == value)
            return QLatin1String(code);
    }
    return {};
}

template <>
std::optional<WorkflowActionKind> fromCode<WorkflowActionKind>(const QString &code)
{
    for (const auto &[kind, text] : kActions) {
        if (code == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

} // namespace kessai
