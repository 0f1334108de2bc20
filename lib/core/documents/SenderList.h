// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kessai {

class Session;
class StoreConnection;

/// 差出人の一覧: the senders offered when registering a receipt. A name typed once is added, so
/// the next receipt from the same sender picks it from the list.
class SenderList
{
    Q_DECLARE_TR_FUNCTIONS(SenderList)

public:
    struct Sender
    {
        qint64 id = 0;
        QString name;
    };

    explicit SenderList(StoreConnection &connection);

    /// In name order.
    QList<Sender> all();
    /// The sender of this name (trimmed; compared exactly), added if it is new (audited).
    /// Inside the caller's transaction.
    Sender findOrAdd(const Session &session, const QString &name);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
