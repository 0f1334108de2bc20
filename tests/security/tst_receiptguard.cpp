// SPDX-License-Identifier: GPL-3.0-or-later
// The office server guards 収受 (schema 11, docs/security.md "収受"): staff with their own logins
// and plain SQL, as psql would send it, try to register for a unit not theirs, in another's name,
// with a number or a date of their choosing, to renumber, to read or move the counters, to read
// another 課's receipts and to rewrite the list of senders; and (schema 19) to close a 供覧 early
// without being a 文書管理者 of its 課, without a reason or leaving readers behind, and to confirm
// after it was closed. Each attempt is refused or changes nothing (a superuser's snapshot of the
// tables), and a registration and an early close by the rules still work.
#include "core/audit/AuditLog.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/Session.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/workflow/Circulation.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/GuardHarness.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <map>
#include <memory>

using namespace kessai;

class TestReceiptGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::unique_ptr<test::GuardHarness> m_guard; // psql-like logins, attacks
    qint64 m_receipt = 0;                                      // ito_t's receipt for 総務課

    StoreConnection &raw(const char *login) { return m_guard->raw(QLatin1String(login)); }
    /// What an attack must leave as it was (read by the superuser).
    static QString snapshotSql()
    {
        return QStringLiteral("SELECT md5(concat_ws('|', "
                              "(SELECT string_agg(d::text, ',' ORDER BY id) FROM documents d), "
                              "(SELECT string_agg(r::text, ',' ORDER BY document_id) FROM receipts r), "
                              "(SELECT string_agg(s::text, ',' ORDER BY id) FROM senders s), "
                              "(SELECT string_agg(c::text, ',' ORDER BY unit_id, fiscal_year) FROM "
                              "receipt_counters c), "
                              "(SELECT string_agg(s::text, ',' ORDER BY id) FROM route_steps s), "
                              "(SELECT string_agg(e::text, ',' ORDER BY id) FROM audit_events e)))");
    }
    QString snapshot() { return m_guard->snapshot(); }
    QString run(const char *login, const QStringList &statements)
    {
        return m_guard->run(QLatin1String(login), statements);
    }
    void attack(const char *what, const char *login, const QStringList &statements, const QString &expected)
    {
        const QString problem = m_guard->attack(QString::fromUtf8(what), QLatin1String(login), statements, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    static QString n(qint64 value) { return QString::number(value); }
    /// A received document inserted as psql would, for unit, by the user drafterId.
    QString receivedDocument(qint64 drafterId, qint64 unit) const
    {
        return QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, classification, status, "
                              "created_at, updated_at) VALUES ('received', '届いた文書', '', %1, %2, 'public', "
                              "'draft', '', '')")
            .arg(drafterId)
            .arg(unit);
    }
    /// The receipt row of the document just inserted (currval), with the given extra columns.
    static QString receiptRow(qint64 unit, qint64 registeredBy, const QString &receivedOn,
                              const QString &numberColumns = {}, const QString &numberValues = {})
    {
        return QStringLiteral("INSERT INTO receipts (document_id, unit_id, received_on, sender_name, channel, handling, "
                              "registered_by, registered_at%1) VALUES (currval('documents_id_seq'), %2, '%3', "
                              "'某省', 'post', 'circulate', %4, ''%5)")
            .arg(numberColumns)
            .arg(unit)
            .arg(receivedOn)
            .arg(registeredBy)
            .arg(numberValues);
    }
    static QString today() { return QDate::currentDate().toString(Qt::ISODate); }
    /// A receipt of 総務課 registered by ito_t through the client, by the rules.
    qint64 registerByTheRules(const QString &title)
    {
        Session ito(raw("ito_t"));
        ReceiptRecord r;
        r.title = title;
        r.senderName = QStringLiteral("北海道総務部");
        r.receivedOn = QDate::currentDate();
        r.unitId = m_org.division;
        return ReceiptStore(raw("ito_t")).registerReceipt(ito, r);
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        m_guard = std::make_unique<test::GuardHarness>(*m_db, *m_admin, snapshotSql());
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        KESSAI_TRY(m_receipt = registerByTheRules(QStringLiteral("照会文書")));
    }

    void cleanupTestCase()
    {
        m_guard.reset();
        m_admin.reset();
        m_db.reset();
    }

    void registeringByTheRulesWorksAndTheServerNumbers()
    {
        // ito_t, as psql, registers for his own 文書係 and asks the server for the number.
        const QString refusal =
            run("ito_t", {receivedDocument(m_org.ito, m_org.section), receiptRow(m_org.section, m_org.ito, today()),
                          QStringLiteral("SELECT kessai_assign_receipt_number(currval('documents_id_seq'))")});
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT number_label FROM receipts WHERE unit_id = ?"))
                     .bind(m_org.section)
                     .scalar()
                     .toString(),
                 QStringLiteral("総務-文書収第1号"));
    }

    void onlyTheUnitConcernedRegisters()
    {
        // watanabe_a of 人事課 creates a received document of 総務課.
        attack("register for another 課", "watanabe_a", {receivedDocument(m_org.watanabe, m_org.division)},
               QStringLiteral("係 or 課 concerned"));
        // …or turns his own draft into 総務課's received document.
        attack("move a receipt to another 課", "ito_t",
               {QStringLiteral("UPDATE documents SET unit_id = %1 WHERE id = %2").arg(m_org.jinji).arg(m_receipt)},
               QStringLiteral("係 or 課 concerned"));
    }

    void aReceiptIsRegisteredInOnesOwnName()
    {
        attack("register in sato_y's name", "ito_t",
               {receivedDocument(m_org.ito, m_org.division), receiptRow(m_org.division, m_org.sato, today())},
               QStringLiteral("own name"));
        // A receipt row on someone else's document.
        attack("a receipt on another's document", "sato_y",
               {QStringLiteral("INSERT INTO receipts (document_id, unit_id, received_on, sender_name, channel, "
                               "handling, registered_by, registered_at) SELECT id, unit_id, '%1', 'x', 'post', "
                               "'circulate', %2, '' FROM documents WHERE drafter_id = %3 LIMIT 1")
                    .arg(today())
                    .arg(m_org.sato)
                    .arg(m_org.ito)},
               QStringLiteral("not a received document"));
    }

    void theNumberAndTheDateAreTheServers()
    {
        attack("choose one's own 収受番号", "ito_t",
               {receivedDocument(m_org.ito, m_org.division),
                receiptRow(m_org.division, m_org.ito, today(), QStringLiteral(", fiscal_year, receipt_number, number_label"),
                           QStringLiteral(", 2026, 1, '総務収第1号'"))},
               QStringLiteral("given by the server"));
        attack("renumber a receipt", "ito_t",
               {QStringLiteral("UPDATE receipts SET receipt_number = 99 WHERE document_id = %1").arg(m_receipt)},
               QStringLiteral("never change"));
        attack("a 収受日 in the future", "ito_t",
               {receivedDocument(m_org.ito, m_org.division),
                receiptRow(m_org.division, m_org.ito, QDate::currentDate().addDays(2).toString(Qt::ISODate))},
               QStringLiteral("in the future"));
        attack("move the counter", "ito_t",
               {QStringLiteral("UPDATE receipt_counters SET last_number = 0")}, QStringLiteral("permission denied"));
        attack("insert a counter", "ito_t",
               {QStringLiteral("INSERT INTO receipt_counters VALUES (%1, 2026, 500)").arg(m_org.jinji)},
               QStringLiteral("permission denied"));
        // Another's unnumbered receipt cannot be numbered by someone else.
        QVERIFY(run("ito_t", {receivedDocument(m_org.ito, m_org.division), receiptRow(m_org.division, m_org.ito, today())})
                    .isEmpty());
        const qint64 unnumbered =
            SqlQuery(*m_admin, QStringLiteral("SELECT document_id FROM receipts WHERE receipt_number IS NULL"))
                .scalar()
                .toLongLong();
        QVERIFY(unnumbered > 0);
        attack("number another's receipt", "sato_y",
               {QStringLiteral("SELECT kessai_assign_receipt_number(%1)").arg(unnumbered)},
               QStringLiteral("only the registrar"));
    }

    void receiptsAreReadWhereTheirDocumentIsAndNeverDeleted()
    {
        // watanabe_a of 人事課 sees none of 総務課's receipts; the counters are hidden from all staff.
        QCOMPARE(SqlQuery(raw("watanabe_a"), QStringLiteral("SELECT count(*) FROM receipts")).scalar().toInt(), 0);
        QVERIFY(SqlQuery(raw("ito_t"), QStringLiteral("SELECT count(*) FROM receipts")).scalar().toInt() >= 1);
        // (server init grants SELECT on every table again; row-level security without a policy keeps
        // the rows hidden all the same)
        const std::optional<StoreError> counters = test::storeErrorOf([&] {
            QCOMPARE(SqlQuery(raw("ito_t"), QStringLiteral("SELECT count(*) FROM receipt_counters")).scalar().toInt(),
                     0);
        });
        QVERIFY(!counters || counters->message().contains(QStringLiteral("permission denied")));
        attack("delete a receipt", "ito_t",
               {QStringLiteral("DELETE FROM receipts WHERE document_id = %1").arg(m_receipt)},
               QStringLiteral("permission denied"));
        // Correcting another's receipt: watanabe_a cannot even see it, sato_y (same 課) is refused.
        attack("correct another's receipt", "sato_y",
               {QStringLiteral("UPDATE receipts SET sender_name = '改ざん' WHERE document_id = %1").arg(m_receipt)},
               QStringLiteral("only its registrar"));
    }

    void onlyAdministratorsAndRecordsManagersRewriteTheSenders()
    {
        attack("rename a sender", "ito_t", {QStringLiteral("UPDATE senders SET name = '偽の差出人'")},
               QStringLiteral("list of senders"));
        attack("delete the senders", "sato_y", {QStringLiteral("DELETE FROM senders")},
               QStringLiteral("list of senders"));
        // A new sender is recorded in the adder's own name, whatever they claim.
        QVERIFY(run("ito_t", {QStringLiteral("INSERT INTO senders (name, created_by, created_at) VALUES "
                                             "('新しい差出人', %1, '1999-01-01')")
                                  .arg(m_org.suzuki)})
                    .isEmpty());
        SqlQuery q(*m_admin, QStringLiteral("SELECT created_by, created_at FROM senders WHERE name = '新しい差出人'"));
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.id(0), m_org.ito);
        QVERIFY(q.text(1) != QLatin1String("1999-01-01"));
        // The records manager tidies the list.
        QVERIFY(run("kanri_s", {QStringLiteral("UPDATE senders SET name = '新しい差出人（訂正）' WHERE name = "
                                               "'新しい差出人'")})
                    .isEmpty());
    }

    void onlyARecordsManagerOfTheUnitClosesACirculationEarly()
    {
        // ito_t circulates a receipt to sato_y and takahashi_m at once; nobody has confirmed yet.
        qint64 doc = 0;
        KESSAI_TRY(doc = registerByTheRules(QStringLiteral("打切りの試験")));
        {
            Session ito(raw("ito_t"));
            Circulation::Readers readers;
            readers.userIds = {m_org.sato, m_org.takahashi};
            readers.parallel = true;
            KESSAI_TRY(Circulation(raw("ito_t")).start(ito, doc, readers));
        }
        // kimura_s is a 文書管理者 too, but of 人事課.
        SqlQuery::execDirect(*m_admin, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, "
                                                      "'records_manager')")
                                           .arg(m_org.kimura));
        auto closeBySql = [doc](const QString &reason, bool passOver) {
            QStringList statements;
            if (passOver)
                statements << QStringLiteral("UPDATE route_steps SET state = 'skipped', skip_reason = 'ended' "
                                             "WHERE document_id = %1 AND state IN ('pending', 'waiting')")
                                  .arg(doc);
            statements << QStringLiteral("UPDATE documents SET status = 'closed', closed_at = 'now', "
                                         "row_version = row_version + 1 WHERE id = %1")
                              .arg(doc)
                       << QStringLiteral("SELECT kessai_audit_append('', '', 'workflow.close_early', 'document', %1, "
                                         "'{\"comment\":\"%2\"}')")
                              .arg(doc)
                              .arg(reason);
            return statements;
        };
        attack("close a 供覧 early as its registrar (a clerk)", "ito_t", closeBySql(QStringLiteral("不要"), true),
               QStringLiteral("only a records manager"));
        attack("close a 供覧 early as a reader on it", "sato_y", closeBySql(QStringLiteral("不要"), true),
               QStringLiteral("only a records manager"));
        attack("close another 課's 供覧 early", "kimura_s", closeBySql(QStringLiteral("不要"), true),
               QStringLiteral("only a records manager"));
        attack("close a 供覧 early without a reason", "kanri_s", closeBySql(QString(), true),
               QStringLiteral("cannot be passed over"));
        attack("close a 供覧 early leaving its readers due", "kanri_s", closeBySql(QStringLiteral("不要"), false),
               QStringLiteral("passes over every reader left"));
        // The client refuses the same before writing anything.
        {
            Session kimura(raw("kimura_s"));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                Circulation(raw("kimura_s")).closeEarly(kimura, doc, QStringLiteral("不要")));
        }
        // sato_y confirms; then kanri_s, 文書管理者 of 総務課, closes it early by the rules.
        {
            Session sato(raw("sato_y"));
            KESSAI_TRY(Circulation(raw("sato_y")).confirm(sato, doc, QStringLiteral("拝見しました")));
            Session kanri(raw("kanri_s"));
            KESSAI_TRY(Circulation(raw("kanri_s")).closeEarly(kanri, doc, QStringLiteral("回答期限を過ぎたため")));
        }
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT status FROM documents WHERE id = ?")).bind(doc).scalar()
                     .toString(),
                 QStringLiteral("closed"));
        const qint64 takahashiStep =
            SqlQuery(*m_admin, QStringLiteral("SELECT id FROM route_steps WHERE document_id = ? AND assignee_id = ?"))
                .bind(doc)
                .bind(m_org.takahashi)
                .scalar()
                .toLongLong();
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT state || '/' || skip_reason FROM route_steps WHERE id = ?"))
                     .bind(takahashiStep)
                     .scalar()
                     .toString(),
                 QStringLiteral("skipped/ended"));
        // Recorded: who closed it and why.
        SqlQuery audit(*m_admin, QStringLiteral("SELECT actor_login, details FROM audit_events WHERE entity_id = ? "
                                                "AND action = 'workflow.close_early'"));
        audit.bind(doc).exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.text(0), QStringLiteral("kanri_s"));
        QVERIFY(audit.text(1).contains(QStringLiteral("回答期限を過ぎたため")));
        // takahashi_m can no longer confirm: not through the client, not with psql.
        {
            Session takahashi(raw("takahashi_m"));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                Circulation(raw("takahashi_m")).confirm(takahashi, doc));
        }
        attack("confirm after the 供覧 was closed", "takahashi_m",
               {QStringLiteral("UPDATE route_steps SET state = 'read', skip_reason = 'none', acted_by = %1, "
                               "acted_at = 'now' WHERE id = %2")
                    .arg(m_org.takahashi)
                    .arg(takahashiStep),
                QStringLiteral("SELECT kessai_audit_append('', '', 'workflow.read', 'document', %1, '{}')").arg(doc)},
               QStringLiteral("route is closed"));
        SqlQuery::execDirect(*m_admin, QStringLiteral("DELETE FROM user_roles WHERE user_id = %1 AND role = "
                                                      "'records_manager'")
                                           .arg(m_org.kimura));
    }

    void theAuditChainStillVerifies()
    {
        AuditLog::Verification verification;
        KESSAI_TRY(verification = AuditLog(*m_admin).verify());
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }
};

QTEST_GUILESS_MAIN(TestReceiptGuard)
#include "tst_receiptguard.moc"
