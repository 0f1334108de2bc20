// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskMeasurements.h"

#include "core/desk/DecisionStatistics.h"
#include "core/documents/FiscalYear.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace kessai::bench {

namespace {
// The statements of schema 17, for comparison: 滞留 rolled up by a recursive CTE, 提出→決裁 ranked
// over every electronic decision of the year, the reasons counted from every paper decision.
const auto kRollup = QStringLiteral(
    "WITH RECURSIVE chain(unit_id, at_id) AS (SELECT id, id FROM units "
    "UNION ALL SELECT c.unit_id, u.parent_id FROM chain c JOIN units u ON u.id = c.at_id "
    "WHERE u.parent_id IS NOT NULL), "
    "unit_rollup(unit_id, group_id) AS (SELECT c.unit_id, COALESCE(MIN(CASE WHEN a.level = 'division' THEN a.id END), "
    "c.unit_id) FROM chain c JOIN units a ON a.id = c.at_id GROUP BY c.unit_id) ");
const QString kOldStallByApprover = QStringLiteral(
    "SELECT COALESCE(w.assignee_id, 0), count(*), MIN(w.waiting_since) FROM waiting_steps w "
    "GROUP BY COALESCE(w.assignee_id, 0) ORDER BY MIN(w.waiting_since), 1");
const QString kOldStallByUnit = kRollup + QStringLiteral(
    "SELECT r.group_id, count(*), MIN(w.waiting_since) FROM waiting_steps w JOIN unit_rollup r ON r.unit_id = w.unit_id "
    "GROUP BY r.group_id ORDER BY MIN(w.waiting_since), 1");
const QString kOldDurations = kRollup + QStringLiteral(
    ", d AS (SELECT r.group_id AS g, f.hours_to_decide AS h, CASE WHEN f.returned THEN 1 ELSE 0 END AS rt "
    "FROM decision_facts f JOIN unit_rollup r ON r.unit_id = f.unit_id WHERE f.hours_to_decide IS NOT NULL "
    "AND f.decided_on >= ? AND f.decided_on <= ?), "
    "ranked AS (SELECT g, h, ROW_NUMBER() OVER (PARTITION BY g ORDER BY h) AS rn, COUNT(*) OVER (PARTITION BY g) AS n "
    "FROM d), returns AS (SELECT g, SUM(rt) AS ret FROM d GROUP BY g) "
    "SELECT r.g, MAX(r.n), MAX(CASE WHEN r.rn = (r.n + 1) / 2 THEN r.h END), "
    "MAX(CASE WHEN r.rn = (9 * r.n + 9) / 10 THEN r.h END), MAX(t.ret) FROM ranked r JOIN returns t ON t.g = r.g "
    "GROUP BY r.g ORDER BY r.g");
const QString kOldReasons = kRollup + QStringLiteral(
    "SELECT p.code, p.name, r.group_id, count(*), p.id FROM decision_facts f JOIN unit_rollup r ON r.unit_id = f.unit_id "
    "JOIN paper_reasons p ON p.id = f.reason_id WHERE f.paper AND f.decided_on >= ? AND f.decided_on <= ? "
    "GROUP BY p.id, p.code, p.name, p.sort_order, r.group_id ORDER BY count(*) DESC, p.sort_order, r.group_id");

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// EXPLAIN (unprepared: PostgreSQL cannot prepare it) of a statement with its values written in.
QStringList plan(StoreConnection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    const QString explain = connection.isPostgreSQL() ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ");
    QStringList lines;
    if (!q.exec(explain + sql))
        return {QStringLiteral("(EXPLAIN failed)")};
    while (q.next())
        lines << (connection.isPostgreSQL() ? q.value(0).toString() : q.value(3).toString());
    return lines;
}
} // namespace

DeskMeasurements::DeskMeasurements(const DatabaseUrl &url)
    : m_url(url)
{}

DeskMeasurements::Result DeskMeasurements::run(int samples, quint32 seed)
{
    StoreConnection connection(m_url);
    Session session(connection);
    DecisionStatistics statistics(connection);
    QRandomGenerator random(seed);
    const QDate today = QDate::currentDate();
    const DeskQuery year{FiscalYear::firstDay(FiscalYear::of(today)), today, 0};
    // Earlier fiscal years hold most of the generated decisions: measure the busiest whole year too.
    const DeskQuery lastYear{FiscalYear::firstDay(FiscalYear::of(today) - 1), FiscalYear::lastDay(FiscalYear::of(today) - 1),
                             0};
    QList<qint64> divisions;
    {
        SqlQuery q(connection, QStringLiteral("SELECT id FROM units WHERE level = 'division' ORDER BY id"));
        q.exec();
        while (q.next())
            divisions << q.id(0);
    }
    QList<qint64> approvers;
    for (const StallRow &row : statistics.stall(session, year, true))
        approvers << row.id;

    Result result;
    for (int i = 0; i < samples; ++i) {
        const DeskQuery &query = i % 2 ? lastYear : year;
        QElapsedTimer timer;
        timer.start();
        // as DeskLoader asks: the rate by unit (its total is the office rate), then the trend
        const RateReport office = statistics.rate(session, query, RateGrouping::Unit);
        statistics.unitsBelowTarget(office, UnitLevel::Division);
        statistics.trend(session, query);
        result.firstScreen.add(elapsedMs(timer));
        result.decisions = office.office.total();
        result.paper = office.office.paper;

        DeskQuery unit = query;
        unit.unitId = divisions.value(int(random.bounded(int(divisions.size()))));
        timer.restart();
        statistics.decisions(session, unit, {}, 200);
        result.drillDecisions.add(elapsedMs(timer));

        DeskDrillDown waiting;
        waiting.assigneeId = approvers.isEmpty() ? 0 : approvers.value(int(random.bounded(int(approvers.size()))));
        timer.restart();
        statistics.waiting(session, year, waiting, 200);
        result.drillWaiting.add(elapsedMs(timer));

        timer.restart();
        SqlQuery raw(connection, QStringLiteral("SELECT paper, count(*) FROM documents WHERE kind = 'decision' AND "
                                                "decided_on >= ? AND decided_on <= ? AND status IN ('decided', "
                                                "'enforced', 'closed') GROUP BY paper"));
        raw.bind(query.from.toString(Qt::ISODate)).bind(query.to.toString(Qt::ISODate)).exec();
        while (raw.next()) {
        }
        result.rawCount.add(elapsedMs(timer));

        // the stall tab, as DeskLoader::loadDetails asks
        timer.restart();
        statistics.stallLists(session, query, UnitLevel::Division);
        statistics.durations(session, query, RateGrouping::Unit, UnitLevel::Division);
        result.stallScreen.add(elapsedMs(timer));
        timer.restart();
        const QList<PaperReasonCount> reasons = statistics.paperReasons(session, query, UnitLevel::Division);
        result.reasons.add(elapsedMs(timer));

        // as the desk drills into a line of the reasons table: one reason in one 課
        const PaperReasonCount line = reasons.isEmpty() ? PaperReasonCount{} : reasons.value(int(random.bounded(int(reasons.size()))));
        DeskDrillDown reason;
        reason.reasonId = line.reasonId;
        reason.paper = 1;
        DeskQuery reasonUnit = query;
        reasonUnit.unitId = line.unitId;
        timer.restart();
        statistics.decisions(session, reasonUnit, reason, 200);
        result.drillReason.add(elapsedMs(timer));
        timer.restart();
        statistics.waiting(session, unit, {}, 200);
        result.drillWaitingUnit.add(elapsedMs(timer));
    }
    // The same figures by the statements of schema 17 (over every decision of the year).
    for (int i = 0; i < std::min(samples, 3); ++i) {
        const QString from = lastYear.from.toString(Qt::ISODate);
        const QString to = lastYear.to.toString(Qt::ISODate);
        QElapsedTimer timer;
        timer.start();
        for (const QString &sql : {kOldStallByApprover, kOldStallByUnit, kOldDurations}) {
            SqlQuery old(connection, sql);
            if (sql == kOldDurations)
                old.bind(from).bind(to);
            old.exec();
            while (old.next()) {
            }
        }
        result.oldStall.add(elapsedMs(timer));
        timer.restart();
        SqlQuery old(connection, kOldReasons);
        old.bind(from).bind(to).exec();
        while (old.next()) {
        }
        result.oldReasons.add(elapsedMs(timer));
    }
    const QString from = lastYear.from.toString(Qt::ISODate);
    const QString to = lastYear.to.toString(Qt::ISODate);
    const QString where = QStringLiteral("f.decided_on >= '%1' AND f.decided_on <= '%2'").arg(from, to);
    const QString months = QStringLiteral("f.month >= '%1' AND f.month <= '%2'")
                               .arg(lastYear.from.toString(QStringLiteral("yyyy-MM")),
                                    lastYear.to.toString(QStringLiteral("yyyy-MM")));
    const QString notExcluded = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM rate_exclusions x WHERE "
                                               "x.decision_level_id = f.decision_level_id OR x.classification = "
                                               "f.classification OR x.decision_kind_id = f.decision_kind_id)");
    result.plans << QStringLiteral("rate by unit, the whole months (tallies):")
                 << plan(connection, QStringLiteral("SELECT f.unit_id, SUM(f.electronic), SUM(f.paper) FROM "
                                                    "decision_tally_facts f WHERE %1%2 GROUP BY f.unit_id")
                                         .arg(months, notExcluded));
    result.plans << QStringLiteral("rate, the days of a month begun (decisions):")
                 << plan(connection, QStringLiteral("SELECT f.unit_id, SUM(CASE WHEN f.paper THEN 0 ELSE 1 END) FROM "
                                                    "decision_facts f WHERE f.decided_on >= '%1' AND f.decided_on <= "
                                                    "'%2'%3 GROUP BY f.unit_id")
                                         .arg(QDate(today.year(), today.month(), 1).toString(Qt::ISODate),
                                              today.toString(Qt::ISODate), notExcluded));
    result.plans << QStringLiteral("paper reasons, the whole months (tallies):")
                 << plan(connection, QStringLiteral("SELECT f.reason_id, f.unit_id, SUM(f.decisions) FROM "
                                                    "paper_reason_facts f WHERE %1 GROUP BY f.reason_id, f.unit_id")
                                         .arg(months));
    result.plans << QStringLiteral("提出→決裁 by unit, the whole months (tallies):")
                 << plan(connection, QStringLiteral("SELECT f.unit_id, f.hours, SUM(f.decisions), SUM(f.returned) FROM "
                                                    "decision_time_facts f WHERE %1 GROUP BY f.unit_id, f.hours")
                                         .arg(months));
    result.plans << QStringLiteral("提出→決裁, the days of a month begun (decisions):")
                 << plan(connection, QStringLiteral("SELECT f.unit_id, f.hours_bucket, count(*) FROM decision_facts f "
                                                    "WHERE f.hours_bucket IS NOT NULL AND f.decided_on >= '%1' AND "
                                                    "f.decided_on <= '%2' GROUP BY f.unit_id, f.hours_bucket")
                                         .arg(QDate(today.year(), today.month(), 1).toString(Qt::ISODate),
                                              today.toString(Qt::ISODate)));
    result.plans << QStringLiteral("滞留 per approver and unit:")
                 << plan(connection, QStringLiteral("SELECT COALESCE(w.assignee_id, 0), w.unit_id, count(*), "
                                                    "MIN(w.waiting_since) FROM stall_facts w GROUP BY "
                                                    "COALESCE(w.assignee_id, 0), w.unit_id"));
    result.plans << QStringLiteral("drill-down, one unit:")
                 << plan(connection, QStringLiteral("SELECT f.document_id FROM decision_facts f WHERE %1 AND "
                                                    "f.unit_id IN (%2) ORDER BY f.decided_on DESC LIMIT 200")
                                         .arg(where)
                                         .arg(divisions.value(0)));
    return result;
}

} // namespace kessai::bench
