// SPDX-License-Identifier: GPL-3.0-or-later
// The office server guards the desk's tallies, the decision kinds and a paper decision's scan
// (schema 17; docs/security.md, "The desk's tallies"). Staff with their own logins and plain SQL,
// as psql would send it, try to write the tallies, to read the counts of units their desk does
// not cover, to change the office's list of kinds, and to attach a file to a decided paper
// decision outside its registration; and (schema 20) to write the paper-reason and time tallies,
// to delete or recode an entry of the office's lists, to give a draft a retired kind or the kind
// of someone else's or a decided document. Each attempt is refused or changes nothing.
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/support/GuardHarness.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <map>
#include <memory>

using namespace kessai;

class TestTallyGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::unique_ptr<test::GuardHarness> m_guard; // psql-like logins, attacks
    qint64 m_paper = 0; // a paper decision of 総務課 registered by kanri_s

    StoreConnection &raw(const char *login) { return m_guard->raw(QLatin1String(login)); }
    /// What an attack must leave as it was (read by the superuser).
    static QString snapshotSql()
    {
        return QStringLiteral("SELECT md5(concat_ws('|', "
                              "(SELECT string_agg(t::text, ',' ORDER BY month, unit_id, decision_level_id, "
                              "decision_kind_id, classification) FROM decision_tallies t), "
                              "(SELECT string_agg(k::text, ',' ORDER BY id) FROM decision_kinds k), "
                              "(SELECT string_agg(r::text, ',' ORDER BY id) FROM paper_reasons r), "
                              "(SELECT string_agg(t::text, ',' ORDER BY month, unit_id, reason_id) FROM "
                              "paper_reason_tallies t), "
                              "(SELECT string_agg(t::text, ',' ORDER BY month, unit_id, decision_level_id, "
                              "hours) FROM decision_time_tallies t), "
                              "(SELECT string_agg(a::text, ',' ORDER BY id) FROM attachments a), "
                              "(SELECT string_agg(d::text, ',' ORDER BY id) FROM documents d)))");
    }
    QString snapshot() { return m_guard->snapshot(); }
    void attack(const char *what, const char *login, const QString &statement, const QString &expected)
    {
        const QString problem = m_guard->attack(QString::fromUtf8(what), QLatin1String(login), {statement}, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    qint64 count(const char *login, const QString &sql) { return SqlQuery(raw(login), sql).scalar().toLongLong(); }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        m_guard = std::make_unique<test::GuardHarness>(*m_db, *m_admin, snapshotSql());
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, 'admin')"))
                       .bind(m_org.yamamoto)
                       .exec());
        test::SessionAs kanri(*m_db, *m_admin, QStringLiteral("kanri_s"));
        Session admin(*m_admin);
        PaperDecision p;
        p.title = QStringLiteral("紙決裁");
        p.drafterId = m_org.ito;
        p.draftedOn = QDate(2026, 5, 1);
        p.decidedOn = QDate(2026, 5, 2);
        p.decider = QStringLiteral("課長");
        p.reasonId = PaperDecisionStore(*m_admin).reasonByCode(QStringLiteral("oversized"))->id;
        for (qint64 unit : {m_org.jinji, m_org.jinji}) {
            p.unitId = unit;
            p.drafterId = m_org.kimura;
            KESSAI_TRY(PaperDecisionStore(*m_admin).registerDecision(admin, p));
        }
        p.unitId = m_org.division;
        p.drafterId = m_org.ito;
        KESSAI_TRY(m_paper = PaperDecisionStore(kanri.connection()).registerDecision(kanri.session(), p).documentId);
    }

    void nobodyWritesTheTallies()
    {
        attack("insert a tally", "kanri_s",
               QStringLiteral("INSERT INTO decision_tallies (month, unit_id, classification, electronic) VALUES "
                              "('2026-05', %1, 'public', 100)")
                   .arg(m_org.division),
               QStringLiteral("permission denied"));
        attack("raise a unit's electronic count", "kanri_s",
               QStringLiteral("UPDATE decision_tallies SET electronic = electronic + 100, paper = 0"),
               QStringLiteral("permission denied"));
        attack("delete the paper counts", "ito_t", QStringLiteral("DELETE FROM decision_tallies"),
               QStringLiteral("permission denied"));
    }

    void nobodyWritesTheReasonAndTimeTallies()
    {
        attack("insert a reason tally", "kanri_s",
               QStringLiteral("INSERT INTO paper_reason_tallies (month, unit_id, reason_id, decisions) SELECT "
                              "'2026-05', %1, id, 100 FROM paper_reasons LIMIT 1")
                   .arg(m_org.division),
               QStringLiteral("permission denied"));
        attack("wipe the paper reasons counted", "yamamoto_k", QStringLiteral("DELETE FROM paper_reason_tallies"),
               QStringLiteral("permission denied"));
        attack("make decisions look faster", "kanri_s", QStringLiteral("UPDATE decision_time_tallies SET hours = 1"),
               QStringLiteral("permission denied"));
        attack("hide the 差戻し", "yamamoto_k", QStringLiteral("UPDATE decision_time_tallies SET returned = 0"),
               QStringLiteral("permission denied"));
        attack("call the tally function by hand", "kanri_s", QStringLiteral("SELECT kessai_tally_return()"),
               QStringLiteral("0A000")); // feature not supported: a trigger function called by hand
    }

    void theReasonAndTimeTalliesShowOnlyTheUnitsOfOnesDesk()
    {
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT SUM(decisions) FROM paper_reason_tallies")).scalar().toLongLong(),
                 3);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM paper_reason_tallies")), 0);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM paper_reason_facts")), 0);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM decision_time_facts")), 0);
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT COALESCE(SUM(decisions), 0) FROM paper_reason_facts")), 1);
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT count(*) FROM paper_reason_tallies WHERE unit_id = %1")
                                      .arg(m_org.jinji)),
                 0);
        QCOMPARE(count("yamamoto_k", QStringLiteral("SELECT COALESCE(SUM(decisions), 0) FROM paper_reason_facts")), 3);
    }

    void aKindIsRetiredNeverDeletedAndKeepsItsCode()
    {
        // yamamoto_k is an administrator (initTestCase): the list is theirs, but not to erase
        attack("an administrator deletes a kind", "yamamoto_k",
               QStringLiteral("DELETE FROM decision_kinds WHERE code = 'permit'"), QStringLiteral("never deleted"));
        attack("an administrator recodes a kind", "yamamoto_k",
               QStringLiteral("UPDATE decision_kinds SET code = 'other' WHERE code = 'permit'"),
               QStringLiteral("keeps its code"));
        attack("an administrator deletes a paper reason", "yamamoto_k",
               QStringLiteral("DELETE FROM paper_reasons WHERE code = 'other'"), QStringLiteral("never deleted"));
        attack("an administrator blanks a reason's name", "yamamoto_k",
               QStringLiteral("UPDATE paper_reasons SET name = ' ' WHERE code = 'other'"),
               QStringLiteral("has a code and a name"));
        attack("a 文書管理者 retires a paper reason", "kanri_s",
               QStringLiteral("UPDATE paper_reasons SET active = false WHERE code = 'other'"),
               QStringLiteral("only an administrator"));
        // what is allowed: retiring and renaming, by an administrator
        StoreConnection &yamamoto = raw("yamamoto_k");
        KESSAI_TRY(SqlQuery::execDirect(yamamoto, QStringLiteral("UPDATE decision_kinds SET active = false, "
                                                                 "name = '許認可' WHERE code = 'permit'")));
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT name FROM decision_kinds WHERE code = 'permit' AND NOT active"))
                     .scalar()
                     .toString(),
                 QStringLiteral("許認可"));
    }

    void aDraftsKindIsItsDraftersAndInForce()
    {
        test::SessionAs ito(*m_db, *m_admin, QStringLiteral("ito_t"));
        qint64 draft = 0;
        KESSAI_TRY(draft = m_org.draft(ito.session(), QStringLiteral("種類のある起案")));
        const QString setKind = QStringLiteral("UPDATE documents SET decision_kind_id = (SELECT id FROM decision_kinds "
                                               "WHERE code = '%1') WHERE id = %2");
        attack("another person sets the kind of ito_t's draft", "sato_y", setKind.arg(QStringLiteral("contract")).arg(draft),
               QStringLiteral("only its drafter may change its kind"));
        attack("the drafter chooses a retired kind", "ito_t", setKind.arg(QStringLiteral("permit")).arg(draft),
               QStringLiteral("is retired or not in the office's list"));
        attack("a new draft with a retired kind", "ito_t",
               QStringLiteral("INSERT INTO documents (kind, title, drafter_id, unit_id, status, created_at, updated_at, "
                              "decision_kind_id) SELECT 'decision', 'x', %1, %2, 'draft', '', '', id FROM decision_kinds "
                              "WHERE code = 'permit'")
                   .arg(m_org.ito)
                   .arg(m_org.division),
               QStringLiteral("is retired or not in the office's list"));
        attack("the kind of a decided paper decision is changed", "kanri_s",
               setKind.arg(QStringLiteral("contract")).arg(m_paper), QStringLiteral("only its drafter may change its kind"));
        KESSAI_TRY(SqlQuery::execDirect(raw("ito_t"), setKind.arg(QStringLiteral("contract")).arg(draft)));
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT k.code FROM documents d JOIN decision_kinds k ON "
                                                   "k.id = d.decision_kind_id WHERE d.id = ?"))
                     .bind(draft)
                     .scalar()
                     .toString(),
                 QStringLiteral("contract"));
    }

    void theTalliesShowOnlyTheUnitsOfOnesDesk()
    {
        // the superuser sees the three decisions
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT SUM(paper) FROM decision_tallies")).scalar().toLongLong(),
                 3);
        // a clerk has no desk: no row, through the table or the view
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM decision_tallies")), 0);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM decision_tally_facts")), 0);
        // a 文書管理者 of 総務課: its own counts, not 人事課's
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT COALESCE(SUM(paper), 0) FROM decision_tallies")), 1);
        QCOMPARE(count("kanri_s", QStringLiteral("SELECT count(*) FROM decision_tally_facts WHERE unit_id = %1")
                                      .arg(m_org.jinji)),
                 0);
    }

    void onlyAdministratorsChangeTheKinds()
    {
        attack("a 文書管理者 adds a kind", "kanri_s",
               QStringLiteral("INSERT INTO decision_kinds (code, name) VALUES ('mine', '自分用')"),
               QStringLiteral("only an administrator"));
        attack("staff rename a kind", "ito_t", QStringLiteral("UPDATE decision_kinds SET name = 'x'"),
               QStringLiteral("only an administrator"));
    }

    void aPaperDecisionTakesItsScanOnlyWhenRegistered()
    {
        const QString attach = QStringLiteral("INSERT INTO attachments (document_id, position, display_name, "
                                              "original_name, mime_type, created_by, created_at) VALUES "
                                              "(%1, 1, 'scan.pdf', 'scan.pdf', 'application/pdf', %2, '')");
        attack("the drafter attaches to the decided paper decision", "ito_t", attach.arg(m_paper).arg(m_org.ito),
               QStringLiteral("may not change the attachments"));
        attack("its registrant attaches later, in another transaction", "kanri_s",
               attach.arg(m_paper).arg(m_org.kanri), QStringLiteral("may not change the attachments"));
    }

    void cleanupTestCase()
    {
        m_guard.reset();
        m_admin.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestTallyGuard)
#include "tst_tallyguard.moc"
