// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordFile.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <map>
#include <memory>

namespace kessai {
class Session;
class StoreConnection;
} // namespace kessai

namespace kessai::test {

/// The workflow organization (WorkflowOrg) with a 文書分類表 for 総務課: 大分類 総務 (S) → 中分類
/// 文書管理 (S1) → leaves 例規 (S1-1, 10年・移管) and 照会 (S1-2, 3年・廃棄) and 軽易 (S1-3, 1年未満・廃棄).
/// kanri_s is the 文書管理者; every person has their own session (SessionAs).
struct RecordsFixture
{
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<StoreConnection> admin;
    WorkflowOrg org;
    std::map<QString, std::unique_ptr<SessionAs>> people;
    qint64 leafRules = 0;   ///< S1-1 例規 (10年, 移管)
    qint64 leafQueries = 0; ///< S1-2 照会 (3年, 廃棄)
    qint64 leafMinor = 0;   ///< S1-3 軽易 (1年未満, 廃棄)

    void setUp();
    void tearDown();
    Session &as(const char *login);
    /// A 簿冊 of 総務課 made by kanri_s from a leaf.
    qint64 file(int fiscalYear, const QString &name, qint64 leaf);
    /// A document of ito_t in file, decided through the real route (sato_y → suzuki_h) on decidedOn
    /// (the 決裁日 is then set to that day, as a paper-era fixture would have it).
    qint64 decidedDocument(qint64 fileId, const QString &title, const QDate &decidedOn = {});
};

} // namespace kessai::test
