// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kessai {

/// Dates written in the Japanese era calendar (和暦), e.g. "令和8年11月21日".
///
/// Uses ICU's Japanese calendar ("ja_JP@calendar=japanese"), so new eras come with ICU data
/// updates, not with code changes. The first year of an era is written "元年".
/// ICU objects are built once per thread; every function is safe to call from any thread.
///
/// An invalid input gives an empty string. The Gregorian calendar took effect in Japan on
/// 1873-01-01 (明治6年1月1日); earlier dates have no exact era equivalent and are written
/// in ISO form instead ("1868-10-23", "1868年", "1868年度"), as is any date if ICU fails.
class JapaneseDate
{
public:
    /// "令和8年11月21日" for 2026-11-21.
    static QString eraDate(const QDate &date);

    /// The era year containing the given day, without 度: "令和8年" for 2026 (April 1 by
    /// default), "平成31年" for eraYear(2019, 4, 30), "令和元年" for eraYear(2019, 5, 1).
    static QString eraYear(int gregorianYear, int month = 4, int day = 1);

    /// Fiscal year label (April 1 to March 31): "令和8年度" for 2026, "平成30年度" for 2018.
    /// A fiscal year is named after the era year of its calendar year as of December 31, so
    /// an era that begins during April-December names the whole fiscal year: 2019 gives
    /// "令和元年度" (not "平成31年度"), while 1988 stays "昭和63年度" because 平成 began in
    /// January 1989, in the fiscal year's last quarter.
    static QString fiscalYearLabel(int fiscalYear);

    /// "令和8年11月21日 (2026-11-21)".
    static QString both(const QDate &date);

    /// For narrow table cells: "R8.11.21 (2026-11-21)" (era initial, as on forms).
    static QString compactBoth(const QDate &date);

    /// The era initial form alone, "R8.11.21", as in the middle band of a データ印 (date seal).
    static QString compact(const QDate &date);

    /// The moment in local time, to the minute: "令和8年11月21日 17:35" for
    /// 2026-11-21T08:35:00Z in Japan. Accepts any time spec; it is converted to local time.
    static QString dateTime(const QDateTime &utc);
};

} // namespace kessai
