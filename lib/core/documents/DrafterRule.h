// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QCoreApplication>
#include <QString>

namespace kessai {

struct DocumentRecord;

/// The drafter's rule: a document's cover (件名, 伺い文 …) and its attachments change only while
/// it is 起案中 or 差戻し, and only by its drafter. Written once, here, so the document store,
/// the attachment store and the edit rights refuse with the same words, each naming the part
/// that was to be changed.
class DrafterRule
{
    Q_DECLARE_TR_FUNCTIONS(DrafterRule)

public:
    /// What the caller wants to change.
    enum class Part
    {
        Cover,      ///< the document's own fields
        Attachments ///< adding, removing, reordering, renaming or editing attachments
    };

    /// True while the drafter may change the document (起案中, 差戻し).
    static bool isOpen(DocumentStatus status);
    /// Empty when userId may change that part of the document now, else why not (one line).
    static QString refusal(const DocumentRecord &document, qint64 userId, Part part);
    /// The same from the few fields the rule needs.
    static QString refusal(qint64 documentId, DocumentStatus status, qint64 drafterId,
                           const QString &drafterName, qint64 userId, Part part);
    /// Throws StoreError::Refused with refusal()'s message when there is one.
    static void require(const DocumentRecord &document, qint64 userId, Part part);
};

} // namespace kessai
