// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"
#include "core/workflow/RoutePlan.h"

#include <QString>

namespace kessai {
class Session;
class StoreConnection;
} // namespace kessai

namespace kessai::test {

/// The organization of the workflow store tests: 総務部 → 総務課 (code 総務) → 文書係, and
/// 人事課 for 合議. ito_t (係員) drafts; sato_y (係長), takahashi_m (課長補佐), suzuki_h
/// (課長) and yamamoto_k (部長) are the deciding line; watanabe_a (人事課長) and
/// kimura_s (人事課長補佐) are consulted; kato_r (次長) is suzuki_h's proxy; kanri_s is the
/// 文書管理者. Every login is also a PostgreSQL role name.
struct WorkflowOrg
{
    qint64 department = 0;
    qint64 division = 0;
    qint64 section = 0;
    qint64 jinji = 0;
    qint64 ito = 0;
    qint64 sato = 0;
    qint64 takahashi = 0;
    qint64 suzuki = 0;
    qint64 yamamoto = 0;
    qint64 watanabe = 0;
    qint64 kimura = 0;
    qint64 kato = 0;
    qint64 kanri = 0;
    qint64 levelDivision = 0;   ///< 課長専決
    qint64 levelDepartment = 0; ///< 部長決裁
    qint64 file = 0;            ///< 簿冊 of 総務課

    static QStringList logins();
    /// Creates the organization (the connection's identity is its administrator) and the above.
    void setUp(StoreConnection &connection);
    /// A complete 決裁 draft by the session's user (課長専決 unless given, with 簿冊).
    qint64 draft(Session &drafter, const QString &title, qint64 level = 0);
    /// 係長 → 合議 (人事課長, 人事課長補佐) → 課長補佐 → 課長 (決裁).
    RoutePlan standardRoute() const;
};

} // namespace kessai::test
