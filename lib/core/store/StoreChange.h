// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kessai {

/// One change notification from the store (schema v7, channel kessai_change): which table, and
/// the ids of the document and attachment it concerns. Ids only, never text.
struct StoreChange
{
    QString table;         ///< empty when the payload was not understood
    qint64 documentId = 0; ///< 0: no document named (absences) or not understood
    qint64 attachmentId = 0;

    /// Reads {"t":"attachment_versions","d":123,"a":45}. Anything else — not JSON, a wrong type,
    /// a negative or fractional id — gives an empty change: "something changed, read it all again".
    static StoreChange parse(const QString &payload);
    bool concernsDocument() const { return documentId > 0; }
};

} // namespace kessai
