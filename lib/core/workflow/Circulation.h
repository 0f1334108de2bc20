// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

namespace kessai {

class Session;
class StoreConnection;

/// 供覧: circulating a document for information — a received document (収受) or a 報告. The readers
/// are named people or whole 係/課 (their active members, and those of the units below), one after
/// another or all at once. Each marks 確認 (閲覧, with an optional comment); there is no decision
/// and no 差戻し, and the document is 完結 when all have seen it — or when a 文書管理者 of its 課
/// (or an administrator) closes it early, saying why (供覧の打切り). It is the route machinery
/// with 供覧 steps only, so each reader finds it in their 未決 folder as a 供覧 step.
class Circulation
{
    Q_DECLARE_TR_FUNCTIONS(Circulation)

public:
    struct Readers
    {
        QList<qint64> userIds;
        QList<qint64> unitIds; ///< every active member of each, and of the units below it
        bool parallel = false; ///< all at once (one stage) rather than in the order given
    };

    explicit Circulation(StoreConnection &connection);

    /// The readers in order, without duplicates nor the session's own user. StoreError(BadData)
    /// naming the unknown user or unit, or when nobody is left to read.
    QList<qint64> expand(const Session &session, const Readers &readers);
    /// Sets the 供覧 route of the session's draft (the registrar's receipt, the drafter's 報告) and
    /// submits it, in one transaction. Returns the new row version.
    int start(const Session &session, qint64 documentId, const Readers &readers);
    /// 確認 by the session's user (or the proxy of an absent reader), with an optional comment.
    int confirm(const Session &session, qint64 documentId, const QString &comment = {});
    /// 供覧の打切り: ends the 供覧 before every reader has confirmed; the readers left are passed
    /// over and can no longer confirm. Refused (StoreError) unless the session's user is a records
    /// manager of the document's 課 or an administrator, and without a reason.
    int closeEarly(const Session &session, qint64 documentId, const QString &reason);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
