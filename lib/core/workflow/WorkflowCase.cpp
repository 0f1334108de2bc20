// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/WorkflowCase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kessai {

bool WorkflowCase::Undo::touches(qint64 id) const
{
    for (const WorkflowStep &s : steps) {
        if (s.id == id)
            return true;
    }
    return false;
}

QString WorkflowCase::Undo::toJson() const
{
    if (isEmpty())
        return {};
    QJsonArray list;
    for (const WorkflowStep &s : steps)
        list.append(s.toJson());
    const QJsonObject object{{QStringLiteral("action"), action},
                             {QStringLiteral("actor"), actorId},
                             {QStringLiteral("step"), stepId},
                             {QStringLiteral("status"), toCode(status)},
                             {QStringLiteral("steps"), list}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

WorkflowCase::Undo WorkflowCase::Undo::fromJson(const QString &text)
{
    Undo undo;
    if (text.isEmpty())
        return undo;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    undo.action = o.value(QStringLiteral("action")).toString();
    undo.actorId = o.value(QStringLiteral("actor")).toInteger();
    undo.stepId = o.value(QStringLiteral("step")).toInteger();
    undo.status = fromCode<DocumentStatus>(o.value(QStringLiteral("status")).toString())
                      .value_or(DocumentStatus::Draft);
    const QJsonArray list = o.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &value : list)
        undo.steps.append(WorkflowStep::fromJson(value.toObject()));
    return undo;
}

WorkflowStep *WorkflowCase::step(qint64 stepId)
{
    for (Stage &stage : stages) {
        for (WorkflowStep &s : stage.steps) {
            if (s.id == stepId)
                return &s;
        }
    }
    return nullptr;
}

const WorkflowStep *WorkflowCase::step(qint64 stepId) const
{
    return const_cast<WorkflowCase *>(this)->step(stepId);
}

int WorkflowCase::stageOf(qint64 stepId) const
{
    for (int i = 0; i < stages.size(); ++i) {
        for (const WorkflowStep &s : stages.at(i).steps) {
            if (s.id == stepId)
                return i;
        }
    }
    return -1;
}

int WorkflowCase::currentStage() const
{
    for (int i = 0; i < stages.size(); ++i) {
        for (const WorkflowStep &s : stages.at(i).steps) {
            if (!s.complete())
                return i;
        }
    }
    return -1;
}

QList<WorkflowStep> WorkflowCase::allSteps() const
{
    QList<WorkflowStep> list;
    for (const Stage &stage : stages)
        list += stage.steps;
    return list;
}

bool WorkflowCase::hasStepIn(StepState state) const
{
    for (const Stage &stage : stages) {
        for (const WorkflowStep &s : stage.steps) {
            if (s.state == state)
                return true;
        }
    }
    return false;
}

} // namespace kessai
