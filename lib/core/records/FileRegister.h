// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordFile.h"

#include <QCoreApplication>
#include <QList>

namespace kessai {

class Session;
class SqlQuery;
class StoreConnection;

/// The 簿冊 of every 課 and their lifecycle up to 完結: create (by hand, or 新年度の簿冊を作成 from
/// last year's), close, move a document between open 簿冊 of its 課, hand 簿冊 to the successor
/// 課 after a 組織改編, the expiring list. 起算日 and 満了日 follow from RetentionRules, never typed
/// (on PostgreSQL the server computes them too). Changes are for 文書管理者, one transaction
/// each, audited (entity "file").
class FileRegister
{
    Q_DECLARE_TR_FUNCTIONS(FileRegister)

public:
    explicit FileRegister(StoreConnection &connection);

    /// The day lifecycles are read on (default: today).
    void setToday(const QDate &today);
    QDate today() const;

    /// unitId 0: every 課; fiscalYear 0: every year. By year (newest first), 課, name.
    QList<RecordFile> list(qint64 unitId = 0, int fiscalYear = 0);
    std::optional<RecordFile> byId(qint64 fileId);
    /// Closed 簿冊 whose 満了日 is on or before `until` (default: the end of the next fiscal year).
    QList<RecordFile> expiring(const QDate &until = {});

    /// A document as the 簿冊 lists it.
    struct FiledDocument
    {
        qint64 id = 0;
        QString number; ///< 文書番号 (empty before 提出)
        QString title;
        QString status; ///< DocumentStatus code
    };
    /// The documents of a 簿冊, by number.
    QList<FiledDocument> documents(qint64 fileId);

    qint64 create(const Session &session, const RecordFileDraft &draft);
    /// 新年度の簿冊を作成: for each 簿冊 of the year before (not destroyed) that came from the
    /// 分類表, the same 簿冊 for `fiscalYear`, unless one of that name exists; last year's open 簿冊
    /// close (完結) unless a document in one is still drafted or in review. unitId 0: every 課.
    /// Returns the ids created.
    QList<qint64> createNewYear(const Session &session, int fiscalYear, qint64 unitId = 0);
    /// 完結: refused while a document in it is a draft or in review.
    void close(const Session &session, qint64 fileId);
    /// Moves a document into another open 簿冊 of its 課.
    void moveDocument(const Session &session, qint64 documentId, qint64 fileId);
    /// 組織改編: the 簿冊 (all of fromUnit's when fileIds is empty) go to the successor 課.
    /// Returns how many moved.
    int reassign(const Session &session, qint64 fromUnitId, qint64 toUnitId, const QList<qint64> &fileIds,
                 const QString &reason);

    struct HistoryEntry
    {
        QString event;
        QString occurredAt;
        QString actorLogin;
        qint64 requestId = 0;
        QString oldExpiresOn;
        QString newExpiresOn;
        qint64 oldUnitId = 0;
        qint64 newUnitId = 0;
        QString reason;
    };
    QList<HistoryEntry> history(qint64 fileId);

private:
    RecordFile read(SqlQuery &query) const;
    qint64 retentionScheduleId(RetentionPeriod period);
    QDate lastCompleted(qint64 fileId);
    /// Documents in the 簿冊 still drafted or in review.
    int unfinishedDocuments(qint64 fileId);
    void addHistory(const Session &session, qint64 fileId, const QString &event, const HistoryEntry &entry);

    StoreConnection &m_connection;
    QDate m_today;
};

} // namespace kessai
