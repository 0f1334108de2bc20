// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentNote.h"
#include "core/workflow/RoutePlan.h"
#include "core/workflow/WorkflowEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace kessai {

class Session;
class StoreConnection;

/// 決裁の処理 in the database: loads a document's case, lets WorkflowEngine judge the action,
/// and stores the result — in ONE transaction that locks the document, checks the row version
/// the caller saw, gives the 文書番号 at the first 提出 (DocumentNumbering: no gaps, no
/// duplicates), records comments and audits every state change (actor, acting-for, comment).
///
/// Errors (StoreError): Conflict when the document changed since the caller read it ("already
/// processed by NAME at TIME"); Refused with the engine's reason; BadData listing every
/// problem 提出 found, or for an unknown document.
class WorkflowStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowStore)

public:
    explicit WorkflowStore(StoreConnection &connection);

    /// The day the workflow runs on (決裁日, 施行日 default, 不在). Defaults to the local date;
    /// an invalid date goes back to that.
    void setToday(const QDate &today);
    QDate today() const;

    /// The case with, in *rowVersion, the version it is consistent with: pass that back to
    /// apply() so that an action decided on this view fails if someone acted in between.
    WorkflowCase load(qint64 documentId, int *rowVersion = nullptr);
    /// What the session's user may do on the document now: the GUI's buttons, the CLI's checks.
    QList<WorkflowAction> allowedActions(const Session &session, qint64 documentId);
    /// What 提出 would refuse now (empty: ready to submit).
    QStringList submissionProblems(qint64 documentId);

    /// Applies one action (施行 excepted: EnforcementStore::record applies it with its record).
    /// expectedRowVersion is documents.row_version as the caller read it
    /// (0: take the current one — the engine still refuses what is no longer possible).
    /// Returns the new row version.
    int apply(const Session &session, qint64 documentId, const WorkflowAction &action,
              int expectedRowVersion = 0);
    /// The CLI's form: the action of this kind the session's user may take now, its step found
    /// for them (decide by the registered proxy of an absent decider becomes 代決).
    int act(const Session &session, qint64 documentId, WorkflowActionKind kind, const QString &comment = {},
            qint64 returnToStepId = 0, const QDate &date = {}, int expectedRowVersion = 0);

    /// 提出 as the drafter means it: a draft that has no route yet gets the 既定経路 (defaultRoute)
    /// first, then it is submitted, all in one transaction, so a refused 提出 leaves no route
    /// behind. The GUI's 提出 button and kessai-cli submit both call this. Returns the new row
    /// version; throws like apply() (the problems that prevent 提出 listed at once).
    int submit(const Session &session, qint64 documentId, const QString &comment = {},
               int expectedRowVersion = 0);

    /// 既定経路 from the 専決規程 and the drafter's units; problems (e.g. no 課長 to decide)
    /// are listed, the plan holds what could be found.
    RoutePlan defaultRoute(const Session &session, qint64 documentId, QStringList *problems = nullptr);
    /// Replaces the route of a draft (起案中), by its drafter. Returns the new row version.
    int setRoute(const Session &session, qint64 documentId, const RoutePlan &plan,
                 int expectedRowVersion = 0);

    /// 鑑への付記 by a 文書管理者 on a decided document. Returns the note's id.
    qint64 addNote(const Session &session, qint64 documentId, const QString &text);
    QList<DocumentNote> notes(qint64 documentId);

private:
    // 施行 goes with its record: only EnforcementStore::record applies it.
    friend class EnforcementStore;

    WorkflowEngine::Context context();

    StoreConnection &m_connection;
    QDate m_today;
    bool m_recordingEnforcement = false;
};

} // namespace kessai
