// SPDX-License-Identifier: GPL-3.0-or-later
// The office server plays against an attacker (docs/security.md): staff with their own database
// logins and plain SQL, as psql would send it, try every "must NOT" of the threat model. Each
// attempt must be refused or change nothing, checked by a superuser's snapshot of the tables;
// the audit chain still verifies afterwards, and kessai-cli server check catches a broken set-up.
#include "core/audit/AuditLog.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using K = WorkflowActionKind;

class TestServerGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;
    std::map<QString, std::unique_ptr<StoreConnection>> m_raw; // psql-like logins
    qint64 m_open = 0;                                         // ito_t's draft in 総務課, never submitted
    qint64 m_secret = 0;   // ito_t's 秘 document: sato_y reviews, suzuki_h decides
    qint64 m_review = 0;   // ito_t's document in review: sato_y reviews, suzuki_h decides
    qint64 m_openBlob = 0; // the content of m_open's attachment
    int m_attacks = 0;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    StoreConnection &raw(const char *login)
    {
        auto &slot = m_raw[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<StoreConnection>(m_db->urlAs(QLatin1String(login)),
                                                     StoreConnection::Open::Existing);
        return *slot;
    }
    qint64 userId(const char *login)
    {
        return SqlQuery(*m_admin, QStringLiteral("SELECT id FROM users WHERE login = ?"))
            .bind(QLatin1String(login))
            .scalar()
            .toLongLong();
    }
    qint64 stepOf(qint64 doc, qint64 assignee)
    {
        return SqlQuery(*m_admin, QStringLiteral(
                                      "SELECT id FROM route_steps WHERE document_id = ? AND assignee_id = ?"))
            .bind(doc)
            .bind(assignee)
            .scalar()
            .toLongLong();
    }
    /// Everything an attack could change, as the superuser reads it.
    QString snapshot()
    {
        return SqlQuery(
                   *m_admin,
                   QStringLiteral(
                       "SELECT md5(concat_ws('|', "
                       "(SELECT string_agg(d::text, ',' ORDER BY id) FROM documents d), "
                       "(SELECT string_agg(s::text, ',' ORDER BY id) FROM route_steps s), "
                       "(SELECT string_agg(g::text, ',' ORDER BY id) FROM route_stages g), "
                       "(SELECT string_agg(a::text, ',' ORDER BY id) FROM attachments a), "
                       "(SELECT string_agg(v::text, ',' ORDER BY id) FROM attachment_versions v), "
                       "(SELECT string_agg(b::text, ',' ORDER BY id) FROM blobs b), "
                       "(SELECT count(*) FROM blob_chunks), "
                       "(SELECT string_agg(u::text, ',' ORDER BY id) FROM users u), "
                       "(SELECT string_agg(r::text, ',' ORDER BY user_id, role) FROM user_roles r), "
                       "(SELECT string_agg(a::text, ',' ORDER BY id) FROM absences a), "
                       "(SELECT string_agg(r::text, ',' ORDER BY id) FROM delegation_rules r), "
                       "(SELECT string_agg(n::text, ',' ORDER BY unit_id, fiscal_year) FROM "
                       "number_counters n), "
                       "(SELECT string_agg(e::text, ',' ORDER BY id) FROM audit_events e), "
                       "(SELECT h::text FROM audit_head h), "
                       "(SELECT string_agg(m.roleid::regrole::text || m.member::regrole::text, ',' "
                       "  ORDER BY 1) FROM pg_auth_members m), "
                       "(SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace), "
                       "(SELECT string_agg(relname::text || relrowsecurity::text, ',' ORDER BY relname) FROM "
                       "pg_class "
                       "  WHERE relnamespace = 'public'::regnamespace), "
                       "(SELECT string_agg(tgname::text || tgenabled::text, ',' ORDER BY tgname) FROM "
                       "pg_trigger "
                       "  WHERE NOT tgisinternal)))"))
            .scalar()
            .toString();
    }
    /// Runs statements as login in one transaction, as psql would; the server's refusal, or
    /// "" when it committed.
    QString run(const char *login, const QStringList &statements)
    {
        StoreConnection &connection = raw(login);
        try {
            Transaction transaction(connection);
            for (const QString &statement : statements)
                SqlQuery::execDirect(connection, statement);
            transaction.commit();
        } catch (const StoreError &error) {
            return error.message();
        }
        return {};
    }
    /// An attack must change nothing; when the server names a rule, the message must say it.
    void attack(const char *what, const char *login, const QStringList &statements,
                const QString &expected = {})
    {
        const QString before = snapshot();
        const QString refusal = run(login, statements);
        const QString after = snapshot();
        ++m_attacks;
        qInfo().noquote() << QStringLiteral("attack %1 (%2): %3")
                                 .arg(QString::fromUtf8(what), QLatin1String(login),
                                      refusal.isEmpty() ? QStringLiteral("committed, nothing changed")
                                                        : refusal);
        QVERIFY2(before == after,
                 qPrintable(QStringLiteral("%1 changed the store (%2)").arg(QLatin1String(what), refusal)));
        if (!expected.isEmpty())
            QVERIFY2(refusal.contains(expected),
                     qPrintable(QStringLiteral("%1: expected a refusal naming \"%2\", got \"%3\"")
                                    .arg(QString::fromUtf8(what), expected, refusal)));
    }
    qint64 visible(const char *login, const QString &sql, qint64 id)
    {
        return SqlQuery(raw(login), sql).bind(id).scalar().toLongLong();
    }
    static QString n(qint64 value) { return QString::number(value); }
    QString audit(const char *actor, qint64 doc)
    {
        return QStringLiteral(
                   "SELECT kessai_audit_append('%1', '', 'workflow.approve', 'document', %2, '{}')")
            .arg(QLatin1String(actor))
            .arg(doc);
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        for (const QString &login : test::WorkflowOrg::logins())
            m_people.emplace(login, std::make_unique<test::SessionAs>(*m_db, *m_admin, login));

        Session &ito = as("ito_t");
        KESSAI_TRY(m_open = m_org.draft(ito, QStringLiteral("未提出の起案")));
        QBuffer content;
        content.setData("開示前の資料\n");
        QVERIFY(content.open(QIODevice::ReadOnly));
        KESSAI_TRY(
            AttachmentStore(ito.connection())
                .add(ito, m_open, content, {QStringLiteral("資料.txt"), {}, QStringLiteral("text/plain")}));
        m_openBlob = SqlQuery(*m_admin,
                              QStringLiteral("SELECT v.blob_id FROM attachment_versions v JOIN attachments a "
                                             "ON a.id = v.attachment_id WHERE a.document_id = ?"))
                         .bind(m_open)
                         .scalar()
                         .toLongLong();
        QVERIFY(m_openBlob > 0);

        RoutePlan route;
        route.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)},
                        {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        DocumentRecord secret;
        secret.kind = DocumentKind::Decision;
        secret.title = QStringLiteral("人事案件（秘）");
        secret.unitId = m_org.division;
        secret.decisionLevelId = m_org.levelDivision;
        secret.fileId = m_org.file;
        secret.classification = Classification::Secret;
        KESSAI_TRY(m_secret = DocumentStore(ito.connection()).createDraft(ito, secret));
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, m_secret, route));
        KESSAI_TRY(WorkflowStore(ito.connection()).act(ito, m_secret, K::Submit));

        KESSAI_TRY(m_review = m_org.draft(ito, QStringLiteral("回議中の起案")));
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, m_review, route));
        KESSAI_TRY(WorkflowStore(ito.connection()).act(ito, m_review, K::Submit));
    }

    // ------------------------------------------------------------------ reading
    void othersDraftsAndTheirContentAreInvisible()
    {
        // watanabe_a works in 人事課: ito_t's draft of 総務課, its attachment and content are not there.
        const char *w = "watanabe_a";
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM documents WHERE id = ?"), m_open), 0);
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM attachments WHERE document_id = ?"), m_open),
                 0);
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM blob_chunks WHERE blob_id = ?"), m_openBlob),
                 0);
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM attachment_versions WHERE blob_id = ?"),
                         m_openBlob),
                 0);
        QCOMPARE(
            visible(w,
                    QStringLiteral("SELECT count(*) FROM audit_events WHERE entity_type = 'document' AND "
                                   "entity_id = ?"),
                    m_open),
            0);
        // The same 課 sees it (sato_y works in its 文書係).
        QCOMPARE(visible("sato_y", QStringLiteral("SELECT count(*) FROM documents WHERE id = ?"), m_open), 1);
        QCOMPARE(visible("sato_y", QStringLiteral("SELECT count(*) FROM blob_chunks WHERE blob_id = ?"),
                         m_openBlob),
                 1);
        // A count over everything does not include it either.
        const qint64 all =
            SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM documents")).scalar().toLongLong();
        QVERIFY(visible(w, QStringLiteral("SELECT count(*) FROM documents WHERE id <> ?"), 0) < all);
    }

    void knowingAHashDoesNotOpenTheContent()
    {
        // watanabe_a may learn a hash (a mail, a log): the catalogue of content does not list it,
        // and pointing a version of his own draft at it is refused.
        const char *w = "watanabe_a";
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM blobs WHERE id = ?"), m_openBlob), 0);
        Session &watanabe = as(w);
        DocumentRecord own;
        own.kind = DocumentKind::Decision;
        own.title = QStringLiteral("人事課の起案");
        own.unitId = m_org.jinji;
        qint64 doc = 0;
        KESSAI_TRY(doc = DocumentStore(watanabe.connection()).createDraft(watanabe, own));
        QBuffer mine;
        mine.setData("人事課の資料\n");
        QVERIFY(mine.open(QIODevice::ReadOnly));
        AttachmentRecord attachment;
        KESSAI_TRY(attachment = AttachmentStore(watanabe.connection())
                                    .add(watanabe, doc, mine,
                                         {QStringLiteral("人事.txt"), {}, QStringLiteral("text/plain")}));
        const qint64 size = SqlQuery(*m_admin, QStringLiteral("SELECT size FROM blobs WHERE id = ?"))
                                .bind(m_openBlob)
                                .scalar()
                                .toLongLong();
        attack("attach another document's content by its id", w,
               {QStringLiteral(
                    "INSERT INTO attachment_versions (attachment_id, version_no, blob_id, size, author_id, "
                    "created_at) VALUES (%1, 2, %2, %3, %4, 'x')")
                    .arg(n(attachment.id), n(m_openBlob), n(size), n(m_org.watanabe))},
               QStringLiteral("not watanabe_a's to attach"));
        attack("an edit session's working copy pointed at it", w,
               {QStringLiteral(
                    "INSERT INTO edit_sessions (attachment_id, user_id, machine, base_version, state, "
                    "working_blob_id, started_at) VALUES (%1, %2, 'pc', 1, 'open', %3, 'x')")
                    .arg(n(attachment.id), n(m_org.watanabe), n(m_openBlob))},
               QStringLiteral("working copy"));
        // Whoever holds the same bytes proves it by uploading them: then they are stored once and
        // readable by both.
        QBuffer same;
        same.setData("開示前の資料\n");
        QVERIFY(same.open(QIODevice::ReadOnly));
        AttachmentRecord copy;
        KESSAI_TRY(copy = AttachmentStore(watanabe.connection())
                              .add(watanabe, doc, same,
                                   {QStringLiteral("同じ資料.txt"), {}, QStringLiteral("text/plain")}));
        QCOMPARE(
            SqlQuery(*m_admin,
                     QStringLiteral("SELECT v.blob_id FROM attachment_versions v WHERE v.attachment_id = ?"))
                .bind(copy.id)
                .scalar()
                .toLongLong(),
            m_openBlob);
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM blob_chunks WHERE blob_id = ?"), m_openBlob),
                 1);
        QCOMPARE(visible(w, QStringLiteral("SELECT count(*) FROM attachments WHERE document_id = ?"), m_open),
                 0);
    }

    void secretDocumentsOnlyForTheRouteAndRecordsManagers()
    {
        const QString doc = QStringLiteral("SELECT count(*) FROM documents WHERE id = ?");
        const QString steps = QStringLiteral("SELECT count(*) FROM route_steps WHERE document_id = ?");
        QCOMPARE(visible("takahashi_m", doc, m_secret), 0); // same 課, not on the route
        QCOMPARE(visible("takahashi_m", steps, m_secret), 0);
        QCOMPARE(visible("takahashi_m", doc, m_review), 1); // the public one of the same 課
        QCOMPARE(visible("suzuki_h", doc, m_secret), 1);    // on the route
        QCOMPARE(visible("kanri_s", doc, m_secret), 1);     // 文書管理者
        QCOMPARE(visible("ito_t", doc, m_secret), 1);       // the drafter
    }

    void leavingAUnitLeavesItsDocuments()
    {
        // 人事異動: kimura_s moves into 総務課's 文書係 and sees its documents; moved back, not any more.
        const QString doc = QStringLiteral("SELECT count(*) FROM documents WHERE id = ?");
        QCOMPARE(visible("kimura_s", doc, m_open), 0);
        Session admin(*m_admin);
        auto user = OrgStore(*m_admin).userById(m_org.kimura);
        QVERIFY(user);
        user->unitId = m_org.section;
        KESSAI_TRY(OrgStore(*m_admin).updateUser(admin, *user));
        QCOMPARE(visible("kimura_s", doc, m_open), 1);
        user->unitId = m_org.jinji;
        KESSAI_TRY(OrgStore(*m_admin).updateUser(admin, *user));
        QCOMPARE(visible("kimura_s", doc, m_open), 0);
    }

    // ------------------------------------------------------------------ acting
    void nobodyActsOnAStepThatIsNotTheirs()
    {
        const qint64 satoStep = stepOf(m_review, m_org.sato);
        const qint64 suzukiStep = stepOf(m_review, m_org.suzuki);
        const QString approveAs =
            QStringLiteral("UPDATE route_steps SET state = 'approved', acted_by = %1 WHERE id = %2");
        attack("a step that is not mine", "takahashi_m",
               {approveAs.arg(n(m_org.takahashi), n(satoStep)), audit("takahashi_m", m_review)},
               QStringLiteral("is not takahashi_m's"));
        attack("in another person's name", "takahashi_m",
               {approveAs.arg(n(m_org.sato), n(satoStep)), audit("takahashi_m", m_review)},
               QStringLiteral("another person's name"));
        attack("the drafter approves own 起案", "ito_t",
               {approveAs.arg(n(m_org.ito), n(satoStep)), audit("ito_t", m_review)},
               QStringLiteral("not ito_t's"));
        attack("out of turn (決裁 before the 係長)", "suzuki_h",
               {QStringLiteral("UPDATE route_steps SET state = 'decided', acted_by = %1 WHERE id = %2")
                    .arg(n(m_org.suzuki), n(suzukiStep)),
                QStringLiteral("UPDATE documents SET status = 'decided', decided_at = 'x', decided_on = 'x', "
                               "row_version = row_version + 1 WHERE id = %1")
                    .arg(m_review),
                audit("suzuki_h", m_review)},
               QStringLiteral("not due"));
        attack("代理 without a registered absence", "takahashi_m",
               {QStringLiteral(
                    "UPDATE route_steps SET state = 'approved', acted_by = %1, acting_for = %2 WHERE id = %3")
                    .arg(n(m_org.takahashi), n(m_org.sato), n(satoStep)),
                audit("takahashi_m", m_review)},
               QStringLiteral("代理者"));
        attack("act as someone else with kessai.act_as", "takahashi_m",
               {QStringLiteral("SELECT set_config('kessai.act_as', 'sato_y', true)"),
                approveAs.arg(n(m_org.sato), n(satoStep)), audit("sato_y", m_review)});
        attack("decide by setting the status", "ito_t",
               {QStringLiteral(
                    "UPDATE documents SET status = 'decided', row_version = row_version + 1 WHERE id = %1")
                    .arg(m_review),
                audit("ito_t", m_review)},
               QStringLiteral("decided only by its 決裁 step"));
        attack("a change of state without its audit event", "sato_y",
               {approveAs.arg(n(m_org.sato), n(satoStep)),
                QStringLiteral("UPDATE route_steps SET state = 'pending' WHERE id = %1").arg(suzukiStep)},
               QStringLiteral("audit log"));
        // A modified client may put its drafter on the route of a draft; deciding it is still refused.
        attack(
            "the drafter decides own 起案 on a route they made", "ito_t",
            {QStringLiteral("INSERT INTO route_stages (document_id, seq) VALUES (%1, 1)").arg(m_open),
             QStringLiteral(
                 "INSERT INTO route_steps (stage_id, document_id, kind, assignee_id, state) "
                 "SELECT id, document_id, 'decide', %1, 'pending' FROM route_stages WHERE document_id = %2")
                 .arg(n(m_org.ito), n(m_open)),
             QStringLiteral(
                 "UPDATE documents SET status = 'in_review', row_version = row_version + 1 WHERE id = %1")
                 .arg(m_open),
             QStringLiteral("UPDATE route_steps SET state = 'decided', acted_by = %1 WHERE document_id = %2")
                 .arg(n(m_org.ito), n(m_open)),
             audit("ito_t", m_open)},
            QStringLiteral("cannot approve their own"));
        attack("the 文書番号", "ito_t",
               {QStringLiteral(
                    "UPDATE documents SET number_label = '総務第999号', doc_number = 999 WHERE id = %1")
                    .arg(m_review)},
               QStringLiteral("文書番号"));
        attack("the number counter", "ito_t",
               {QStringLiteral("UPDATE number_counters SET last_number = 500")},
               QStringLiteral("permission denied"));
        attack("a number for someone else's document", "takahashi_m",
               {QStringLiteral("SELECT * FROM kessai_assign_number(%1)").arg(m_open)},
               QStringLiteral("drafter"));
    }

    void theServerKeepsTheTime()
    {
        // sato_y's own approval, written by hand with a date in 2020: accepted, with the server's time.
        const qint64 satoStep = stepOf(m_review, m_org.sato);
        const QString refusal =
            run("sato_y", {QStringLiteral("UPDATE route_steps SET state = 'approved', acted_by = %1, "
                                          "acted_at = '2020-04-01T00:00:00.000Z' WHERE id = %2")
                               .arg(n(m_org.sato), n(satoStep)),
                           QStringLiteral("UPDATE route_steps SET state = 'pending' WHERE id = %1")
                               .arg(stepOf(m_review, m_org.suzuki)),
                           audit("sato_y", m_review)});
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        const QString actedAt =
            SqlQuery(*m_admin, QStringLiteral("SELECT acted_at FROM route_steps WHERE id = ?"))
                .bind(satoStep)
                .scalar()
                .toString();
        QVERIFY2(actedAt.startsWith(QString::number(QDate::currentDate().year())), qPrintable(actedAt));
        // Written by the server: the real actor is the login, whatever the client passes.
        SqlQuery last(
            *m_admin,
            QStringLiteral("SELECT actor_login, real_login FROM audit_events ORDER BY id DESC LIMIT 1"));
        QVERIFY(last.exec().next());
        QCOMPARE(last.text(0), QStringLiteral("sato_y"));
        QCOMPARE(last.text(1), QStringLiteral("sato_y"));
        // Then 課長 decides through Kessai.
        KESSAI_TRY(WorkflowStore(as("suzuki_h").connection()).act(as("suzuki_h"), m_review, K::Decide));
        attack("move the decision's time", "suzuki_h",
               {QStringLiteral("UPDATE documents SET decided_at = '2020-04-01T00:00:00.000Z', decided_on = "
                               "'2020-04-01', row_version = row_version + 1 WHERE id = %1")
                    .arg(m_review),
                audit("suzuki_h", m_review)},
               QStringLiteral("決裁"));
    }

    void aDecidedDocumentIsFrozen()
    {
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT status FROM documents WHERE id = ?"))
                     .bind(m_review)
                     .scalar()
                     .toString(),
                 QStringLiteral("decided"));
        const qint64 attachment =
            SqlQuery(*m_admin, QStringLiteral("SELECT id FROM attachments WHERE document_id = ? LIMIT 1"))
                .bind(m_open)
                .scalar()
                .toLongLong();
        attack("its title", "ito_t",
               {QStringLiteral(
                    "UPDATE documents SET title = '改ざん', row_version = row_version + 1 WHERE id = %1")
                    .arg(m_review)});
        attack("its route", "ito_t",
               {QStringLiteral("INSERT INTO route_stages (document_id, seq) VALUES (%1, 99)").arg(m_review)},
               QStringLiteral("drafter before 提出"));
        attack("its decider's comment", "suzuki_h",
               {QStringLiteral("UPDATE route_steps SET comment = '後から追記' WHERE document_id = %1")
                    .arg(m_review)},
               QStringLiteral("closed except for 後閲"));
        attack("a step deleted", "ito_t",
               {QStringLiteral("DELETE FROM route_steps WHERE document_id = %1").arg(m_review)},
               QStringLiteral("drafter before 提出"));
        attack("an attachment added", "ito_t",
               {QStringLiteral(
                    "INSERT INTO attachments (document_id, position, display_name, original_name, mime_type, "
                    "created_by, created_at) VALUES (%1, 9, 'x', 'x', 'text/plain', %2, 'x')")
                    .arg(n(m_review), n(m_org.ito))},
               QStringLiteral("may not change the attachments"));
        attack("another document's attachment moved in", "ito_t",
               {QStringLiteral("UPDATE attachments SET document_id = %1 WHERE id = %2")
                    .arg(n(m_review), n(attachment))},
               QStringLiteral("never change"));
        attack("back to review", "suzuki_h",
               {QStringLiteral(
                    "UPDATE documents SET status = 'in_review', row_version = row_version + 1 WHERE id = %1")
                    .arg(m_review),
                audit("suzuki_h", m_review)},
               QStringLiteral("cannot go from decided"));
    }

    // ------------------------------------------------------------------ the audit log
    void theAuditLogIsAppendOnlyAndTheServers()
    {
        attack("insert an event", "ito_t",
               {QStringLiteral(
                   "INSERT INTO audit_events (id, occurred_at, actor_login, real_login, action, entity_type, "
                   "details, prev_hash, hash) VALUES (99999, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x')")},
               QStringLiteral("permission denied"));
        attack("rewrite an event", "kanri_s",
               {QStringLiteral("UPDATE audit_events SET details = '{}' WHERE id = 1")},
               QStringLiteral("permission denied"));
        attack("delete events", "kanri_s", {QStringLiteral("DELETE FROM audit_events")},
               QStringLiteral("permission denied"));
        attack("truncate", "kanri_s", {QStringLiteral("TRUNCATE audit_events")},
               QStringLiteral("permission denied"));
        attack("move the chain's head", "ito_t", {QStringLiteral("UPDATE audit_head SET last_id = 1")},
               QStringLiteral("permission denied"));
        attack(
            "an event in another person's name", "ito_t",
            {QStringLiteral("SELECT kessai_audit_append('suzuki_h', 'suzuki_h', 'x', 'document', 1, '{}')")},
            QStringLiteral("only an administrator may act for another user"));
    }

    // ------------------------------------------------------------------ administration
    void onlyAdministratorsChangeTheOrganization()
    {
        attack(
            "move myself to another unit", "ito_t",
            {QStringLiteral("UPDATE users SET unit_id = %1 WHERE id = %2").arg(n(m_org.jinji), n(m_org.ito))},
            QStringLiteral("only an administrator may change users"));
        attack("make myself an administrator", "ito_t",
               {QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, 'admin')").arg(m_org.ito)},
               QStringLiteral("only an administrator may change user_roles"));
        attack("someone else's absence", "ito_t",
               {QStringLiteral(
                    "INSERT INTO absences (user_id, starts_on, ends_on, proxy_user_id, created_at) VALUES "
                    "(%1, '2000-01-01', '2100-01-01', %2, 'x')")
                    .arg(n(m_org.suzuki), n(m_org.ito))},
               QStringLiteral("only an administrator may change absences"));
        attack("the 専決規程", "suzuki_h", {QStringLiteral("UPDATE delegation_rules SET title_rank = 10")},
               QStringLiteral("only an administrator may change delegation_rules"));
        attack("grant myself the administrators' group", "ito_t",
               {QStringLiteral("GRANT kessai_admin TO ito_t")});
        attack("become the owner", "ito_t", {QStringLiteral("SET LOCAL ROLE kessai_owner")});
        attack("a login for myself", "ito_t",
               {QStringLiteral("SELECT kessai_manage_login('ito_t', ARRAY['kessai_admin'], true)")},
               QStringLiteral("only an administrator manages"));
        attack("delete stored content", "ito_t",
               {QStringLiteral("DELETE FROM blobs WHERE id = %1").arg(m_openBlob)});
        attack("delete content chunks", "ito_t",
               {QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = %1").arg(m_openBlob)},
               QStringLiteral("never deleted"));
        attack("disable the guard", "ito_t", {QStringLiteral("ALTER TABLE route_steps DISABLE TRIGGER ALL")},
               QStringLiteral("must be owner"));
        attack("disable row-level security", "suzuki_h",
               {QStringLiteral("ALTER TABLE documents DISABLE ROW LEVEL SECURITY")},
               QStringLiteral("must be owner"));
        attack("drop a policy", "suzuki_h", {QStringLiteral("DROP POLICY documents_visible ON documents")},
               QStringLiteral("must be owner"));
        attack("create an object in Kessai's schema", "ito_t",
               {QStringLiteral("CREATE TABLE public.mine (x int)")}, QStringLiteral("permission denied"));
    }

    void loginsFollowTheStaffList()
    {
        // user add gives a new member of staff a login in kessai_staff (no password); a records
        // manager also joins kessai_records_manager; leaving disables the login, never drops it.
        const QString login = QStringLiteral("shinnin_guard_%1").arg(QCoreApplication::applicationPid());
        Session admin(*m_admin);
        User user;
        user.login = login;
        user.displayName = QStringLiteral("新任 職員");
        user.unitId = m_org.section;
        user.roles = {Role::Clerk, Role::RecordsManager};
        KESSAI_TRY(user.id = OrgStore(*m_admin).addUser(admin, user));
        auto role = [&](const QString &column) {
            return SqlQuery(*m_admin,
                            QStringLiteral("SELECT %1 FROM pg_authid WHERE rolname = ?").arg(column))
                .bind(login)
                .scalar();
        };
        auto member = [&](const char *group) {
            return SqlQuery(*m_admin, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"))
                .bind(login)
                .bind(QLatin1String(group))
                .scalar()
                .toBool();
        };
        QCOMPARE(role(QStringLiteral("rolcanlogin")).toBool(), true);
        QVERIFY(role(QStringLiteral("rolpassword")).isNull());
        QVERIFY(member("kessai_staff"));
        QVERIFY(member("kessai_records_manager"));
        QVERIFY(!member("kessai_admin"));
        user.active = false;
        user.roles = {Role::Clerk};
        KESSAI_TRY(OrgStore(*m_admin).updateUser(admin, user));
        QCOMPARE(role(QStringLiteral("rolcanlogin")).toBool(), false);
        QVERIFY(!member("kessai_records_manager"));
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"))
                     .bind(login)
                     .scalar()
                     .toInt(),
                 1);
    }

    void staffNeverMigrateTheSchema()
    {
        // A newer client on a server not yet upgraded: staff may not change the schema, and are
        // told who can.
        const QString version =
            SqlQuery(*m_admin, QStringLiteral("SELECT value FROM kessai_meta WHERE key = ?"))
                .bind(QStringLiteral("schema_version"))
                .scalar()
                .toString();
        m_db->superuserExec(
            QStringLiteral("UPDATE kessai_meta SET value = '7' WHERE key = 'schema_version'"));
        KESSAI_EXPECT_ERROR(
            StoreError::Kind::Unavailable,
            StoreConnection(m_db->urlAs(QStringLiteral("ito_t")), StoreConnection::Open::Existing));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("server upgrade")),
                 qPrintable(test::lastErrorMessage()));
        m_db->superuserExec(QStringLiteral("UPDATE kessai_meta SET value = '%1' WHERE key = 'schema_version'")
                                .arg(version.toInt()));
    }

    // ------------------------------------------------------------------ afterwards
    void theChainStillVerifiesAndTheCheckIsClean()
    {
        qInfo("%d attacks tried, each refused or without effect", m_attacks);
        QVERIFY(m_attacks >= 35);
        AuditLog::Verification verification;
        KESSAI_TRY(verification = AuditLog(*m_admin).verify());
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QStringList problems;
        KESSAI_TRY(problems = ServerSetup(*m_admin).check());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theCheckCatchesABrokenSetUp()
    {
        m_db->superuserExec(QStringLiteral("GRANT SELECT ON number_counters TO ito_t"));
        m_db->superuserExec(
            QStringLiteral("ALTER TABLE route_steps DISABLE TRIGGER route_steps_update_guard"));
        m_db->superuserExec(QStringLiteral("ALTER TABLE comments DISABLE ROW LEVEL SECURITY"));
        const QStringList problems = ServerSetup(*m_admin).check();
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("ito_t holds SELECT on number_counters")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("route_steps_update_guard on route_steps is disabled")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("row-level security is off on comments")), qPrintable(all));
        QCOMPARE(problems.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestServerGuard)
#include "tst_serverguard.moc"
