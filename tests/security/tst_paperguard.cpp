// SPDX-License-Identifier: GPL-3.0-or-later
// The office server guards paper decisions and the desk's figures (docs/security.md, "Paper
// decisions and the desk"). Staff with their own logins and plain SQL, as psql would send it, try
// to register a paper decision for another unit, to flip a document to paper, to write the paper
// records or the office's lists, and to read figures of units their desk does not cover. Each
// attempt must be refused or change nothing (a superuser's snapshot of the tables), and the audit
// chain still verifies afterwards.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/GuardHarness.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <map>
#include <memory>

using namespace kessai;

class TestPaperGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::unique_ptr<test::GuardHarness> m_guard; // psql-like logins, attacks
    qint64 m_draft = 0;   // ito_t's draft in 総務課
    qint64 m_review = 0;  // ito_t's document in review in 総務課
    qint64 m_jinji = 0;   // a document in review in 人事課
    qint64 m_reason = 0;  // oversized

    StoreConnection &raw(const char *login) { return m_guard->raw(QLatin1String(login)); }
    /// What an attack must leave as it was (read by the superuser).
    static QString snapshotSql()
    {
        return QStringLiteral("SELECT md5(concat_ws('|', "
                              "(SELECT string_agg(d::text, ',' ORDER BY id) FROM documents d), "
                              "(SELECT string_agg(p::text, ',' ORDER BY document_id) FROM paper_decisions p), "
                              "(SELECT string_agg(r::text, ',' ORDER BY id) FROM paper_reasons r), "
                              "(SELECT string_agg(x::text, ',' ORDER BY id) FROM rate_exclusions x), "
                              "(SELECT string_agg(s::text, ',' ORDER BY id) FROM route_steps s), "
                              "(SELECT string_agg(n::text, ',' ORDER BY unit_id, fiscal_year) FROM "
                              "number_counters n), "
                              "(SELECT string_agg(e::text, ',' ORDER BY id) FROM audit_events e)))");
    }
    QString snapshot() { return m_guard->snapshot(); }
    QString run(const char *login, const QStringList &statements)
    {
        return m_guard->run(QLatin1String(login), statements);
    }
    void attack(const char *what, const char *login, const QStringList &statements, const QString &expected = {})
    {
        const QString problem = m_guard->attack(QString::fromUtf8(what), QLatin1String(login), statements, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    qint64 count(const char *login, const QString &sql)
    {
        return SqlQuery(raw(login), sql).scalar().toLongLong();
    }
    QString registerCall(qint64 unit, qint64 drafter, const QString &extra = QStringLiteral("NULL"))
    {
        return QStringLiteral("SELECT * FROM kessai_register_paper(%1, %2, '紙の決裁', NULL, NULL, 'public', "
                              "'2026-05-01', '2026-05-02', %3, '', '課長', %4, NULL)")
            .arg(unit)
            .arg(drafter)
            .arg(m_reason)
            .arg(extra);
    }
    static QString n(qint64 value) { return QString::number(value); }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        m_guard = std::make_unique<test::GuardHarness>(*m_db, *m_admin, snapshotSql());
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        m_reason = PaperDecisionStore(*m_admin).reasonByCode(QStringLiteral("oversized"))->id;
        test::SessionAs ito(*m_db, *m_admin, QStringLiteral("ito_t"));
        KESSAI_TRY(m_draft = m_org.draft(ito.session(), QStringLiteral("未提出")));
        KESSAI_TRY(m_review = m_org.draft(ito.session(), QStringLiteral("回議中")));
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito.session(), m_review, m_org.standardRoute()));
        KESSAI_TRY(WorkflowStore(ito.connection()).act(ito.session(), m_review, WorkflowActionKind::Submit));
        test::SessionAs kimura(*m_db, *m_admin, QStringLiteral("kimura_s"));
        DocumentRecord d;
        d.kind = DocumentKind::Decision;
        d.title = QStringLiteral("人事課の起案");
        d.unitId = m_org.jinji;
        d.decisionLevelId = m_org.levelDivision;
        d.fileId = m_org.file;
        KESSAI_TRY(m_jinji = DocumentStore(kimura.connection()).createDraft(kimura.session(), d));
        RoutePlan route;
        route.stages = {{RoutePlan::step(StepKind::Decide, m_org.watanabe)}};
        KESSAI_TRY(WorkflowStore(kimura.connection()).setRoute(kimura.session(), m_jinji, route));
        KESSAI_TRY(WorkflowStore(kimura.connection()).act(kimura.session(), m_jinji, WorkflowActionKind::Submit));
        // decisions of both units, for the figures
        Session admin(*m_admin);
        for (qint64 unit : {m_org.division, m_org.section, m_org.jinji, m_org.jinji}) {
            PaperDecision p;
            p.title = QStringLiteral("紙決裁");
            p.drafterId = unit == m_org.jinji ? m_org.kimura : m_org.ito;
            p.unitId = unit;
            p.draftedOn = QDate(2026, 5, 1);
            p.decidedOn = QDate(2026, 5, 2);
            p.decider = QStringLiteral("課長");
            p.reasonId = m_reason;
            KESSAI_TRY(PaperDecisionStore(*m_admin).registerDecision(admin, p));
        }
    }

    void staffCannotRegisterForAnotherUnitOrAnotherPerson()
    {
        attack("register for 人事課", "ito_t", {registerCall(m_org.jinji, m_org.ito)}, QStringLiteral("may not register"));
        attack("register in ito_t's name for sato_y", "ito_t", {registerCall(m_org.division, m_org.sato)},
               QStringLiteral("may not register"));
        attack("a 文書管理者 registers outside their 課", "kanri_s", {registerCall(m_org.jinji, m_org.kimura)},
               QStringLiteral("may not register"));
        attack("register with a number already given", "kanri_s",
               {registerCall(m_org.division, m_org.ito, QStringLiteral("1")),
                registerCall(m_org.division, m_org.ito, QStringLiteral("1"))},
               QStringLiteral("is taken"));
        attack("register a decision dated before its drafting", "ito_t",
               {registerCall(m_org.division, m_org.ito).replace(QStringLiteral("'2026-05-02'"),
                                                                QStringLiteral("'2026-04-02'"))},
               QStringLiteral("before the 起案日"));
        // a closed (完結) 簿冊 takes no paper decision either (the function files it as the owner)
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE files SET status = 'closed' WHERE id = ?")).bind(m_org.file).exec());
        QString intoClosed = registerCall(m_org.division, m_org.ito);
        intoClosed.replace(QStringLiteral("'紙の決裁', NULL, NULL,"), QStringLiteral("'紙の決裁', NULL, %1,").arg(m_org.file));
        attack("register into a closed 簿冊", "kanri_s", {intoClosed}, QStringLiteral("is closed (完結)"));
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE files SET status = 'open' WHERE id = ?")).bind(m_org.file).exec());
    }

    void nobodyFlipsADocumentToPaperByHand()
    {
        attack("drafter sets paper on own draft", "ito_t",
               {QStringLiteral("UPDATE documents SET paper = true WHERE id = %1").arg(m_draft)},
               QStringLiteral("goes on paper only"));
        attack("insert a decided paper document", "ito_t",
               {QStringLiteral("INSERT INTO documents (kind, title, drafter_id, unit_id, status, paper, created_at, "
                               "updated_at) VALUES ('decision', 'x', %1, %2, 'draft', true, '', '')")
                    .arg(m_org.ito)
                    .arg(m_org.division)},
               QStringLiteral("goes on paper only"));
        attack("write a paper record directly", "kanri_s",
               {QStringLiteral("INSERT INTO paper_decisions (document_id, reason_id, decider, registered_by, "
                               "registered_at) VALUES (%1, %2, 'x', %3, '')")
                    .arg(m_review)
                    .arg(m_reason)
                    .arg(m_org.kanri)},
               QStringLiteral("permission denied"));
        attack("rewrite a paper record", "kanri_s", {QStringLiteral("UPDATE paper_decisions SET decider = 'x'")});
        attack("the drafter switches to paper", "ito_t",
               {QStringLiteral("SELECT kessai_switch_to_paper(%1, %2, '', '課長', '2026-12-01')").arg(m_review).arg(m_reason)},
               QStringLiteral("only a 文書管理者"));
        attack("the approver switches to paper", "suzuki_h",
               {QStringLiteral("SELECT kessai_switch_to_paper(%1, %2, '', '課長', '%3')")
                    .arg(m_review)
                    .arg(m_reason)
                    .arg(QDate::currentDate().toString(Qt::ISODate))},
               QStringLiteral("only a 文書管理者"));
        attack("a 文書管理者 switches another 課's document", "kanri_s",
               {QStringLiteral("SELECT kessai_switch_to_paper(%1, %2, '', '課長', '%3')")
                    .arg(m_jinji)
                    .arg(m_reason)
                    .arg(QDate::currentDate().toString(Qt::ISODate))},
               QStringLiteral("only a 文書管理者"));
        attack("staff edit the office's paper reasons", "ito_t",
               {QStringLiteral("INSERT INTO paper_reasons (code, name) VALUES ('mine', '面倒')")},
               QStringLiteral("only an administrator"));
        attack("a 文書管理者 adds an exclusion rule", "kanri_s",
               {QStringLiteral("INSERT INTO rate_exclusions (classification, note, created_at) VALUES ('public', "
                               "'全部除外', '')")},
               QStringLiteral("only an administrator"));
    }

    void theDeskViewsShowOnlyTheUnitsOfOnesDesk()
    {
        // decision_facts holds the 4 paper decisions; waiting_steps the 2 documents in review
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM decision_facts")).scalar().toInt(), 4);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM decision_facts")), 0);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM waiting_steps")), 0);
        QCOMPARE(count("watanabe_a", QStringLiteral("SELECT count(*) FROM decision_facts")), 0);
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT count(*) FROM decision_facts")), 2); // 総務課 and 文書係
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT count(*) FROM waiting_steps")), 1);
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT count(*) FROM decision_facts WHERE unit_id = %1").arg(m_org.jinji)),
                 0);
        // a predicate that would fail on a hidden row never sees one (security barrier)
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT count(*) FROM decision_facts WHERE "
                                                 "1 / (CASE WHEN unit_id = %1 THEN 0 ELSE 1 END) = 1")
                                      .arg(m_org.jinji)),
                 2);
        // paper records follow the document's visibility: watanabe_a (人事課) sees 人事課's
        QCOMPARE(count("watanabe_a", QStringLiteral("SELECT count(*) FROM paper_decisions p JOIN documents d ON "
                                                    "d.id = p.document_id WHERE d.unit_id <> %1")
                                         .arg(m_org.jinji)),
                 0);
    }

    void whatIsAllowedWorksAndIsAudited()
    {
        const QString before = snapshot();
        QCOMPARE(run("ito_t", {registerCall(m_org.division, m_org.ito)}), QString());
        QCOMPARE(run("kanri_s", {QStringLiteral("SELECT kessai_switch_to_paper(%1, %2, '', '課長', '%3')")
                                     .arg(m_review)
                                     .arg(m_reason)
                                     .arg(QDate::currentDate().toString(Qt::ISODate))}),
                 QString());
        QVERIFY(snapshot() != before);
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT status || '/' || paper::text FROM documents WHERE id = ?"))
                     .bind(m_review)
                     .scalar()
                     .toString(),
                 QStringLiteral("decided/true"));
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT real_login FROM audit_events WHERE action = 'paper.switch'"))
                     .scalar()
                     .toString(),
                 QStringLiteral("kanri_s"));
        QVERIFY(AuditLog(*m_admin).verify().intact);
        QVERIFY(ServerSetup(*m_admin).check().isEmpty());
    }

    void cleanupTestCase()
    {
        m_guard.reset();
        m_admin.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestPaperGuard)
#include "tst_paperguard.moc"
