// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace kessai {

class StoreConnection;

/// The event feed for other business systems (docs/linkage.md): the audit chain's events after
/// a given id, oldest first, each with the current state of its document (status, 文書番号,
/// 決裁日, 施行日) and the external reference of the request that created it. Nothing is added
/// that the chain does not hold; its ids are contiguous, so a reader keeping the last id it saw
/// misses nothing. On PostgreSQL a reader sees the events its login may see (row-level security):
/// lastId() tells how far the chain goes, so a gap is a hidden event, not a lost one.
class EventFeed
{
    Q_DECLARE_TR_FUNCTIONS(EventFeed)

public:
    static constexpr int kBatch = 500;

    explicit EventFeed(StoreConnection &connection);

    /// The events after afterId, at most limit, as the JSON objects kessai-cli events prints.
    QList<QJsonObject> since(qint64 afterId, int limit = kBatch);
    qint64 lastId();

private:
    QJsonObject documentState(qint64 documentId);

    StoreConnection &m_connection;
};

} // namespace kessai
