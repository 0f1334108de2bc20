// SPDX-License-Identifier: GPL-3.0-or-later
// The 内線 (users.extension, schema 15) on the office server: it is printed on every 鑑 the person
// drafts, so staff with their own logins and plain SQL, as psql would send it, may not change it
// (their own or anyone's); the users table's guard (schema 8) refuses and nothing changes. An
// administrator changes it through OrgStore, audited.
#include "core/audit/AuditLog.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
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

class TestExtensionGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;

    QString extensions()
    {
        return SqlQuery(*m_admin, QStringLiteral("SELECT string_agg(login || '=' || extension, ',' ORDER BY id) "
                                                 "FROM users"))
            .scalar()
            .toString();
    }
    /// What the server says to login's statement (empty: it was carried out).
    QString run(const char *login, const QString &statement)
    {
        StoreConnection connection(m_db->urlAs(QLatin1String(login)), StoreConnection::Open::Existing);
        try {
            SqlQuery::execDirect(connection, statement);
        } catch (const StoreError &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_db.reset();
    }

    void staffCannotChangeAnExtension()
    {
        const QString before = extensions();
        for (const char *target : {"ito_t", "suzuki_h"}) {
            const QString refusal = run("ito_t", QStringLiteral("UPDATE users SET extension = '9999' WHERE login = '%1'")
                                                     .arg(QLatin1String(target)));
            qInfo().noquote() << "ito_t sets the extension of" << target << ":" << refusal;
            QVERIFY2(refusal.contains(QStringLiteral("only an administrator")), qPrintable(refusal));
        }
        // A 課長 (approver) cannot either.
        const QString refusal = run("suzuki_h", QStringLiteral("UPDATE users SET extension = '1' WHERE login = 'ito_t'"));
        QVERIFY2(refusal.contains(QStringLiteral("only an administrator")), qPrintable(refusal));
        QCOMPARE(extensions(), before);
    }

    void anAdministratorChangesItAudited()
    {
        Session admin(*m_admin);
        OrgStore org(*m_admin);
        User ito = *org.userByLogin(QStringLiteral("ito_t"));
        ito.extension = QStringLiteral("２３４５");
        KESSAI_TRY(org.updateUser(admin, ito));
        QCOMPARE(org.userByLogin(QStringLiteral("ito_t"))->extension, QStringLiteral("2345"));
        const QList<AuditEvent> events = AuditLog(*m_admin).recent(1, QStringLiteral("user"), ito.id);
        QCOMPARE(events.size(), 1);
        QVERIFY2(events.first().details.contains(QStringLiteral("\"extension\":\"2345\"")),
                 qPrintable(events.first().details));
        // Not a number: refused before anything is written.
        ito.extension = QStringLiteral("内線なし");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, org.updateUser(admin, ito));
        QCOMPARE(org.userByLogin(QStringLiteral("ito_t"))->extension, QStringLiteral("2345"));
    }
};

QTEST_GUILESS_MAIN(TestExtensionGuard)
#include "tst_extensionguard.moc"
