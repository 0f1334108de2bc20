// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace kessai {

/// 保存期間: how long a 簿冊 is kept from its 起算日. Stored as codes ('under_1', '1', '3', '5',
/// '10', '30', 'in_use'); declared in order, so a shorter period compares less.
enum class RetentionPeriod
{
    UnderOneYear, ///< 1年未満
    OneYear,
    ThreeYears,
    FiveYears,
    TenYears,
    ThirtyYears,
    InUse ///< 常用: kept while in use, no 満了日
};

/// 媒体の種別 of a 簿冊: 電子, 紙, 混在.
enum class FileMedium
{
    Electronic,
    Paper,
    Mixed
};

/// Where a 簿冊 is in its life, as stored: open (使用中), closed (完結; shown as 完結, 保存, 満了予定
/// or 延長 by its dates), transfer_pending (移管 decided, package not made), transferred (移管済),
/// destroyed (廃棄済).
enum class FileState
{
    Open,
    Closed,
    TransferPending,
    Transferred,
    Destroyed
};

/// What the 文書管理者 sees: FileState with the dates read into it.
enum class FileLifecycle
{
    InUse,          ///< 使用中
    Completed,      ///< 完結: closed, its 起算日 not reached
    Kept,           ///< 保存
    ExpiringSoon,   ///< 満了予定: 満了日 within the next fiscal year (or past)
    Extended,       ///< 延長: kept past its first 満了日 by a decided 延長
    TransferPending,///< 移管待ち
    Transferred,    ///< 移管済
    Destroyed       ///< 廃棄済
};

namespace RecordTerms {
QString code(RetentionPeriod value);
std::optional<RetentionPeriod> retentionFromCode(const QString &code);
/// "10" or "10年", "1年未満", "常用" (as the office's CSV writes them) to a period.
std::optional<RetentionPeriod> retentionFromText(const QString &text);
/// The years a period keeps (0 for 1年未満, nullopt for 常用).
std::optional<int> years(RetentionPeriod value);
QString label(RetentionPeriod value);

QString code(FileMedium value);
std::optional<FileMedium> mediumFromCode(const QString &code);
QString label(FileMedium value);

QString code(FileState value);
std::optional<FileState> stateFromCode(const QString &code);

QString code(FileLifecycle value);
QString label(FileLifecycle value);
} // namespace RecordTerms

} // namespace kessai
