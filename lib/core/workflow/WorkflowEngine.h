// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowAction.h"
#include "core/workflow/WorkflowCase.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace kessai {

/// 回議・合議・決裁の規則: the workflow as a pure state machine over WorkflowCase. No SQL, no
/// clock, no I/O: the store loads a case, asks the engine, and persists what comes back.
///
/// The route: stages run in order; the steps of a stage run in parallel and all must be
/// complete before the next stage is due. 後閲 (post_review steps and 後閲 marks) never
/// holds the route. 差戻し keeps every earlier approval; when the document comes back the
/// route resumes at the step that sent it back, because that step's stage is the first one
/// left incomplete.
class WorkflowEngine
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEngine)

public:
    /// Who acts: the user and their roles (施行・完結 also by a 文書管理者).
    struct Actor
    {
        qint64 userId = 0;
        QList<Role> roles;
        /// The units of the actor's 課 (their own and those under it): where a 文書管理者 may
        /// close a 供覧 early.
        QSet<qint64> unitScope;
        bool has(Role role) const { return roles.contains(role); }
    };

    /// The day and who is away today (不在) with their 代理者 (0 = none registered). The
    /// proxy of an absent user may act for them on steps whose rule is "proxy"; on the
    /// 決裁 step that is 代決.
    struct Context
    {
        QDate today;
        QDateTime now;
        QHash<qint64, qint64> absentees;
        /// How refusals name a person (the store gives "佐藤 由美 (sato_y)"); default "user 12".
        std::function<QString(qint64 userId)> nameOf;
        bool isAbsent(qint64 userId) const { return absentees.contains(userId); }
        qint64 proxyOf(qint64 userId) const { return absentees.value(userId); }
        QString name(qint64 userId) const;
    };

    /// One state change to audit: the action code, the step, who and for whom, the comment,
    /// and details (step kind, status before and after, 差戻し target, 施行日 …).
    struct Event
    {
        QString action;
        qint64 stepId = 0;
        qint64 actorId = 0;
        qint64 actingForId = 0;
        QString comment;
        QJsonObject details;
    };

    struct Result
    {
        bool ok = false;
        QString reason;       ///< why it was refused (English, names the step and the rule)
        QStringList problems; ///< for 提出: every problem found, reason joins them
        WorkflowCase after;   ///< the new case (unchanged when refused)
        QList<Event> events;
    };

    /// What the actor may do now, one entry per step acted on. 提出 is listed when the
    /// drafter may submit even if RouteValidator still has problems: apply() then lists them.
    static QList<WorkflowAction> allowedActions(const WorkflowCase &c, const Actor &actor,
                                                const Context &context);
    /// Why the action is refused, or an empty string when apply() would succeed.
    static QString refusal(const WorkflowCase &c, const WorkflowAction &action, const Actor &actor,
                           const Context &context);
    static Result apply(const WorkflowCase &c, const WorkflowAction &action, const Actor &actor,
                        const Context &context);
};

} // namespace kessai
