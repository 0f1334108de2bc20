// SPDX-License-Identifier: GPL-3.0-or-later
// First run: the organization with its title ladder, 決裁区分 and 保存期間表, and the
// connection's identity as its first administrator; once only.
#include "core/audit/AuditLog.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

#include <memory>

using namespace kessai;

class TestOrganizationSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_empty;

private slots:
    void cleanupTestCase() { m_empty.reset(); }

    void setupCreatesOrganizationAndAdministrator()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        OrgStore org(connection);
        QVERIFY(!org.organizationExists());
        // Nobody is registered yet: not even the future administrator has a session.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, Session session(connection));
        QVERIFY(test::lastErrorMessage().contains(db.defaultLogin()));

        KESSAI_TRY(test::setUpOrganization(connection));
        QVERIFY(org.organizationExists());
        QCOMPARE(org.organizationName(), QStringLiteral("テスト県"));
        const std::optional<User> admin = org.userByLogin(db.defaultLogin());
        QVERIFY(admin);
        QCOMPARE(admin->displayName, QStringLiteral("管理 太郎"));
        QVERIFY(admin->active);
        for (Role role : {Role::Admin, Role::RecordsManager, Role::Clerk, Role::Approver})
            QVERIFY2(admin->hasRole(role), qPrintable(toCode(role)));
        std::optional<Session> session;
        KESSAI_TRY(session.emplace(connection));
        QCOMPARE(session->user().id, admin->id);
        QVERIFY(!session->isActingAsOther());

        // The title ladder from 係員 up to 知事, ordered by rank.
        const QList<Title> titles = org.titles();
        QVERIFY(titles.size() >= 9);
        QCOMPARE(titles.first().name, QStringLiteral("係員"));
        QCOMPARE(titles.last().name, QStringLiteral("知事"));
        for (int i = 0; i + 1 < titles.size(); ++i)
            QVERIFY(titles.at(i).rank < titles.at(i + 1).rank);
        QVERIFY(org.titleByName(QStringLiteral("係長"))->rank <
                org.titleByName(QStringLiteral("課長"))->rank);
        QVERIFY(org.titleByName(QStringLiteral("課長"))->rank <
                org.titleByName(QStringLiteral("部長"))->rank);
        QCOMPARE(test::rowCount(connection, QStringLiteral("decision_levels")), 4);
        QCOMPARE(SqlQuery(connection, QStringLiteral("SELECT approver_rank FROM decision_levels WHERE code = "
                                                     "'division_head'"))
                     .scalar()
                     .toInt(),
                 org.titleByName(QStringLiteral("課長"))->rank);
        QVERIFY(test::rowCount(connection, QStringLiteral("retention_schedule")) >= 5);
        QVERIFY(SqlQuery(connection,
                         QStringLiteral("SELECT retention_years FROM retention_schedule WHERE code = 'RP'"))
                    .scalar()
                    .isNull()); // 常用

        const QList<AuditEvent> events = AuditLog(connection).recent(10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).action, QStringLiteral("organization.create"));
        QCOMPARE(events.at(0).action, QStringLiteral("user.add"));
        QCOMPARE(events.at(0).entityId, admin->id);
        QVERIFY(AuditLog(connection).verify().intact);

        // Once is enough: a second setup is refused and changes nothing.
        KESSAI_EXPECT_ERROR(
            StoreError::Kind::Refused,
            OrganizationSetup(connection).initialize(QStringLiteral("別の県"), QStringLiteral("別人")));
        QCOMPARE(org.organizationName(), QStringLiteral("テスト県"));
        QCOMPARE(test::rowCount(connection, QStringLiteral("users")), 1);
        QCOMPARE(test::rowCount(connection, QStringLiteral("titles")), titles.size());
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), 2);
    }

    void setupNeedsNames_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("admin");
        QTest::newRow("no organization name") << QString() << QStringLiteral("管理 太郎");
        QTest::newRow("blank organization name") << QStringLiteral("  ") << QStringLiteral("管理 太郎");
        QTest::newRow("no admin name") << QStringLiteral("テスト県") << QStringLiteral("\t");
    }

    void setupNeedsNames()
    {
        QFETCH(QString, organization);
        QFETCH(QString, admin);
        if (!m_empty) // one database for all rows: it stays empty, as every row is refused
            m_empty = std::make_unique<test::TestDatabase>();
        StoreConnection connection(m_empty->url());
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            OrganizationSetup(connection).initialize(organization, admin));
        QVERIFY(!OrgStore(connection).organizationExists());
        QCOMPARE(test::rowCount(connection, QStringLiteral("users")), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationSetup)
#include "tst_organizationsetup.moc"
