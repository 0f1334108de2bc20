// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RouteSpec.h"

#include "cli/CliContext.h"
#include "core/store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kessai::cli {

namespace {
StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}
} // namespace

std::optional<StepKind> RouteSpec::parseKind(const QString &text)
{
    const QString code = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (const auto kind = fromCode<StepKind>(code))
        return kind;
    if (code == QStringLiteral("回議"))
        return StepKind::Review;
    if (code == QStringLiteral("合議"))
        return StepKind::Consult;
    if (code == QStringLiteral("決裁"))
        return StepKind::Decide;
    if (code == QStringLiteral("供覧"))
        return StepKind::Circulate;
    if (code == QStringLiteral("後閲"))
        return StepKind::PostReview;
    return std::nullopt;
}

qint64 RouteSpec::userId(const QString &login, const LoginLookup &lookup)
{
    const qint64 id = lookup(login);
    if (!id)
        throw badData(tr("no user with login \"%1\" for the route").arg(login));
    return id;
}

RoutePlan RouteSpec::fromSteps(const QString &text, const LoginLookup &lookup, const QString &command)
{
    RoutePlan plan;
    const QStringList stages = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString stageText = stages.at(i).trimmed();
        if (stageText.isEmpty())
            throw CliContext::usageError(tr("--steps: stage %1 is empty").arg(i + 1), command);
        QList<RoutePlan::Step> stage;
        std::optional<StepKind> kind;
        const QStringList steps = stageText.split(QLatin1Char('+'));
        for (const QString &stepText : steps) {
            const qsizetype colon = stepText.indexOf(QLatin1Char(':'));
            const QString login = stepText.mid(colon + 1).trimmed();
            if (colon >= 0) {
                kind = parseKind(stepText.left(colon));
                if (!kind)
                    throw CliContext::usageError(
                        tr("--steps: \"%1\" is not a step kind (review, consult, decide, circulate, "
                           "post_review)")
                            .arg(stepText.left(colon).trimmed()),
                        command);
            }
            if (!kind)
                throw CliContext::usageError(
                    tr("--steps: \"%1\" needs a kind, as in review:%1").arg(stepText.trimmed()), command);
            if (login.isEmpty())
                throw CliContext::usageError(
                    tr("--steps: a step in stage %1 has no login (KIND:LOGIN)").arg(i + 1), command);
            stage.append(RoutePlan::step(*kind, userId(login, lookup)));
        }
        plan.stages.append(stage);
    }
    return plan;
}

RoutePlan RouteSpec::fromJson(const QByteArray &json, const LoginLookup &lookup, const QString &fileName)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (document.isNull())
        throw badData(tr("%1: not JSON: %2").arg(fileName, parse.errorString()));
    const QJsonArray stages =
        document.isArray() ? document.array() : document.object().value(QStringLiteral("stages")).toArray();
    if (stages.isEmpty())
        throw badData(
            tr("%1: no stages; a route is an array of stages, or an object with \"stages\"").arg(fileName));
    RoutePlan plan;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonValue stageValue = stages.at(i);
        const QJsonArray steps = stageValue.isArray()
                                     ? stageValue.toArray()
                                     : stageValue.toObject().value(QStringLiteral("steps")).toArray();
        if (steps.isEmpty())
            throw badData(tr("%1: stage %2 has no steps").arg(fileName).arg(i + 1));
        QList<RoutePlan::Step> stage;
        for (qsizetype j = 0; j < steps.size(); ++j) {
            const QJsonObject o = steps.at(j).toObject();
            const QString where = tr("%1: stage %2, step %3").arg(fileName).arg(i + 1).arg(j + 1);
            const auto kind = parseKind(o.value(QStringLiteral("kind")).toString());
            if (!kind)
                throw badData(
                    tr("%1: \"kind\" must be review, consult, decide, circulate or post_review").arg(where));
            qint64 assignee = o.value(QStringLiteral("assignee_id")).toInteger();
            const QString login = o.value(QStringLiteral("login")).toString().trimmed();
            if (!login.isEmpty())
                assignee = userId(login, lookup);
            if (assignee <= 0)
                throw badData(tr("%1: needs a \"login\" (or an \"assignee_id\")").arg(where));
            RoutePlan::Step step = RoutePlan::step(*kind, assignee);
            const QJsonValue rule = o.value(QStringLiteral("absence_rule"));
            if (!rule.isUndefined() && !rule.isNull()) {
                const auto parsed = fromCode<AbsenceRule>(rule.toString());
                if (!parsed)
                    throw badData(tr("%1: \"absence_rule\" must be proxy or post_review").arg(where));
                step.absenceRule = *parsed;
            }
            const QJsonValue mayEdit = o.value(QStringLiteral("may_edit"));
            if (!mayEdit.isUndefined() && !mayEdit.isNull() && !mayEdit.isBool())
                throw badData(tr("%1: \"may_edit\" must be true or false").arg(where));
            step.mayEdit = mayEdit.toBool();
            stage.append(step);
        }
        plan.stages.append(stage);
    }
    return plan;
}

} // namespace kessai::cli
