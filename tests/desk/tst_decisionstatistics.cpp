// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's desk against hand-counted fixtures (fiscal year 2025, 令和7年度):
//
//   総務課 (division)  E1 2025-05-10 electronic, 48 h, sent back once (差戻し)
//   文書係 (its 係)    E2 2025-06-15 electronic, 12 h, drafted by ito_t, who then moves to 人事課
//   総務課             E3 submitted 2025-03-28, decided 2025-04-02 (across the fiscal year): 120 h
//   人事課             E4 2025-07-01 electronic, 24 h
//   総務課             X1 2025-08-01 electronic, 部長決裁: excluded by the office's rule, 24 h
//   総務課             P1 2025-09-01 paper (oversized)
//   人事課             P2 2025-10-01 paper (accounting)
//   人事課             P3 2026-03-31 paper (other: 庁内LAN障害)
//   outside the year:  E5 2025-03-31 (令和6年度), P4 2026-04-01 (令和8年度)
//   not decisions:     a rejected 決裁, a closed 報告
//   waiting:           W1 in 総務課, due at sato_y
//
// Office: 4 electronic, 3 paper, 7 decisions, 57.1 %. 総務課 (with 文書係): 3 + 1 = 75 %;
// 人事課: 1 + 2 = 33.3 %. 提出→決裁 in 総務課: 12, 24, 48, 120 h → median 24, p90 120.
#include "core/audit/AuditLog.h"
#include "core/desk/DecisionStatistics.h"
#include "core/desk/RateSettings.h"
#include "core/documents/DecisionKindList.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/desk/DeskFixture.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>
#include <QTimeZone>

#include <map>
#include <memory>

using namespace kessai;

class TestDecisionStatistics : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    std::unique_ptr<Session> m_adminSession;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;
    qint64 m_e1 = 0;
    qint64 m_w1 = 0;
    const DeskQuery m_fy2025{QDate(2025, 4, 1), QDate(2026, 3, 31), 0};

    Session &as(const char *login)
    {
        auto &slot = m_people[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<test::SessionAs>(*m_db, *m_admin, QLatin1String(login));
        return slot->session();
    }
    static QDateTime at(int y, int m, int d, int h = 9) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); }
    void paper(const QDate &drafted, const QDate &decided, qint64 unit, const char *reason, const QString &text = {})
    {
        PaperDecisionStore store(*m_admin);
        PaperDecision d;
        d.title = QStringLiteral("紙決裁 %1").arg(decided.toString(Qt::ISODate));
        d.drafterId = m_org.watanabe;
        d.unitId = unit;
        d.draftedOn = drafted;
        d.decidedOn = decided;
        d.decider = QStringLiteral("課長");
        d.reasonId = store.reasonByCode(QLatin1String(reason))->id;
        d.reasonText = text;
        d.decisionLevelId = m_org.levelDivision;
        KESSAI_TRY(store.registerDecision(*m_adminSession, d));
    }
    static const RateRow *row(const RateReport &report, const QString &key)
    {
        for (const RateRow &r : report.rows) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        if (test::TestDatabase::isPostgreSQL())
            KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        KESSAI_TRY(m_adminSession = std::make_unique<Session>(*m_admin));
        using test::DeskFixture;
        StoreConnection &o = *m_admin;
        KESSAI_TRY(m_e1 = DeskFixture::electronic(o, m_org, m_org.division, at(2025, 5, 8), at(2025, 5, 10)));
        KESSAI_TRY(DeskFixture::electronic(o, m_org, m_org.section, at(2025, 6, 15, 0), at(2025, 6, 15, 12)));
        KESSAI_TRY(DeskFixture::electronic(o, m_org, m_org.division, at(2025, 3, 28), at(2025, 4, 2)));
        KESSAI_TRY(DeskFixture::electronic(o, m_org, m_org.jinji, at(2025, 6, 30), at(2025, 7, 1)));
        KESSAI_TRY(DeskFixture::electronic(o, m_org, m_org.division, at(2025, 7, 31), at(2025, 8, 1),
                                           m_org.levelDepartment));
        KESSAI_TRY(DeskFixture::electronic(o, m_org, m_org.division, at(2025, 3, 30), at(2025, 3, 31)));
        KESSAI_TRY(DeskFixture::other(o, m_org, QStringLiteral("decision"), QStringLiteral("rejected"),
                                      QDate(2025, 11, 1)));
        KESSAI_TRY(DeskFixture::other(o, m_org, QStringLiteral("report"), QStringLiteral("closed"),
                                      QDate(2025, 11, 2)));
        paper(QDate(2025, 8, 20), QDate(2025, 9, 1), m_org.division, "oversized");
        paper(QDate(2025, 9, 20), QDate(2025, 10, 1), m_org.jinji, "accounting");
        paper(QDate(2026, 3, 2), QDate(2026, 3, 31), m_org.jinji, "other", QStringLiteral("庁内LAN障害"));
        paper(QDate(2026, 3, 25), QDate(2026, 4, 1), m_org.jinji, "oversized");
        // E1 was sent back once on its way (the workflow audits every 差戻し)
        KESSAI_TRY(m_adminSession->audit(QStringLiteral("workflow.return"), QStringLiteral("document"), m_e1, {}));
        // 部長決裁 is left out of the rate by the office's rule
        KESSAI_TRY(SqlQuery(o, QStringLiteral("INSERT INTO rate_exclusions (decision_level_id, note, created_at) "
                                              "VALUES (?, ?, ?)"))
                       .bind(m_org.levelDepartment)
                       .bind(QStringLiteral("知事部局の部長決裁は秘書課で紙処理"))
                       .bind(Timestamps::toText(Timestamps::now()))
                       .exec());
        // W1: waiting at sato_y
        Session &ito = as("ito_t");
        KESSAI_TRY(m_w1 = m_org.draft(ito, QStringLiteral("滞留中の起案")));
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, m_w1, m_org.standardRoute()));
        KESSAI_TRY(WorkflowStore(ito.connection()).act(ito, m_w1, WorkflowActionKind::Submit));
        // 人事異動: ito_t moves to 人事課; E2 stays with 文書係, where it was drafted
        OrgStore org(o);
        User ito_t = *org.userByLogin(QStringLiteral("ito_t"));
        ito_t.unitId = m_org.jinji;
        KESSAI_TRY(org.updateUser(*m_adminSession, ito_t));
    }

    void theOfficeRateCountsPaperAndStatesItsRules()
    {
        RateReport report;
        KESSAI_TRY(report = DecisionStatistics(*m_admin).rate(*m_adminSession, m_fy2025, RateGrouping::Office));
        QCOMPARE(report.office.electronic, 4);
        QCOMPARE(report.office.paper, 3);
        QCOMPARE(report.office.total(), 7);
        QCOMPARE(DeskTable_percent(report.office.rate()), QStringLiteral("57.1"));
        QCOMPARE(report.target, 0.75);
        // every rule is stated; the office's exclusion with how many it left out
        QVERIFY(report.rules.size() >= 5);
        const RateRule &exclusion = report.rules.last();
        QVERIFY2(exclusion.text.contains(QStringLiteral("秘書課で紙処理")), qPrintable(exclusion.text));
        QCOMPARE(exclusion.excluded, 1);
    }

    void unitsRollUpAndStayWhereTheDecisionWasDrafted()
    {
        DecisionStatistics statistics(*m_admin);
        RateReport byDivision;
        KESSAI_TRY(byDivision = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Unit));
        const RateRow *soumu = row(byDivision, QStringLiteral("総務"));
        const RateRow *jinji = row(byDivision, QStringLiteral("人事"));
        QVERIFY(soumu && jinji);
        QCOMPARE(soumu->electronic, 3); // E1, E2 (文書係, though its drafter moved), E3
        QCOMPARE(soumu->paper, 1);
        QCOMPARE(jinji->electronic, 1);
        QCOMPARE(jinji->paper, 2);
        QCOMPARE(byDivision.rows.size(), 2);

        RateReport bySection;
        KESSAI_TRY(bySection = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Unit, UnitLevel::Section));
        const RateRow *bunsho = row(bySection, QStringLiteral("総務-文書"));
        QVERIFY(bunsho);
        QCOMPARE(bunsho->electronic, 1);
        QCOMPARE(row(bySection, QStringLiteral("総務"))->electronic, 2);

        const QList<RateRow> below = statistics.unitsBelowTarget(*m_adminSession, m_fy2025);
        QCOMPARE(below.size(), 2);
        QCOMPARE(below.first().key, QStringLiteral("人事")); // 33.3 % before 75 %
    }

    void monthsLevelsAndTheFiscalYearBoundary()
    {
        DecisionStatistics statistics(*m_admin);
        RateReport byMonth;
        KESSAI_TRY(byMonth = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Month));
        QStringList months;
        for (const RateRow &r : byMonth.rows)
            months << QStringLiteral("%1:%2/%3").arg(r.key).arg(r.electronic).arg(r.paper);
        QCOMPARE(months, (QStringList{QStringLiteral("2025-04:1/0"), QStringLiteral("2025-05:1/0"),
                                      QStringLiteral("2025-06:1/0"), QStringLiteral("2025-07:1/0"),
                                      QStringLiteral("2025-09:0/1"), QStringLiteral("2025-10:0/1"),
                                      QStringLiteral("2026-03:0/1")}));
        // the previous fiscal year holds E5 only (E3 was submitted then, but decided in 2025)
        RateReport fy2024;
        KESSAI_TRY(fy2024 = statistics.rate(*m_adminSession, {QDate(2024, 4, 1), QDate(2025, 3, 31), 0},
                                            RateGrouping::Office));
        QCOMPARE(fy2024.office.electronic, 1);
        QCOMPARE(fy2024.office.paper, 0);
        RateReport byLevel;
        KESSAI_TRY(byLevel = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Level));
        QCOMPARE(byLevel.rows.size(), 1); // 部長決裁 excluded
        QCOMPARE(byLevel.rows.first().key, QStringLiteral("division_head"));
    }

    void paperReasonsByUnit()
    {
        QList<PaperReasonCount> reasons;
        KESSAI_TRY(reasons = DecisionStatistics(*m_admin).paperReasons(*m_adminSession, m_fy2025));
        QStringList seen;
        for (const PaperReasonCount &r : reasons)
            seen << QStringLiteral("%1@%2=%3").arg(r.reasonCode, r.unitName).arg(r.count);
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("accounting@人事課=1"), QStringLiteral("other@人事課=1"),
                                    QStringLiteral("oversized@総務課=1")}));
    }

    void stallAndTimeToDecide()
    {
        DecisionStatistics statistics(*m_admin);
        QList<StallRow> byApprover;
        KESSAI_TRY(byApprover = statistics.stall(*m_adminSession, m_fy2025, true));
        QCOMPARE(byApprover.size(), 1);
        QCOMPARE(byApprover.first().id, m_org.sato);
        QCOMPARE(byApprover.first().waiting, 1);
        QList<DeskDocument> waiting;
        KESSAI_TRY(waiting = statistics.waiting(*m_adminSession, m_fy2025, {}));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().id, m_w1);

        QList<DurationRow> times;
        KESSAI_TRY(times = statistics.durations(*m_adminSession, m_fy2025, RateGrouping::Unit));
        const DurationRow *soumu = nullptr;
        for (const DurationRow &r : times) {
            if (r.label == QStringLiteral("総務課"))
                soumu = &r;
        }
        QVERIFY(soumu);
        QCOMPARE(soumu->decisions, 4); // E1, E2, E3, X1 (exclusions are for the rate only)
        QCOMPARE(qRound(soumu->medianHours), 24);
        QCOMPARE(qRound(soumu->p90Hours), 120);
        QCOMPARE(soumu->returned, 1);
        QCOMPARE(soumu->returnRate(), 0.25);
    }

    void drillDownListsTheDocumentsBehindAFigure()
    {
        DecisionStatistics statistics(*m_admin);
        DeskDrillDown paperOnly;
        paperOnly.paper = 1;
        QList<DeskDocument> list;
        KESSAI_TRY(list = statistics.decisions(*m_adminSession, m_fy2025, paperOnly));
        QCOMPARE(list.size(), 3);
        QVERIFY(list.first().paper);
        QCOMPARE(list.first().decidedOn, QDate(2026, 3, 31)); // newest first
        DeskDrillDown may;
        may.month = QStringLiteral("2025-05");
        KESSAI_TRY(list = statistics.decisions(*m_adminSession, m_fy2025, may));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, m_e1);
    }

    void theNewestDecisionsAreReadFromTheMonthsTheTalliesPoint()
    {
        // the drill-down reads from the month from which the tallies count enough, and the whole
        // period again when that gave fewer (here: E2 of 06-15 is in June's tally, not the period)
        DecisionStatistics statistics(*m_admin);
        auto dates = [&](const DeskQuery &query, int paper, int limit) {
            DeskDrillDown drill;
            drill.paper = paper;
            QStringList list;
            for (const DeskDocument &d : statistics.decisions(*m_adminSession, query, drill, limit))
                list << d.decidedOn.toString(Qt::ISODate);
            return list;
        };
        QStringList found;
        KESSAI_TRY(found = dates(m_fy2025, -1, 2));
        QCOMPARE(found, (QStringList{QStringLiteral("2026-03-31"), QStringLiteral("2025-10-01")}));
        KESSAI_TRY(found = dates(m_fy2025, 0, 2)); // X1 (08-01) is excluded, in the tallies too
        QCOMPARE(found, (QStringList{QStringLiteral("2025-07-01"), QStringLiteral("2025-06-15")}));
        KESSAI_TRY(found = dates({QDate(2025, 4, 1), QDate(2025, 6, 14), 0}, 0, 2));
        QCOMPARE(found, (QStringList{QStringLiteral("2025-05-10"), QStringLiteral("2025-04-02")}));
        DeskDrillDown other;
        other.reasonId = PaperDecisionStore(*m_admin).reasonByCode(QStringLiteral("other"))->id;
        QList<DeskDocument> list;
        KESSAI_TRY(list = statistics.decisions(*m_adminSession, m_fy2025, other, 1));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().decidedOn, QDate(2026, 3, 31));
    }

    void eachRoleSeesOnlyItsDesk()
    {
        // a 課's 文書管理者: their 課 and its 係 only
        Session &kanri = as("kanri_s");
        DecisionStatistics statistics(kanri.connection());
        RateReport mine;
        KESSAI_TRY(mine = statistics.rate(kanri, m_fy2025, RateGrouping::Office));
        QCOMPARE(mine.office.electronic, 3);
        QCOMPARE(mine.office.paper, 1);
        DeskQuery jinji = m_fy2025;
        jinji.unitId = m_org.jinji;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, statistics.rate(kanri, jinji, RateGrouping::Office));
        // clerks and approvers have no desk
        for (const char *login : {"ito_t", "watanabe_a", "suzuki_h"}) {
            Session &person = as(login);
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                DecisionStatistics(person.connection()).rate(person, m_fy2025, RateGrouping::Office));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                DecisionStatistics(person.connection()).stall(person, m_fy2025, true));
        }
        // the administrator narrows to one unit
        RateReport division;
        DeskQuery soumu = m_fy2025;
        soumu.unitId = m_org.division;
        KESSAI_TRY(division = DecisionStatistics(*m_admin).rate(*m_adminSession, soumu, RateGrouping::Office));
        QCOMPARE(division.office.total(), 4);
    }

    void kindsAreTheOfficesListAndMayBeExcludedByAVisibleRule()
    {
        // P1 is a 契約 (contract) decision, the others record no kind
        const DecisionKind contract = *DecisionKindList(*m_admin).byCodeOrName(QStringLiteral("contract"));
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET decision_kind_id = ? WHERE paper AND "
                                                     "decided_on = '2025-09-01'"))
                       .bind(contract.id)
                       .exec());
        DecisionStatistics statistics(*m_admin);
        RateReport byKind;
        KESSAI_TRY(byKind = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Kind));
        QStringList kinds;
        for (const RateRow &r : byKind.rows)
            kinds << QStringLiteral("%1 %2:%3/%4").arg(r.key, r.label).arg(r.electronic).arg(r.paper);
        QCOMPARE(kinds, (QStringList{QStringLiteral("none (no kind recorded):4/2"),
                                     QStringLiteral("contract 契約:0/1")}));
        // the office leaves 契約 out: stated, with its count, and the rate follows
        RateExclusion rule;
        rule.decisionKindId = contract.id;
        rule.note = QStringLiteral("契約は財務会計システムで決裁");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, RateSettings(*m_admin).addExclusion(as("kanri_s"), rule));
        qint64 id = 0;
        KESSAI_TRY(id = RateSettings(*m_admin).addExclusion(*m_adminSession, rule));
        RateReport office;
        KESSAI_TRY(office = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Office));
        QCOMPARE(office.office.paper, 2);
        QCOMPARE(office.rules.last().excluded, 1);
        QVERIFY2(office.rules.last().text.contains(QStringLiteral("契約は財務会計システムで決裁")),
                 qPrintable(office.rules.last().text));
        KESSAI_TRY(RateSettings(*m_admin).removeExclusion(*m_adminSession, id));
        KESSAI_TRY(office = statistics.rate(*m_adminSession, m_fy2025, RateGrouping::Office));
        QCOMPARE(office.office.paper, 3);
        QCOMPARE(test::rowCount(*m_admin, QStringLiteral("audit_events WHERE action LIKE 'desk.exclusion.%'")), 2);
    }

    void anyRangeCountsTheSameAsTheDecisionsThemselves()
    {
        // whole months come from the tallies, the days at either end from the decisions: every
        // range gives the count of the decisions (hand-counted: E1 05-10, E2 06-15, E4 07-01)
        DecisionStatistics statistics(*m_admin);
        const struct
        {
            QDate from, to;
            qint64 electronic, paper;
        } ranges[] = {{QDate(2025, 5, 10), QDate(2025, 7, 1), 3, 0},   // edges on the days themselves
                      {QDate(2025, 5, 11), QDate(2025, 6, 30), 1, 0},  // E2 only
                      {QDate(2025, 6, 1), QDate(2025, 6, 30), 1, 0},   // one whole month
                      {QDate(2025, 6, 16), QDate(2025, 6, 20), 0, 0},  // inside a month
                      {QDate(2025, 4, 2), QDate(2026, 3, 30), 4, 2}};  // all but P3 (03-31)
        for (const auto &range : ranges) {
            RateReport report;
            KESSAI_TRY(report = statistics.rate(*m_adminSession, {range.from, range.to, 0}, RateGrouping::Office));
            QVERIFY2(report.office.electronic == range.electronic && report.office.paper == range.paper,
                     qPrintable(QStringLiteral("%1..%2: %3/%4")
                                    .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate))
                                    .arg(report.office.electronic)
                                    .arg(report.office.paper)));
        }
        // the trend has every month of the period, in order, empty months included
        RateReport trend;
        KESSAI_TRY(trend = statistics.trend(*m_adminSession, m_fy2025));
        QCOMPARE(trend.rows.size(), 12);
        QCOMPARE(trend.rows.first().key, QStringLiteral("2025-04"));
        QCOMPARE(trend.rows.at(4).key, QStringLiteral("2025-08"));
        QCOMPARE(trend.rows.at(4).total(), 0); // X1 (部長決裁) is excluded
        QCOMPARE(trend.rows.last().key, QStringLiteral("2026-03"));
    }

    void theTalliesFollowEveryChangeOfADecision()
    {
        // the tallies equal a count of the decisions themselves, after changes of status, unit and date
        auto consistent = [this] {
            return SqlQuery(*m_admin,
                            QStringLiteral("SELECT count(*) FROM (SELECT substr(decided_on, 1, 7) AS m, unit_id AS u, "
                                           "SUM(CASE WHEN paper THEN 0 ELSE 1 END) AS e, SUM(CASE WHEN paper THEN 1 "
                                           "ELSE 0 END) AS p FROM documents WHERE kind = 'decision' AND decided_on IS "
                                           "NOT NULL AND status IN ('decided', 'enforced', 'closed') GROUP BY 1, 2) d "
                                           "FULL JOIN (SELECT month AS m, unit_id AS u, SUM(electronic) AS e, "
                                           "SUM(paper) AS p FROM decision_tallies GROUP BY 1, 2 HAVING SUM(electronic) "
                                           "+ SUM(paper) > 0) t ON t.m = d.m AND t.u = d.u "
                                           "WHERE d.e IS NULL OR t.e IS NULL OR d.e <> t.e OR d.p <> t.p"))
                       .scalar()
                       .toInt() == 0;
        };
        QVERIFY(consistent());
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET status = 'enforced' WHERE id = ?"))
                       .bind(m_e1)
                       .exec());
        QVERIFY(consistent());
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET unit_id = ?, decided_on = '2025-06-01' "
                                                     "WHERE id = ?"))
                       .bind(m_org.jinji)
                       .bind(m_e1)
                       .exec());
        QVERIFY(consistent());
        RateReport june;
        KESSAI_TRY(june = DecisionStatistics(*m_admin).rate(*m_adminSession, {QDate(2025, 6, 1), QDate(2025, 6, 30), 0},
                                                            RateGrouping::Office));
        QCOMPARE(june.office.electronic, 2);
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET unit_id = ?, decided_on = '2025-05-10' "
                                                     "WHERE id = ?"))
                       .bind(m_org.division)
                       .bind(m_e1)
                       .exec());
        QVERIFY(consistent());
    }

    void reasonsAndTimesCountTheSameFromTalliesAndDays()
    {
        // Whole months from the tallies (schema 20), days at either end from the decisions.
        DecisionStatistics statistics(*m_admin);
        auto reasonsOf = [&](const QDate &from, const QDate &to) {
            QStringList seen;
            for (const PaperReasonCount &r : statistics.paperReasons(*m_adminSession, {from, to, 0}))
                seen << QStringLiteral("%1@%2=%3").arg(r.reasonCode, r.unitName).arg(r.count);
            seen.sort();
            return seen;
        };
        QStringList reasons;
        KESSAI_TRY(reasons = reasonsOf(QDate(2025, 9, 1), QDate(2025, 10, 1))); // September + one day
        QCOMPARE(reasons, (QStringList{QStringLiteral("accounting@人事課=1"), QStringLiteral("oversized@総務課=1")}));
        KESSAI_TRY(reasons = reasonsOf(QDate(2025, 9, 2), QDate(2026, 3, 31)));
        QCOMPARE(reasons, (QStringList{QStringLiteral("accounting@人事課=1"), QStringLiteral("other@人事課=1")}));
        KESSAI_TRY(reasons = reasonsOf(QDate(2025, 10, 2), QDate(2026, 3, 30)));
        QVERIFY(reasons.isEmpty());

        auto soumu = [&](const QDate &from, const QDate &to) {
            for (const DurationRow &r : statistics.durations(*m_adminSession, {from, to, 0}, RateGrouping::Unit)) {
                if (r.label == QStringLiteral("総務課"))
                    return QStringLiteral("%1 median %2 p90 %3 returned %4")
                        .arg(r.decisions)
                        .arg(r.medianHours)
                        .arg(r.p90Hours)
                        .arg(r.returned);
            }
            return QString();
        };
        QString times;
        // E1 (48 h, 差戻し) and E2 (12 h): days only
        KESSAI_TRY(times = soumu(QDate(2025, 5, 10), QDate(2025, 6, 15)));
        QCOMPARE(times, QStringLiteral("2 median 12 p90 48 returned 1"));
        // E3 (120 h), E1, E2: four whole months
        KESSAI_TRY(times = soumu(QDate(2025, 4, 1), QDate(2025, 7, 31)));
        QCOMPARE(times, QStringLiteral("3 median 48 p90 120 returned 1"));

        // the time counted: whole hours rounded up, whole days beyond two days (June 2024, 人事課)
        const int minutes[] = {30, 47 * 60 + 30, 48 * 60, 48 * 60 + 30};
        for (int i = 0; i < 4; ++i) {
            const QDateTime submitted = at(2024, 6, 10 + i, 8);
            KESSAI_TRY(test::DeskFixture::electronic(*m_admin, m_org, m_org.jinji, submitted,
                                                     submitted.addSecs(minutes[i] * 60)));
        }
        for (const auto &[from, to] : {std::pair{QDate(2024, 6, 1), QDate(2024, 6, 30)},   // a whole month
                                       std::pair{QDate(2024, 6, 9), QDate(2024, 6, 20)}}) { // days
            QList<DurationRow> rows;
            KESSAI_TRY(rows = statistics.durations(*m_adminSession, {from, to, 0}, RateGrouping::Level));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().decisions, 4);
            QCOMPARE(rows.first().medianHours, 48.0); // 1, 48, 48, 72: the 2nd
            QCOMPARE(rows.first().p90Hours, 72.0);    // the 4th
        }

        // the tallies equal a count of the decisions themselves after changes, a late 差戻し included
        auto consistent = [this] {
            const int times = SqlQuery(*m_admin,
                QStringLiteral("SELECT count(*) FROM (SELECT substr(decided_on, 1, 7) AS m, unit_id AS u, "
                               "COALESCE(decision_level_id, 0) AS l, hours_bucket AS h, count(*) AS n, "
                               "SUM(CASE WHEN returned THEN 1 ELSE 0 END) AS r FROM decision_facts WHERE hours_bucket "
                               "IS NOT NULL GROUP BY 1, 2, 3, 4) d FULL JOIN (SELECT * FROM decision_time_tallies WHERE "
                               "decisions <> 0 OR returned <> 0) t ON t.month = d.m AND t.unit_id = d.u AND "
                               "t.decision_level_id = d.l AND t.hours = d.h WHERE d.n IS NULL OR t.decisions IS NULL "
                               "OR d.n <> t.decisions OR d.r <> t.returned")).scalar().toInt();
            const int reasons = SqlQuery(*m_admin,
                QStringLiteral("SELECT count(*) FROM (SELECT substr(decided_on, 1, 7) AS m, unit_id AS u, reason_id "
                               "AS g, count(*) AS n FROM decision_facts WHERE paper GROUP BY 1, 2, 3) d FULL JOIN "
                               "(SELECT * FROM paper_reason_tallies WHERE decisions <> 0) t ON t.month = d.m AND "
                               "t.unit_id = d.u AND t.reason_id = d.g WHERE d.n IS NULL OR t.decisions IS NULL "
                               "OR d.n <> t.decisions")).scalar().toInt();
            return times == 0 && reasons == 0;
        };
        QVERIFY(consistent());
        qint64 e6 = 0;
        KESSAI_TRY(e6 = test::DeskFixture::electronic(*m_admin, m_org, m_org.division, at(2025, 11, 3),
                                                      at(2025, 11, 4)));
        KESSAI_TRY(m_adminSession->audit(QStringLiteral("workflow.return"), QStringLiteral("document"), e6, {}));
        KESSAI_TRY(m_adminSession->audit(QStringLiteral("workflow.return"), QStringLiteral("document"), e6, {}));
        QVERIFY(consistent());
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET unit_id = ?, decided_on = '2025-12-01', "
                                                     "decision_level_id = ? WHERE id = ?"))
                       .bind(m_org.jinji)
                       .bind(m_org.levelDivision)
                       .bind(e6)
                       .exec());
        QVERIFY(consistent());
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET unit_id = ?, decided_on = '2026-01-05' "
                                                     "WHERE paper AND decided_on = '2025-09-01'"))
                       .bind(m_org.jinji)
                       .exec());
        QVERIFY(consistent());
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET status = 'rejected' WHERE id = ?"))
                       .bind(e6)
                       .exec());
        QVERIFY(consistent());
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_adminSession.reset();
        m_admin.reset();
        m_db.reset();
    }

private:
    static QString DeskTable_percent(double rate) { return QString::number(rate * 100.0, 'f', 1); }
};

QTEST_GUILESS_MAIN(TestDecisionStatistics)
#include "tst_decisionstatistics.moc"
