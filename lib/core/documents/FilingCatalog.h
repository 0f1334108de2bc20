// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kessai {

class StoreConnection;

/// The reference lists a draft is filed with: 決裁区分 (decision levels), 簿冊 (files) and the
/// 保存期間表 (retention schedule) that gives a file its default retention.
class FilingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FilingCatalog)

public:
    struct DecisionLevel
    {
        qint64 id = 0;
        QString code;
        QString name; ///< e.g. 課長専決
        int approverRank = 0;
    };
    struct FileEntry
    {
        qint64 id = 0;
        qint64 unitId = 0;
        int fiscalYear = 0;
        QString name;
        std::optional<int> retentionYears; ///< nullopt = 常用
        Disposition disposition = Disposition::Destroy;
    };

    explicit FilingCatalog(StoreConnection &connection);

    QList<DecisionLevel> decisionLevels();
    /// Active, open (使用中) files of the unit (and of its parent units) for the fiscal year;
    /// closed (完結) ones too when asked (to say that a name given is closed, not unknown).
    QList<FileEntry> files(qint64 unitId, int fiscalYear, bool includeClosed = false);
    /// Why a document may not be filed into fileId (empty: it may): the 簿冊 does not exist or
    /// is no longer open (完結 and after, nothing is filed into it). fileId 0: no 簿冊, fine.
    QString filingRefusal(qint64 fileId);
    /// Throws StoreError(Refused) with filingRefusal's reason.
    void requireOpen(qint64 fileId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
