// SPDX-License-Identifier: GPL-3.0-or-later
// The office's lists of the desk (OfficeListStore): decision kinds and paper reasons. An
// administrator adds, renames, retires and restores entries, each audited; a retired entry stays
// on the documents that carry it and is no longer offered; nobody else changes the lists.
#include "core/audit/AuditLog.h"
#include "core/desk/OfficeListStore.h"
#include "core/documents/DecisionKindList.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <memory>

using namespace kessai;
using List = OfficeListStore::List;

class TestOfficeListStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    std::unique_ptr<Session> m_adminSession;
    test::WorkflowOrg m_org;

    QStringList codes(List list, bool activeOnly)
    {
        QStringList result;
        for (const OfficeListStore::Entry &entry : OfficeListStore(*m_admin).entries(list)) {
            if (entry.active || !activeOnly)
                result << entry.code;
        }
        return result;
    }
    qint64 auditCount(const QString &action)
    {
        return test::rowCount(*m_admin, QStringLiteral("audit_events WHERE action = '%1'").arg(action));
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        if (test::TestDatabase::isPostgreSQL())
            KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        KESSAI_TRY(m_adminSession = std::make_unique<Session>(*m_admin));
    }

    void theListsComeWithTheSchema()
    {
        QCOMPARE(codes(List::DecisionKinds, true),
                 (QStringList{QStringLiteral("general"), QStringLiteral("expenditure"), QStringLiteral("contract"),
                              QStringLiteral("permit"), QStringLiteral("personnel"), QStringLiteral("regulation")}));
        QVERIFY(codes(List::PaperReasons, true).contains(QStringLiteral("other")));
    }

    void anAdministratorAddsRenamesRetiresAndRestores()
    {
        OfficeListStore store(*m_admin);
        qint64 id = 0;
        KESSAI_TRY(id = store.add(*m_adminSession, List::DecisionKinds, QStringLiteral("subsidy"),
                                  QStringLiteral(" 補助金 ")));
        QCOMPARE(codes(List::DecisionKinds, true).last(), QStringLiteral("subsidy")); // at the end of the list
        QCOMPARE(DecisionKindList(*m_admin).byId(id)->name, QStringLiteral("補助金"));
        KESSAI_TRY(store.rename(*m_adminSession, List::DecisionKinds, QStringLiteral("subsidy"),
                                QStringLiteral("補助金・交付金")));
        QCOMPARE(DecisionKindList(*m_admin).byCodeOrName(QStringLiteral("補助金・交付金"))->code, QStringLiteral("subsidy"));

        // a draft carries the kind; retired, it stays there and is offered no more
        test::SessionAs ito(*m_db, *m_admin, QStringLiteral("ito_t"));
        qint64 draft = 0;
        KESSAI_TRY(draft = m_org.draft(ito.session(), QStringLiteral("補助金の交付について")));
        DocumentRecord record = *DocumentStore(*m_admin).document(draft);
        record.decisionKindId = id;
        KESSAI_TRY(DocumentStore(ito.connection()).updateDraft(ito.session(), record));
        KESSAI_TRY(store.setActive(*m_adminSession, List::DecisionKinds, QStringLiteral("subsidy"), false));
        QVERIFY(!codes(List::DecisionKinds, true).contains(QStringLiteral("subsidy")));
        QVERIFY(codes(List::DecisionKinds, false).contains(QStringLiteral("subsidy")));
        QCOMPARE(DocumentStore(*m_admin).document(draft)->decisionKindName, QStringLiteral("補助金・交付金"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, DecisionKindList(*m_admin).requireInForce(id));
        KESSAI_TRY(store.setActive(*m_adminSession, List::DecisionKinds, QStringLiteral("subsidy"), true));
        KESSAI_TRY(DecisionKindList(*m_admin).requireInForce(id));

        QCOMPARE(auditCount(QStringLiteral("office_list.add")), 1);
        QCOMPARE(auditCount(QStringLiteral("office_list.rename")), 1);
        QCOMPARE(auditCount(QStringLiteral("office_list.retire")), 1);
        QCOMPARE(auditCount(QStringLiteral("office_list.restore")), 1);
        QVERIFY(AuditLog(*m_admin).verify().intact);
    }

    void aPaperReasonMayNeedWordsAndIsRetired()
    {
        OfficeListStore store(*m_admin);
        KESSAI_TRY(store.add(*m_adminSession, List::PaperReasons, QStringLiteral("original_seal"),
                             QStringLiteral("原本への押印が必要"), true));
        PaperDecisionStore paper(*m_admin);
        const std::optional<PaperReason> reason = paper.reasonByCode(QStringLiteral("original_seal"));
        QVERIFY(reason && reason->needsText && reason->active);
        KESSAI_TRY(store.setActive(*m_adminSession, List::PaperReasons, QStringLiteral("original_seal"), false));
        bool offered = false;
        for (const PaperReason &r : paper.reasons())
            offered = offered || r.code == QStringLiteral("original_seal");
        QVERIFY(!offered);
        PaperDecision d;
        d.title = QStringLiteral("押印の要る決裁");
        d.drafterId = m_org.ito;
        d.unitId = m_org.division;
        d.draftedOn = QDate::currentDate().addDays(-2);
        d.decidedOn = QDate::currentDate().addDays(-1);
        d.decider = QStringLiteral("課長");
        d.reasonId = reason->id;
        d.reasonText = QStringLiteral("原本");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, paper.registerDecision(*m_adminSession, d));
        QVERIFY2(test::lastErrorMessage().startsWith(QStringLiteral("理由")), qPrintable(test::lastErrorMessage()));
    }

    void badEntriesAreRefusedNamingWhy_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("code not ASCII") << QStringLiteral("補助") << QStringLiteral("補助") << QStringLiteral("letters, digits");
        QTest::addRow("code taken") << QStringLiteral("general") << QStringLiteral("一般2") << QStringLiteral("already names");
        QTest::addRow("name taken") << QStringLiteral("general2") << QStringLiteral("一般") << QStringLiteral("already names");
        QTest::addRow("name is another's code") << QStringLiteral("x1") << QStringLiteral("contract")
                                                 << QStringLiteral("already names");
        QTest::addRow("empty name") << QStringLiteral("x2") << QStringLiteral("  ") << QStringLiteral("name is empty");
    }
    void badEntriesAreRefusedNamingWhy()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QStringList before = codes(List::DecisionKinds, false);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            OfficeListStore(*m_admin).add(*m_adminSession, List::DecisionKinds, code, name));
        QVERIFY2(test::lastErrorMessage().contains(expected), qPrintable(test::lastErrorMessage()));
        QCOMPARE(codes(List::DecisionKinds, false), before);
    }

    void onlyAdministratorsChangeTheLists()
    {
        // kanri_s is a 文書管理者: a desk, but not the office's lists
        test::SessionAs kanri(*m_db, *m_admin, QStringLiteral("kanri_s"));
        OfficeListStore store(kanri.connection());
        const qint64 audit = test::rowCount(*m_admin, QStringLiteral("audit_events"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            store.add(kanri.session(), List::DecisionKinds, QStringLiteral("mine"), QStringLiteral("自分用")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            store.setActive(kanri.session(), List::PaperReasons, QStringLiteral("other"), false));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.rename(kanri.session(), List::DecisionKinds,
                                                                    QStringLiteral("general"), QStringLiteral("x")));
        QCOMPARE(test::rowCount(*m_admin, QStringLiteral("audit_events")), audit);
        QVERIFY(codes(List::PaperReasons, true).contains(QStringLiteral("other")));
    }

    void cleanupTestCase()
    {
        m_adminSession.reset();
        m_admin.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestOfficeListStore)
#include "tst_officeliststore.moc"
