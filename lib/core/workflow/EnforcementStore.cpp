// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/EnforcementStore.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/SenderList.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "core/workflow/WorkflowStore.h"

#include <QSet>

namespace kessai {

namespace {
StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}
} // namespace

EnforcementStore::EnforcementStore(StoreConnection &connection)
    : m_connection(connection)
{}

void EnforcementStore::validate(const Enforcement &input)
{
    if (input.destinations.isEmpty())
        throw badData(tr("施行先 (destination): give at least one"));
    QSet<QString> seen;
    for (const Enforcement::Destination &destination : input.destinations) {
        const QString name = destination.name.trimmed();
        if (name.isEmpty())
            throw badData(tr("施行先 (destination): a name is blank"));
        StorableText::require(name, tr("the destination (施行先)"));
        if (seen.contains(name))
            throw badData(tr("施行先 (destination) “%1” is given twice").arg(name));
        seen.insert(name);
    }
}

QList<EnforcementStore::DecidedVersion> EnforcementStore::decidedVersions(qint64 documentId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT attachment_id, version_no, sha256 FROM decided_versions "
                                            "WHERE document_id = ? ORDER BY attachment_id"));
    q.bind(documentId).exec();
    QList<DecidedVersion> versions;
    while (q.next())
        versions.append({q.id(0), q.value(1).toInt(), q.text(2)});
    return versions;
}

void EnforcementStore::requireDecidedVersion(const Enforcement &input, qint64 attachmentId)
{
    std::optional<DecidedVersion> decided;
    for (const DecidedVersion &version : decidedVersions(input.documentId)) {
        if (version.attachmentId == attachmentId)
            decided = version;
    }
    if (!decided)
        throw StoreError(StoreError::Kind::Refused,
                         tr("施行文書 (issued document) “%1” was not among the attachments when document %2 was "
                            "decided")
                             .arg(input.issuedAttachmentName)
                             .arg(input.documentId));
    if (decided->versionNo != input.issuedVersionNo || decided->sha256 != input.issuedSha256)
        throw StoreError(StoreError::Kind::Refused,
                         tr("施行文書 (issued document) “%1” is not the decided version: it is version %2 "
                            "(SHA-256 %3…) now, and was version %4 (SHA-256 %5…) at the 決裁")
                             .arg(input.issuedAttachmentName)
                             .arg(input.issuedVersionNo)
                             .arg(shortHash(input.issuedSha256))
                             .arg(decided->versionNo)
                             .arg(shortHash(decided->sha256)));
}

int EnforcementStore::record(const Session &session, const Enforcement &input, int expectedRowVersion)
{
    validate(input);
    Enforcement e = input;
    for (Enforcement::Destination &d : e.destinations)
        d.name = d.name.trimmed();
    Transaction transaction(m_connection);
    if (e.fairCopyCheckerId) {
        const std::optional<User> checker = OrgStore(m_connection).userById(e.fairCopyCheckerId);
        if (!checker || !checker->active)
            throw badData(tr("浄書確認者 (fair copy checked by): user %1 is not an active user")
                              .arg(e.fairCopyCheckerId));
        e.fairCopyCheckerLogin = checker->login;
        e.fairCopyCheckerName = checker->displayName;
    }
    if (e.issuedAttachmentId) {
        const std::optional<AttachmentRecord> issued = AttachmentStore(m_connection).byId(e.issuedAttachmentId);
        if (!issued || issued->documentId != e.documentId)
            throw badData(tr("施行文書 (issued document): attachment %1 is not an attachment of document %2")
                              .arg(e.issuedAttachmentId)
                              .arg(e.documentId));
        e.issuedAttachmentName = issued->displayName;
        e.issuedVersionNo = issued->versionNo;
        e.issuedSha256 = issued->sha256;
    }
    WorkflowStore workflow(m_connection);
    workflow.setToday(m_today);
    workflow.m_recordingEnforcement = true;
    e.enforcedOn = e.enforcedOn.isValid() ? e.enforcedOn : workflow.today();

    WorkflowAction action;
    action.kind = WorkflowActionKind::Enforce;
    action.date = e.enforcedOn;
    action.details = e.toJson();
    // The engine first: a document not decided (or 却下, or enforced already) is refused for that.
    const int version = workflow.apply(session, e.documentId, action, expectedRowVersion);
    if (e.issuedAttachmentId)
        requireDecidedVersion(e, e.issuedAttachmentId);

    const QString now = Timestamps::toText(Timestamps::now());
    SqlQuery(m_connection,
             QStringLiteral("INSERT INTO enforcements (document_id, enforced_on, method, seal, fair_copy_checked_by, "
                            "fair_copy_checked_at, issued_attachment_id, issued_version_no, issued_sha256, recorded_by, "
                            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(e.documentId)
        .bind(Timestamps::dateToText(e.enforcedOn))
        .bind(toCode(e.method))
        .bind(toCode(e.seal))
        .bindOptionalId(e.fairCopyCheckerId)
        .bindOptional(e.fairCopyCheckerId ? now : QString())
        .bindOptionalId(e.issuedAttachmentId)
        .bindOptionalId(e.issuedVersionNo)
        .bindOptional(e.issuedSha256)
        .bind(session.user().id)
        .bind(now)
        .exec();
    SenderList correspondents(m_connection);
    SqlQuery destination(m_connection, QStringLiteral("INSERT INTO enforcement_destinations (document_id, position, "
                                                      "correspondent_id, name) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const Enforcement::Destination &d : e.destinations) {
        const SenderList::Sender listed = correspondents.findOrAdd(session, d.name);
        destination.bind(e.documentId).bind(++position).bind(listed.id).bind(listed.name).exec();
    }
    transaction.commit();
    return version;
}

std::optional<Enforcement> EnforcementStore::read(qint64 documentId)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT e.enforced_on, e.method, e.seal, e.fair_copy_checked_by, c.display_name, c.login, "
                              "e.fair_copy_checked_at, e.issued_attachment_id, a.display_name, e.issued_version_no, "
                              "e.issued_sha256, e.recorded_by, r.display_name, e.recorded_at FROM enforcements e "
                              "LEFT JOIN users c ON c.id = e.fair_copy_checked_by "
                              "LEFT JOIN attachments a ON a.id = e.issued_attachment_id "
                              "LEFT JOIN users r ON r.id = e.recorded_by WHERE e.document_id = ?"));
    q.bind(documentId).exec();
    if (!q.next())
        return std::nullopt;
    Enforcement e;
    e.documentId = documentId;
    e.enforcedOn = Timestamps::dateFromText(q.text(0));
    e.method = fromCode<EnforcementMethod>(q.text(1)).value_or(EnforcementMethod::Post);
    e.seal = fromCode<OfficialSeal>(q.text(2)).value_or(OfficialSeal::Affixed);
    e.fairCopyCheckerId = q.id(3);
    e.fairCopyCheckerName = q.text(4);
    e.fairCopyCheckerLogin = q.text(5);
    e.fairCopyCheckedAt = Timestamps::fromText(q.text(6));
    e.issuedAttachmentId = q.id(7);
    e.issuedAttachmentName = q.text(8);
    e.issuedVersionNo = q.value(9).toInt();
    e.issuedSha256 = q.text(10);
    e.recordedById = q.id(11);
    e.recordedByName = q.text(12);
    e.recordedAt = Timestamps::fromText(q.text(13));
    SqlQuery d(m_connection, QStringLiteral("SELECT correspondent_id, name FROM enforcement_destinations "
                                            "WHERE document_id = ? ORDER BY position"));
    d.bind(documentId).exec();
    while (d.next())
        e.destinations.append({d.id(0), d.text(1)});
    return e;
}

} // namespace kessai
