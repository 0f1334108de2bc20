// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// The link between a document and the request of another business system that created it
/// (docs/linkage.md): the system's external reference (e.g. 財務会計's 伝票番号) and the folder
/// its outcome files go to.
class DocumentRequests
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRequests)

public:
    struct Link
    {
        qint64 documentId = 0;
        int schemaVersion = 0;
        QString externalReference;
        QString outbox;
        qint64 requestedBy = 0;
        QDateTime requestedAt;
    };

    explicit DocumentRequests(StoreConnection &connection);

    /// Links the session's draft to the request, audited (request.receive), in the caller's transaction.
    void link(const Session &session, const Link &link);
    std::optional<Link> find(qint64 documentId);
    /// The linked documents that have an outbox, for writing their outcome files.
    QList<Link> withOutbox();

private:
    StoreConnection &m_connection;
};

} // namespace kessai
