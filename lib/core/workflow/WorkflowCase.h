// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowStep.h"

#include <QDate>
#include <QList>

namespace kessai {

/// 案件: one document as the workflow engine sees it — its status, what 提出 checks, its
/// dates and its route (経路) of stages. A plain value: the engine returns a new one.
struct WorkflowCase
{
    /// 段: the steps of one stage run in parallel (合議); the route moves on when all are complete.
    struct Stage
    {
        qint64 id = 0;
        QList<WorkflowStep> steps;
    };

    /// What 引戻し restores: the last action that may be pulled back, who took it, and the
    /// status and steps as they were before it. Empty once the next person has acted.
    struct Undo
    {
        QString action; ///< WorkflowAction code
        qint64 actorId = 0;
        qint64 stepId = 0; ///< 0 for 提出
        DocumentStatus status = DocumentStatus::Draft;
        QList<WorkflowStep> steps; ///< only the steps the action changed, as they were

        bool isEmpty() const { return actorId == 0; }
        bool touches(qint64 stepId) const;
        QString toJson() const;
        static Undo fromJson(const QString &text);
    };

    qint64 documentId = 0;
    DocumentKind kind = DocumentKind::Decision;
    DocumentStatus status = DocumentStatus::Draft;
    qint64 drafterId = 0;
    qint64 unitId = 0; ///< the document's 係 or 課
    // What 提出 checks besides the route.
    QString title;
    qint64 decisionLevelId = 0; ///< 決裁区分
    int deciderRank = 0;        ///< the 役職 rank the 決裁区分 asks of the decider (0 = unknown)
    qint64 fileId = 0;          ///< 簿冊
    QDate decidedOn;            ///< 決裁日
    QDate enforcedOn;           ///< 施行日
    QDateTime decidedAt;
    QDateTime enforcedAt;
    QDateTime closedAt;
    QList<Stage> stages;
    Undo undo;

    /// 決裁 documents are decided; 報告 and 収受 are circulated and close when read.
    bool needsDecision() const { return kind == DocumentKind::Decision; }
    WorkflowStep *step(qint64 stepId);
    const WorkflowStep *step(qint64 stepId) const;
    /// Index of the stage holding the step, or -1.
    int stageOf(qint64 stepId) const;
    /// The first stage with a blocking step that is not complete, or -1 when none.
    int currentStage() const;
    QList<WorkflowStep> allSteps() const;
    bool hasStepIn(StepState state) const;
};

} // namespace kessai
