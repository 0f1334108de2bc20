// SPDX-License-Identifier: GPL-3.0-or-later
// The office server guards 施行 (schema 18, docs/security.md "施行"): staff with their own logins
// and plain SQL, as psql would send it, try to record a 施行 for a document not decided, for a
// document they may not act on (another 課's, or one they did not draft), without the change of
// state it goes with, with a 施行文書 that is not the decided version (claimed, or rewritten behind
// the store's back), with a 施行日 before the 決裁日, without a 施行先, in another's name, and
// afterwards to rewrite it or the versions the 決裁 fixed. Each attempt is refused and changes
// nothing (a superuser's snapshot); a 施行 by the rules still works, through psql and the store.
#include "core/audit/AuditLog.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/GuardHarness.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QTest>

#include <memory>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;
using K = WorkflowActionKind;

class TestEnforcementGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::unique_ptr<test::GuardHarness> m_guard; // psql-like logins
    qint64 m_inReview = 0;
    qint64 m_decided = 0;
    qint64 m_rewritten = 0; // decided, its first attachment rewritten afterwards by the superuser

    StoreConnection &raw(const char *login) { return m_guard->raw(QLatin1String(login)); }
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
    static QString day(int offset) { return QDate::currentDate().addDays(offset).toString(Qt::ISODate); }
    /// The change of state of a 施行 as a modified client would write it, with its audit event.
    static QStringList stateChange(qint64 doc, const QString &on)
    {
        return {u"UPDATE documents SET status = 'enforced', enforced_on = '%2', enforced_at = 'now', "
                "row_version = row_version + 1 WHERE id = %1"_s.arg(doc).arg(on),
                u"SELECT kessai_audit_append('', '', 'workflow.enforce', 'document', %1, '{}')"_s.arg(doc)};
    }
    /// The record, recorded by recordedBy, with extra columns and values (the 施行文書 …).
    static QString record(qint64 doc, const QString &on, qint64 recordedBy, const QString &columns = {},
                          const QString &values = {})
    {
        return u"INSERT INTO enforcements (document_id, enforced_on, method, seal, recorded_by, recorded_at%3) "
               "VALUES (%1, '%2', 'post', 'affixed', %4, '1999-01-01'%5)"_s.arg(doc)
            .arg(on, columns)
            .arg(recordedBy)
            .arg(values);
    }
    static QString destination(qint64 doc, int position = 1)
    {
        return u"INSERT INTO enforcement_destinations (document_id, position, name) VALUES (%1, %2, '北海道庁')"_s
            .arg(doc)
            .arg(position);
    }
    /// The 施行文書 columns claiming attachment position of doc at a version with a content hash.
    QString issued(qint64 doc, int position, const QString &versionSql, const QString &shaSql)
    {
        const qint64 attachment =
            SqlQuery(*m_admin, u"SELECT id FROM attachments WHERE document_id = ? AND position = ?"_s)
                .bind(doc)
                .bind(position)
                .scalar()
                .toLongLong();
        return u", %1, %2, %3"_s.arg(n(attachment), versionSql, shaSql);
    }
    QString shaOf(qint64 doc, int position)
    {
        return u"'%1'"_s.arg(SqlQuery(*m_admin, u"SELECT b.sha256 FROM attachments a JOIN attachment_versions v ON "
                                                 "v.attachment_id = a.id JOIN blobs b ON b.id = v.blob_id WHERE "
                                                 "a.document_id = ? AND a.position = ? AND v.version_no = 1"_s)
                                      .bind(doc)
                                      .bind(position)
                                      .scalar()
                                      .toString());
    }
    qint64 document(const QString &title, bool decide)
    {
        Session ito(raw("ito_t"));
        const qint64 doc = m_org.draft(ito, title);
        for (const QString &name : {u"通知文.txt"_s, u"別紙.txt"_s}) {
            QByteArray bytes = (name + title).toUtf8();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            AttachmentStore(raw("ito_t")).add(ito, doc, buffer, {name, {}, u"text/plain"_s});
        }
        RoutePlan plan;
        plan.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)}, {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        WorkflowStore(raw("ito_t")).setRoute(ito, doc, plan);
        WorkflowStore(raw("ito_t")).submit(ito, doc);
        Session sato(raw("sato_y"));
        WorkflowStore(raw("sato_y")).act(sato, doc, K::Approve);
        if (decide) {
            Session suzuki(raw("suzuki_h"));
            WorkflowStore(raw("suzuki_h")).act(suzuki, doc, K::Decide);
        }
        return doc;
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("the server's guard is PostgreSQL's");
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        m_guard = std::make_unique<test::GuardHarness>(
            *m_db, *m_admin,
            u"SELECT md5(concat_ws('|', "
            "(SELECT string_agg(d::text, ',' ORDER BY id) FROM documents d), "
            "(SELECT string_agg(e::text, ',' ORDER BY document_id) FROM enforcements e), "
            "(SELECT string_agg(t::text, ',' ORDER BY document_id, position) FROM enforcement_destinations t), "
            "(SELECT string_agg(v::text, ',' ORDER BY document_id, attachment_id) FROM decided_versions v), "
            "(SELECT string_agg(a::text, ',' ORDER BY id) FROM audit_events a)))"_s);
        KESSAI_TRY(m_inReview = document(u"回議中の文書"_s, false));
        KESSAI_TRY(m_decided = document(u"決裁済みの文書"_s, true));
        KESSAI_TRY(m_rewritten = document(u"決裁後に書き換えられた文書"_s, true));
        // The superuser rewrites the first attachment past the freeze: the content of the second.
        const qint64 first = SqlQuery(*m_admin, u"SELECT id FROM attachments WHERE document_id = ? AND position = 1"_s)
                                 .bind(m_rewritten)
                                 .scalar()
                                 .toLongLong();
        m_db->superuserExec(u"ALTER TABLE attachment_versions DISABLE TRIGGER attachment_versions_frozen_after_decision"_s);
        m_db->superuserExec(u"INSERT INTO attachment_versions (attachment_id, version_no, blob_id, size, author_id, "
                            "created_at, note) SELECT %1, 2, v.blob_id, v.size, v.author_id, '2026-01-01', '' FROM "
                            "attachment_versions v JOIN attachments a ON a.id = v.attachment_id WHERE a.document_id = %2 "
                            "AND a.position = 2"_s.arg(first)
                                .arg(m_rewritten));
        m_db->superuserExec(u"ALTER TABLE attachment_versions ENABLE TRIGGER attachment_versions_frozen_after_decision"_s);
    }

    void cleanupTestCase()
    {
        m_guard.reset();
        m_admin.reset();
        m_db.reset();
    }

    void theDecisionFixesTheVersionsOnTheServer()
    {
        QCOMPARE(SqlQuery(*m_admin, u"SELECT count(*) FROM decided_versions WHERE document_id = ?"_s)
                     .bind(m_decided)
                     .scalar()
                     .toInt(),
                 2);
        QCOMPARE(SqlQuery(*m_admin, u"SELECT count(*) FROM decided_versions WHERE document_id = ?"_s)
                     .bind(m_inReview)
                     .scalar()
                     .toInt(),
                 0);
        attack("fix a version oneself", "ito_t",
               {u"INSERT INTO decided_versions SELECT %1, a.id, 1, 'x' FROM attachments a WHERE a.document_id = %1"_s.arg(
                   m_inReview)},
               u"permission denied"_s);
        attack("rewrite a fixed version", "kanri_s", {u"UPDATE decided_versions SET sha256 = 'x'"_s},
               u"permission denied"_s);
    }

    void notBeforeTheDecision()
    {
        attack("施行 of a document in review", "ito_t",
               stateChange(m_inReview, day(0)) << record(m_inReview, day(0), m_org.ito) << destination(m_inReview),
               u"change only with the action"_s);
        attack("a record for a document in review", "ito_t",
               {record(m_inReview, day(0), m_org.ito), destination(m_inReview)}, u"a 施行 is recorded with its change"_s);
        attack("a record without the 施行 itself", "ito_t", {record(m_decided, day(0), m_org.ito), destination(m_decided)},
               u"a 施行 is recorded with its change"_s);
    }

    void onlyThoseWhoMayActOnIt()
    {
        // watanabe_a of 人事課 cannot see 総務課's document at all.
        attack("another 課's document", "watanabe_a", {record(m_decided, day(0), m_org.watanabe), destination(m_decided)},
               u"does not exist"_s);
        // takahashi_m of the same 課 sees it but neither drafted it nor keeps the records.
        attack("a colleague's 施行", "takahashi_m",
               stateChange(m_decided, day(0)) << record(m_decided, day(0), m_org.takahashi) << destination(m_decided),
               u"only the drafter or a records manager"_s);
        attack("a colleague's record", "takahashi_m", {record(m_decided, day(0), m_org.takahashi)},
               u"only the drafter or a records manager records"_s);
        attack("in another's name", "ito_t",
               stateChange(m_decided, day(0)) << record(m_decided, day(0), m_org.kanri) << destination(m_decided),
               u"own name"_s);
    }

    void theIssuedDocumentIsTheDecidedVersion()
    {
        // Another attachment's content claimed; the rewritten version issued; the decided version
        // claimed of the rewritten attachment.
        const struct
        {
            const char *what;
            qint64 doc;
            const char *version;
            int contentOf;
        } claims[]{{"another attachment's content claimed", m_decided, "1", 2},
                   {"the rewritten version issued", m_rewritten, "2", 2},
                   {"the decided version claimed of a rewritten attachment", m_rewritten, "1", 1}};
        for (const auto &claim : claims)
            attack(claim.what, "ito_t",
                   stateChange(claim.doc, day(0))
                       << record(claim.doc, day(0), m_org.ito,
                                 u", issued_attachment_id, issued_version_no, issued_sha256"_s,
                                 issued(claim.doc, 1, QLatin1String(claim.version), shaOf(claim.doc, claim.contentOf)))
                       << destination(claim.doc),
                   u"is not the decided version"_s);
        // The store says the same, naming the attachment, before the server is asked.
        Session ito(raw("ito_t"));
        Enforcement e;
        e.documentId = m_rewritten;
        e.destinations = {{0, u"北海道庁"_s}};
        e.issuedAttachmentId = SqlQuery(*m_admin, u"SELECT id FROM attachments WHERE document_id = ? AND position = 1"_s)
                                   .bind(m_rewritten)
                                   .scalar()
                                   .toLongLong();
        const QString before = snapshot();
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, EnforcementStore(raw("ito_t")).record(ito, e));
        QVERIFY2(test::lastErrorMessage().contains(u"“通知文.txt”"_s), qPrintable(test::lastErrorMessage()));
        QCOMPARE(snapshot(), before);
    }

    void theDateAndTheDestinations()
    {
        attack("a 施行日 before the 決裁日", "ito_t",
               stateChange(m_decided, day(-1)) << record(m_decided, day(-1), m_org.ito) << destination(m_decided),
               u"before the 決裁日"_s);
        attack("a record with another 施行日", "ito_t",
               stateChange(m_decided, day(0)) << record(m_decided, day(-1), m_org.ito) << destination(m_decided),
               u"is not the one of its 施行"_s);
        attack("a 施行 without its record", "ito_t", stateChange(m_decided, day(0)),
               u"is recorded with its 施行先 and 施行方法"_s);
        attack("no 施行先", "ito_t", stateChange(m_decided, day(0)) << record(m_decided, day(0), m_org.ito),
               u"names no 施行先"_s);
    }

    void byTheRulesItWorksAndIsNeverRewritten()
    {
        // As psql, by the rules: the server takes its own time for the record.
        const QString refusal =
            run("ito_t", stateChange(m_decided, day(0))
                             << record(m_decided, day(0), m_org.ito, u", fair_copy_checked_by, fair_copy_checked_at"_s,
                                       u", %1, '1999-01-01'"_s.arg(m_org.sato))
                             << destination(m_decided));
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        SqlQuery q(*m_admin, u"SELECT recorded_at, fair_copy_checked_at FROM enforcements WHERE document_id = ?"_s);
        q.bind(m_decided).exec();
        QVERIFY(q.next());
        QVERIFY(q.text(0) != u"1999-01-01"_s && q.text(0).startsWith(QDate::currentDate().toString(u"yyyy"_s)));
        QCOMPARE(q.text(1), q.text(0));

        attack("a 施行先 added later", "ito_t", {destination(m_decided, 2)}, u"recorded with its 施行"_s);
        attack("the record rewritten", "ito_t", {u"UPDATE enforcements SET method = 'email'"_s}, u"permission denied"_s);
        attack("the record removed", "kanri_s", {u"DELETE FROM enforcement_destinations"_s}, u"permission denied"_s);
        attack("a second 施行", "kanri_s",
               {record(m_decided, day(0), m_org.kanri), destination(m_decided, 3)}, u"once"_s);
        // Read where the document is visible only.
        QCOMPARE(SqlQuery(raw("watanabe_a"), u"SELECT count(*) FROM enforcements"_s).scalar().toInt(), 0);
        QCOMPARE(SqlQuery(raw("watanabe_a"), u"SELECT count(*) FROM enforcement_destinations"_s).scalar().toInt(), 0);
        QCOMPARE(SqlQuery(raw("watanabe_a"), u"SELECT count(*) FROM decided_versions"_s).scalar().toInt(), 0);
        QCOMPARE(SqlQuery(raw("ito_t"), u"SELECT count(*) FROM enforcements"_s).scalar().toInt(), 1);

        // Through the store, on the rewritten document's intact second attachment.
        Session ito(raw("ito_t"));
        Enforcement e;
        e.documentId = m_rewritten;
        e.destinations = {{0, u"北海道庁"_s}, {0, u"札幌市"_s}};
        e.method = EnforcementMethod::Post;
        e.issuedAttachmentId = SqlQuery(*m_admin, u"SELECT id FROM attachments WHERE document_id = ? AND position = 2"_s)
                                   .bind(m_rewritten)
                                   .scalar()
                                   .toLongLong();
        KESSAI_TRY(EnforcementStore(raw("ito_t")).record(ito, e));
        QCOMPARE(EnforcementStore(raw("ito_t")).read(m_rewritten)->destinationNames(),
                 (QStringList{u"北海道庁"_s, u"札幌市"_s}));
    }

    void theAuditChainStillVerifies()
    {
        AuditLog::Verification verification;
        KESSAI_TRY(verification = AuditLog(*m_admin).verify());
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }
};

QTEST_GUILESS_MAIN(TestEnforcementGuard)
#include "tst_enforcementguard.moc"
