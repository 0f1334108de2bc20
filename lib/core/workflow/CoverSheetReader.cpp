// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/CoverSheetReader.h"

#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FilingCatalog.h"
#include "core/org/OrgStore.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kessai {

namespace {
/// Enough for any document's history; the log is read newest first.
constexpr int kMaxEvents = 100000;

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("workflow.submit"))
        return CoverSheetReader::tr("Submitted");
    if (action == QLatin1String("workflow.approve"))
        return CoverSheetReader::tr("Approved");
    if (action == QLatin1String("workflow.return"))
        return CoverSheetReader::tr("Returned");
    if (action == QLatin1String("workflow.reject"))
        return CoverSheetReader::tr("Rejected");
    if (action == QLatin1String("workflow.withdraw"))
        return CoverSheetReader::tr("Withdrawn");
    if (action == QLatin1String("workflow.skip_ahead"))
        return CoverSheetReader::tr("Skipped ahead");
    if (action == QLatin1String("workflow.decide"))
        return CoverSheetReader::tr("Decided");
    if (action == QLatin1String("workflow.proxy_decide"))
        return CoverSheetReader::tr("Decided as proxy");
    if (action == QLatin1String("workflow.read") || action == QLatin1String("workflow.post_review_read"))
        return CoverSheetReader::tr("Read");
    if (action == QLatin1String("workflow.enforce"))
        return CoverSheetReader::tr("Enforced");
    if (action == QLatin1String("workflow.close_early"))
        return CoverSheetReader::tr("Circulation closed early");
    return {};
}
} // namespace

QString CoverSheet::surnameOf(const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    const qsizetype space = trimmed.indexOf(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    return space > 0 ? trimmed.left(space) : trimmed;
}

CoverSheetReader::CoverSheetReader(StoreConnection &connection)
    : m_connection(connection)
{}

std::optional<CoverSheet> CoverSheetReader::read(qint64 documentId)
{
    const std::optional<DocumentRecord> document = DocumentStore(m_connection).document(documentId);
    if (!document)
        return std::nullopt;
    CoverSheet sheet;
    sheet.document = *document;
    sheet.route = RouteReader(m_connection).route(documentId);

    // Only the people the sheet names (drafter, route, who acted), not the whole staff list:
    // the main window reads the sheet on every selection.
    OrgStore org(m_connection);
    sheet.organizationName = org.organizationName();
    QHash<qint64, QString> unitCodes;
    for (const Unit &unit : org.units(true))
        unitCodes.insert(unit.id, unit.code);
    QHash<QString, User> byLogin;
    auto remember = [&](const std::optional<User> &user) {
        if (!user || sheet.owners.contains(user->id))
            return;
        byLogin.insert(user->login, *user);
        sheet.owners.insert(user->id, {CoverSheet::surnameOf(user->displayName), unitCodes.value(user->unitId)});
    };
    const std::optional<User> drafter = org.userById(document->drafterId);
    remember(drafter);
    QList<qint64> people;
    for (const RouteStep &step : sheet.route)
        people << step.assigneeId << step.actedById << step.actingForId;
    for (const qint64 id : people) {
        if (id && !sheet.owners.contains(id))
            remember(org.userById(id));
    }
    if (drafter) {
        sheet.drafterTitle = drafter->titleName;
        sheet.drafterUnitName = drafter->unitName;
        sheet.drafterExtension = drafter->extension;
    }
    if (sheet.drafterUnitName.isEmpty())
        sheet.drafterUnitName = document->unitName;
    if (document->fileId && document->fiscalYear) {
        for (const FilingCatalog::FileEntry &file : FilingCatalog(m_connection).files(document->unitId,
                                                                                      document->fiscalYear)) {
            if (file.id == document->fileId)
                sheet.disposition = file.disposition;
        }
    }

    // 記事: the workflow's own record, oldest first. Each 差戻し is there with its comment, also
    // when the same step has acted again since; the route table shows only the latest state.
    QList<AuditEvent> events = AuditLog(m_connection).recent(kMaxEvents, QStringLiteral("document"), documentId);
    std::reverse(events.begin(), events.end());
    QSet<QString> looked;
    auto who = [&](const QString &login) {
        if (!byLogin.contains(login) && !looked.contains(login)) {
            looked.insert(login);
            remember(org.userByLogin(login));
        }
        const auto it = byLogin.constFind(login);
        if (it == byLogin.cend())
            return login;
        return it->titleName.isEmpty() ? it->displayName : QString(it->titleName + QLatin1Char(' ') + it->displayName);
    };
    for (const AuditEvent &event : events) {
        if (event.action == QLatin1String("workflow.decide") ||
            event.action == QLatin1String("workflow.proxy_decide"))
            sheet.decision = {event.id, event.hash, event.occurredAt, event.action};
        const QString label = actionLabel(event.action);
        if (label.isEmpty())
            continue;
        const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
        const QString comment = details.value(QStringLiteral("comment")).toString();
        const bool notable = event.action == QLatin1String("workflow.return") ||
                             event.action == QLatin1String("workflow.reject") ||
                             event.action == QLatin1String("workflow.withdraw") ||
                             event.action == QLatin1String("workflow.close_early");
        if (comment.isEmpty() && !notable)
            continue;
        sheet.remarks.append({event.occurredAt, who(event.actorLogin), label, comment});
    }
    for (const RouteStep &step : sheet.route) {
        const QString editor = QStringLiteral("%1 %2").arg(step.assigneeTitle, step.assigneeName).trimmed();
        for (const RouteStep::Edit &edit : step.edits) {
            const QString what = edit.position > 0
                                     ? tr("Edited attachment %1 (version %2)").arg(edit.position).arg(edit.versionNo)
                                     : tr("Edited “%1” (version %2), since removed")
                                           .arg(edit.attachmentName)
                                           .arg(edit.versionNo);
            sheet.remarks.append({edit.createdAt, editor, tr("Edited"), what});
        }
    }
    if (document->status == DocumentStatus::Enforced || document->status == DocumentStatus::Closed)
        sheet.enforcement = EnforcementStore(m_connection).read(documentId);
    for (const DocumentNote &note : WorkflowStore(m_connection).notes(documentId))
        sheet.remarks.append({note.createdAt, note.authorName, tr("Note"), note.body});
    std::stable_sort(sheet.remarks.begin(), sheet.remarks.end(),
                     [](const CoverSheet::Remark &a, const CoverSheet::Remark &b) { return a.at < b.at; });
    return sheet;
}

} // namespace kessai
