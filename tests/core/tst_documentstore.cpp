// SPDX-License-Identifier: GPL-3.0-or-later
// Documents: drafts need a title and keep every field of their cover, creation is audited,
// routes come back in stage order, and folders show each user only what is theirs.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/RouteReader.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

#include <memory>

using namespace kessai;

Q_DECLARE_METATYPE(kessai::DocumentKind)
Q_DECLARE_METATYPE(kessai::Classification)

class TestDocumentStore : public QObject
{
    Q_OBJECT

    // One organization for the suite: 総務課 with the administrator, ito_t (clerk) and
    // sato_t (approver). Tests add their own documents and look only at those.
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<Session> m_admin;
    qint64 m_unit = 0;
    qint64 m_ito = 0;
    qint64 m_sato = 0;

    qint64 addUser(const QString &login, const QString &name, const QString &title, QList<Role> roles)
    {
        OrgStore org(*m_connection);
        User user;
        user.login = login;
        user.displayName = name;
        user.unitId = m_unit;
        user.titleId = org.titleByName(title)->id;
        user.roles = std::move(roles);
        return org.addUser(*m_admin, user);
    }

    qint64 addStep(qint64 documentId, qint64 stageId, StepKind kind, qint64 assignee, StepState state,
                   const QString &comment = {})
    {
        const bool acted = state != StepState::Waiting && state != StepState::Pending;
        return SqlQuery(*m_connection,
                        QStringLiteral("INSERT INTO route_steps (stage_id, document_id, kind, "
                                       "assignee_id, assignee_unit_id, state, acted_by, acted_at, "
                                       "comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
            .bind(stageId)
            .bind(documentId)
            .bind(toCode(kind))
            .bind(assignee)
            .bind(m_unit)
            .bind(toCode(state))
            .bindOptionalId(acted ? assignee : 0)
            .bindOptional(acted ? QStringLiteral("2026-05-01T10:00:00.000Z") : QString())
            .bind(comment)
            .scalar()
            .toLongLong();
    }

    qint64 addStage(qint64 documentId, int seq)
    {
        return SqlQuery(
                   *m_connection,
                   QStringLiteral("INSERT INTO route_stages (document_id, seq) VALUES (?, ?) RETURNING id"))
            .bind(documentId)
            .bind(seq)
            .scalar()
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpOrganization(*m_connection));
        KESSAI_TRY(m_admin = std::make_unique<Session>(*m_connection));
        Unit unit;
        unit.code = QStringLiteral("総務");
        unit.name = QStringLiteral("総務課");
        KESSAI_TRY(m_unit = OrgStore(*m_connection).addUnit(*m_admin, unit));
        KESSAI_TRY(m_ito = addUser(QStringLiteral("ito_t"), QStringLiteral("伊藤 拓也"),
                                   QStringLiteral("係員"), {Role::Clerk}));
        KESSAI_TRY(m_sato = addUser(QStringLiteral("sato_t"), QStringLiteral("佐藤 由美"),
                                    QStringLiteral("係長"), {Role::Clerk, Role::Approver}));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_connection.reset();
        m_db.reset();
    }

    void draftNeedsATitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("ideographic space and newline") << QStringLiteral("\u3000\n\t");
    }

    void draftNeedsATitle()
    {
        QFETCH(QString, title);
        const qint64 documents = test::rowCount(*m_connection, QStringLiteral("documents"));
        const qint64 events = test::rowCount(*m_connection, QStringLiteral("audit_events"));
        DocumentRecord draft;
        draft.title = title;
        draft.unitId = m_unit;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            DocumentStore(*m_connection).createDraft(*m_admin, draft));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("title")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(test::rowCount(*m_connection, QStringLiteral("documents")), documents);
        QCOMPARE(test::rowCount(*m_connection, QStringLiteral("audit_events")), events);
    }

    void nulCharactersAreRefusedNamingTheField()
    {
        // Failed before: SQLite stored them silently, PostgreSQL failed with its driver's
        // multi-line error. Now the same one-line refusal on both, before anything is written.
        const QString nul(QChar(u'\0'));
        const qint64 documents = test::rowCount(*m_connection, QStringLiteral("documents"));
        const qint64 events = test::rowCount(*m_connection, QStringLiteral("audit_events"));
        DocumentStore store(*m_connection);
        DocumentRecord draft;
        draft.unitId = m_unit;
        draft.title = QStringLiteral("件名") + nul + QStringLiteral("続き");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.createDraft(*m_admin, draft));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("title")) &&
                     test::lastErrorMessage().contains(QStringLiteral("NUL")),
                 qPrintable(test::lastErrorMessage()));
        draft.title = QStringLiteral("件名");
        draft.body = QStringLiteral("本文") + nul;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.createDraft(*m_admin, draft));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("body")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(test::rowCount(*m_connection, QStringLiteral("documents")), documents);

        draft.body.clear();
        KESSAI_TRY(draft.id = store.createDraft(*m_admin, draft));
        DocumentRecord stored = *store.document(draft.id);
        stored.body = nul;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.updateDraft(*m_admin, stored));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("body")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(store.document(draft.id)->body, QString());
        QCOMPARE(test::rowCount(*m_connection, QStringLiteral("audit_events")), events + 1);

        // Text no validation names is still refused alike, without the driver's words.
        Unit unit;
        unit.code = QStringLiteral("NUL");
        unit.name = QStringLiteral("課") + nul;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, OrgStore(*m_connection).addUnit(*m_admin, unit));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("NUL")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY(!OrgStore(*m_connection).unitByCode(QStringLiteral("NUL")));
    }

    void draftRoundTrips_data()
    {
        QTest::addColumn<DocumentKind>("kind");
        QTest::addColumn<Classification>("classification");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QDate>("planned");
        QTest::addColumn<int>("retention"); // -1: 常用 (none)
        QTest::newRow("plain decision")
            << DocumentKind::Decision << Classification::Public << false << QDate() << -1;
        QTest::newRow("urgent secret report")
            << DocumentKind::Report << Classification::Secret << true << QDate(2026, 5, 1) << 10;
        QTest::newRow("received, to enforce on 1 April")
            << DocumentKind::Received << Classification::Public << true << QDate(2027, 4, 1) << 1;
    }

    void draftRoundTrips()
    {
        QFETCH(DocumentKind, kind);
        QFETCH(Classification, classification);
        QFETCH(bool, urgent);
        QFETCH(QDate, planned);
        QFETCH(int, retention);
        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
        DocumentStore store(as->connection());
        DocumentRecord draft;
        draft.kind = kind;
        draft.title = QStringLiteral("  庁内会議室の予約方法の変更について ");
        draft.body = QStringLiteral("標記について、別紙のとおり\n変更してよろしいか伺います。");
        draft.classification = classification;
        draft.urgent = urgent;
        draft.plannedEnforceOn = planned;
        if (retention >= 0)
            draft.retentionYears = retention;
        draft.decisionLevelId =
            SqlQuery(*m_connection,
                     QStringLiteral("SELECT id FROM decision_levels WHERE code = 'division_head'"))
                .scalar()
                .toLongLong();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        qint64 id = 0;
        KESSAI_TRY(id = store.createDraft(as->session(), draft)); // no unit given: the drafter's own
        QVERIFY(id > 0);

        const std::optional<DocumentRecord> stored = DocumentStore(*m_connection).document(id);
        QVERIFY(stored);
        QCOMPARE(stored->id, id);
        QCOMPARE(stored->kind, kind);
        QCOMPARE(stored->title, QStringLiteral("庁内会議室の予約方法の変更について"));
        QCOMPARE(stored->body, draft.body);
        QCOMPARE(stored->classification, classification);
        QCOMPARE(stored->urgent, urgent);
        QCOMPARE(stored->plannedEnforceOn, planned);
        QCOMPARE(stored->retentionYears.has_value(), retention >= 0);
        if (retention >= 0)
            QCOMPARE(*stored->retentionYears, retention);
        QCOMPARE(stored->status, DocumentStatus::Draft);
        QCOMPARE(stored->drafterId, m_ito);
        QCOMPARE(stored->drafterName, QStringLiteral("伊藤 拓也"));
        QCOMPARE(stored->unitId, m_unit);
        QCOMPARE(stored->unitName, QStringLiteral("総務課"));
        QCOMPARE(stored->decisionLevelName, QStringLiteral("課長専決"));
        QCOMPARE(stored->fileId, 0);
        QCOMPARE(stored->fiscalYear, 0);
        QVERIFY(stored->numberLabel.isEmpty());
        QVERIFY(!stored->paper);
        QCOMPARE(stored->rowVersion, 1);
        QVERIFY(stored->createdAt >= before && stored->createdAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(stored->updatedAt, stored->createdAt);
        QVERIFY(!stored->submittedAt.isValid());

        const AuditEvent event = AuditLog(*m_connection).recent(1).first();
        QCOMPARE(event.action, QStringLiteral("document.create"));
        QCOMPARE(event.entityType, QStringLiteral("document"));
        QCOMPARE(event.entityId, id);
        QCOMPARE(event.actorLogin, QStringLiteral("ito_t"));
        QVERIFY(event.details.contains(stored->title));
        QVERIFY(event.details.contains(toCode(kind)));
        QVERIFY(AuditLog(*m_connection).verify().intact);
    }

    void draftNeedsAUnit()
    {
        // The administrator belongs to no unit: a draft must then name one.
        QCOMPARE(m_admin->user().unitId, 0);
        DocumentRecord draft;
        draft.title = QStringLiteral("所属なし");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            DocumentStore(*m_connection).createDraft(*m_admin, draft));
        draft.unitId = m_unit;
        qint64 id = 0;
        KESSAI_TRY(id = DocumentStore(*m_connection).createDraft(*m_admin, draft));
        QCOMPARE(DocumentStore(*m_connection).document(id)->unitId, m_unit);
        QVERIFY(!DocumentStore(*m_connection).document(id + 1000));
    }

    void routeComesInStageOrder()
    {
        DocumentRecord draft;
        draft.title = QStringLiteral("経路の順序");
        draft.unitId = m_unit;
        qint64 id = 0;
        KESSAI_TRY(id = DocumentStore(*m_connection).createDraft(*m_admin, draft));
        QVERIFY(RouteReader(*m_connection).route(id).isEmpty());
        const qint64 admin = m_admin->user().id;
        // Stages inserted out of order, so row ids do not give the order away.
        const qint64 third = addStage(id, 3);
        const qint64 first = addStage(id, 1);
        const qint64 second = addStage(id, 2);
        addStep(id, third, StepKind::Decide, admin, StepState::Waiting);
        addStep(id, second, StepKind::Consult, m_sato, StepState::Pending);
        addStep(id, first, StepKind::Review, m_sato, StepState::Approved, QStringLiteral("確認しました。"));
        addStep(id, second, StepKind::Consult, m_ito, StepState::Read);

        const QList<RouteStep> route = RouteReader(*m_connection).route(id);
        QCOMPARE(route.size(), 4);
        QList<int> seqs;
        for (const RouteStep &step : route)
            seqs.append(step.stageSeq);
        QCOMPARE(seqs, (QList<int>{1, 2, 2, 3}));
        QCOMPARE(route.at(0).stageId, first);
        QCOMPARE(route.at(0).kind, StepKind::Review);
        QCOMPARE(route.at(0).assigneeName, QStringLiteral("佐藤 由美"));
        QCOMPARE(route.at(0).assigneeTitle, QStringLiteral("係長"));
        QCOMPARE(route.at(0).assigneeUnitName, QStringLiteral("総務課"));
        QCOMPARE(route.at(0).state, StepState::Approved);
        QCOMPARE(route.at(0).actedByName, QStringLiteral("佐藤 由美"));
        QCOMPARE(route.at(0).actedAt, QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(route.at(0).comment, QStringLiteral("確認しました。"));
        // Parallel steps of one stage (合議) keep the order they were added in.
        QCOMPARE(route.at(1).assigneeId, m_sato);
        QCOMPARE(route.at(1).state, StepState::Pending);
        QCOMPARE(route.at(1).actedById, 0);
        QVERIFY(!route.at(1).actedAt.isValid());
        QCOMPARE(route.at(2).assigneeId, m_ito);
        QCOMPARE(route.at(3).stageId, third);
        QCOMPARE(route.at(3).kind, StepKind::Decide);
        QCOMPARE(route.at(3).state, StepState::Waiting);
    }

    // One rule for the drafter (DrafterRule): after 提出 the cover is refused with words about the
    // cover, not about attachments; another user is told who the drafter is.
    void onlyTheDrafterChangesAnOpenDocument()
    {
        DocumentStore store(*m_connection);
        DocumentRecord draft;
        draft.title = QStringLiteral("提出後の件名");
        draft.unitId = m_unit;
        qint64 id = 0;
        KESSAI_TRY(id = store.createDraft(*m_admin, draft));

        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
        DocumentRecord edit = *store.document(id);
        edit.title = QStringLiteral("伊藤が変えた件名");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            DocumentStore(as->connection()).updateDraft(as->session(), edit));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("only the drafter")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY2(!test::lastErrorMessage().contains(QStringLiteral("attachments")),
                 qPrintable(test::lastErrorMessage()));

        SqlQuery(*m_connection, QStringLiteral("UPDATE documents SET status = 'in_review' WHERE id = ?"))
            .bind(id)
            .exec();
        edit = *store.document(id);
        edit.title = QStringLiteral("回議中に変えた件名");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.updateDraft(*m_admin, edit));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("件名")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY2(!test::lastErrorMessage().contains(QStringLiteral("attachments")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(store.document(id)->title, QStringLiteral("提出後の件名"));
    }

    // The 文書の種類 of a draft: chosen and changed by its drafter, audited, only a kind in force,
    // frozen once decided; a kind retired later stays on the documents that carry it.
    void decisionKindIsStoredAuditedAndFrozen()
    {
        auto kindId = [this](const char *code) {
            return SqlQuery(*m_connection, QStringLiteral("SELECT id FROM decision_kinds WHERE code = ?"))
                .bind(QLatin1String(code))
                .scalar()
                .toLongLong();
        };
        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
        DocumentStore store(as->connection());
        DocumentRecord draft;
        draft.title = QStringLiteral("備品の購入について");
        draft.decisionKindId = kindId("expenditure");
        qint64 id = 0;
        KESSAI_TRY(id = store.createDraft(as->session(), draft));
        DocumentRecord stored = *DocumentStore(*m_connection).document(id);
        QCOMPARE(stored.decisionKindId, kindId("expenditure"));
        QCOMPARE(stored.decisionKindName, QStringLiteral("支出（支出負担行為・支出命令）"));

        stored.decisionKindId = kindId("contract");
        KESSAI_TRY(stored.rowVersion = store.updateDraft(as->session(), stored));
        QCOMPARE(DocumentStore(*m_connection).document(id)->decisionKindName, QStringLiteral("契約"));
        const AuditEvent event = AuditLog(*m_connection).recent(1).first();
        QCOMPARE(event.action, QStringLiteral("document.update"));
        QVERIFY2(event.details.contains(QStringLiteral("decision_kind_id")), qPrintable(event.details));

        // a retired kind is not chosen again, but stays where it is
        KESSAI_TRY(SqlQuery(*m_connection, QStringLiteral("UPDATE decision_kinds SET active = ? WHERE code = 'contract' "
                                                          "OR code = 'permit'"))
                       .bind(false)
                       .exec());
        DocumentRecord retired = stored;
        retired.decisionKindId = kindId("permit");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.updateDraft(as->session(), retired));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("retired")), qPrintable(test::lastErrorMessage()));
        stored.title = QStringLiteral("備品の購入について（修正）"); // the kind unchanged: saved
        KESSAI_TRY(stored.rowVersion = store.updateDraft(as->session(), stored));
        QCOMPARE(DocumentStore(*m_connection).document(id)->decisionKindId, kindId("contract"));
        qint64 copy = 0;
        KESSAI_TRY(copy = store.copyAsNewDraft(as->session(), id)); // a copy chooses anew
        QCOMPARE(DocumentStore(*m_connection).document(copy)->decisionKindId, 0);
        DocumentRecord unknown = draft;
        unknown.decisionKindId = 999999;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.createDraft(as->session(), unknown));
        KESSAI_TRY(SqlQuery(*m_connection, QStringLiteral("UPDATE decision_kinds SET active = ?")).bind(true).exec());

        // decided: frozen like the rest of the 鑑
        KESSAI_TRY(SqlQuery(*m_connection, QStringLiteral("UPDATE documents SET status = 'decided' WHERE id = ?"))
                       .bind(id)
                       .exec());
        stored = *DocumentStore(*m_connection).document(id);
        stored.decisionKindId = kindId("general");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.updateDraft(as->session(), stored));
        QCOMPARE(DocumentStore(*m_connection).document(id)->decisionKindId, kindId("contract"));
    }

    // A draft saved from a stale view is refused with who changed it, when and how: the same
    // words as the workflow's (RowVersionConflict, one place).
    void staleDraftNamesWhoChangedIt()
    {
        DocumentStore store(*m_connection);
        DocumentRecord draft;
        draft.title = QStringLiteral("二つの画面で開いた起案");
        draft.unitId = m_unit;
        qint64 id = 0;
        KESSAI_TRY(id = store.createDraft(*m_admin, draft));
        DocumentRecord first = *store.document(id);
        DocumentRecord second = first;
        first.title = QStringLiteral("先に保存した件名");
        KESSAI_TRY(store.updateDraft(*m_admin, first));
        second.title = QStringLiteral("後から保存した件名");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Conflict, store.updateDraft(*m_admin, second));
        const QString expected = QStringLiteral("already processed by %1 (%2) at %3")
                                     .arg(m_admin->user().displayName, m_admin->user().login,
                                          QDate::currentDate().toString(Qt::ISODate));
        QVERIFY2(test::lastErrorMessage().contains(expected), qPrintable(test::lastErrorMessage()));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("document.update")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(store.document(id)->title, QStringLiteral("先に保存した件名"));
    }

    void foldersShowEachUserTheirOwn()
    {
        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
        Session &ito = as->session();
        DocumentStore store(*m_connection);
        const QHash<InboxFolder, int> before = store.counts(ito);
        const QHash<InboxFolder, int> adminBefore = store.counts(*m_admin);
        QVERIFY(!before.contains(InboxFolder::All)); // a clerk has no 全文書
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.list(ito, InboxFolder::All));

        DocumentRecord draft;
        draft.title = QStringLiteral("伊藤の起案");
        qint64 mine = 0;
        KESSAI_TRY(mine = DocumentStore(as->connection()).createDraft(ito, draft));
        QCOMPARE(store.counts(ito).value(InboxFolder::Drafts), before.value(InboxFolder::Drafts) + 1);
        QCOMPARE(store.list(ito, InboxFolder::Drafts).first().id, mine); // newest first
        QCOMPARE(store.counts(*m_admin).value(InboxFolder::Drafts), adminBefore.value(InboxFolder::Drafts));
        QCOMPARE(store.counts(*m_admin).value(InboxFolder::All), adminBefore.value(InboxFolder::All) + 1);

        // Submitted, with sato's step pending and ito's read: in sato's 未決, in ito's 回議中 (not
        // yet 既決: nothing is decided).
        SqlQuery(*m_connection, QStringLiteral("UPDATE documents SET status = 'in_review' WHERE id = ?"))
            .bind(mine)
            .exec();
        addStep(mine, addStage(mine, 1), StepKind::Review, m_sato, StepState::Pending);
        addStep(mine, addStage(mine, 2), StepKind::Circulate, m_ito, StepState::Read);
        QCOMPARE(store.counts(ito).value(InboxFolder::Drafts), before.value(InboxFolder::Drafts));
        QCOMPARE(store.counts(ito).value(InboxFolder::Pending), before.value(InboxFolder::Pending));
        QCOMPARE(store.counts(ito).value(InboxFolder::Done), before.value(InboxFolder::Done));
        QCOMPARE(store.counts(ito).value(InboxFolder::InProgress), before.value(InboxFolder::InProgress) + 1);
        std::unique_ptr<test::SessionAs> satoAs;
        KESSAI_TRY(satoAs =
                       std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("sato_t")));
        const QList<DocumentRecord> pending = store.list(satoAs->session(), InboxFolder::Pending);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, mine);
        QCOMPARE(pending.first().status, DocumentStatus::InReview);
        QCOMPARE(store.counts(satoAs->session()).value(InboxFolder::Pending), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
