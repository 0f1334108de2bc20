// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/CoverSheet.h"

#include <QCoreApplication>
#include <optional>

namespace kessai {

class StoreConnection;

/// Reads a document's CoverSheet: document, route (RouteReader), people and units for the seals,
/// and the 記事 from what is recorded — the workflow's audit events (差戻し, 却下 and every
/// comment, in order, however often the route went round), the 修正 of each step and the
/// 鑑への付記. On PostgreSQL it reads only what the server lets the login see.
class CoverSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(CoverSheetReader)

public:
    explicit CoverSheetReader(StoreConnection &connection);

    /// nullopt when the document does not exist (or cannot be seen).
    std::optional<CoverSheet> read(qint64 documentId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
