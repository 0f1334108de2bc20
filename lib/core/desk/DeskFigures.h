// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kessai {

/// What the administrator's desk is asked about: decisions with a 決裁日 from..to (inclusive),
/// for the whole office (unitId 0) or one unit and the units under it.
struct DeskQuery
{
    QDate from;
    QDate to;
    qint64 unitId = 0;
};

/// How the 電子決裁率 is broken down: office total, by unit (部・課・係), by month of the 決裁日,
/// by 決裁区分, or by kind (文書の種類, DecisionKind: 一般, 支出, 契約 …).
enum class RateGrouping
{
    Office,
    Unit,
    Month,
    Level,
    Kind
};

/// One line of the 電子決裁率 (electronic decision rate): counts next to the percentage.
struct RateRow
{
    QString key;    ///< stable: unit code, YYYY-MM, level code, kind code; "office" for the total
    QString label;  ///< for people: unit name, month, level name, kind name
    qint64 unitId = 0;
    qint64 electronic = 0;
    qint64 paper = 0;
    qint64 total() const { return electronic + paper; }
    /// electronic / total, 0..1; 0 when there is no decision.
    double rate() const { return total() ? double(electronic) / double(total()) : 0.0; }
};

/// A rule the rate applies, stated with the report, and how many decisions it left out.
struct RateRule
{
    QString text;
    qint64 excluded = 0; ///< -1 for rules that define the population rather than remove from it
};

struct RateReport
{
    DeskQuery query;
    RateRow office; ///< the total over every row
    QList<RateRow> rows;
    QList<RateRule> rules;
    double target = 0.75; ///< the office's target (kessai_meta electronic_rate_target)
};

/// 紙決裁の理由 counted per unit.
struct PaperReasonCount
{
    qint64 reasonId = 0;
    QString reasonCode;
    QString reasonName;
    qint64 unitId = 0;
    QString unitName;
    qint64 count = 0;
};

/// 滞留: documents waiting, per approver or per unit, the oldest first.
struct StallRow
{
    qint64 id = 0;  ///< the approver's user id or the unit's id
    QString label;
    qint64 waiting = 0;
    QDateTime oldestSince;
    double oldestDays = 0;
};

/// 提出 → 決裁: median and 90th percentile in hours (electronic decisions), and the 差戻し rate.
struct DurationRow
{
    QString key;
    QString label;
    qint64 decisions = 0;
    double medianHours = 0;
    double p90Hours = 0;
    qint64 returned = 0; ///< decisions that were sent back (差戻し) at least once
    double returnRate() const { return decisions ? double(returned) / double(decisions) : 0.0; }
};

/// One document behind a figure (drill-down). title is empty for a 秘 document.
struct DeskDocument
{
    qint64 id = 0;
    QString numberLabel;
    QString title;
    QString unitName;
    QDate decidedOn;
    bool paper = false;
    QString assigneeName;   ///< waiting lists: whose turn it is
    QDateTime waitingSince; ///< waiting lists
};

/// Which documents a drill-down lists: the decisions of the query, narrowed further.
struct DeskDrillDown
{
    QString month;         ///< YYYY-MM, empty = the whole period
    qint64 levelId = 0;    ///< 決裁区分
    qint64 fileId = 0;     ///< 簿冊
    qint64 kindId = 0;     ///< decision kind; -1 = decisions without a kind
    qint64 reasonId = 0;   ///< paper decisions with this reason
    int paper = -1;        ///< -1 both, 0 electronic, 1 paper
    qint64 assigneeId = 0; ///< waiting lists: steps of this approver
};

} // namespace kessai
