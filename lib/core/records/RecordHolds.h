// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kessai {

class Session;
class StoreConnection;

/// 訴訟・情報公開請求対応の保全 (legal hold) on a 簿冊 or a document: while one is in force the
/// 簿冊 is not destroyed. Placed and lifted by a 文書管理者, never deleted, audited.
class RecordHolds
{
    Q_DECLARE_TR_FUNCTIONS(RecordHolds)

public:
    struct Hold
    {
        qint64 id = 0;
        qint64 fileId = 0;     ///< the 簿冊 held, or 0
        qint64 documentId = 0; ///< the document held, or 0
        QString reason;
        QString placedBy;
        QString placedAt;
    };

    explicit RecordHolds(StoreConnection &connection);

    qint64 placeOnFile(const Session &session, qint64 fileId, const QString &reason);
    qint64 placeOnDocument(const Session &session, qint64 documentId, const QString &reason);
    void lift(const Session &session, qint64 holdId, const QString &reason);
    /// Holds in force; fileId 0: all of them.
    QList<Hold> active(qint64 fileId = 0);
    /// The holds in force on the 簿冊 or on any of its documents.
    QList<Hold> blocking(qint64 fileId);

private:
    qint64 place(const Session &session, qint64 fileId, qint64 documentId, const QString &reason);

    StoreConnection &m_connection;
};

} // namespace kessai
