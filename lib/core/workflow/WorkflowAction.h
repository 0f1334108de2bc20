// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kessai {

/// The workflow's actions: 提出, 承認 (also a 合議 opinion), 閲覧 (供覧 and 後閲), 差戻し, 却下,
/// 引戻し, 引上げ, 決裁, 代決, 施行, 完結, and 供覧の打切り (a 文書管理者 closes a 供覧 early).
enum class WorkflowActionKind
{
    Submit,
    Approve,
    Read,
    Return,
    Reject,
    Withdraw,
    SkipAhead,
    Decide,
    ProxyDecide,
    Enforce,
    Close,
    CloseEarly
};

QString toCode(WorkflowActionKind value);
template <>
std::optional<WorkflowActionKind> fromCode<WorkflowActionKind>(const QString &code);

/// One action a user asks for (or, from allowedActions, may ask for).
struct WorkflowAction
{
    WorkflowActionKind kind = WorkflowActionKind::Approve;
    qint64 stepId = 0; ///< the step acted on (0 for 提出, 施行, 完結; 引戻し: 0 = "my last action")
    qint64 returnToStepId = 0; ///< 差戻し target: 0 = the drafter, else an earlier step that approved
    QString comment;           ///< required for 差戻し and 却下
    QDate date;                ///< 施行日 (invalid = today)
    /// What the store records with the action besides the engine's own details (施行: the
    /// 施行先, 施行方法, 公印 … of EnforcementStore): added to the action's audit event.
    QJsonObject details;
    /// From allowedActions, for 差戻し: the earlier steps it may go to besides the drafter.
    QList<qint64> returnTargets;

    bool commentRequired() const
    {
        return kind == WorkflowActionKind::Return || kind == WorkflowActionKind::Reject ||
               kind == WorkflowActionKind::CloseEarly;
    }
};

} // namespace kessai
