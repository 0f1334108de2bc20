// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/ReturnHistory.h"

#include "core/store/SqlQuery.h"
#include "core/store/Timestamps.h"
#include "core/workflow/RouteReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace kessai {

namespace {
using Change = ReturnRound::Change;

struct Person
{
    QString name;
    QString title;
};

/// Names and titles by login, read once per call.
class People
{
public:
    explicit People(StoreConnection &connection)
        : m_connection(connection)
    {}

    Person byLogin(const QString &login)
    {
        if (auto found = m_byLogin.constFind(login); found != m_byLogin.cend())
            return *found;
        SqlQuery q(m_connection, QStringLiteral("SELECT u.display_name, t.name FROM users u "
                                                "LEFT JOIN titles t ON t.id = u.title_id WHERE u.login = ?"));
        q.bind(login).exec();
        Person person{login, {}};
        if (q.next())
            person = {q.text(0), q.text(1)};
        m_byLogin.insert(login, person);
        return person;
    }

private:
    StoreConnection &m_connection;
    QHash<QString, Person> m_byLogin;
};

/// What a document.update event changed, as changes of the round.
void addUpdate(QList<Change> &changes, const QJsonObject &details, const Change &base)
{
    QStringList other;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (it.key() == QLatin1String("title")) {
            Change c = base;
            c.kind = Change::Kind::Title;
            c.detail = it.value().toString();
            changes.append(c);
        } else if (it.key() == QLatin1String("body_length")) {
            Change c = base;
            c.kind = Change::Kind::Body;
            changes.append(c);
        } else {
            other.append(it.key());
        }
    }
    if (!other.isEmpty()) {
        Change c = base;
        c.kind = Change::Kind::Details;
        c.detail = other.join(QStringLiteral(", "));
        changes.append(c);
    }
}

std::optional<Change::Kind> attachmentKind(const QString &action)
{
    if (action == QLatin1String("attachment.add"))
        return Change::Kind::AttachmentAdded;
    if (action == QLatin1String("attachment.remove"))
        return Change::Kind::AttachmentRemoved;
    if (action == QLatin1String("attachment.rename"))
        return Change::Kind::AttachmentRenamed;
    if (action == QLatin1String("attachment.move"))
        return Change::Kind::AttachmentMoved;
    return std::nullopt;
}
} // namespace

ReturnHistory::ReturnHistory(StoreConnection &connection)
    : m_connection(connection)
{}

QList<ReturnRound> ReturnHistory::rounds(qint64 documentId)
{
    QHash<qint64, RouteStep> steps;
    for (const RouteStep &step : RouteReader(m_connection).route(documentId))
        steps.insert(step.id, step);
    People people(m_connection);
    QString drafterName;
    QString drafterTitle;
    {
        SqlQuery q(m_connection, QStringLiteral("SELECT u.display_name, t.name FROM documents d "
                                                "JOIN users u ON u.id = d.drafter_id "
                                                "LEFT JOIN titles t ON t.id = u.title_id WHERE d.id = ?"));
        q.bind(documentId).exec();
        if (q.next()) {
            drafterName = q.text(0);
            drafterTitle = q.text(1);
        }
    }

    // Read to the end first: names are looked up on the same connection meanwhile (libpq keeps
    // one result at a time).
    struct Event
    {
        QDateTime at;
        QString actor;
        QString action;
        QJsonObject details;
    };
    QList<Event> log;
    {
        SqlQuery events(m_connection,
                        QStringLiteral("SELECT occurred_at, actor_login, action, details FROM audit_events "
                                       "WHERE entity_type = 'document' AND entity_id = ? ORDER BY id"));
        events.bind(documentId).exec();
        while (events.next())
            log.append({Timestamps::fromText(events.text(0)), events.text(1), events.text(2),
                        QJsonDocument::fromJson(events.text(3).toUtf8()).object()});
    }
    QList<ReturnRound> rounds;
    for (const Event &event : log) {
        const QDateTime &at = event.at;
        const QString &actor = event.actor;
        const QString &action = event.action;
        const QJsonObject &details = event.details;
        ReturnRound *open = !rounds.isEmpty() && !rounds.last().resubmitted() ? &rounds.last() : nullptr;
        if (action == QLatin1String("workflow.return")) {
            ReturnRound round;
            round.stepId = details.value(QStringLiteral("step")).toInteger();
            const Person by = people.byLogin(actor);
            round.returnedByName = by.name;
            round.returnedByTitle = by.title;
            round.returnToStepId = details.value(QStringLiteral("return_to")).toInteger();
            if (round.returnToStepId && steps.contains(round.returnToStepId)) {
                round.returnedToName = steps.value(round.returnToStepId).assigneeName;
                round.returnedToTitle = steps.value(round.returnToStepId).assigneeTitle;
            } else {
                round.returnedToName = drafterName;
                round.returnedToTitle = drafterTitle;
            }
            round.returnedAt = at;
            round.comment = details.value(QStringLiteral("comment")).toString();
            rounds.append(round);
            continue;
        }
        if (!open)
            continue;
        Change base;
        base.at = at;
        base.byName = people.byLogin(actor).name;
        if (action == QLatin1String("document.update")) {
            addUpdate(open->changes, details, base);
        } else if (const auto kind = attachmentKind(action)) {
            base.kind = *kind;
            if (*kind == Change::Kind::AttachmentMoved) { // positions: from → to
                base.detail = QString::number(details.value(QStringLiteral("from")).toInt());
                base.position = details.value(QStringLiteral("to")).toInt();
            } else {
                base.detail = details.value(*kind == Change::Kind::AttachmentRenamed ? QStringLiteral("to")
                                                                                    : QStringLiteral("name"))
                                  .toString();
                base.position = details.value(QStringLiteral("position")).toInt();
            }
            open->changes.append(base);
        } else if (action.startsWith(QLatin1String("workflow."))) {
            // Back on the route: the drafter's 再提出, or the step it went back to acting again.
            const bool resubmitted = action == QLatin1String("workflow.submit") && !open->returnToStepId;
            const bool targetActed = open->returnToStepId &&
                                     details.value(QStringLiteral("step")).toInteger() == open->returnToStepId &&
                                     !details.contains(QStringLiteral("by_route"));
            if (resubmitted || targetActed) {
                open->cameBackAt = at;
                open->cameBackByName = base.byName;
            }
        }
    }
    if (rounds.isEmpty())
        return rounds;

    // New versions of attachments (edited while the document was back) come from the versions.
    SqlQuery versions(m_connection,
                      QStringLiteral("SELECT v.created_at, v.version_no, a.display_name, a.position, u.display_name "
                                     "FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id "
                                     "LEFT JOIN users u ON u.id = v.author_id "
                                     "WHERE a.document_id = ? AND v.version_no > 1 ORDER BY v.created_at, v.id"));
    versions.bind(documentId).exec();
    while (versions.next()) {
        const QDateTime at = Timestamps::fromText(versions.text(0));
        for (ReturnRound &round : rounds) {
            if (at < round.returnedAt || (round.resubmitted() && at > round.cameBackAt))
                continue;
            Change c;
            c.kind = Change::Kind::NewVersion;
            c.at = at;
            c.versionNo = versions.value(1).toInt();
            c.detail = versions.text(2);
            c.position = versions.value(3).toInt();
            c.byName = versions.text(4);
            round.changes.append(c);
            break;
        }
    }
    for (ReturnRound &round : rounds)
        std::stable_sort(round.changes.begin(), round.changes.end(),
                         [](const Change &a, const Change &b) { return a.at < b.at; });
    return rounds;
}

QString ReturnHistory::describe(const ReturnRound::Change &change)
{
    using Kind = ReturnRound::Change::Kind;
    switch (change.kind) {
    case Kind::Title:
        return tr("Subject changed to “%1”").arg(change.detail);
    case Kind::Body:
        return tr("Body text revised");
    case Kind::Details:
        return tr("Details changed (%1)").arg(change.detail);
    case Kind::AttachmentAdded:
        return tr("Attachment %1 “%2” added").arg(change.position).arg(change.detail);
    case Kind::AttachmentRemoved:
        return tr("Attachment “%1” removed").arg(change.detail);
    case Kind::AttachmentRenamed:
        return tr("Attachment renamed to “%1”").arg(change.detail);
    case Kind::AttachmentMoved:
        return tr("Attachment %1 moved to position %2").arg(change.detail).arg(change.position);
    case Kind::NewVersion:
        return tr("Attachment %1 “%2”: version %3").arg(change.position).arg(change.detail).arg(change.versionNo);
    }
    return {};
}

} // namespace kessai
