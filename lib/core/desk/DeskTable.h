// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/DeskFigures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace kessai {

/// The desk's figures as tables (a header row, then rows of text), the same for the CLI's
/// --csv and the window's CSV export; toCsv() writes them so that Excel on a Japanese Windows
/// PC opens them correctly: UTF-8 with BOM, CRLF, every date as ISO and as 和暦.
/// The column names are Japanese and fixed: a spreadsheet built on the file keeps working
/// whatever language the program runs in.
class DeskTable
{
    Q_DECLARE_TR_FUNCTIONS(DeskTable)

public:
    /// Writes a date in the Japanese era calendar (JapaneseDate::eraDate; lib/core has no ICU).
    using EraDate = std::function<QString(const QDate &)>;

    QStringList header;
    QList<QStringList> rows;

    static DeskTable rate(const RateReport &report, RateGrouping grouping, const EraDate &era);
    static DeskTable reasons(const QList<PaperReasonCount> &counts);
    static DeskTable stall(const QList<StallRow> &rows, const EraDate &era);
    static DeskTable durations(const QList<DurationRow> &rows);
    static DeskTable documents(const QList<DeskDocument> &documents, const EraDate &era);

    /// "41.7" for 0.417.
    static QString percent(double rate);
    /// "令和8年4月" for 2026-04 (era of the month's first day).
    static QString eraMonth(const QString &isoMonth, const EraDate &era);

    QByteArray toCsv() const;
};

} // namespace kessai
