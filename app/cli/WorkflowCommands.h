// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowAction.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace kessai {
class OrgStore;
class Session;
struct WorkflowCase;
} // namespace kessai

namespace kessai::cli {

class CliContext;

/// The workflow's actions, one command each: submit (提出), approve (承認, also a 合議 opinion),
/// return (差戻し), reject (却下), withdraw (引戻し), decide (決裁, or 代決 by the registered proxy
/// of an absent decider), close (完結) and read (供覧・後閲); enforce (施行) is EnforcementCommands. Each is one
/// transaction through WorkflowStore::act, checked against the row version read just before:
/// whoever acted first wins, and the other gets "already processed by NAME at TIME" (exit 2).
class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCommands)

public:
    explicit WorkflowCommands(CliContext &context);

    /// True for the command words this class runs.
    static bool handles(const QString &command);
    /// Runs one of them: command is the word, arguments what follows it.
    int run(const QString &command, const QStringList &arguments);

private:
    struct Request
    {
        WorkflowActionKind kind = WorkflowActionKind::Approve;
        qint64 documentId = 0;
        QString comment;
        QString returnTo;
    };

    /// nullopt when --help was printed.
    std::optional<Request> parse(const QString &command, const QStringList &arguments);
    int perform(const Request &request);
    /// When the action is not allowed now: the step the user meant (theirs, else the one due) so
    /// that the engine says why; 0 for actions without a step or when there is none.
    static qint64 refusedStep(const WorkflowCase &c, qint64 userId, WorkflowActionKind kind);
    /// The 差戻し target: 0 for the drafter, else the id of a step on the route.
    static qint64 returnTarget(const WorkflowCase &c, const QList<WorkflowAction> &allowed, const QString &to,
                               OrgStore &org);
    /// "already processed by NAME at TIME" when the user's step for this action has acted.
    static std::optional<QString> alreadyProcessed(const WorkflowCase &c, const Session &session,
                                                   WorkflowActionKind kind, OrgStore &org);
    static QString doneText(WorkflowActionKind kind, qint64 documentId, const QString &number,
                            const QString &status);

    CliContext &m_context;
};

} // namespace kessai::cli
