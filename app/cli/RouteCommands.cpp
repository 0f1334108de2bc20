// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RouteCommands.h"

#include "cli/CliContext.h"
#include "cli/RouteSpec.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace kessai::cli {

namespace {
const auto kDefault = QStringLiteral("default");
const auto kFile = QStringLiteral("file");
const auto kSteps = QStringLiteral("steps");

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

/// Logins by user id, each looked up once.
class Logins
{
public:
    explicit Logins(StoreConnection &connection)
        : m_org(connection)
    {}
    QJsonValue of(qint64 userId)
    {
        if (!userId)
            return {};
        if (!m_logins.contains(userId)) {
            const auto user = m_org.userById(userId);
            m_logins.insert(userId, user ? user->login : QString::number(userId));
        }
        return m_logins.value(userId);
    }

private:
    OrgStore m_org;
    QHash<qint64, QString> m_logins;
};
} // namespace

RouteCommands::RouteCommands(CliContext &context)
    : m_context(context)
{}

QString RouteCommands::publicStatus(StepState state)
{
    switch (state) {
    case StepState::Waiting:
        return QStringLiteral("pending");
    case StepState::Pending:
        return QStringLiteral("current");
    case StepState::Approved:
    case StepState::Decided:
    case StepState::Read:
        return QStringLiteral("done");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Returned:
    case StepState::Rejected:
        return QStringLiteral("returned");
    }
    return QStringLiteral("pending");
}

const QStringList &RouteCommands::stepColumns()
{
    static const QStringList columns{QStringLiteral("stage"),      QStringLiteral("kind"),
                                     QStringLiteral("login"),      QStringLiteral("name"),
                                     QStringLiteral("status"),     QStringLiteral("acted_by"),
                                     QStringLiteral("acting_for"), QStringLiteral("acted_at"),
                                     QStringLiteral("comment"),    QStringLiteral("edited")};
    return columns;
}

int RouteCommands::route(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("route"), {QStringLiteral("show"), QStringLiteral("set")},
                               arguments);
}

void RouteCommands::printRoute(StoreConnection &connection, qint64 documentId)
{
    DocumentStore documents(connection);
    const auto document = documents.document(documentId);
    if (!document)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    const QList<RouteStep> steps = RouteReader(connection).route(documentId);
    Logins logins(connection);
    QList<QJsonObject> rows;
    QJsonArray stages;
    QJsonArray stageSteps;
    qint64 stageId = 0;
    int stageSeq = 0;
    auto closeStage = [&] {
        if (!stageSteps.isEmpty())
            stages.append(
                QJsonObject{{QStringLiteral("stage"), stageSeq}, {QStringLiteral("steps"), stageSteps}});
        stageSteps = {};
    };
    for (const RouteStep &s : steps) {
        if (s.stageId != stageId) {
            closeStage();
            stageId = s.stageId;
            stageSeq = s.stageSeq;
        }
        QJsonObject step{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("kind"), toCode(s.kind)},
            {QStringLiteral("login"), logins.of(s.assigneeId)},
            {QStringLiteral("name"), s.assigneeName},
            {QStringLiteral("title"), optionalText(s.assigneeTitle)},
            {QStringLiteral("unit"), optionalText(s.assigneeUnitName)},
            {QStringLiteral("status"), publicStatus(s.state)},
            {QStringLiteral("state"), toCode(s.state)},
            {QStringLiteral("acted_by"), logins.of(s.actedById)},
            {QStringLiteral("acted_by_name"), optionalText(s.actedByName)},
            {QStringLiteral("acting_for"), logins.of(s.actingForId)},
            {QStringLiteral("acted_at"), optionalTime(s.actedAt)},
            {QStringLiteral("comment"), optionalText(s.comment)},
            {QStringLiteral("absence_rule"), toCode(s.absenceRule)},
            {QStringLiteral("post_review"),
             s.postReview == PostReviewMark::None ? QJsonValue() : QJsonValue(toCode(s.postReview))},
            {QStringLiteral("skip_reason"),
             s.skipReason == SkipReason::None ? QJsonValue() : QJsonValue(toCode(s.skipReason))}};
        if (s.state == StepState::Returned)
            step.insert(QStringLiteral("returned_to"), s.returnToStepId
                                                           ? QJsonValue(s.returnToStepId)
                                                           : QJsonValue(QStringLiteral("drafter")));
        // 修正 by the approver on their turn: "課長補佐 が 添付3 を修正".
        QJsonArray edits;
        QStringList edited;
        for (const RouteStep::Edit &e : s.edits) {
            edits.append(QJsonObject{{QStringLiteral("attachment"), e.position},
                                     {QStringLiteral("name"), e.attachmentName},
                                     {QStringLiteral("version"), e.versionNo},
                                     {QStringLiteral("at"), optionalTime(e.createdAt)}});
            edited.append(tr("attachment %1 v%2").arg(e.position).arg(e.versionNo));
        }
        step.insert(QStringLiteral("may_edit"), s.mayEdit);
        step.insert(QStringLiteral("edits"), edits);
        stageSteps.append(step);
        QJsonObject row = step;
        row.insert(QStringLiteral("stage"), s.stageSeq);
        row.insert(QStringLiteral("edited"), edited.join(QStringLiteral(", ")));
        rows.append(row);
    }
    closeStage();

    if (!m_context.output().isJson()) {
        m_context.output().printList(rows, stepColumns());
        return;
    }
    m_context.output().printRecord({{QStringLiteral("document"), documentId},
                                    {QStringLiteral("status"), toCode(document->status)},
                                    {QStringLiteral("kind"), toCode(document->kind)},
                                    {QStringLiteral("title"), document->title},
                                    {QStringLiteral("number"), optionalText(document->numberLabel)},
                                    {QStringLiteral("drafter"), logins.of(document->drafterId)},
                                    {QStringLiteral("decided_at"), optionalTime(document->decidedAt)},
                                    {QStringLiteral("row_version"), document->rowVersion},
                                    {QStringLiteral("stages"), stages}},
                                   {});
}

int RouteCommands::show(const QStringList &arguments)
{
    const QString command = QStringLiteral("route show");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the route of a document, one line per step in order: stage, kind, login, name, status "
           "(pending, current, done, skipped or returned), acted by, acting for (代決), when (UTC) and the "
           "comment. With --json: {\"document\", \"status\", \"stages\": [{\"steps\": [...]}]}."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    printRoute(*connection, documentId);
    return ExitOk;
}

int RouteCommands::set(const QStringList &arguments)
{
    const QString command = QStringLiteral("route set");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the route of one of your drafts before 提出, then shows it as \"route show\" does. "
           "Give exactly one of --default, --file or --steps."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the draft."), tr("DOC"));
    parser.addOption({kDefault, tr("The default route from the 専決規程 and your unit.")});
    parser.addOption(
        {kFile,
         tr("A JSON route: stages of steps with \"kind\" and \"login\" (what \"route show --json\" prints)."),
         tr("route.json")});
    parser.addOption({kSteps,
                      tr("Stages separated by ',', parallel steps (合議) by '+', each KIND:LOGIN, e.g. "
                         "review:sato_y,consult:watanabe_a+kimura_s,decide:suzuki_h."),
                      tr("steps")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    const int given = int(parser.isSet(kDefault)) + int(parser.isSet(kFile)) + int(parser.isSet(kSteps));
    if (given != 1)
        throw CliContext::usageError(tr("route set needs exactly one of --default, --file and --steps"),
                                     command);
    const QString steps = parser.value(kSteps).trimmed();
    if (parser.isSet(kSteps) && steps.isEmpty())
        throw CliContext::usageError(tr("--steps is empty"), command);
    QByteArray fileContent;
    const QString fileName = parser.value(kFile);
    if (parser.isSet(kFile)) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw CliError::failed(tr("%1: cannot be read: %2").arg(fileName, file.errorString()));
        fileContent = file.readAll();
    }

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    const RouteSpec::LoginLookup lookup = [&org](const QString &login) -> qint64 {
        const auto user = org.userByLogin(login);
        return user ? user->id : 0;
    };
    WorkflowStore workflow(*connection);
    RoutePlan plan;
    if (parser.isSet(kDefault)) {
        QStringList problems;
        plan = workflow.defaultRoute(session, documentId, &problems);
        if (!problems.isEmpty()) {
            QStringList numbered;
            for (qsizetype i = 0; i < problems.size(); ++i)
                numbered << tr("%1) %2").arg(i + 1).arg(problems.at(i));
            throw StoreError(StoreError::Kind::BadData,
                             tr("no default route for document %1: %2; give the route with --steps or --file")
                                 .arg(documentId)
                                 .arg(numbered.join(QStringLiteral("; "))));
        }
    } else if (parser.isSet(kFile)) {
        plan = RouteSpec::fromJson(fileContent, lookup, fileName);
    } else {
        plan = RouteSpec::fromSteps(steps, lookup, command);
    }
    workflow.setRoute(session, documentId, plan);
    printRoute(*connection, documentId);
    return ExitOk;
}

} // namespace kessai::cli
