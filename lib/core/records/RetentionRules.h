// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordTerms.h"

#include <QDate>

namespace kessai {

/// The public-records rules for a 簿冊's dates, pure (no SQL, no clock): the office server
/// computes the same (kessai_file_starts_on / kessai_file_expires_on, schema 10), and the
/// store tests check the two agree.
namespace RetentionRules {
/// 起算日: April 1 after the fiscal year the 簿冊 was completed in — its own fiscal year, or
/// the fiscal year of its last document's 決裁 (or 完結), whichever is later. lastCompleted may
/// be invalid (no document yet).
QDate startsOn(int fileFiscalYear, const QDate &lastCompleted);
/// 満了日: the day before the anniversary of the 起算日 (10年 from 2026-04-01 is 2036-03-31);
/// 1年未満 ends the day before its 起算日 (with its own fiscal year); 常用 has none (invalid date).
QDate expiresOn(const QDate &startsOn, RetentionPeriod period);
/// What the 文書管理者 sees on `today`: 満了予定 when the 満了日 falls before the end of the next
/// fiscal year (or has passed); 延長 once extended (and not yet due); 完結 until the 起算日.
FileLifecycle lifecycle(FileState state, const QDate &startsOn, const QDate &expiresOn, bool extended,
                        const QDate &today);
/// The last day of the fiscal year after today's: the horizon of the レコードスケジュール check.
QDate nextFiscalYearEnd(const QDate &today);
} // namespace RetentionRules

} // namespace kessai
