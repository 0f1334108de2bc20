// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kessai {

class Session;
class StoreConnection;

/// 廃棄 of a 簿冊: the ONE path by which stored content is deleted for good (a search index or
/// any other copy of content should follow what destroyFile reports).
///
/// It deletes the content that only this 簿冊's documents use — attachment versions, edit
/// sessions' working copies, their renditions and page layouts — and never content that a
/// document of another 簿冊 still uses (content is shared by hash). The rows that say what
/// existed stay (versions with hash and size, the document's 件名 and 文書番号, the route, the
/// 管理簿 entry, the audit log); the 伺い文 is blanked. On PostgreSQL the server does it
/// (kessai_destroy_file), checking the decided 廃棄 伺い, the holds and the documents itself.
class RecordDestruction
{
    Q_DECLARE_TR_FUNCTIONS(RecordDestruction)

public:
    struct Result
    {
        QList<qint64> documentIds; ///< the documents whose content is gone
        int contentDeleted = 0;    ///< stored contents deleted (renditions not counted)
        qint64 bytesDeleted = 0;
        int contentKept = 0; ///< contents kept because another document uses them
    };

    explicit RecordDestruction(StoreConnection &connection);

    /// Why 簿冊 fileId may not be destroyed now (empty: it may): not closed, no decided 廃棄 伺い
    /// lists it (unless needDecidedRequest is false: the 伺い is being drafted), a hold, a document
    /// still drafted or in review, its 満了日 not passed.
    QString refusal(qint64 fileId, bool needDecidedRequest = true);
    /// Destroys the 簿冊's content for the decided 伺い requestId, in the caller's transaction.
    /// Throws StoreError(Refused) with refusal() when it may not.
    Result destroyFile(const Session &session, qint64 fileId, qint64 requestId);
    /// Gives the deleted space back: VACUUM on SQLite (only outside a transaction; false inside
    /// one, or when another client keeps the file busy). PostgreSQL's autovacuum reuses the space by
    /// itself: false.
    bool reclaimSpace();

private:
    StoreConnection &m_connection;
};

} // namespace kessai
