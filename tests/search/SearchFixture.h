// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchHit.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kessai {
class Session;
class StoreConnection;
} // namespace kessai

namespace kessai::test {

/// What the search tests share: documents with attachments made from bytes, the indexer run to
/// the end, and searches as a person.
struct SearchFixture
{
    /// A draft by drafter with title and body (secret: 秘).
    static qint64 draft(Session &drafter, qint64 unit, const QString &title, const QString &body = {},
                        bool secret = false);
    /// Attaches bytes under name; returns the attachment's id.
    static qint64 attach(Session &drafter, qint64 document, const QString &name, const QByteArray &bytes,
                         const QString &mimeType = {});
    /// Indexes everything queued, OCR included, on connection.
    static void indexAll(StoreConnection &connection);
    /// The titles found by session for input, in the engine's order.
    static QStringList titles(Session &session, const QString &input);
    static SearchResults run(Session &session, const QString &input);
};

} // namespace kessai::test
