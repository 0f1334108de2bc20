// SPDX-License-Identifier: GPL-3.0-or-later
// The office server guards records management (docs/security.md, "Records management"): staff
// and records managers with their own logins send SQL as psql would and try to change the 分類表,
// 簿冊, holds and 伺い behind Kessai's back, or to destroy content without a decided 廃棄 伺い.
// Each attempt must be refused or change nothing (a superuser's snapshot before and after).
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/records/FileRegister.h"
#include "core/records/RecordDisposal.h"
#include "core/records/RecordHolds.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Transaction.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/records/RecordsFixture.h"

#include <QTest>

using namespace kessai;

class TestRecordsGuard : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;
    std::map<QString, std::unique_ptr<StoreConnection>> m_raw;
    qint64 m_expired = 0; ///< closed, expired 簿冊 with a decided document
    qint64 m_open = 0;    ///< an open 簿冊 of this year (10年 classification)
    qint64 m_doc = 0;
    qint64 m_request = 0; ///< a 廃棄 伺い for m_expired, drafted, not decided

    StoreConnection &raw(const char *login)
    {
        auto &slot = m_raw[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<StoreConnection>(m_fx.db->urlAs(QLatin1String(login)), StoreConnection::Open::Existing);
        return *slot;
    }
    QString snapshot()
    {
        return SqlQuery(*m_fx.admin,
                        QStringLiteral("SELECT md5(concat_ws('|', "
                                       "(SELECT string_agg(f::text, ',' ORDER BY id) FROM files f), "
                                       "(SELECT string_agg(c::text, ',' ORDER BY id) FROM filing_classes c), "
                                       "(SELECT string_agg(h::text, ',' ORDER BY id) FROM file_history h), "
                                       "(SELECT string_agg(h::text, ',' ORDER BY id) FROM record_holds h), "
                                       "(SELECT string_agg(r::text, ',' ORDER BY document_id) FROM disposal_requests r), "
                                       "(SELECT string_agg(r::text, ',' ORDER BY document_id, file_id) FROM "
                                       "disposal_request_files r), "
                                       "(SELECT string_agg(d::text, ',' ORDER BY id) FROM documents d), "
                                       "(SELECT string_agg(b::text, ',' ORDER BY id) FROM blobs b), "
                                       "(SELECT count(*) FROM blob_chunks)))"))
            .scalar()
            .toString();
    }
    QString run(const char *login, const QString &statement)
    {
        StoreConnection &connection = raw(login);
        try {
            Transaction transaction(connection);
            SqlQuery::execDirect(connection, statement);
            transaction.commit();
        } catch (const StoreError &error) {
            return error.message();
        }
        return {};
    }
    void attack(const char *what, const char *login, const QString &statement, const QString &expected)
    {
        const QString before = snapshot();
        const QString refusal = run(login, statement);
        qInfo().noquote() << QStringLiteral("attack %1 (%2): %3")
                                 .arg(QString::fromUtf8(what), QLatin1String(login),
                                      refusal.isEmpty() ? QStringLiteral("committed, nothing changed") : refusal);
        QVERIFY2(before == snapshot(), qPrintable(QStringLiteral("%1 changed the store (%2)").arg(QLatin1String(what), refusal)));
        if (!expected.isEmpty())
            QVERIFY2(refusal.contains(expected), qPrintable(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                                                                .arg(QLatin1String(what), expected, refusal)));
    }
    static QString n(qint64 v) { return QString::number(v); }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("the server's guard is PostgreSQL's");
        KESSAI_TRY(m_fx.setUp());
        KESSAI_TRY(ServerSetup(*m_fx.admin).upgrade());
        KESSAI_TRY(m_expired = m_fx.file(2010, QStringLiteral("照会・回答"), m_fx.leafQueries));
        KESSAI_TRY(m_doc = m_fx.decidedDocument(m_expired, QStringLiteral("古い照会"), QDate(2011, 2, 1)));
        Session &kanri = m_fx.as("kanri_s");
        KESSAI_TRY(FileRegister(kanri.connection()).close(kanri, m_expired));
        KESSAI_TRY(m_open = m_fx.file(2026, QStringLiteral("例規・通知"), m_fx.leafRules));
        KESSAI_TRY(m_request = RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {m_expired}, {}));
    }
    void cleanupTestCase()
    {
        m_raw.clear();
        m_fx.tearDown();
    }

    void staffDoNotKeepTheRecords()
    {
        attack("add to the 分類表", "ito_t",
               QStringLiteral("INSERT INTO filing_classes (unit_id, code, name, depth, created_at) VALUES (%1, 'X', 'x', 1, '')")
                   .arg(m_fx.org.division),
               QStringLiteral("only a records manager"));
        attack("create a 簿冊", "sato_y",
               QStringLiteral("INSERT INTO files (unit_id, fiscal_year, name, retention_id, disposition, retention) "
                              "SELECT %1, 2026, '勝手な簿冊', id, 'destroy', '1' FROM retention_schedule LIMIT 1")
                   .arg(m_fx.org.division),
               QStringLiteral("only a records manager"));
        attack("place a hold", "ito_t",
               QStringLiteral("INSERT INTO record_holds (file_id, reason, placed_by, placed_at) VALUES (%1, 'x', 'ito_t', '')")
                   .arg(m_expired),
               QStringLiteral("only a records manager"));
        attack("move a document", "ito_t", QStringLiteral("SELECT kessai_move_document(%1, %2)").arg(m_doc).arg(m_open),
               QStringLiteral("only a records manager"));
        attack("mark a 簿冊 transferred", "ito_t", QStringLiteral("SELECT kessai_file_transferred(%1)").arg(m_expired),
               QStringLiteral("only a records manager"));
    }

    void nothingIsFiledIntoAClosedFile()
    {
        // Schema 16: staff with psql file their own drafts as they like, but never into a 簿冊
        // that is closed (完結) — not by inserting, not by re-filing a draft of their own.
        attack("file a new draft into a closed 簿冊", "ito_t",
               QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, file_id, classification, "
                              "status, created_at, updated_at) SELECT 'decision', '後から綴る', '', id, %1, %2, 'public', "
                              "'draft', '', '' FROM users WHERE login = 'ito_t'")
                   .arg(m_fx.org.division)
                   .arg(m_expired),
               QStringLiteral("nothing more is filed into it"));
        Session &ito = m_fx.as("ito_t");
        DocumentRecord draft;
        draft.title = QStringLiteral("綴り替えの試み");
        draft.unitId = m_fx.org.division;
        draft.fileId = m_open;
        qint64 mine = 0;
        KESSAI_TRY(mine = DocumentStore(ito.connection()).createDraft(ito, draft));
        attack("re-file one's draft into a closed 簿冊", "ito_t",
               QStringLiteral("UPDATE documents SET file_id = %1 WHERE id = %2").arg(m_expired).arg(mine),
               QStringLiteral("nothing more is filed into it"));
        attack("re-file one's draft into a closed 簿冊 (records manager)", "kanri_s",
               QStringLiteral("SELECT kessai_move_document(%1, %2)").arg(mine).arg(m_expired), QStringLiteral("not an open 簿冊"));
        // Refiling among open 簿冊 stays the drafter's right.
        const QString refusal = run("ito_t", QStringLiteral("UPDATE documents SET file_id = NULL WHERE id = %1").arg(mine));
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    }

    void theClassificationKeepsItsShape()
    {
        attack("move a classification in the tree", "kanri_s",
               QStringLiteral("UPDATE filing_classes SET parent_id = NULL, depth = 1 WHERE id = %1").arg(m_fx.leafQueries),
               QStringLiteral("keeps its 課, code and place"));
        attack("delete a classification in use", "kanri_s",
               QStringLiteral("DELETE FROM filing_classes WHERE id = %1").arg(m_fx.leafQueries), QStringLiteral("in use"));
        attack("make the default longer than a 簿冊 keeps", "kanri_s",
               QStringLiteral("UPDATE filing_classes SET retention = '30' WHERE id = %1").arg(m_fx.leafQueries),
               QStringLiteral("cannot become longer"));
        attack("rename a classification (staff)", "ito_t",
               QStringLiteral("UPDATE filing_classes SET name = 'x' WHERE id = %1").arg(m_fx.leafQueries),
               QStringLiteral("only a records manager"));
        // The records manager renames it.
        const QString refusal =
            run("kanri_s", QStringLiteral("UPDATE filing_classes SET name = '照会・回答文書' WHERE id = %1").arg(m_fx.leafQueries));
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    }

    void theEndStatesAndDatesAreTheServers()
    {
        attack("mark a 簿冊 destroyed", "kanri_s", QStringLiteral("UPDATE files SET status = 'destroyed' WHERE id = %1").arg(m_expired),
               QStringLiteral("only through the decided 伺い"));
        attack("move a closed 簿冊's 満了日", "kanri_s",
               QStringLiteral("UPDATE files SET expires_on = '2099-03-31', started_on = '2090-04-01' WHERE id = %1").arg(m_expired),
               {});
        attack("type an open 簿冊's 満了日", "kanri_s",
               QStringLiteral("UPDATE files SET expires_on = '2027-03-31' WHERE id = %1").arg(m_open), {});
        attack("keep shorter than the classification", "kanri_s",
               QStringLiteral("UPDATE files SET retention = '1' WHERE id = %1").arg(m_open), QStringLiteral("shorter"));
        attack("write a 延長 into the history", "kanri_s",
               QStringLiteral("INSERT INTO file_history (file_id, event, occurred_at, actor_login, new_expires_on) "
                              "VALUES (%1, 'extend', '', 'kanri_s', '2099-03-31')")
                   .arg(m_expired),
               QStringLiteral("recorded by the decided 伺い"));
        attack("rewrite the history", "kanri_s", QStringLiteral("DELETE FROM file_history WHERE file_id = %1").arg(m_expired),
               QStringLiteral("permission denied"));
        attack("delete a hold", "kanri_s", QStringLiteral("DELETE FROM record_holds"), QStringLiteral("permission denied"));
        // A new 簿冊 with dates typed in: accepted with the server's.
        const QString refusal = run("kanri_s", QStringLiteral("INSERT INTO files (unit_id, fiscal_year, name, retention_id, "
                                                               "disposition, retention, filing_class_id, started_on, expires_on) "
                                                               "SELECT %1, 2024, '手入力', id, 'destroy', '3', %2, '2000-04-01', "
                                                               "'2001-03-31' FROM retention_schedule LIMIT 1")
                                                    .arg(m_fx.org.division)
                                                    .arg(m_fx.leafQueries));
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QCOMPARE(SqlQuery(*m_fx.admin, QStringLiteral("SELECT started_on || '/' || expires_on FROM files WHERE name = '手入力'"))
                     .scalar()
                     .toString(),
                 QStringLiteral("2025-04-01/2028-03-31"));
    }

    void contentIsDestroyedOnlyByADecidedRequest()
    {
        attack("carry out an undecided 伺い", "ito_t", QStringLiteral("SELECT kessai_carry_out_disposal(%1)").arg(m_request),
               QStringLiteral("not decided"));
        attack("destroy without a decided 伺い", "kanri_s",
               QStringLiteral("SELECT kessai_destroy_file(%1, %2)").arg(m_expired).arg(m_request),
               QStringLiteral("no decided 廃棄 伺い"));
        attack("mark the 伺い carried out", "kanri_s",
               QStringLiteral("UPDATE disposal_requests SET carried_out_at = 'now' WHERE document_id = %1").arg(m_request),
               QStringLiteral("carried out by its 決裁"));
        // (row-level security leaves no complete content to delete: 0 rows)
        attack("delete the content directly", "kanri_s", QStringLiteral("DELETE FROM blob_chunks"), {});

        // Decided now; a hold placed meanwhile still blocks it, whoever calls.
        Session &kanri = m_fx.as("kanri_s");
        KESSAI_TRY(RecordHolds(kanri.connection()).placeOnDocument(kanri, m_doc, QStringLiteral("情報公開請求")));
        RoutePlan route;
        route.stages = {{RoutePlan::step(StepKind::Decide, m_fx.org.suzuki)}};
        Session &suzuki = m_fx.as("suzuki_h");
        KESSAI_TRY(WorkflowStore(kanri.connection()).setRoute(kanri, m_request, route));
        KESSAI_TRY(WorkflowStore(kanri.connection()).act(kanri, m_request, WorkflowActionKind::Submit));
        // The decider's 決裁 itself is refused while the hold is in force.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, WorkflowStore(suzuki.connection()).act(suzuki, m_request, WorkflowActionKind::Decide));
        // So is a 伺い's content widened after its 提出.
        attack("add a 簿冊 to a submitted 伺い", "kanri_s",
               QStringLiteral("INSERT INTO disposal_request_files (document_id, file_id) VALUES (%1, %2)").arg(m_request).arg(m_open),
               QStringLiteral("before 提出"));
        // The superuser decides it behind the hold's back (a paper 決裁 typed in): still no destruction.
        m_fx.db->superuserExec(QStringLiteral("UPDATE documents SET status = 'decided' WHERE id = %1").arg(m_request));
        attack("destroy under a hold", "ito_t", QStringLiteral("SELECT kessai_destroy_file(%1, %2)").arg(m_expired).arg(m_request),
               QStringLiteral("under a hold"));
        attack("carry out under a hold", "ito_t", QStringLiteral("SELECT kessai_carry_out_disposal(%1)").arg(m_request),
               QStringLiteral("under a hold"));
        QVERIFY(AuditLog(*m_fx.admin).verify().intact);
        QVERIFY2(ServerSetup(*m_fx.admin).check().isEmpty(), qPrintable(ServerSetup(*m_fx.admin).check().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRecordsGuard)
#include "tst_recordsguard.moc"
