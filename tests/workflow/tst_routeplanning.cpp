// SPDX-License-Identifier: GPL-3.0-or-later
// Planning a route before 提出: the 専決規程 as seeded and as changed by an administrator,
// default routes of 報告 documents, personal route templates, and the route's JSON form.
#include "core/documents/DocumentStore.h"
#include "core/org/DelegationStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RoutePlan.h"
#include "core/workflow/RouteTemplateStore.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <memory>

using namespace kessai;

class TestRoutePlanning : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void standardDelegationIsSeeded_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("decidingRank");
        QTest::newRow("課長専決") << QStringLiteral("division_head") << 3 << 50;
        QTest::newRow("部長決裁") << QStringLiteral("department_head") << 5 << 70;
        QTest::newRow("副知事決裁") << QStringLiteral("vice_governor") << 6 << 80;
        QTest::newRow("知事決裁") << QStringLiteral("governor") << 7 << 90;
    }

    void standardDelegationIsSeeded()
    {
        QFETCH(QString, level);
        QFETCH(int, lines);
        QFETCH(int, decidingRank);
        QList<DelegationRule> rules;
        KESSAI_TRY(rules = DelegationStore(*m_connection).rules(level));
        QCOMPARE(rules.size(), lines);
        QCOMPARE(rules.last().kind, StepKind::Decide);
        QCOMPARE(rules.last().titleRank, decidingRank);
        QCOMPARE(rules.last().absenceRule, AbsenceRule::Proxy);
        for (int i = 0; i + 1 < rules.size(); ++i) {
            QCOMPARE(rules[i].kind, StepKind::Review);
            QVERIFY(rules[i].titleRank < rules[i + 1].titleRank); // upwards, in order
        }
        // Every 決裁区分 that OrganizationSetup creates has a deciding line.
        SqlQuery q(*m_connection, QStringLiteral("SELECT code FROM decision_levels"));
        q.exec();
        while (q.next())
            QVERIFY2(!DelegationStore(*m_connection).rules(q.text(0)).isEmpty(), qPrintable(q.text(0)));
    }

    void administratorsChangeTheDelegation()
    {
        Session admin(*m_connection);
        Session ito(*m_connection, QStringLiteral("ito_t"));
        DelegationStore store(*m_connection);
        // Without the 課長補佐, and with the 課長's absence passed as 後閲 only for reviews.
        QList<DelegationRule> line{{QStringLiteral("division_head"), 1, 30, DelegationRule::Scope::Section,
                                    StepKind::Review, AbsenceRule::PostReview},
                                   {QStringLiteral("division_head"), 2, 50, DelegationRule::Scope::Division,
                                    StepKind::Decide, AbsenceRule::Proxy}};
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            store.setRules(ito, QStringLiteral("division_head"), line));
        QList<DelegationRule> noDecider = line.mid(0, 1);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            store.setRules(admin, QStringLiteral("division_head"), noDecider));
        KESSAI_TRY(store.setRules(admin, QStringLiteral("division_head"), line));
        const qint64 doc = m_org.draft(ito, QStringLiteral("専決規程の変更後"));
        RoutePlan plan;
        KESSAI_TRY(plan = WorkflowStore(*m_connection).defaultRoute(ito, doc));
        QCOMPARE(plan.stages.size(), 2);
        QCOMPARE(plan.stages[0][0].assigneeId, m_org.sato);
        QCOMPARE(plan.stages[1][0].assigneeId, m_org.suzuki);
        // Put the standard line back for the other tests.
        QList<DelegationRule> standard = line;
        standard.insert(1, {QStringLiteral("division_head"), 2, 40, DelegationRule::Scope::Division,
                            StepKind::Review, AbsenceRule::PostReview});
        KESSAI_TRY(store.setRules(admin, QStringLiteral("division_head"), standard));
        QCOMPARE(store.rules(QStringLiteral("division_head")).size(), 3);
    }

    void reportsCirculateAlongTheLine()
    {
        Session ito(*m_connection, QStringLiteral("ito_t"));
        DocumentRecord report;
        report.kind = DocumentKind::Report;
        report.title = QStringLiteral("行政文書ファイル管理簿の公表について（報告）");
        report.unitId = m_org.division;
        qint64 doc = 0;
        KESSAI_TRY(doc = DocumentStore(*m_connection).createDraft(ito, report));
        QStringList problems;
        RoutePlan plan;
        KESSAI_TRY(plan = WorkflowStore(*m_connection).defaultRoute(ito, doc, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        QCOMPARE(plan.stepCount(), 3);
        for (const auto &stage : std::as_const(plan.stages))
            QCOMPARE(stage[0].kind, StepKind::Circulate);
        // Circulated and read by all: it closes by itself, without a decision.
        WorkflowStore store(*m_connection);
        KESSAI_TRY(store.setRoute(ito, doc, plan));
        KESSAI_TRY(store.act(ito, doc, WorkflowActionKind::Submit));
        for (const char *login : {"sato_y", "takahashi_m", "suzuki_h"}) {
            Session reader(*m_connection, QLatin1String(login));
            KESSAI_TRY(store.act(reader, doc, WorkflowActionKind::Read));
        }
        const auto after = DocumentStore(*m_connection).document(doc);
        QCOMPARE(after->status, DocumentStatus::Closed);
        QVERIFY(!after->decidedAt.isValid());
        QVERIFY(after->closedAt.isValid());
    }

    void templatesArePersonal()
    {
        Session ito(*m_connection, QStringLiteral("ito_t"));
        Session sato(*m_connection, QStringLiteral("sato_y"));
        RouteTemplateStore store(*m_connection);
        const RoutePlan route = m_org.standardRoute();
        qint64 id = 0;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.save(ito, QStringLiteral("  "), route));
        KESSAI_TRY(id = store.save(ito, QStringLiteral("人事課合議あり"), route));
        RoutePlan shorter;
        shorter.stages = {{RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        qint64 again = 0;
        KESSAI_TRY(again = store.save(ito, QStringLiteral("人事課合議あり"), shorter)); // same name: replaced
        QCOMPARE(again, id);
        QList<RouteTemplate> mine;
        KESSAI_TRY(mine = store.list(ito));
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].plan.toJson(), shorter.toJson());
        QVERIFY(store.list(sato).isEmpty());
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.remove(sato, id));
        KESSAI_TRY(store.remove(ito, id));
        QVERIFY(store.list(ito).isEmpty());
    }

    void routeJsonRoundTrips()
    {
        RoutePlan plan = m_org.standardRoute();
        plan.stages[1][0].absenceRule = AbsenceRule::PostReview;
        const auto back = RoutePlan::fromJson(plan.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->toJson(), plan.toJson());
        QCOMPARE(back->stages.size(), 4);
        QCOMPARE(back->stages[1].size(), 2);
        QString error;
        QVERIFY(!RoutePlan::fromJson(QStringLiteral("{}"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RoutePlan::fromJson(QStringLiteral("[{\"steps\":[{\"kind\":\"stamp\",\"assignee_id\":1}]}]"),
                                     &error));
        QVERIFY2(error.contains(QLatin1String("stamp")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRoutePlanning)
#include "tst_routeplanning.moc"
