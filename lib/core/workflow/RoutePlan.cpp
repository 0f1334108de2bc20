// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/RoutePlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kessai {

AbsenceRule RoutePlan::defaultRule(StepKind kind)
{
    return kind == StepKind::Decide || kind == StepKind::Consult ? AbsenceRule::Proxy
                                                                 : AbsenceRule::PostReview;
}

RoutePlan::Step RoutePlan::step(StepKind kind, qint64 assigneeId)
{
    return Step{kind, assigneeId, defaultRule(kind)};
}

int RoutePlan::stepCount() const
{
    int count = 0;
    for (const QList<Step> &stage : stages)
        count += int(stage.size());
    return count;
}

QString RoutePlan::toJson() const
{
    QJsonArray list;
    for (const QList<Step> &stage : stages) {
        QJsonArray steps;
        for (const Step &s : stage) {
            QJsonObject o{{QStringLiteral("kind"), toCode(s.kind)},
                          {QStringLiteral("assignee_id"), s.assigneeId},
                          {QStringLiteral("absence_rule"), toCode(s.absenceRule)}};
            if (s.mayEdit)
                o.insert(QStringLiteral("may_edit"), true);
            steps.append(o);
        }
        list.append(QJsonObject{{QStringLiteral("steps"), steps}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

std::optional<RoutePlan> RoutePlan::fromJson(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (!document.isArray())
        return fail(QCoreApplication::translate("RoutePlan", "a route is a JSON array of stages (%1)")
                        .arg(parse.errorString()));
    RoutePlan plan;
    const QJsonArray stages = document.array();
    for (const QJsonValue &stageValue : stages) {
        QList<Step> stage;
        const QJsonArray steps = stageValue.toObject().value(QStringLiteral("steps")).toArray();
        for (const QJsonValue &stepValue : steps) {
            const QJsonObject o = stepValue.toObject();
            const auto kind = fromCode<StepKind>(o.value(QStringLiteral("kind")).toString());
            if (!kind)
                return fail(QCoreApplication::translate("RoutePlan", "unknown step kind \"%1\"")
                                .arg(o.value(QStringLiteral("kind")).toString()));
            Step s = step(*kind, o.value(QStringLiteral("assignee_id")).toInteger());
            if (const auto rule = fromCode<AbsenceRule>(o.value(QStringLiteral("absence_rule")).toString()))
                s.absenceRule = *rule;
            s.mayEdit = o.value(QStringLiteral("may_edit")).toBool();
            stage.append(s);
        }
        plan.stages.append(stage);
    }
    return plan;
}

} // namespace kessai
