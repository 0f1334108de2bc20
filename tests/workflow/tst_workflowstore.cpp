// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow in the database, each person on their own connection (PostgreSQL) or played
// with --as (SQLite): the default route from the 専決規程; the whole walk 提出 → 合議 →
// 差戻し → re-提出 → 代決 → 後閲 → 施行 → 完結 with its rows, inbox folders and audit events;
// 却下, 引戻し, 引上げ, numbering, refusals, stale versions, notes, frozen documents and a
// tampered audit row.
#include "core/audit/AuditLog.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"
#include "tests/workflow/WorkflowFixtures.h"

#include <QRegularExpression>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using K = WorkflowActionKind;

class TestWorkflowStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    int act(const char *login, qint64 doc, K kind, const QString &comment = {}, qint64 returnTo = 0,
            const QDate &date = {})
    {
        Session &session = as(login);
        return WorkflowStore(session.connection()).act(session, doc, kind, comment, returnTo, date);
    }
    QString status(qint64 doc)
    {
        return SqlQuery(*m_connection, QStringLiteral("SELECT status FROM documents WHERE id = ?"))
            .bind(doc)
            .scalar()
            .toString();
    }
    QHash<qint64, QString> stepStates(qint64 doc)
    {
        QHash<qint64, QString> states;
        SqlQuery q(*m_connection,
                   QStringLiteral("SELECT assignee_id, state FROM route_steps WHERE document_id = ?"));
        q.bind(doc).exec();
        while (q.next())
            states.insert(q.id(0), q.text(1));
        return states;
    }
    bool inFolder(const char *login, InboxFolder folder, qint64 doc)
    {
        Session &session = as(login);
        for (const DocumentRecord &d : DocumentStore(session.connection()).list(session, folder)) {
            if (d.id == doc)
                return true;
        }
        return false;
    }
    qint64 routedDraft(const QString &title, const RoutePlan &plan)
    {
        const qint64 doc = m_org.draft(as("ito_t"), title);
        WorkflowStore(as("ito_t").connection()).setRoute(as("ito_t"), doc, plan);
        return doc;
    }
    RoutePlan shortRoute() const
    {
        RoutePlan plan;
        plan.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)},
                       {RoutePlan::step(StepKind::Review, m_org.takahashi)},
                       {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        return plan;
    }
    QStringList workflowEvents(qint64 doc)
    {
        QStringList events;
        SqlQuery q(*m_connection,
                   QStringLiteral("SELECT action, actor_login FROM audit_events WHERE entity_type = "
                                  "'document' AND entity_id = ? AND action LIKE 'workflow.%' "
                                  "ORDER BY id"));
        q.bind(doc).exec();
        while (q.next())
            events << q.text(0).mid(9) + QLatin1Char('/') + q.text(1);
        return events;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        for (const QString &login : test::WorkflowOrg::logins())
            KESSAI_TRY(m_people[login] = std::make_unique<test::SessionAs>(*m_db, *m_connection, login));
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_connection.reset();
        m_db.reset();
    }

    void defaultRouteFollowsTheDelegationTable()
    {
        WorkflowStore store(as("ito_t").connection());
        QStringList problems;
        const qint64 doc = m_org.draft(as("ito_t"), QStringLiteral("課長専決の起案"));
        RoutePlan plan;
        KESSAI_TRY(plan = store.defaultRoute(as("ito_t"), doc, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        QCOMPARE(plan.stages.size(), 3);
        QCOMPARE(plan.stages[0][0].assigneeId, m_org.sato);
        QCOMPARE(plan.stages[1][0].assigneeId, m_org.takahashi);
        QCOMPARE(plan.stages[2][0].assigneeId, m_org.suzuki);
        QCOMPARE(plan.stages[2][0].kind, StepKind::Decide);
        QCOMPARE(plan.stages[2][0].absenceRule, AbsenceRule::Proxy);
        QCOMPARE(plan.stages[0][0].absenceRule, AbsenceRule::PostReview);

        const qint64 bucho =
            m_org.draft(as("ito_t"), QStringLiteral("部長決裁の起案"), m_org.levelDepartment);
        KESSAI_TRY(plan = store.defaultRoute(as("ito_t"), bucho, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        QList<qint64> line;
        for (const auto &stage : plan.stages)
            line << stage[0].assigneeId;
        QCOMPARE(line,
                 (QList<qint64>{m_org.sato, m_org.takahashi, m_org.suzuki, m_org.kato, m_org.yamamoto}));
        QCOMPARE(plan.stages.last()[0].kind, StepKind::Decide);

        // A 課長補佐 drafting skips the ranks below; a 課長 cannot decide their own 課長専決.
        const qint64 byHosa = m_org.draft(as("takahashi_m"), QStringLiteral("補佐の起案"));
        KESSAI_TRY(plan =
                       WorkflowStore(as("takahashi_m").connection()).defaultRoute(as("takahashi_m"), byHosa));
        QCOMPARE(plan.stages.size(), 1);
        QCOMPARE(plan.stages[0][0].assigneeId, m_org.suzuki);
        const qint64 byKacho = m_org.draft(as("suzuki_h"), QStringLiteral("課長の起案"));
        KESSAI_TRY(
            WorkflowStore(as("suzuki_h").connection()).defaultRoute(as("suzuki_h"), byKacho, &problems));
        QVERIFY2(problems.join(QLatin1Char('|')).contains(QLatin1String("choose a higher decision level")),
                 qPrintable(problems.join(QLatin1Char('|'))));
    }

    // 提出 of a draft without a route fills in the 既定経路 first, in the same transaction: the
    // GUI's button and kessai-cli submit both go through WorkflowStore::submit.
    void submitFillsInTheDefaultRouteInOneTransaction()
    {
        Session &ito = as("ito_t");
        WorkflowStore store(ito.connection());
        const qint64 doc = m_org.draft(ito, QStringLiteral("経路なしで提出する起案"));
        QVERIFY(RouteReader(*m_connection).route(doc).isEmpty());
        KESSAI_TRY(store.submit(ito, doc));
        QCOMPARE(status(doc), QStringLiteral("in_review"));
        const QList<RouteStep> route = RouteReader(*m_connection).route(doc);
        QCOMPARE(route.size(), 3);
        QCOMPARE(route.at(0).assigneeId, m_org.sato);
        QCOMPARE(route.at(2).assigneeId, m_org.suzuki);
        QCOMPARE(route.at(2).kind, StepKind::Decide);

        // A 提出 that is refused (no 簿冊) leaves no route behind.
        const qint64 unfiled = m_org.draft(ito, QStringLiteral("簿冊のない起案"));
        DocumentRecord record = *DocumentStore(*m_connection).document(unfiled);
        record.fileId = 0;
        KESSAI_TRY(DocumentStore(ito.connection()).updateDraft(ito, record));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.submit(ito, unfiled));
        QCOMPARE(status(unfiled), QStringLiteral("draft"));
        QVERIFY(RouteReader(*m_connection).route(unfiled).isEmpty());
        QVERIFY(workflowEvents(unfiled).isEmpty());

        // A route the drafter set is kept as it is.
        const qint64 routed = routedDraft(QStringLiteral("経路を決めた起案"), shortRoute());
        KESSAI_TRY(store.submit(ito, routed));
        QCOMPARE(RouteReader(*m_connection).route(routed).size(), 3);
        QCOMPARE(RouteReader(*m_connection).route(routed).at(1).assigneeId, m_org.takahashi);
    }

    void theWholeWalk()
    {
        WorkflowStore ito(as("ito_t").connection());
        const qint64 doc = m_org.draft(as("ito_t"), QStringLiteral("令和8年度 文書管理研修の実施について"));
        KESSAI_TRY(ito.setRoute(as("ito_t"), doc, m_org.standardRoute()));
        // 提出: numbered at once, 回議中, the 係長 has it.
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        const auto record = DocumentStore(*m_connection).document(doc);
        QCOMPARE(record->status, DocumentStatus::InReview);
        QVERIFY2(QRegularExpression(QStringLiteral("^総務第\\d+号$")).match(record->numberLabel).hasMatch(),
                 qPrintable(record->numberLabel));
        QCOMPARE(record->fiscalYear, FiscalYear::of(QDate::currentDate()));
        QVERIFY(record->submittedAt.isValid());
        QVERIFY(inFolder("sato_y", InboxFolder::Pending, doc));
        QVERIFY(!inFolder("takahashi_m", InboxFolder::Pending, doc));
        // 回議, then 合議 in parallel: both must act before the 課長補佐 is asked.
        KESSAI_TRY(act("sato_y", doc, K::Approve, QStringLiteral("確認しました")));
        // Acted on and still on its route: 回議中, not yet 既決 (issue 19).
        QVERIFY(inFolder("sato_y", InboxFolder::InProgress, doc));
        QVERIFY(!inFolder("sato_y", InboxFolder::Done, doc));
        KESSAI_TRY(act("watanabe_a", doc, K::Approve, QStringLiteral("人事課として異議なし")));
        QCOMPARE(stepStates(doc).value(m_org.takahashi), QStringLiteral("waiting"));
        KESSAI_TRY(act("kimura_s", doc, K::Approve));
        QCOMPARE(stepStates(doc).value(m_org.takahashi), QStringLiteral("pending"));
        // 差戻し to the drafter, who corrects and re-submits: back to the 課長補佐 directly.
        const QString fix = QStringLiteral("別紙の数値を最新の実績に差し替えてください。");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("takahashi_m", doc, K::Return));
        KESSAI_TRY(act("takahashi_m", doc, K::Return, fix));
        QCOMPARE(status(doc), QStringLiteral("returned"));
        QVERIFY(inFolder("ito_t", InboxFolder::Returned, doc));
        DocumentRecord corrected = *DocumentStore(as("ito_t").connection()).document(doc);
        corrected.body += QStringLiteral("（数値を更新）");
        KESSAI_TRY(DocumentStore(as("ito_t").connection()).updateDraft(as("ito_t"), corrected));
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        auto states = stepStates(doc);
        QCOMPARE(states.value(m_org.sato), QStringLiteral("approved"));
        QCOMPARE(states.value(m_org.watanabe), QStringLiteral("approved"));
        QCOMPARE(states.value(m_org.takahashi), QStringLiteral("pending"));
        QCOMPARE(DocumentStore(*m_connection).document(doc)->numberLabel, record->numberLabel);
        KESSAI_TRY(act("takahashi_m", doc, K::Approve));
        // 代決: the 課長 is away; the registered proxy decides and the 課長 gets 後閲.
        Absence away{0,
                     m_org.suzuki,
                     QDate::currentDate().addDays(-1),
                     QDate::currentDate().addDays(1),
                     m_org.kato,
                     QStringLiteral("出張")};
        KESSAI_TRY(OrgStore(as("suzuki_h").connection()).addAbsence(as("suzuki_h"), away));
        QVERIFY(inFolder("kato_r", InboxFolder::Pending, doc));
        KESSAI_TRY(act("kato_r", doc, K::Decide, QStringLiteral("課長不在のため代決")));
        QCOMPARE(status(doc), QStringLiteral("decided"));
        const QList<RouteStep> route = RouteReader(*m_connection).route(doc);
        const RouteStep &decide = route.last();
        QCOMPARE(decide.state, StepState::Decided);
        QCOMPARE(decide.actedById, m_org.kato);
        QCOMPARE(decide.actingForId, m_org.suzuki);
        QCOMPARE(decide.postReview, PostReviewMark::Owed);
        QCOMPARE(SqlQuery(*m_connection, QStringLiteral("SELECT decided_on FROM documents WHERE id = ?"))
                     .bind(doc)
                     .scalar()
                     .toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        // 後閲: in the 課長's 未決 until read; it never held the route.
        QVERIFY(inFolder("suzuki_h", InboxFolder::Pending, doc));
        KESSAI_TRY(act("suzuki_h", doc, K::Read));
        QVERIFY(!inFolder("suzuki_h", InboxFolder::Pending, doc));
        QCOMPARE(RouteReader(*m_connection).route(doc).last().postReview, PostReviewMark::Read);
        // Frozen after 決裁, for the store and for any client writing SQL.
        DocumentRecord late = *DocumentStore(as("ito_t").connection()).document(doc);
        late.body = QStringLiteral("書き換え");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            DocumentStore(as("ito_t").connection()).updateDraft(as("ito_t"), late));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            AttachmentStore(as("ito_t").connection()).requireEditable(as("ito_t"), doc));
        bool refusedBySql = false;
        try {
            m_db->superuserExec(QStringLiteral("UPDATE documents SET body = 'x' WHERE id = %1").arg(doc));
        } catch (const std::exception &) {
            refusedBySql = true;
        }
        QVERIFY(refusedBySql);
        // 施行 (not before the 決裁日) and 完結.
        // (施行 goes with its record: without it the store refuses; tst_enforcementstore has the rest.)
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("ito_t", doc, K::Enforce, {}, 0, QDate::currentDate()));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("施行先")));
        Enforcement enforcement;
        enforcement.documentId = doc;
        enforcement.destinations = {{0, QStringLiteral("北海道庁")}};
        enforcement.enforcedOn = QDate::currentDate().addDays(-2);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EnforcementStore(as("ito_t").connection()).record(as("ito_t"), enforcement));
        enforcement.enforcedOn = QDate::currentDate();
        KESSAI_TRY(EnforcementStore(as("ito_t").connection()).record(as("ito_t"), enforcement));
        KESSAI_TRY(act("ito_t", doc, K::Close));
        const auto closed = DocumentStore(*m_connection).document(doc);
        QCOMPARE(closed->status, DocumentStatus::Closed);
        QVERIFY(closed->decidedAt.isValid() && closed->enforcedAt.isValid() && closed->closedAt.isValid());

        const QStringList expected{QStringLiteral("submit/ito_t"),
                                   QStringLiteral("approve/sato_y"),
                                   QStringLiteral("approve/watanabe_a"),
                                   QStringLiteral("approve/kimura_s"),
                                   QStringLiteral("return/takahashi_m"),
                                   QStringLiteral("submit/ito_t"),
                                   QStringLiteral("approve/takahashi_m"),
                                   QStringLiteral("proxy_decide/kato_r"),
                                   QStringLiteral("post_review_read/suzuki_h"),
                                   QStringLiteral("enforce/ito_t"),
                                   QStringLiteral("close/ito_t")};
        QCOMPARE(workflowEvents(doc), expected);
        SqlQuery proxy(*m_connection,
                       QStringLiteral("SELECT details FROM audit_events WHERE entity_id = ? AND "
                                      "action = 'workflow.proxy_decide'"));
        const QString details = proxy.bind(doc).scalar().toString();
        QVERIFY2(details.contains(QLatin1String("\"acting_for\":\"suzuki_h\"")), qPrintable(details));
        SqlQuery returned(*m_connection,
                          QStringLiteral("SELECT details FROM audit_events WHERE entity_id = ? AND "
                                         "action = 'workflow.return'"));
        QVERIFY(returned.bind(doc).scalar().toString().contains(fix));
        // Every comment kept, the 差戻し's too, though the step acted again since.
        QCOMPARE(
            SqlQuery(*m_connection, QStringLiteral("SELECT count(*) FROM comments WHERE document_id = ?"))
                .bind(doc)
                .scalar()
                .toInt(),
            4);
        AuditLog::Verification verification;
        KESSAI_TRY(verification = AuditLog(*m_connection).verify());
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }

    void rejectionEndsTheCase()
    {
        const qint64 doc = routedDraft(QStringLiteral("防犯灯設置補助金の交付について"), shortRoute());
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        KESSAI_TRY(act("takahashi_m", doc, K::SkipAhead));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("suzuki_h", doc, K::Reject));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("needs a comment")));
        KESSAI_TRY(act("suzuki_h", doc, K::Reject, QStringLiteral("今年度は予算措置がないため見送ります。")));
        QCOMPARE(status(doc), QStringLiteral("rejected"));
        QCOMPARE(
            SqlQuery(*m_connection, QStringLiteral("SELECT count(*) FROM route_steps WHERE document_id = ? "
                                                   "AND state = 'pending'"))
                .bind(doc)
                .scalar()
                .toInt(),
            0);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("ito_t", doc, K::Submit));
    }

    void withdrawalPullsBackTheLastAction()
    {
        const qint64 doc = routedDraft(QStringLiteral("引戻しの確認"), shortRoute());
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        const QString number = DocumentStore(*m_connection).document(doc)->numberLabel;
        KESSAI_TRY(act("ito_t", doc, K::Withdraw));
        QCOMPARE(status(doc), QStringLiteral("draft"));
        QCOMPARE(DocumentStore(*m_connection).document(doc)->numberLabel,
                 number); // a number is never given back
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        QCOMPARE(DocumentStore(*m_connection).document(doc)->numberLabel, number);
        KESSAI_TRY(act("sato_y", doc, K::Approve));
        KESSAI_TRY(act("sato_y", doc, K::Withdraw));
        QCOMPARE(stepStates(doc).value(m_org.sato), QStringLiteral("pending"));
        QCOMPARE(stepStates(doc).value(m_org.takahashi), QStringLiteral("waiting"));
        KESSAI_TRY(act("sato_y", doc, K::Approve));
        KESSAI_TRY(act("takahashi_m", doc, K::Approve));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("sato_y", doc, K::Withdraw));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("高橋 美咲 (takahashi_m)")),
                 qPrintable(test::lastErrorMessage()));
    }

    void skipAheadLeavesPostReview()
    {
        const qint64 doc = routedDraft(QStringLiteral("引上げの確認"), shortRoute());
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        KESSAI_TRY(act("takahashi_m", doc, K::SkipAhead, QStringLiteral("急ぎのため引上げ")));
        const QList<RouteStep> route = RouteReader(*m_connection).route(doc);
        QCOMPARE(route[0].state, StepState::Skipped);
        QCOMPARE(route[0].skipReason, SkipReason::SkipAhead);
        QCOMPARE(route[0].postReview, PostReviewMark::Owed);
        QCOMPARE(route[2].state, StepState::Pending);
        QVERIFY(inFolder("sato_y", InboxFolder::Pending, doc)); // to read, not to hold the route
        KESSAI_TRY(act("suzuki_h", doc, K::Decide));
        QCOMPARE(status(doc), QStringLiteral("decided"));
        KESSAI_TRY(act("sato_y", doc, K::Read));
        QVERIFY(!inFolder("sato_y", InboxFolder::Pending, doc));
    }

    void numbersAreGivenAtSubmissionOnly()
    {
        const qint64 a = routedDraft(QStringLiteral("番号1"), shortRoute());
        const qint64 b = routedDraft(QStringLiteral("番号2"), shortRoute());
        const qint64 broken = m_org.draft(as("ito_t"), QStringLiteral("経路なし"));
        QCOMPARE(DocumentStore(*m_connection).document(a)->number, 0);
        KESSAI_TRY(act("ito_t", a, K::Submit));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, act("ito_t", broken, K::Submit)); // consumes nothing
        KESSAI_TRY(act("ito_t", b, K::Submit));
        const int first = DocumentStore(*m_connection).document(a)->number;
        QCOMPARE(DocumentStore(*m_connection).document(b)->number, first + 1);
        QCOMPARE(DocumentStore(*m_connection).document(broken)->number, 0);
    }

    void refusalsSayWhyAndNameThePeople()
    {
        const qint64 doc = routedDraft(QStringLiteral("拒否の確認"), shortRoute());
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("sato_y", doc, K::Submit));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("伊藤 拓也 (ito_t)")),
                 qPrintable(test::lastErrorMessage()));
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, act("suzuki_h", doc, K::Decide));
        QVERIFY2(test::lastErrorMessage().contains(QLatin1String("not due yet")),
                 qPrintable(test::lastErrorMessage()));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            WorkflowStore(as("ito_t").connection()).setRoute(as("ito_t"), doc, shortRoute()));
        // 提出 lists every problem at once.
        DocumentRecord bare;
        bare.title = QStringLiteral("不備のある起案");
        bare.unitId = m_org.division;
        qint64 incomplete = 0;
        KESSAI_TRY(incomplete = DocumentStore(as("ito_t").connection()).createDraft(as("ito_t"), bare));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, act("ito_t", incomplete, K::Submit));
        for (const char *part : {"1) the decision level", "2) the file", "no steps"})
            QVERIFY2(test::lastErrorMessage().contains(QString::fromUtf8(part)),
                     qPrintable(test::lastErrorMessage()));
        QStringList problems;
        KESSAI_TRY(problems = WorkflowStore(*m_connection).submissionProblems(incomplete));
        QCOMPARE(problems.size(), 3);
    }

    void staleVersionConflictNamesWhoAndWhen()
    {
        const qint64 doc = routedDraft(QStringLiteral("同時処理の確認"), shortRoute());
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        // A second client of the same 係長: its own connection, the same view of the document.
        test::SessionAs other(*m_db, *m_connection, QStringLiteral("sato_y"));
        StoreConnection *second = &other.connection();
        std::unique_ptr<StoreConnection> sqliteSecond;
        std::unique_ptr<Session> sqliteSession;
        Session *secondSession = &other.session();
        if (other.viaActAs()) { // SQLite: a second connection to the same file
            sqliteSecond = std::make_unique<StoreConnection>(m_db->url());
            sqliteSession = std::make_unique<Session>(*sqliteSecond, QStringLiteral("sato_y"));
            second = sqliteSecond.get();
            secondSession = sqliteSession.get();
        }
        int firstSaw = 0;
        int secondSaw = 0;
        WorkflowStore one(as("sato_y").connection());
        WorkflowStore two(*second);
        const WorkflowCase seen = one.load(doc, &firstSaw);
        two.load(doc, &secondSaw);
        QCOMPARE(firstSaw, secondSaw);
        WorkflowAction approve;
        approve.kind = K::Approve;
        approve.stepId = seen.stages[0].steps[0].id;
        KESSAI_TRY(one.apply(as("sato_y"), doc, approve, firstSaw));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Conflict, two.apply(*secondSession, doc, approve, secondSaw));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.contains(QStringLiteral("already processed by 佐藤 由美 (sato_y) at ") +
                                  QDate::currentDate().toString(Qt::ISODate)),
                 qPrintable(message));
        QCOMPARE(workflowEvents(doc).count(QStringLiteral("approve/sato_y")), 1);
    }

    void notesAfterDecisionByRecordsManager()
    {
        const qint64 doc = routedDraft(QStringLiteral("付記の確認"), shortRoute());
        WorkflowStore kanri(as("kanri_s").connection());
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            kanri.addNote(as("kanri_s"), doc, QStringLiteral("早すぎる")));
        KESSAI_TRY(act("suzuki_h", doc, K::SkipAhead));
        KESSAI_EXPECT_ERROR(
            StoreError::Kind::Refused,
            WorkflowStore(as("ito_t").connection()).addNote(as("ito_t"), doc, QStringLiteral("x")));
        qint64 note = 0;
        KESSAI_TRY(
            note = kanri.addNote(as("kanri_s"), doc, QStringLiteral("件名の誤字「研集」を「研修」と付記")));
        const QList<DocumentNote> notes = kanri.notes(doc);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].id, note);
        QCOMPARE(notes[0].authorName, QStringLiteral("管理 聡子"));
        QVERIFY(notes[0].createdAt.isValid());
        bool refused = false;
        try {
            m_db->superuserExec(
                QStringLiteral("UPDATE document_notes SET body = 'x' WHERE id = %1").arg(note));
        } catch (const std::exception &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void demoDocumentsAreValidCases()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        KESSAI_TRY(DemoSeeder(admin).seed());
        QList<QPair<qint64, QString>> documents; // read first: one open result per connection
        // (decisions registered as made on paper never went through a route in Kessai: no case to check)
        SqlQuery q(connection, QStringLiteral("SELECT id, title FROM documents d WHERE NOT (d.paper AND NOT EXISTS "
                                              "(SELECT 1 FROM route_steps s WHERE s.document_id = d.id)) ORDER BY id"));
        q.exec();
        while (q.next())
            documents.append({q.id(0), q.text(1)});
        int checked = 0;
        for (const auto &[id, title] : std::as_const(documents)) {
            const WorkflowCase c = WorkflowStore(connection).load(id);
            const QString broken = test::invariantViolation(c);
            QVERIFY2(broken.isEmpty(), qPrintable(title + QStringLiteral(": ") + broken));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void tamperedAuditRowIsDetected()
    {
        test::TestDatabase db; // its own database: the triggers go off for good
        StoreConnection connection(db.url());
        test::WorkflowOrg org;
        KESSAI_TRY(org.setUp(connection));
        Session ito(connection, QStringLiteral("ito_t"));
        const qint64 doc = org.draft(ito, QStringLiteral("改ざん検知の確認"));
        WorkflowStore store(connection);
        KESSAI_TRY(store.setRoute(ito, doc, org.standardRoute()));
        KESSAI_TRY(store.act(ito, doc, K::Submit));
        Session sato(connection, QStringLiteral("sato_y"));
        KESSAI_TRY(store.act(sato, doc, K::Approve, QStringLiteral("確認しました")));
        const qint64 approval =
            SqlQuery(connection, QStringLiteral("SELECT id FROM audit_events WHERE action = "
                                                "'workflow.approve'"))
                .scalar()
                .toLongLong();
        QVERIFY(AuditLog(connection).verify().intact);
        if (test::TestDatabase::isPostgreSQL())
            db.superuserExec(
                QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"));
        else
            db.superuserExec(QStringLiteral("DROP TRIGGER audit_events_no_update"));
        db.superuserExec(QStringLiteral("UPDATE audit_events SET actor_login = 'takahashi_m' WHERE id = %1")
                             .arg(approval));
        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadId, approval);
        QVERIFY2(verification.problem.contains(QLatin1String("altered")), qPrintable(verification.problem));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowStore)
#include "tst_workflowstore.moc"
