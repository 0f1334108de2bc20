// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/SubmissionCheck.h"

#include "core/DomainLabels.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"

namespace kessai {

namespace {
QString person(const RouteStep &step)
{
    return QStringLiteral("%1 %2").arg(step.assigneeTitle, step.assigneeName).trimmed();
}
} // namespace

SubmissionCheck::Preview SubmissionCheck::preview(const Session &session, qint64 documentId)
{
    StoreConnection &connection = session.connection();
    const auto document = DocumentStore(connection).document(documentId);
    if (!document)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    Preview preview;
    preview.title = document->title;
    preview.decisionLevel = document->decisionLevelName;
    preview.file = document->fileName;
    preview.rowVersion = document->rowVersion;
    // 提出 fills in the 既定経路 when there is no route: try exactly that, then roll it back.
    Transaction trial(connection);
    WorkflowStore workflow(connection);
    QList<RouteStep> route = RouteReader(connection).route(documentId);
    if (route.isEmpty()) {
        preview.defaultRoute = true;
        QStringList planProblems;
        const RoutePlan plan = workflow.defaultRoute(session, documentId, &planProblems);
        preview.problems += planProblems;
        if (plan.stepCount() > 0) {
            workflow.setRoute(session, documentId, plan);
            route = RouteReader(connection).route(documentId);
        }
    }
    for (const RouteStep &step : route)
        preview.route.append(
            QStringLiteral("%1  %2  %3").arg(step.stageSeq).arg(DomainLabels::label(step.kind), person(step)));
    for (const QString &problem : workflow.submissionProblems(documentId)) {
        if (!preview.problems.contains(problem))
            preview.problems.append(problem);
    }
    return preview; // the trial transaction rolls back here
}

SubmissionCheck::Outcome SubmissionCheck::outcome(const Session &session, qint64 documentId)
{
    Outcome outcome;
    if (const auto document = DocumentStore(session.connection()).document(documentId))
        outcome.numberLabel = document->numberLabel;
    for (const RouteStep &step : RouteReader(session.connection()).route(documentId)) {
        if (step.state == StepState::Pending && step.kind != StepKind::PostReview)
            outcome.next.append(person(step));
    }
    return outcome;
}

QString SubmissionCheck::message(const Outcome &outcome)
{
    QString text = tr("Submitted as %1.").arg(outcome.numberLabel);
    if (!outcome.next.isEmpty())
        text += QLatin1Char(' ') + tr("It now awaits %1.").arg(outcome.next.join(QStringLiteral("、")));
    return text;
}

} // namespace kessai
