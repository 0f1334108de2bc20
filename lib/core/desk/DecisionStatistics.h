// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"
#include "core/desk/DeskFigures.h"
#include "core/org/Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

namespace kessai {

class Session;
class SqlQuery;
class StoreConnection;

/// The administrator's desk: 電子決裁率, paper reasons, 滞留 and time to decide, as SQL
/// aggregates over tallies kept with every decision (schemas 17 and 20) for whole months, the
/// views decision_facts and waiting_steps (schema v9) for the rest — never by loading documents. Only for users with a desk (DeskScope: administrators, 文書管理者), limited to the
/// units it covers; on PostgreSQL the views apply the same limit on the server.
class DecisionStatistics
{
    Q_DECLARE_TR_FUNCTIONS(DecisionStatistics)

public:
    explicit DecisionStatistics(StoreConnection &connection);

    /// 電子決裁率 of the query's decisions, grouped; by unit rolled up to unitLevel (a document of a
    /// 係 counts for its 課 and 部). The report states every rule applied, exclusions with counts.
    RateReport rate(const Session &session, const DeskQuery &query, RateGrouping grouping,
                    UnitLevel unitLevel = UnitLevel::Division);
    /// The rate of each month of the query's period, oldest first, months without a decision
    /// included (zero counts): the trend the desk draws, one point a month of the period.
    RateReport trend(const Session &session, const DeskQuery &query);
    /// Units at unitLevel with their rate, the furthest below the target first.
    QList<RateRow> unitsBelowTarget(const Session &session, const DeskQuery &query,
                                    UnitLevel unitLevel = UnitLevel::Division);
    /// The same from a report by unit (whose office total is the office rate: the desk's first
    /// screen asks once for both).
    QList<RateRow> unitsBelowTarget(const RateReport &byUnit, UnitLevel unitLevel);
    /// Which reasons sent decisions to paper, in which units (unit rolled up to unitLevel).
    QList<PaperReasonCount> paperReasons(const Session &session, const DeskQuery &query,
                                         UnitLevel unitLevel = UnitLevel::Division);
    /// Documents waiting now, per approver (byApprover) or per unit at unitLevel, oldest first.
    /// The query's dates are not used: what waits, waits today.
    QList<StallRow> stall(const Session &session, const DeskQuery &query, bool byApprover,
                          UnitLevel unitLevel = UnitLevel::Division);
    struct StallLists
    {
        QList<StallRow> byApprover;
        QList<StallRow> byUnit;
    };
    /// Both lists of stall from one statement (the desk shows both).
    StallLists stallLists(const Session &session, const DeskQuery &query, UnitLevel unitLevel = UnitLevel::Division);
    /// 提出 → 決裁 (electronic decisions) by unit at unitLevel (grouping Unit) or by 決裁区分 (Level),
    /// with the 差戻し rate. Median and 90th percentile by nearest rank of the time taken in whole
    /// hours, rounded up (whole days beyond two days: the tallies' resolution).
    QList<DurationRow> durations(const Session &session, const DeskQuery &query, RateGrouping grouping,
                                 UnitLevel unitLevel = UnitLevel::Division);

    /// The decisions behind a figure, newest first (at most limit).
    QList<DeskDocument> decisions(const Session &session, const DeskQuery &query, const DeskDrillDown &drill,
                                  int limit = 1000);
    /// The documents waiting behind a 滞留 figure, oldest first.
    QList<DeskDocument> waiting(const Session &session, const DeskQuery &query, const DeskDrillDown &drill,
                                int limit = 1000);

    /// The office's target rate (0..1), 0.75 unless an administrator set another.
    double target();
    void setTarget(const Session &session, double target);

private:
    struct Filter
    {
        QString sql; ///< " AND …" on alias f's unit_id
        QVariantList binds;
    };
    Filter unitFilter(const Session &session, const DeskQuery &query, const QString &column);
    Filter decisionFilter(const Session &session, const DeskQuery &query);
    static void checkPeriod(const DeskQuery &query);
    /// The union of tallySelect over the period's whole months (it reads alias f with a month
    /// column) and of factSelect (over decision_facts f) for the days before the first whole
    /// month and after the last, each narrowed by units and extra ("WHERE …" ends both selects).
    static Filter periodSource(const DeskQuery &query, const Filter &units, const QString &tallySelect,
                               const QString &factSelect, const Filter &extra);
    /// SQL giving rows (k, e, p) — key, electronic, paper — over the query's decisions not
    /// excluded by extra: whole months from decision_tally_facts, the days at either end from
    /// decision_facts. Sum them grouped by k.
    Filter countedDecisions(const Session &session, const DeskQuery &query, RateGrouping grouping,
                            const Filter &extra);
    QList<RateRule> rules(const Session &session, const DeskQuery &query);
    /// The first day from which the drill-down's tallies count at least limit decisions in the
    /// query's period (its first day when they do not).
    QDate newestFrom(const DeskQuery &query, const Filter &units, const DeskDrillDown &drill, int limit);
    static void bindAll(SqlQuery &query, const QVariantList &binds);
    void loadNames();
    qint64 rollUp(qint64 unitId, UnitLevel level) const;
    QString unitName(qint64 unitId);
    DeskDocument readDocument(const SqlQuery &q);

    StoreConnection &m_connection;
    QHash<qint64, Unit> m_units;
    QHash<qint64, QString> m_userNames;
};

} // namespace kessai
