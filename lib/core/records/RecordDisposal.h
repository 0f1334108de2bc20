// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// The 廃棄 / 移管 / 延長 伺い: the decision on what happens to 簿冊 at expiry is itself a
/// document, drafted by a 文書管理者, routed and decided like any other (WorkflowStore). Its 決裁
/// carries it out in the same transaction (WorkflowStore::apply calls carryOut): 延長 moves the
/// 満了日 (history kept), 移管 marks the 簿冊 for the package (TransferPackage, then
/// markTransferred), 廃棄 destroys the content (RecordDestruction).
class RecordDisposal
{
    Q_DECLARE_TR_FUNCTIONS(RecordDisposal)

public:
    struct Request
    {
        qint64 documentId = 0;
        Disposition action = Disposition::Destroy;
        int extendYears = 0;
        QString reason;
        QList<qint64> fileIds;
        QString carriedOutAt;
    };

    explicit RecordDisposal(StoreConnection &connection);

    /// The day the rules are read on (満了日 reached?); default today.
    void setToday(const QDate &today);

    /// Drafts the 伺い for the 簿冊 (all closed; for 廃棄 none under hold, none holding a
    /// document in review, every 満了日 reached; for 延長 extendYears ≥ 1). The draft is filed in
    /// intoFileId, or in an open 簿冊 of the drafter's 課 for this fiscal year. Returns its id;
    /// the drafter then submits it (提出) like any draft.
    qint64 draft(const Session &session, Disposition action, const QList<qint64> &fileIds, const QString &reason,
                 int extendYears = 0, qint64 intoFileId = 0);
    std::optional<Request> request(qint64 documentId);
    /// The 伺い that list a 簿冊, newest first.
    QList<Request> requestsFor(qint64 fileId);

    /// Called in the transaction of a document's 決裁: when it is a 伺い not yet carried out,
    /// carries it out. Returns true when content was destroyed (space to reclaim afterwards).
    bool carryOut(const Session &session, qint64 documentId);
    /// 移管済: the package of a 簿冊 whose 移管 was decided has been made.
    void markTransferred(const Session &session, qint64 fileId, const QString &packagePath);

private:
    StoreConnection &m_connection;
    QDate m_today;
};

} // namespace kessai
