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
    result.plans << QStringLiteral("drill-down, one unit:")
                 << plan(connection, QStringLiteral("SELECT f.document_id FROM decision_facts f WHERE %1 AND "
                                                    "f.unit_id IN (%2) ORDER BY f.decided_on DESC LIMIT 200")
                                         .arg(where)
                                         .arg(divisions.value(0)));
    return result;
}

} // namespace kessai::bench
