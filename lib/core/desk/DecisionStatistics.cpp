// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/DecisionStatistics.h"

#include "core/documents/FilingCatalog.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"
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

/// Maps every unit to the unit it counts for at a level (the ancestor at that level, or itself
/// when it stands above or outside it): unit_rollup(unit_id, group_id). Binds the level code.
const auto kRollup = QStringLiteral(
    "WITH RECURSIVE chain(unit_id, at_id) AS (SELECT id, id FROM units "
    "UNION ALL SELECT c.unit_id, u.parent_id FROM chain c JOIN units u ON u.id = c.at_id "
    "WHERE u.parent_id IS NOT NULL), "
    "unit_rollup(unit_id, group_id) AS (SELECT c.unit_id, COALESCE(MIN(CASE WHEN a.level = ? THEN a.id END), "
    "c.unit_id) FROM chain c JOIN units a ON a.id = c.at_id GROUP BY c.unit_id) ");

/// The rate's own exclusions (rate_exclusions), as a condition on alias f.
const auto kNotExcluded = QStringLiteral(
    " AND NOT EXISTS (SELECT 1 FROM rate_exclusions x WHERE x.decision_level_id = f.decision_level_id "
    "OR x.classification = f.classification)");

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
    // The ancestor at level (the unit_rollup of kRollup, for a handful of rows)
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

DecisionStatistics::Filter DecisionStatistics::decisionFilter(const Session &session, const DeskQuery &query)
{
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        throw StoreError(StoreError::Kind::BadData, tr("the period needs a first and a last day, in order"));
    Filter filter = unitFilter(session, query, QStringLiteral("f.unit_id"));
    filter.sql.prepend(QStringLiteral(" AND f.decided_on >= ? AND f.decided_on <= ?"));
    filter.binds.prepend(Timestamps::dateToText(query.to));
    filter.binds.prepend(Timestamps::dateToText(query.from));
    return filter;
}

RateReport DecisionStatistics::rate(const Session &session, const DeskQuery &query, RateGrouping grouping,
                                    UnitLevel unitLevel)
{
    const Filter filter = decisionFilter(session, query);
    loadNames();
    RateReport report;
    report.query = query;
    report.target = target();
    QHash<qint64, QString> fileNames;
    if (grouping == RateGrouping::Kind) {
        SqlQuery files(m_connection, QStringLiteral("SELECT id, name FROM files"));
        files.exec();
        while (files.next())
            fileNames.insert(files.id(0), files.text(1));
    }
    QString key;
    switch (grouping) {
    case RateGrouping::Office:
        key = QStringLiteral("'office'");
        break;
    case RateGrouping::Unit:
        // Counted per unit in SQL, rolled up to unitLevel here: joining every decision to the
        // recursive unit_rollup made SQLite compare each with every unit (1.6 s for a year).
        key = QStringLiteral("f.unit_id");
        break;
    case RateGrouping::Month:
        key = QStringLiteral("substr(f.decided_on, 1, 7)");
        break;
    case RateGrouping::Level:
        key = QStringLiteral("COALESCE(f.decision_level_id, 0)");
        break;
    case RateGrouping::Kind:
        key = QStringLiteral("COALESCE(f.file_id, 0)");
        break;
    }
    SqlQuery q(m_connection, QStringLiteral("SELECT %1, %2 FROM decision_facts f WHERE 1 = 1%3%4 GROUP BY 1 ORDER BY 1")
                                 .arg(key, kCounts, filter.sql, kNotExcluded));
    bindAll(q, filter.binds);
    q.exec();
    QHash<qint64, QString> levelNames;
    QHash<qint64, QString> levelCodes;
    if (grouping == RateGrouping::Level) {
        for (const FilingCatalog::DecisionLevel &level : FilingCatalog(m_connection).decisionLevels()) {
            levelNames.insert(level.id, level.name);
            levelCodes.insert(level.id, level.code);
        }
    }
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
            row.key = q.id(0) ? levelCodes.value(q.id(0)) : QStringLiteral("none");
            row.label = q.id(0) ? levelNames.value(q.id(0)) : tr("(no 決裁区分 recorded)");
            break;
        case RateGrouping::Kind:
            row.key = q.id(0) ? QString::number(q.id(0)) : QStringLiteral("none");
            row.label = q.id(0) ? fileNames.value(q.id(0)) : tr("(no 簿冊 recorded)");
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

    // The rules, stated with every report: what is counted, and what the office excludes.
    report.rules.append({tr("Counted: 決裁 documents decided (決裁済, 施行済 or 完結) with a 決裁日 from %1 to %2; "
                            "報告・供覧 and 収受 documents are not decisions and are not counted.")
                             .arg(Timestamps::dateToText(query.from), Timestamps::dateToText(query.to)),
                         -1});
    report.rules.append({tr("Documents still in review, returned or rejected are not decisions and are not "
                            "counted."),
                         -1});
    report.rules.append({tr("Rate = electronic / (electronic + paper); paper = decisions registered as made on "
                            "paper (書面決裁) or switched to paper by a 文書管理者."),
                         -1});
    report.rules.append({tr("A decision counts for the unit it was drafted in, whatever unit its drafter is "
                            "in now (人事異動)."),
                         -1});
    SqlQuery rules(m_connection, QStringLiteral("SELECT x.id, x.note, l.name, x.classification, x.decision_level_id "
                                                "FROM rate_exclusions x LEFT JOIN decision_levels l "
                                                "ON l.id = x.decision_level_id ORDER BY x.id"));
    rules.exec();
    struct Exclusion
    {
        QVariant levelId;
        QVariant classification;
        QString text;
    };
    QList<Exclusion> exclusions; // read whole first: the counts run on the same connection
    while (rules.next()) {
        const QString what = rules.value(4).isNull() ? tr("秘 documents") : tr("決裁区分 %1").arg(rules.text(2));
        exclusions.append({rules.value(4), rules.value(3),
                           tr("Excluded by the office's rule: %1 (%2).").arg(what, rules.text(1))});
    }
    for (const Exclusion &exclusion : std::as_const(exclusions)) {
        SqlQuery count(m_connection,
                       QStringLiteral("SELECT count(*) FROM decision_facts f WHERE (f.decision_level_id = ? OR "
                                      "f.classification = ?)%1")
                           .arg(filter.sql));
        count.bind(exclusion.levelId.isNull() ? QVariant(qint64(-1)) : exclusion.levelId)
            .bind(exclusion.classification.isNull() ? QStringLiteral("-") : exclusion.classification.toString());
        bindAll(count, filter.binds);
        report.rules.append({exclusion.text, count.scalar().toLongLong()});
    }
    return report;
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
    const Filter filter = decisionFilter(session, query);
    loadNames();
    SqlQuery q(m_connection, kRollup + QStringLiteral("SELECT p.code, p.name, r.group_id, count(*), p.id FROM decision_facts f "
                                                      "JOIN unit_rollup r ON r.unit_id = f.unit_id "
                                                      "JOIN paper_reasons p ON p.id = f.reason_id "
                                                      "WHERE f.paper%1 GROUP BY p.id, p.code, p.name, p.sort_order, "
                                                      "r.group_id ORDER BY count(*) DESC, p.sort_order, r.group_id")
                                           .arg(filter.sql));
    q.bind(toCode(unitLevel));
    bindAll(q, filter.binds);
    q.exec();
    QList<PaperReasonCount> list;
    while (q.next())
        list.append({q.id(4), q.text(0), q.text(1), q.id(2), unitName(q.id(2)), q.value(3).toLongLong()});
    return list;
}

QList<StallRow> DecisionStatistics::stall(const Session &session, const DeskQuery &query, bool byApprover,
                                          UnitLevel unitLevel)
{
    const Filter filter = unitFilter(session, query, QStringLiteral("w.unit_id"));
    loadNames();
    SqlQuery q(m_connection,
               byApprover
                   ? QStringLiteral("SELECT COALESCE(w.assignee_id, 0), count(*), MIN(w.waiting_since) "
                                    "FROM waiting_steps w WHERE 1 = 1%1 GROUP BY COALESCE(w.assignee_id, 0) "
                                    "ORDER BY MIN(w.waiting_since), 1")
                         .arg(filter.sql)
                   : kRollup + QStringLiteral("SELECT r.group_id, count(*), MIN(w.waiting_since) FROM waiting_steps w "
                                              "JOIN unit_rollup r ON r.unit_id = w.unit_id WHERE 1 = 1%1 "
                                              "GROUP BY r.group_id ORDER BY MIN(w.waiting_since), 1")
                                   .arg(filter.sql));
    if (!byApprover)
        q.bind(toCode(unitLevel));
    bindAll(q, filter.binds);
    q.exec();
    QList<StallRow> list;
    while (q.next()) {
        StallRow row;
        row.id = q.id(0);
        if (byApprover) {
            row.label = row.id ? m_userNames.value(row.id) : tr("(a unit's step)");
        } else {
            row.label = unitName(row.id);
        }
        row.waiting = q.value(1).toLongLong();
        row.oldestSince = Timestamps::fromText(q.text(2));
        row.oldestDays = days(row.oldestSince);
        list.append(row);
    }
    return list;
}

QList<DurationRow> DecisionStatistics::durations(const Session &session, const DeskQuery &query,
                                                 RateGrouping grouping, UnitLevel unitLevel)
{
    const Filter filter = decisionFilter(session, query);
    loadNames();
    const bool byUnit = grouping == RateGrouping::Unit;
    SqlQuery q(m_connection,
               (byUnit ? kRollup + QStringLiteral(", ") : QStringLiteral("WITH "))
                   + QStringLiteral(
                         "d AS (SELECT %1 AS g, f.hours_to_decide AS h, CASE WHEN f.returned THEN 1 ELSE 0 END AS rt "
                         "FROM decision_facts f %2 WHERE f.hours_to_decide IS NOT NULL%3), "
                         "ranked AS (SELECT g, h, ROW_NUMBER() OVER (PARTITION BY g ORDER BY h) AS rn, "
                         "COUNT(*) OVER (PARTITION BY g) AS n FROM d), "
                         "returns AS (SELECT g, SUM(rt) AS ret FROM d GROUP BY g) "
                         "SELECT r.g, MAX(r.n), MAX(CASE WHEN r.rn = (r.n + 1) / 2 THEN r.h END), "
                         "MAX(CASE WHEN r.rn = (9 * r.n + 9) / 10 THEN r.h END), MAX(t.ret) "
                         "FROM ranked r JOIN returns t ON t.g = r.g GROUP BY r.g ORDER BY r.g")
                         .arg(byUnit ? QStringLiteral("r.group_id") : QStringLiteral("COALESCE(f.decision_level_id, 0)"),
                              byUnit ? QStringLiteral("JOIN unit_rollup r ON r.unit_id = f.unit_id") : QString(),
                              filter.sql));
    if (byUnit)
        q.bind(toCode(unitLevel));
    bindAll(q, filter.binds);
    q.exec();
    QHash<qint64, FilingCatalog::DecisionLevel> levels;
    if (!byUnit) {
        for (const FilingCatalog::DecisionLevel &level : FilingCatalog(m_connection).decisionLevels())
            levels.insert(level.id, level);
    }
    QList<DurationRow> list;
    while (q.next()) {
        DurationRow row;
        const qint64 id = q.id(0);
        row.key = byUnit ? QString::number(id) : (id ? levels.value(id).code : QStringLiteral("none"));
        row.label = byUnit ? unitName(id) : (id ? levels.value(id).name : tr("(no 決裁区分 recorded)"));
        row.decisions = q.value(1).toLongLong();
        row.medianHours = q.value(2).toDouble();
        row.p90Hours = q.value(3).toDouble();
        row.returned = q.value(4).toLongLong();
        list.append(row);
    }
    return list;
}

QList<DeskDocument> DecisionStatistics::decisions(const Session &session, const DeskQuery &query,
                                                  const DeskDrillDown &drill, int limit)
{
    Filter filter = decisionFilter(session, query);
    loadNames();
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
    if (drill.reasonId) {
        filter.sql += QStringLiteral(" AND f.reason_id = ?");
        filter.binds << drill.reasonId;
    }
    if (drill.paper >= 0)
        filter.sql += drill.paper ? QStringLiteral(" AND f.paper") : QStringLiteral(" AND NOT f.paper");
    SqlQuery q(m_connection, QStringLiteral("SELECT f.document_id, f.number_label, f.title, f.unit_id, f.decided_on, "
                                            "f.paper FROM decision_facts f WHERE 1 = 1%1%2 "
                                            "ORDER BY f.decided_on DESC, f.document_id DESC LIMIT ?")
                                 .arg(filter.sql, drill.reasonId ? QString() : kNotExcluded));
    bindAll(q, filter.binds);
    q.bind(limit).exec();
    QList<DeskDocument> list;
    while (q.next()) {
        DeskDocument d;
        d.id = q.id(0);
        d.numberLabel = q.text(1);
        d.title = q.text(2);
        d.unitName = unitName(q.id(3));
        d.decidedOn = Timestamps::dateFromText(q.text(4));
        d.paper = q.flag(5);
        list.append(d);
    }
    return list;
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
        DeskDocument d;
        d.id = q.id(0);
        d.numberLabel = q.text(1);
        d.title = q.text(2);
        d.unitName = unitName(q.id(3));
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
