// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/RouteValidator.h"

#include "core/DomainLabels.h"

#include <QSet>

namespace kessai {

namespace {
bool onDecidingLine(StepKind kind)
{
    return kind == StepKind::Review || kind == StepKind::Decide;
}
} // namespace

QStringList RouteValidator::problems(const WorkflowCase &c, const std::function<QString(qint64)> &nameOf)
{
    auto name = [&nameOf](qint64 id) { return nameOf ? nameOf(id) : tr("user %1").arg(id); };
    QStringList problems;
    if (c.title.trimmed().isEmpty())
        problems << tr("the title (件名) is missing");
    if (c.needsDecision()) {
        if (!c.decisionLevelId)
            problems << tr("the decision level (決裁区分) is missing");
        if (!c.fileId)
            problems << tr("the file (簿冊) is missing");
    }

    int stepCount = 0;
    int decideCount = 0;
    int circulateCount = 0;
    int decideStage = -1;
    QSet<qint64> line;
    QSet<qint64> reportedTwice;
    for (int i = 0; i < c.stages.size(); ++i) {
        const QList<WorkflowStep> &steps = c.stages.at(i).steps;
        const int shown = i + 1;
        if (steps.isEmpty())
            problems << tr("stage %1 has no steps").arg(shown);
        int blocking = 0;
        for (const WorkflowStep &s : steps) {
            ++stepCount;
            blocking += s.blocks() ? 1 : 0;
            if (s.kind == StepKind::Decide) {
                ++decideCount;
                decideStage = i;
            }
            if (s.kind == StepKind::Circulate)
                ++circulateCount;
            const QString kind = DomainLabels::label(s.kind);
            if (!s.assigneeId) {
                problems << tr("the %1 step in stage %2 has no assignee").arg(kind).arg(shown);
                continue;
            }
            if (!s.assigneeActive && !s.hasActed())
                problems << tr("%1, on the %2 step in stage %3, is inactive")
                                .arg(name(s.assigneeId), kind)
                                .arg(shown);
            if (onDecidingLine(s.kind)) {
                if (s.assigneeId == c.drafterId)
                    problems << tr("the drafter cannot approve their own document (the %1 step in stage %2)")
                                    .arg(kind)
                                    .arg(shown);
                else if (line.contains(s.assigneeId) && !reportedTwice.contains(s.assigneeId)) {
                    problems << tr("%1 is on the deciding line more than once").arg(name(s.assigneeId));
                    reportedTwice.insert(s.assigneeId);
                }
                line.insert(s.assigneeId);
            }
            if (s.kind == StepKind::Decide && c.deciderRank > 0 && s.assigneeRank > 0 &&
                s.assigneeRank < c.deciderRank)
                problems
                    << tr("the decider, %1, ranks below what the decision level asks (rank %2, needed %3)")
                           .arg(name(s.assigneeId))
                           .arg(s.assigneeRank)
                           .arg(c.deciderRank);
        }
        if (decideStage == i && blocking > 1)
            problems
                << tr("the 決裁 step must be alone in its stage (stage %1); move the other steps before it")
                       .arg(shown);
        if (decideStage >= 0 && i > decideStage && blocking > 0 && decideCount == 1)
            problems << tr("only 後閲 steps may follow the 決裁 step; stage %1 comes after it").arg(shown);
    }
    if (stepCount == 0)
        problems << tr("the route has no steps");
    if (c.needsDecision()) {
        if (stepCount > 0 && decideCount == 0)
            problems << tr("the route has no 決裁 (decide) step");
        else if (decideCount > 1)
            problems
                << tr("the route has %1 決裁 (decide) steps; a decision has exactly one").arg(decideCount);
    } else {
        if (decideCount > 0)
            problems << tr("a %1 document is circulated (供覧), not decided: remove the 決裁 step")
                            .arg(DomainLabels::label(c.kind));
        if (stepCount > 0 && circulateCount == 0)
            problems << tr("a %1 document needs at least one 供覧 (circulate) step")
                            .arg(DomainLabels::label(c.kind));
    }
    return problems;
}

} // namespace kessai
