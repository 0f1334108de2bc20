// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowEngine.h"

#include <initializer_list>

namespace kessai::test {

/// The people of the engine tests (ids): a drafter, the deciding line 係長 → 課長補佐 → 課長,
/// two 合議 partners, the 課長's 代理者, a 文書管理者, a stranger and a 後閲 reader.
namespace Who {
constexpr qint64 Drafter = 1;
constexpr qint64 Kakaricho = 2;
constexpr qint64 Hosa = 3;
constexpr qint64 ConsultA = 4;
constexpr qint64 ConsultB = 5;
constexpr qint64 Kacho = 6;
constexpr qint64 Proxy = 7;
constexpr qint64 Records = 8;
constexpr qint64 Stranger = 9;
constexpr qint64 Reader = 10;
constexpr qint64 Last = 10;
} // namespace Who

/// Step ids of standardDecision(): 11 係長 review | 12, 13 合議 | 14 課長補佐 review |
/// 15 課長 decide | 16 後閲 (Reader).
namespace StepId {
constexpr qint64 Review1 = 11;
constexpr qint64 ConsultA = 12;
constexpr qint64 ConsultB = 13;
constexpr qint64 Review2 = 14;
constexpr qint64 Decide = 15;
constexpr qint64 PostReview = 16;
/// standardReport(): 21 | 22, 23 供覧.
constexpr qint64 Circulate1 = 21;
constexpr qint64 Circulate2 = 22;
constexpr qint64 Circulate3 = 23;
} // namespace StepId

WorkflowCase standardDecision();
WorkflowCase standardReport();
WorkflowStep makeStep(qint64 id, StepKind kind, qint64 assignee, int rank = 0);
WorkflowEngine::Actor actor(qint64 userId);
/// 1 May 2026, 09:00 UTC; absentees: user → proxy.
WorkflowEngine::Context context(std::initializer_list<std::pair<qint64, qint64>> absentees = {});
WorkflowAction action(WorkflowActionKind kind, qint64 stepId = 0, const QString &comment = {},
                      qint64 returnTo = 0);

struct Move
{
    WorkflowActionKind kind;
    qint64 stepId;
    qint64 actor;
    QString comment = {};
    qint64 returnTo = 0;
};
/// Applies the moves in order; throws std::runtime_error naming the move that was refused.
WorkflowCase play(WorkflowCase c, std::initializer_list<Move> moves, const WorkflowEngine::Context &ctx);

/// The first broken invariant of a case, or an empty string.
QString invariantViolation(const WorkflowCase &c);
/// Equal in status, dates, undo and every step's state.
bool sameCase(const WorkflowCase &a, const WorkflowCase &b);

} // namespace kessai::test
