// SPDX-License-Identifier: GPL-3.0-or-later
// 供覧 of a received document: named people and whole units, in order or all at once; each
// finds it in their 未決 folder and marks 確認 (with a comment); no one out of turn or off the
// route; the document is 完結 when all have seen it, or when a 文書管理者 of its 課 (or an
// administrator) closes it early with a reason — nobody else, and never a 決裁. Both backends (on PostgreSQL each reader
// with their own login, so the server's guard agrees).
#include "core/documents/DocumentStore.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/Circulation.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <map>
#include <memory>

using namespace kessai;

class TestCirculation : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &as(const char *login)
    {
        auto &slot = m_people[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<test::SessionAs>(*m_db, *m_admin, QLatin1String(login));
        return slot->session();
    }
    qint64 receive(const QString &title)
    {
        Session &ito = as("ito_t");
        ReceiptRecord r;
        r.title = title;
        r.senderName = QStringLiteral("北海道総務部");
        r.receivedOn = QDate::currentDate();
        r.unitId = m_org.division;
        return ReceiptStore(ito.connection()).registerReceipt(ito, r);
    }
    bool pendingFor(const char *login, qint64 doc)
    {
        Session &s = as(login);
        const QList<DocumentRecord> pending = DocumentStore(s.connection()).list(s, InboxFolder::Pending);
        return std::any_of(pending.begin(), pending.end(), [doc](const DocumentRecord &d) { return d.id == doc; });
    }
    DocumentStatus status(qint64 doc) { return DocumentStore(*m_admin).document(doc)->status; }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_admin.reset();
        m_db.reset();
    }

    void inOrderToAPersonAndAWholeUnit()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = receive(QStringLiteral("人事異動の通知")));
        Circulation::Readers readers;
        readers.userIds = {m_org.sato};
        readers.unitIds = {m_org.jinji}; // watanabe_a and kimura_s
        Session &ito = as("ito_t");
        QList<qint64> order;
        KESSAI_TRY(order = Circulation(ito.connection()).expand(ito, readers));
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.first(), m_org.sato);
        KESSAI_TRY(Circulation(ito.connection()).start(ito, doc, readers));
        QCOMPARE(status(doc), DocumentStatus::InReview);
        QVERIFY(pendingFor("sato_y", doc));
        QVERIFY(!pendingFor("watanabe_a", doc)); // not yet their turn
        // Out of turn, and off the route: refused.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            Circulation(as("watanabe_a").connection()).confirm(as("watanabe_a"), doc));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            Circulation(as("takahashi_m").connection()).confirm(as("takahashi_m"), doc));
        KESSAI_TRY(Circulation(as("sato_y").connection()).confirm(as("sato_y"), doc, QStringLiteral("確認しました")));
        QVERIFY(!pendingFor("sato_y", doc));
        QVERIFY(pendingFor("watanabe_a", doc) != pendingFor("kimura_s", doc)); // one after the other
        const char *next = pendingFor("watanabe_a", doc) ? "watanabe_a" : "kimura_s";
        const char *last = pendingFor("watanabe_a", doc) ? "kimura_s" : "watanabe_a";
        KESSAI_TRY(Circulation(as(next).connection()).confirm(as(next), doc));
        QCOMPARE(status(doc), DocumentStatus::InReview);
        KESSAI_TRY(Circulation(as(last).connection()).confirm(as(last), doc));
        QCOMPARE(status(doc), DocumentStatus::Closed); // all have seen it
        // The comment is on the route.
        const WorkflowCase c = WorkflowStore(*m_admin).load(doc);
        bool commented = false;
        for (const auto &stage : c.stages) {
            for (const WorkflowStep &s : stage.steps)
                commented = commented || s.comment == QStringLiteral("確認しました");
        }
        QVERIFY(commented);
    }

    void allAtOnce()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = receive(QStringLiteral("研修の案内")));
        Circulation::Readers readers;
        readers.userIds = {m_org.sato, m_org.takahashi, m_org.ito}; // the registrar is left out
        readers.parallel = true;
        Session &ito = as("ito_t");
        KESSAI_TRY(Circulation(ito.connection()).start(ito, doc, readers));
        QVERIFY(pendingFor("sato_y", doc));
        QVERIFY(pendingFor("takahashi_m", doc));
        KESSAI_TRY(Circulation(as("takahashi_m").connection()).confirm(as("takahashi_m"), doc));
        QCOMPARE(status(doc), DocumentStatus::InReview);
        KESSAI_TRY(Circulation(as("sato_y").connection()).confirm(as("sato_y"), doc));
        QCOMPARE(status(doc), DocumentStatus::Closed);
    }

    void closingEarlyIsForTheRecordsManagerOfTheUnitWithAReason()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = receive(QStringLiteral("通知文書")));
        Circulation::Readers readers;
        readers.userIds = {m_org.sato, m_org.takahashi};
        readers.parallel = true;
        KESSAI_TRY(Circulation(as("ito_t").connection()).start(as("ito_t"), doc, readers));
        // The registrar (a clerk) and a reader: refused; so is the 文書管理者 without a reason.
        for (const char *login : {"ito_t", "sato_y"})
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                Circulation(as(login).connection()).closeEarly(as(login), doc, QStringLiteral("不要")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            Circulation(as("kanri_s").connection()).closeEarly(as("kanri_s"), doc, QStringLiteral(" ")));
        // A 文書管理者 of another 課 (人事課): refused.
        SqlQuery::execDirect(*m_admin, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, "
                                                      "'records_manager')")
                                           .arg(m_org.kimura));
        {
            test::SessionAs kimura(*m_db, *m_admin, QStringLiteral("kimura_s"));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                Circulation(kimura.connection()).closeEarly(kimura.session(), doc, QStringLiteral("不要")));
        }
        SqlQuery::execDirect(*m_admin, QStringLiteral("DELETE FROM user_roles WHERE user_id = %1 AND role = "
                                                      "'records_manager'")
                                           .arg(m_org.kimura));
        QCOMPARE(status(doc), DocumentStatus::InReview);
        // A 決裁 document is not a 供覧: nothing to close early.
        qint64 decision = 0;
        KESSAI_TRY(decision = m_org.draft(as("ito_t"), QStringLiteral("決裁の起案")));
        KESSAI_TRY(WorkflowStore(as("ito_t").connection()).setRoute(as("ito_t"), decision, m_org.standardRoute()));
        KESSAI_TRY(WorkflowStore(as("ito_t").connection()).submit(as("ito_t"), decision));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            Circulation(as("kanri_s").connection()).closeEarly(as("kanri_s"), decision,
                                                                                 QStringLiteral("不要")));
        // The administrator may (the connection's own identity is the office's administrator).
        Session admin(*m_admin);
        KESSAI_TRY(Circulation(*m_admin).closeEarly(admin, doc, QStringLiteral("重複して収受したため")));
        QCOMPARE(status(doc), DocumentStatus::Closed);
    }

    void nobodyToReadIsRefused()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = receive(QStringLiteral("宛先なし")));
        Circulation::Readers readers;
        readers.userIds = {m_org.ito};
        Session &ito = as("ito_t");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, Circulation(ito.connection()).start(ito, doc, readers));
        QCOMPARE(status(doc), DocumentStatus::Draft);
    }
};

QTEST_GUILESS_MAIN(TestCirculation)
#include "tst_circulation.moc"
