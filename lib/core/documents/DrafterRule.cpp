// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DrafterRule.h"

#include "core/DomainLabels.h"
#include "core/documents/DocumentRecord.h"
#include "core/store/StoreError.h"

namespace kessai {

bool DrafterRule::isOpen(DocumentStatus status)
{
    return status == DocumentStatus::Draft || status == DocumentStatus::Returned;
}

QString DrafterRule::refusal(const DocumentRecord &document, qint64 userId, Part part)
{
    return refusal(document.id, document.status, document.drafterId, document.drafterName, userId, part);
}

QString DrafterRule::refusal(qint64 documentId, DocumentStatus status, qint64 drafterId,
                             const QString &drafterName, qint64 userId, Part part)
{
    // The label for people, the code for scripts (kessai-cli prints codes too).
    const QString statusLabel = tr("%1 (%2)").arg(DomainLabels::label(status), toCode(status));
    if (!isOpen(status)) {
        return part == Part::Cover
                   ? tr("document %1 is %2: its 件名 and other fields can no longer be changed")
                         .arg(documentId)
                         .arg(statusLabel)
                   : tr("document %1 is %2: its attachments can no longer be changed")
                         .arg(documentId)
                         .arg(statusLabel);
    }
    if (drafterId != userId) {
        return part == Part::Cover
                   ? tr("only the drafter (%1) may change document %2 while it is %3")
                         .arg(drafterName)
                         .arg(documentId)
                         .arg(statusLabel)
                   : tr("only the drafter (%1) may change the attachments of document %2 while it is %3")
                         .arg(drafterName)
                         .arg(documentId)
                         .arg(statusLabel);
    }
    return {};
}

void DrafterRule::require(const DocumentRecord &document, qint64 userId, Part part)
{
    const QString why = refusal(document, userId, part);
    if (!why.isEmpty())
        throw StoreError(StoreError::Kind::Refused, why);
}

} // namespace kessai
