// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kessai {

/// 文書の種類 (decision kind): what sort of business a 決裁 is — 一般, 支出, 契約, 許認可, 人事,
/// 例規 — from one list for the whole office (decision_kinds, schema v17). The 電子決裁率 is read by
/// kind, and the office may leave a kind out of it by a visible rule (RateExclusion). Not the
/// 簿冊 (a unit's series of files) nor DocumentKind (決裁 / 報告 / 収受).
struct DecisionKind
{
    qint64 id = 0;
    QString code; ///< stable: general, expenditure, contract, permit, personnel, regulation
    QString name;
    bool active = true;
};

} // namespace kessai
