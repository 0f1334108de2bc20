// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/DecisionStatistics.h"

#include "core/desk/RateSettings.h"
#include "core/documents/DecisionKindList.h"

#include "core/documents/FilingCatalog.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace kessai {

namespace {
const auto kTargetKey = QStringLiteral("electronic_rate_target");

/// The rate's own exclusions (rate_exclusions), as a condition on alias f.
const auto kNotExcluded = QStringLiteral(
    " AND NOT EXISTS (SELECT 1 FROM rate_exclusions x WHERE x.decision_level_id = f.decision_level_id "
    "OR x.classification = f.classification OR x.decision_kind_id = f.decision_kind_id)");

const auto kCounts =
    QStringLiteral("SUM(CASE WHEN f.paper THEN 0 ELSE 1 END), SUM(CASE WHEN f.paper THEN 1 ELSE 0 END)");

QSet<qint64> subtree(const QList<Unit> &units, qint64 root)
{
    QMultiHash<qint64, qint64> children;
    for (const Unit &unit : units)
        children.insert(unit.parentId, unit.id);
    QSet<qint64> result{root};
    QList<qint64> open{root};
    while (!open.isEmpty()) {
        for (qint64 child : children.values(open.takeLast())) {
            if (!result.contains(child)) {
                result.insert(child);
                open.append(child);
            }
        }
    }
    return result;
}

double days(const QDateTime &since)
{
    return since.isValid() ? double(since.msecsTo(Timestamps::now())) / 86400000.0 : 0.0;
}
} // namespace

DecisionStatistics::DecisionStatistics(StoreConnection &connection)
    : m_connection(connection)
{}

void DecisionStatistics::bindAll(SqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.bind(value);
}

void DecisionStatistics::loadNames()
{
    // Read before a result is iterated: on PostgreSQL a result read row by row is cut short when
    // another statement runs on the same connection meanwhile.
    if (!m_units.isEmpty())
        return;
    for (const Unit &unit : OrgStore(m_connection).units(true))
        m_units.insert(unit.id, unit);
    for (const User &user : OrgStore(m_connection).users(true))
        m_userNames.insert(user.id, user.displayName);
}

qint64 DecisionStatistics::rollUp(qint64 unitId, UnitLevel level) const
{
    // The ancestor at level (rolled up here: SQL counts per unit, a few hundred rows)
    for (qint64 at = unitId; m_units.contains(at); at = m_units.value(at).parentId) {
        if (m_units.value(at).level == level)
            return at;
    }
    return unitId;
}

QString DecisionStatistics::unitName(qint64 unitId)
{
    return m_units.value(unitId).name;
}

DeskDocument DecisionStatistics::readDocument(const SqlQuery &q)
{
    // the columns every drill-down list starts with: document, 文書番号, 件名, unit
    DeskDocument d;
    d.id = q.id(0);
    d.numberLabel = q.text(1);
    d.title = q.text(2);
    d.unitName = unitName(q.id(3));
    return d;
}

DecisionStatistics::Filter DecisionStatistics::unitFilter(const Session &session, const DeskQuery &query,
                                                          const QString &column)
{
    const DeskScope scope = DeskScope::of(session);
    if (!scope.hasDesk())
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 has no desk: the figures are for administrators and 文書管理者")
                             .arg(session.user().login));
    if (query.unitId && !scope.covers(query.unitId))
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 may not read the figures of unit %2").arg(session.user().login).arg(query.unitId));
    if (!query.unitId && scope.seesAll())
        return {};
    QSet<qint64> units = query.unitId ? subtree(OrgStore(m_connection).units(true), query.unitId) : scope.units();
    if (!scope.seesAll())
        units.intersect(scope.units());
    QList<qint64> sorted(units.begin(), units.end());
    std::sort(sorted.begin(), sorted.end());
    Filter filter;
    QStringList marks;
    for (qint64 id : std::as_const(sorted)) {
        marks << QStringLiteral("?");
        filter.binds << id;
    }
    filter.sql = QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    return filter;
}

void DecisionStatistics::checkPeriod(const DeskQuery &query)
{
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        throw StoreError(StoreError::Kind::BadData, tr("the period needs a first and a last day, in order"));
}

DecisionStatistics::Filter DecisionStatistics::decisionFilter(const Session &session, const DeskQuery &query)
{
    checkPeriod(query);
    Filter filter = unitFilter(session, query, QStringLiteral("f.unit_id"));
    filter.sql.prepend(QStringLiteral(" AND f.decided_on >= ? AND f.decided_on <= ?"));
    filter.binds.prepend(Timestamps::dateToText(query.to));
    filter.binds.prepend(Timestamps::dateToText(query.from));
    return filter;
}

DecisionStatistics::Filter DecisionStatistics::periodSource(const DeskQuery &query, const Filter &units,
                                                            const QString &tallySelect, const QString &factSelect,
                                                            const Filter &extra)
{
    // Whole months come from a tally (kept by a trigger with each decision, schemas 17 and 20);
    // the days before the first whole month and after the last from the decisions themselves.
    const QDate firstWhole = query.from.day() == 1 ? query.from : QDate(query.from.year(), query.from.month(), 1).addMonths(1);
    const QDate afterLastWhole = query.to.addDays(1).day() == 1 ? query.to.addDays(1)
                                                                 : QDate(query.to.year(), query.to.month(), 1);
    QList<std::pair<QDate, QDate>> days; // of decision_facts, each non-empty
    Filter source;
    QStringList parts;
    if (firstWhole < afterLastWhole) {
        parts << tallySelect + QStringLiteral(" AND f.month >= ? AND f.month <= ?") + units.sql + extra.sql;
        source.binds << firstWhole.toString(QStringLiteral("yyyy-MM"))
                     << afterLastWhole.addMonths(-1).toString(QStringLiteral("yyyy-MM")) << units.binds << extra.binds;
        if (query.from < firstWhole)
            days.append({query.from, firstWhole.addDays(-1)});
        if (afterLastWhole <= query.to)
            days.append({afterLastWhole, query.to});
    } else {
        days.append({query.from, query.to});
    }
    for (const auto &[first, last] : std::as_const(days)) {
        parts << factSelect + QStringLiteral(" AND f.decided_on >= ? AND f.decided_on <= ?") + units.sql + extra.sql;
        source.binds << Timestamps::dateToText(first) << Timestamps::dateToText(last) << units.binds << extra.binds;
    }
    source.sql = parts.join(QStringLiteral(" UNION ALL "));
    return source;
}

DecisionStatistics::Filter DecisionStatistics::countedDecisions(const Session &session, const DeskQuery &query,
                                                                RateGrouping grouping, const Filter &extra)
{
    checkPeriod(query);
    const Filter units = unitFilter(session, query, QStringLiteral("f.unit_id"));
    QString tallyKey;
    QString factKey;
    switch (grouping) {
    case RateGrouping::Office:
        tallyKey = factKey = QStringLiteral("'office'");
        break;
    case RateGrouping::Unit:
        // Counted per unit in SQL, rolled up to the unit level asked in the client: joining every
        // decision to the recursive unit_rollup made SQLite compare each with every unit.
        tallyKey = factKey = QStringLiteral("f.unit_id");
        break;
    case RateGrouping::Month:
        tallyKey = QStringLiteral("f.month");
        factKey = QStringLiteral("substr(f.decided_on, 1, 7)");
        break;
    case RateGrouping::Level:
        tallyKey = QStringLiteral("f.decision_level_id");
        factKey = QStringLiteral("COALESCE(f.decision_level_id, 0)");
        break;
    case RateGrouping::Kind:
        tallyKey = QStringLiteral("f.decision_kind_id");
        factKey = QStringLiteral("COALESCE(f.decision_kind_id, 0)");
        break;
    }
    return periodSource(
        query, units,
        QStringLiteral("SELECT %1 AS k, f.electronic AS e, f.paper AS p FROM decision_tally_facts f WHERE 1 = 1").arg(tallyKey),
        QStringLiteral("SELECT %1 AS k, CASE WHEN f.paper THEN 0 ELSE 1 END AS e, CASE WHEN f.paper THEN 1 ELSE 0 END AS p "
                       "FROM decision_facts f WHERE 1 = 1")
            .arg(factKey),
        extra);
}

RateReport DecisionStatistics::rate(const Session &session, const DeskQuery &query, RateGrouping grouping,
                                    UnitLevel unitLevel)
{
    const Filter source = countedDecisions(session, query, grouping, {kNotExcluded, {}});
    loadNames();
    RateReport report;
    report.query = query;
    report.target = target();
    SqlQuery q(m_connection, QStringLiteral("SELECT c.k, SUM(c.e), SUM(c.p) FROM (%1) c GROUP BY c.k "
                                            "HAVING SUM(c.e) + SUM(c.p) > 0 ORDER BY c.k")
                                 .arg(source.sql));
    QHash<qint64, QString> names; // read before the result: on PostgreSQL another statement would cut it short
    QHash<qint64, QString> codes;
    if (grouping == RateGrouping::Level) {
        for (const FilingCatalog::DecisionLevel &level : FilingCatalog(m_connection).decisionLevels()) {
            names.insert(level.id, level.name);
            codes.insert(level.id, level.code);
        }
    } else if (grouping == RateGrouping::Kind) {
        for (const DecisionKind &kind : DecisionKindList(m_connection).kinds(true)) {
            names.insert(kind.id, kind.name);
            codes.insert(kind.id, kind.code);
        }
    }
    bindAll(q, source.binds);
    q.exec();
    while (q.next()) {
        RateRow row;
        row.electronic = q.value(1).toLongLong();
        row.paper = q.value(2).toLongLong();
        switch (grouping) {
        case RateGrouping::Office:
            row.key = QStringLiteral("office");
            row.label = tr("whole office");
            break;
        case RateGrouping::Unit:
            row.unitId = rollUp(q.id(0), unitLevel);
            break;
        case RateGrouping::Month:
            row.key = q.text(0);
            row.label = row.key;
            break;
        case RateGrouping::Level:
            row.key = q.id(0) ? codes.value(q.id(0)) : QStringLiteral("none");
            row.label = q.id(0) ? names.value(q.id(0)) : tr("(no 決裁区分 recorded)");
            break;
        case RateGrouping::Kind:
            row.key = q.id(0) ? codes.value(q.id(0)) : QStringLiteral("none");
            row.label = q.id(0) ? names.value(q.id(0)) : tr("(no kind recorded)");
            break;
        }
        report.office.electronic += row.electronic;
        report.office.paper += row.paper;
        report.rows.append(row);
    }
    if (grouping == RateGrouping::Unit) {
        QMap<qint64, RateRow> merged; // one row per unit at the level, in id order
        for (const RateRow &row : std::as_const(report.rows)) {
            RateRow &into = merged[row.unitId];
            into.unitId = row.unitId;
            into.key = m_units.contains(row.unitId) ? m_units.value(row.unitId).code : QString::number(row.unitId);
            into.label = m_units.contains(row.unitId) ? m_units.value(row.unitId).name : into.key;
            into.electronic += row.electronic;
            into.paper += row.paper;
        }
        report.rows = merged.values();
    }
    report.office.key = QStringLiteral("office");
    report.office.label = tr("whole office");
    if (query.unitId && m_units.contains(query.unitId)) {
        report.office.key = m_units.value(query.unitId).code;
        report.office.label = tr("%1 (and the units under it)").arg(m_units.value(query.unitId).name);
    }
    report.rules = rules(session, query);
    return report;
}

QList<RateRule> DecisionStatistics::rules(const Session &session, const DeskQuery &query)
{
    // The rules, stated with every report: what is counted, and what the office excludes.
    QList<RateRule> rules;
    rules.append({tr("Counted: 決裁 documents decided (決裁済, 施行済 or 完結) with a 決裁日 from %1 to %2; "
                     "報告・供覧 and 収受 documents are not decisions and are not counted.")
                      .arg(Timestamps::dateToText(query.from), Timestamps::dateToText(query.to)),
                  -1});
    rules.append({tr("Documents still in review, returned or rejected are not decisions and are not "
                     "counted."),
                  -1});
    rules.append({tr("Rate = electronic / (electronic + paper); paper = decisions registered as made on "
                     "paper (書面決裁) or switched to paper by a 文書管理者."),
                  -1});
    rules.append({tr("A decision counts for the unit it was drafted in, whatever unit its drafter is "
                     "in now (人事異動)."),
                  -1});
    // read whole first: the counts run on the same connection
    const QList<RateExclusion> exclusions = RateSettings(m_connection).exclusions();
    for (const RateExclusion &exclusion : exclusions) {
        const Filter matches{QStringLiteral(" AND (f.decision_level_id = ? OR f.classification = ? OR "
                                            "f.decision_kind_id = ?)"),
                             {exclusion.decisionLevelId ? exclusion.decisionLevelId : qint64(-1),
                              exclusion.classification ? toCode(*exclusion.classification) : QStringLiteral("-"),
                              exclusion.decisionKindId ? exclusion.decisionKindId : qint64(-1)}};
        const Filter source = countedDecisions(session, query, RateGrouping::Office, matches);
        SqlQuery count(m_connection, QStringLiteral("SELECT SUM(c.e) + SUM(c.p) FROM (%1) c").arg(source.sql));
        bindAll(count, source.binds);
        rules.append({tr("Excluded by the office's rule: %1 (%2).").arg(exclusion.what, exclusion.note),
                      count.scalar().toLongLong()});
    }
    return rules;
}

RateReport DecisionStatistics::trend(const Session &session, const DeskQuery &query)
{
    RateReport byMonth = rate(session, query, RateGrouping::Month);
    QHash<QString, RateRow> found;
    for (const RateRow &row : std::as_const(byMonth.rows))
        found.insert(row.key, row);
    // every month of the period, those without a decision too: the chart's axis is the period
    byMonth.rows.clear();
    for (QDate month(query.from.year(), query.from.month(), 1); month <= query.to; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        RateRow row = found.value(key);
        row.key = key;
        row.label = key;
        byMonth.rows.append(row);
    }
    return byMonth;
}

QList<RateRow> DecisionStatistics::unitsBelowTarget(const Session &session, const DeskQuery &query,
                                                    UnitLevel unitLevel)
{
    return unitsBelowTarget(rate(session, query, RateGrouping::Unit, unitLevel), unitLevel);
}

QList<RateRow> DecisionStatistics::unitsBelowTarget(const RateReport &byUnit, UnitLevel unitLevel)
{
    loadNames();
    QList<RateRow> rows;
    for (const RateRow &row : byUnit.rows) {
        if (m_units.contains(row.unitId) && m_units.value(row.unitId).level == unitLevel)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RateRow &a, const RateRow &b) { return a.rate() < b.rate(); });
    return rows;
}

QList<PaperReasonCount> DecisionStatistics::paperReasons(const Session &session, const DeskQuery &query,
                                                         UnitLevel unitLevel)
{
    checkPeriod(query);
    const Filter source = periodSource(
        query, unitFilter(session, query, QStringLiteral("f.unit_id")),
        QStringLiteral("SELECT f.reason_id AS g, f.unit_id AS u, f.decisions AS n FROM paper_reason_facts f WHERE 1 = 1"),
        QStringLiteral("SELECT f.reason_id AS g, f.unit_id AS u, 1 AS n FROM decision_facts f WHERE f.paper "
                       "AND f.reason_id IS NOT NULL"),
        {});
    loadNames();
    // read first: another statement would cut the result short on PostgreSQL
    const QList<PaperReason> reasons = PaperDecisionStore(m_connection).reasons(true);
    SqlQuery q(m_connection,
               QStringLiteral("SELECT c.g, c.u, SUM(c.n) FROM (%1) c GROUP BY c.g, c.u HAVING SUM(c.n) > 0").arg(source.sql));
    bindAll(q, source.binds);
    q.exec();
    QMap<std::pair<qint64, qint64>, qint64> counts; // (reason, unit at unitLevel) → decisions
    while (q.next())
        counts[{q.id(0), rollUp(q.id(1), unitLevel)}] += q.value(2).toLongLong();
    QList<PaperReasonCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        PaperReasonCount row{it.key().first, {}, {}, it.key().second, unitName(it.key().second), it.value()};
        for (const PaperReason &reason : reasons) {
            if (reason.id == row.reasonId) {
                row.reasonCode = reason.code;
                row.reasonName = reason.name;
            }
        }
        list.append(row);
    }
    auto order = [&reasons](qint64 id) {
        return std::find_if(reasons.cbegin(), reasons.cend(), [id](const PaperReason &r) { return r.id == id; }) -
               reasons.cbegin();
    };
    // most frequent first, then in the list's order, then by unit
    std::stable_sort(list.begin(), list.end(), [&order](const PaperReasonCount &a, const PaperReasonCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.reasonId != b.reasonId)
            return order(a.reasonId) < order(b.reasonId);
        return a.unitId < b.unitId;
    });
    return list;
}

QList<StallRow> DecisionStatistics::stall(const Session &session, const DeskQuery &query, bool byApprover,
                                          UnitLevel unitLevel)
{
    StallLists lists = stallLists(session, query, unitLevel);
    return byApprover ? lists.byApprover : lists.byUnit;
}

DecisionStatistics::StallLists DecisionStatistics::stallLists(const Session &session, const DeskQuery &query,
                                                              UnitLevel unitLevel)
{
    const Filter filter = unitFilter(session, query, QStringLiteral("w.unit_id"));
    loadNames();
    // One statement counts per approver and unit (a few thousand rows); both lists are summed
    // from it here, units rolled up to unitLevel.
    SqlQuery q(m_connection, QStringLiteral("SELECT COALESCE(w.assignee_id, 0), w.unit_id, count(*), MIN(w.waiting_since) "
                                            "FROM stall_facts w WHERE 1 = 1%1 GROUP BY COALESCE(w.assignee_id, 0), w.unit_id")
                                 .arg(filter.sql));
    bindAll(q, filter.binds);
    q.exec();
    QHash<qint64, StallRow> approvers;
    QHash<qint64, StallRow> units;
    auto add = [](StallRow &row, qint64 id, qint64 waiting, const QDateTime &since) {
        row.id = id;
        row.waiting += waiting;
        if (!row.oldestSince.isValid() || since < row.oldestSince)
            row.oldestSince = since;
    };
    while (q.next()) {
        const qint64 waiting = q.value(2).toLongLong();
        const QDateTime since = Timestamps::fromText(q.text(3));
        add(approvers[q.id(0)], q.id(0), waiting, since);
        const qint64 unit = rollUp(q.id(1), unitLevel);
        add(units[unit], unit, waiting, since);
    }
    auto finish = [this](QHash<qint64, StallRow> &rows, bool byApprover) {
        QList<StallRow> list = rows.values();
        for (StallRow &row : list) {
            if (byApprover)
                row.label = row.id ? m_userNames.value(row.id) : tr("(a unit's step)");
            else
                row.label = unitName(row.id);
            row.oldestDays = days(row.oldestSince);
        }
        // the longest waiting first
        std::sort(list.begin(), list.end(), [](const StallRow &a, const StallRow &b) {
            return a.oldestSince != b.oldestSince ? a.oldestSince < b.oldestSince : a.id < b.id;
        });
        return list;
    };
    return {finish(approvers, true), finish(units, false)};
}

QList<DurationRow> DecisionStatistics::durations(const Session &session, const DeskQuery &query,
                                                 RateGrouping grouping, UnitLevel unitLevel)
{
    checkPeriod(query);
    const bool byUnit = grouping == RateGrouping::Unit;
    const QString key = byUnit ? QStringLiteral("f.unit_id") : QStringLiteral("COALESCE(f.decision_level_id, 0)");
    // The time tallies count decisions by the time taken in whole hours (rounded up; whole days
    // beyond two days): the median and 90th percentile are found by rank among those counts.
    const Filter source = periodSource(
        query, unitFilter(session, query, QStringLiteral("f.unit_id")),
        QStringLiteral("SELECT %1 AS g, f.hours AS h, f.decisions AS n, f.returned AS r FROM decision_time_facts f "
                       "WHERE 1 = 1")
            .arg(key),
        QStringLiteral("SELECT %1 AS g, f.hours_bucket AS h, 1 AS n, CASE WHEN f.returned THEN 1 ELSE 0 END AS r "
                       "FROM decision_facts f WHERE f.hours_bucket IS NOT NULL")
            .arg(key),
        {});
    loadNames();
    QHash<qint64, FilingCatalog::DecisionLevel> levels; // read first: another statement would cut the result short
    if (!byUnit) {
        for (const FilingCatalog::DecisionLevel &level : FilingCatalog(m_connection).decisionLevels())
            levels.insert(level.id, level);
    }
    SqlQuery q(m_connection, QStringLiteral("SELECT c.g, c.h, SUM(c.n), SUM(c.r) FROM (%1) c GROUP BY c.g, c.h "
                                            "HAVING SUM(c.n) > 0")
                                 .arg(source.sql));
    bindAll(q, source.binds);
    q.exec();
    struct Counts
    {
        QMap<qint64, qint64> byHours;
        qint64 decisions = 0;
        qint64 returned = 0;
    };
    QMap<qint64, Counts> groups;
    while (q.next()) {
        Counts &counts = groups[byUnit ? rollUp(q.id(0), unitLevel) : q.id(0)];
        counts.byHours[q.value(1).toLongLong()] += q.value(2).toLongLong();
        counts.decisions += q.value(2).toLongLong();
        counts.returned += q.value(3).toLongLong();
    }
    // nearest rank: the median is the ((n + 1) / 2)th time, the 90th percentile the ((9n + 9) / 10)th
    auto atRank = [](const QMap<qint64, qint64> &byHours, qint64 rank) {
        qint64 seen = 0;
        for (auto it = byHours.cbegin(); it != byHours.cend(); ++it) {
            seen += it.value();
            if (seen >= rank)
                return double(it.key());
        }
        return 0.0;
    };
    QList<DurationRow> list;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        DurationRow row;
        const qint64 id = it.key();
        row.key = byUnit ? (m_units.contains(id) ? m_units.value(id).code : QString::number(id))
                         : (id ? levels.value(id).code : QStringLiteral("none"));
        row.label = byUnit ? unitName(id) : (id ? levels.value(id).name : tr("(no 決裁区分 recorded)"));
        row.decisions = it->decisions;
        row.medianHours = atRank(it->byHours, (it->decisions + 1) / 2);
        row.p90Hours = atRank(it->byHours, (9 * it->decisions + 9) / 10);
        row.returned = it->returned;
        list.append(row);
    }
    return list;
}

QList<DeskDocument> DecisionStatistics::decisions(const Session &session, const DeskQuery &query,
                                                  const DeskDrillDown &drill, int limit)
{
    const Filter units = unitFilter(session, query, QStringLiteral("f.unit_id"));
    decisionFilter(session, query); // the period's check
    loadNames();
    Filter filter; // what narrows the unit's decisions of the period
    if (!drill.month.isEmpty()) {
        filter.sql += QStringLiteral(" AND substr(f.decided_on, 1, 7) = ?");
        filter.binds << drill.month;
    }
    if (drill.levelId) {
        filter.sql += QStringLiteral(" AND f.decision_level_id = ?");
        filter.binds << drill.levelId;
    }
    if (drill.fileId) {
        filter.sql += QStringLiteral(" AND f.file_id = ?");
        filter.binds << drill.fileId;
    }
    if (drill.kindId) {
        filter.sql += drill.kindId > 0 ? QStringLiteral(" AND f.decision_kind_id = ?")
                                       : QStringLiteral(" AND f.decision_kind_id IS NULL");
        if (drill.kindId > 0)
            filter.binds << drill.kindId;
    }
    if (drill.paper >= 0) // before the reason: a column of the index, the reason a lookup
        filter.sql += drill.paper ? QStringLiteral(" AND f.paper") : QStringLiteral(" AND NOT f.paper");
    if (drill.reasonId) {
        filter.sql += QStringLiteral(" AND f.reason_id = ?");
        filter.binds << drill.reasonId;
    }
    if (!drill.reasonId)
        filter.sql += kNotExcluded;
    // Newest first, at most limit: one ordered read per unit (the index on unit and 決裁日 stops
    // after limit rows), merged; the whole office at once when no unit limits it. PostgreSQL
    // cannot take the ORDER BY … LIMIT into the desk's security-barrier view and reads every
    // decision of the range it is given: the range starts at the month from which the tallies
    // count enough, and is the whole period again only if that gave fewer (the last month's
    // tally counts days after the period's end; a 簿冊 is not tallied).
    const QString one = QStringLiteral("SELECT f.document_id, f.number_label, f.title, f.unit_id, f.decided_on, f.paper "
                                       "FROM decision_facts f WHERE f.decided_on >= ? AND f.decided_on <= ?%1%2 "
                                       "ORDER BY f.decided_on DESC, f.document_id DESC LIMIT ?");
    auto read = [&](const QDate &from) {
        const QVariantList period{Timestamps::dateToText(from), Timestamps::dateToText(query.to)};
        QStringList parts;
        QVariantList binds;
        if (units.binds.isEmpty()) {
            parts << one.arg(QString(), filter.sql);
            binds << period << filter.binds << limit;
        } else {
            for (const QVariant &unit : units.binds) {
                parts << QStringLiteral("SELECT * FROM (%1) u%2").arg(one.arg(QStringLiteral(" AND f.unit_id = ?"), filter.sql)).arg(parts.size());
                binds << period << unit << filter.binds << limit;
            }
        }
        SqlQuery q(m_connection, QStringLiteral("SELECT * FROM (%1) d ORDER BY 5 DESC, 1 DESC LIMIT ?")
                                     .arg(parts.join(QStringLiteral(" UNION ALL "))));
        bindAll(q, binds);
        q.bind(limit).exec();
        QList<DeskDocument> list;
        while (q.next()) {
            DeskDocument d = readDocument(q);
            d.decidedOn = Timestamps::dateFromText(q.text(4));
            d.paper = q.flag(5);
            list.append(d);
        }
        return list;
    };
    const QDate from = drill.fileId ? query.from : newestFrom(query, units, drill, limit);
    QList<DeskDocument> list = read(from);
    if (list.size() < limit && from > query.from)
        list = read(query.from);
    return list;
}

QDate DecisionStatistics::newestFrom(const DeskQuery &query, const Filter &units, const DeskDrillDown &drill, int limit)
{
    // the drill-down's conditions on the tallies of its decisions (rate or paper reasons)
    Filter tally;
    QString count;
    QString source;
    if (drill.reasonId) {
        source = QStringLiteral("paper_reason_facts");
        count = QStringLiteral("f.decisions");
        tally.sql += QStringLiteral(" AND f.reason_id = ?");
        tally.binds << drill.reasonId;
    } else {
        source = QStringLiteral("decision_tally_facts");
        count = drill.paper == 1 ? QStringLiteral("f.paper")
                                 : (drill.paper == 0 ? QStringLiteral("f.electronic") : QStringLiteral("f.electronic + f.paper"));
        if (drill.levelId) {
            tally.sql += QStringLiteral(" AND f.decision_level_id = ?");
            tally.binds << drill.levelId;
        }
        if (drill.kindId) {
            tally.sql += QStringLiteral(" AND f.decision_kind_id = ?");
            tally.binds << std::max<qint64>(drill.kindId, 0); // 0: none recorded
        }
        tally.sql += kNotExcluded;
    }
    if (!drill.month.isEmpty()) {
        tally.sql += QStringLiteral(" AND f.month = ?");
        tally.binds << drill.month;
    }
    SqlQuery q(m_connection, QStringLiteral("SELECT f.month, SUM(%1) FROM %2 f WHERE f.month >= ? AND f.month <= ?%3%4 "
                                            "GROUP BY f.month ORDER BY f.month DESC")
                                 .arg(count, source, units.sql, tally.sql));
    q.bind(query.from.toString(QStringLiteral("yyyy-MM"))).bind(query.to.toString(QStringLiteral("yyyy-MM")));
    bindAll(q, units.binds);
    bindAll(q, tally.binds);
    q.exec();
    qint64 seen = 0;
    while (q.next()) {
        seen += q.value(1).toLongLong();
        if (seen >= limit)
            return std::max(QDate::fromString(q.text(0) + QStringLiteral("-01"), Qt::ISODate), query.from);
    }
    return query.from;
}

QList<DeskDocument> DecisionStatistics::waiting(const Session &session, const DeskQuery &query,
                                                const DeskDrillDown &drill, int limit)
{
    Filter filter = unitFilter(session, query, QStringLiteral("w.unit_id"));
    loadNames();
    if (drill.assigneeId) {
        filter.sql += QStringLiteral(" AND w.assignee_id = ?");
        filter.binds << drill.assigneeId;
    }
    SqlQuery q(m_connection, QStringLiteral("SELECT w.document_id, w.number_label, w.title, w.unit_id, "
                                            "w.assignee_id, w.waiting_since FROM waiting_steps w WHERE 1 = 1%1 "
                                            "ORDER BY w.waiting_since, w.step_id LIMIT ?")
                                 .arg(filter.sql));
    bindAll(q, filter.binds);
    q.bind(limit).exec();
    QList<DeskDocument> list;
    while (q.next()) {
        DeskDocument d = readDocument(q);
        d.assigneeName = m_userNames.value(q.id(4));
        d.waitingSince = Timestamps::fromText(q.text(5));
        list.append(d);
    }
    return list;
}

double DecisionStatistics::target()
{
    const QVariant value =
        SqlQuery(m_connection, QStringLiteral("SELECT value FROM kessai_meta WHERE key = ?")).bind(kTargetKey).scalar();
    bool ok = false;
    const double target = value.toString().toDouble(&ok);
    return ok && target > 0 && target <= 1 ? target : 0.75;
}

void DecisionStatistics::setTarget(const Session &session, double target)
{
    session.require(Role::Admin, tr("Setting the target rate"));
    if (!(target > 0 && target <= 1))
        throw StoreError(StoreError::Kind::BadData, tr("the target rate must be above 0 and at most 1 (100%)"));
    Transaction transaction(m_connection);
    SqlQuery(m_connection, QStringLiteral("DELETE FROM kessai_meta WHERE key = ?")).bind(kTargetKey).exec();
    SqlQuery(m_connection, QStringLiteral("INSERT INTO kessai_meta (key, value) VALUES (?, ?)"))
        .bind(kTargetKey)
        .bind(QString::number(target, 'f', 4))
        .exec();
    session.audit(QStringLiteral("desk.target"), QStringLiteral("organization"), 1,
                  {{QStringLiteral("target"), target}});
    transaction.commit();
}

} // namespace kessai
