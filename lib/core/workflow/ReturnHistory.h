// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/ReturnRound.h"

#include <QCoreApplication>

namespace kessai {

class StoreConnection;

/// Reads a document's 差戻し rounds (ReturnRound) from what the store already keeps: the
/// document's audit events (workflow.return with its comment and target, document.update,
/// attachment.*, the 再提出) and the attachments' versions. Nothing is lost when the route moves
/// on, so no table of its own is needed. On PostgreSQL the server shows the events of documents
/// the user may see (audit_events_readable), so the reader works for every participant.
class ReturnHistory
{
    Q_DECLARE_TR_FUNCTIONS(ReturnHistory)

public:
    explicit ReturnHistory(StoreConnection &connection);

    /// Every round, oldest first (empty when the document was never sent back).
    QList<ReturnRound> rounds(qint64 documentId);

    /// One line for a change, e.g. 「件名を「…」に変更」, 「添付2「別紙.xlsx」第3版」.
    static QString describe(const ReturnRound::Change &change);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
