// SPDX-License-Identifier: GPL-3.0-or-later
// The demo organization: its shape, documents in every state that fill every inbox folder of
// the person trying it, consistent numbering and audit, and all-or-nothing seeding.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/RouteReader.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace kessai;

namespace {
/// A mid-year moment, so that every demo date falls in fiscal year 2026.
const QDateTime kNow(QDate(2026, 7, 15), QTime(9, 30), Qt::UTC);

QStringList tableCounts(StoreConnection &connection)
{
    QStringList counts;
    for (const char *table : {"units", "users", "user_roles", "files", "documents", "number_counters",
                              "route_stages", "route_steps", "audit_events"}) {
        const QString name = QLatin1String(table);
        counts.append(name + QLatin1Char('=') + QString::number(test::rowCount(connection, name)));
    }
    return counts;
}
} // namespace

Q_DECLARE_METATYPE(kessai::InboxFolder)

class TestDemoSeeder : public QObject
{
    Q_OBJECT

    // Seeding is what every test here looks at: seed once, then only read (and get refused).
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpOrganization(*m_connection));
        KESSAI_TRY(m_session = std::make_unique<Session>(*m_connection));
        KESSAI_TRY(DemoSeeder(*m_session).seed(kNow));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_connection.reset();
        m_db.reset();
    }

    void organizationHasDepartmentsDivisionsAndSections()
    {
        OrgStore org(*m_connection);
        QHash<UnitLevel, int> levels;
        QHash<qint64, Unit> byId;
        const QList<Unit> units = org.units();
        for (const Unit &unit : units) {
            ++levels[unit.level];
            byId.insert(unit.id, unit);
        }
        QCOMPARE(levels.value(UnitLevel::Department), 3);
        QCOMPARE(levels.value(UnitLevel::Division), 6);
        QVERIFY(levels.value(UnitLevel::Section) >= 6);
        // 部 → 課 → 係.
        for (const Unit &unit : units) {
            switch (unit.level) {
            case UnitLevel::Department:
                QCOMPARE(unit.parentId, 0);
                break;
            case UnitLevel::Division:
                QCOMPARE(byId.value(unit.parentId).level, UnitLevel::Department);
                break;
            case UnitLevel::Section:
                QCOMPARE(byId.value(unit.parentId).level, UnitLevel::Division);
                break;
            case UnitLevel::Office:
                break;
            }
        }
    }

    void staffSpanTheTitleLadder()
    {
        OrgStore org(*m_connection);
        const QList<User> users = org.users();
        QList<User> staff;
        for (const User &user : users) {
            if (user.login != m_db->defaultLogin())
                staff.append(user);
        }
        QVERIFY2(staff.size() >= 20, qPrintable(QString::number(staff.size())));
        const int lowest = org.titleByName(QStringLiteral("係員"))->rank;
        const int highest = org.titleByName(QStringLiteral("部長"))->rank;
        QSet<QString> titles;
        int approvers = 0;
        for (const User &user : staff) {
            QVERIFY2(user.unitId > 0, qPrintable(user.login));
            QVERIFY2(user.titleRank >= lowest && user.titleRank <= highest, qPrintable(user.login));
            QVERIFY(user.hasRole(Role::Clerk));
            QVERIFY2(!user.hasRole(Role::Admin), qPrintable(user.login));
            titles.insert(user.titleName);
            approvers += user.hasRole(Role::Approver) ? 1 : 0;
        }
        for (const char16_t *title : {u"係員", u"係長", u"課長", u"部長"})
            QVERIFY2(titles.contains(QString::fromUtf16(title)), qPrintable(QString::fromUtf16(title)));
        QVERIFY(approvers > 0 && approvers < staff.size());

        // The person trying the demo joins 総務課 as 主査 and stays an administrator.
        const User me = m_session->user();
        QCOMPARE(me.unitName, QStringLiteral("総務課"));
        QCOMPARE(me.titleName, QStringLiteral("主査"));
        QVERIFY(me.hasRole(Role::Admin));
        QVERIFY(me.hasRole(Role::Approver));
    }

    void documentsExistInEveryState()
    {
        SqlQuery q(*m_connection, QStringLiteral("SELECT status, count(*) FROM documents GROUP BY status"));
        q.exec();
        QHash<QString, int> byStatus;
        while (q.next())
            byStatus.insert(q.text(0), q.value(1).toInt());
        for (DocumentStatus status :
             {DocumentStatus::Draft, DocumentStatus::InReview, DocumentStatus::Returned,
              DocumentStatus::Decided, DocumentStatus::Rejected, DocumentStatus::Enforced,
              DocumentStatus::Closed})
            QVERIFY2(byStatus.value(toCode(status)) >= 1, qPrintable(toCode(status)));
        // Every submitted document has a route; drafts have none yet.
        QCOMPARE(SqlQuery(*m_connection,
                          QStringLiteral("SELECT count(*) FROM documents d WHERE d.status <> 'draft' "
                                         "AND NOT EXISTS (SELECT 1 FROM route_steps s WHERE "
                                         "s.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM paper_decisions p "
                                         "WHERE p.document_id = d.id)"))
                     .scalar()
                     .toInt(),
                 0);
        QCOMPARE(SqlQuery(*m_connection,
                          QStringLiteral("SELECT count(*) FROM route_steps s JOIN documents d ON d.id "
                                         "= s.document_id WHERE d.status = 'draft'"))
                     .scalar()
                     .toInt(),
                 0);
    }

    void everyFolderOfTheAdministratorHasDocuments()
    {
        DocumentStore store(*m_connection);
        QHash<InboxFolder, int> counts;
        KESSAI_TRY(counts = store.counts(*m_session));
        QVERIFY(counts.value(InboxFolder::Pending) >= 1);
        QVERIFY(counts.value(InboxFolder::Drafts) >= 1);
        QVERIFY(counts.value(InboxFolder::Returned) >= 1);
        QVERIFY(counts.value(InboxFolder::Done) >= 1);
        QCOMPARE(counts.value(InboxFolder::All), test::rowCount(*m_connection, QStringLiteral("documents")));
    }

    void listsAgreeWithCounts_data()
    {
        QTest::addColumn<InboxFolder>("folder");
        QTest::newRow("pending") << InboxFolder::Pending;
        QTest::newRow("drafts") << InboxFolder::Drafts;
        QTest::newRow("returned") << InboxFolder::Returned;
        QTest::newRow("in_progress") << InboxFolder::InProgress;
        QTest::newRow("done") << InboxFolder::Done;
        QTest::newRow("all") << InboxFolder::All;
    }

    void listsAgreeWithCounts()
    {
        QFETCH(InboxFolder, folder);
        DocumentStore store(*m_connection);
        QList<DocumentRecord> list;
        KESSAI_TRY(list = store.list(*m_session, folder));
        QCOMPARE(list.size(), store.counts(*m_session).value(folder));
        const qint64 me = m_session->user().id;
        for (int i = 0; i < list.size(); ++i) {
            const DocumentRecord &document = list.at(i);
            if (i > 0) // newest first
                QVERIFY(list.at(i - 1).updatedAt >= document.updatedAt);
            switch (folder) {
            case InboxFolder::Pending: {
                QCOMPARE(document.status, DocumentStatus::InReview);
                bool mine = false;
                for (const RouteStep &step : RouteReader(*m_connection).route(document.id))
                    mine = mine || (step.assigneeId == me && step.state == StepState::Pending);
                QVERIFY2(mine, qPrintable(document.title));
                break;
            }
            case InboxFolder::Drafts:
            case InboxFolder::Returned:
                QCOMPARE(document.status,
                         folder == InboxFolder::Drafts ? DocumentStatus::Draft : DocumentStatus::Returned);
                QCOMPARE(document.drafterId, me);
                break;
            case InboxFolder::InProgress:
            case InboxFolder::Done: {
                // 回議中: still on its route; 既決: decided or ended. Both: mine, or I acted on it.
                QCOMPARE(document.status == DocumentStatus::InReview, folder == InboxFolder::InProgress);
                QVERIFY(document.status != DocumentStatus::Draft && document.status != DocumentStatus::Returned);
                bool acted = document.drafterId == me;
                for (const RouteStep &step : RouteReader(*m_connection).route(document.id))
                    acted = acted || step.actedById == me;
                QVERIFY2(acted, qPrintable(document.title));
                break;
            }
            case InboxFolder::All:
                QVERIFY(!document.title.isEmpty());
                QVERIFY(!document.drafterName.isEmpty());
                QVERIFY(!document.unitName.isEmpty());
                break;
            }
        }
    }

    void numbersAreUniqueAndWellFormed()
    {
        DocumentStore store(*m_connection);
        const QList<DocumentRecord> all = store.list(*m_session, InboxFolder::All);
        static const QRegularExpression shape(QStringLiteral("^(\\S+)第([1-9][0-9]*)号$"));
        OrgStore org(*m_connection);
        QSet<QString> labels;
        int numbered = 0;
        for (const DocumentRecord &document : all) {
            if (document.status == DocumentStatus::Draft) {
                QVERIFY2(document.numberLabel.isEmpty(), qPrintable(document.numberLabel));
                QCOMPARE(document.fiscalYear, 0);
                continue;
            }
            ++numbered;
            const QRegularExpressionMatch match = shape.match(document.numberLabel);
            QVERIFY2(match.hasMatch(), qPrintable(document.numberLabel));
            // Numbered by the drafting 課 in the fiscal year of submission.
            QCOMPARE(match.captured(1), org.unitById(document.unitId)->code);
            // (the 簿冊 of past years hold documents of their own year: RecordsDemoSeeder; the desk's
            // history of paper and electronic decisions reaches into the previous year too)
            QCOMPARE(document.fiscalYear, FiscalYear::of(document.submittedAt.toUTC().date()));
            // unique within a fiscal year (each year's numbers start again at 1)
            const QString yearLabel = QStringLiteral("%1:%2").arg(document.fiscalYear).arg(document.numberLabel);
            QVERIFY2(!labels.contains(yearLabel), qPrintable(yearLabel));
            labels.insert(yearLabel);
        }
        QVERIFY(numbered > 0);
        QVERIFY(labels.contains(QStringLiteral("2026:総務第1号")));
        // Per unit the numbers run 1..n, and the counters stand at n.
        SqlQuery q(*m_connection, QStringLiteral("SELECT d.number_unit_id, count(*), min(d.doc_number), "
                                                 "max(d.doc_number), c.last_number FROM documents d JOIN "
                                                 "number_counters c ON c.unit_id = d.number_unit_id AND "
                                                 "c.fiscal_year = d.fiscal_year GROUP BY d.number_unit_id, "
                                                 "d.fiscal_year, c.last_number"));
        q.exec();
        int units = 0;
        while (q.next()) {
            ++units;
            QCOMPARE(q.value(2).toInt(), 1);
            QCOMPARE(q.value(3).toInt(), q.value(1).toInt());
            QCOMPARE(q.value(4).toInt(), q.value(1).toInt());
        }
        QVERIFY(units >= 3);
    }

    void theDeskHasAYearOfPaperAndElectronicDecisions()
    {
        // paper decisions in every one of the twelve months up to now, each with its reason
        QCOMPARE(SqlQuery(*m_connection, QStringLiteral("SELECT count(DISTINCT substr(d.decided_on, 1, 7)) FROM "
                                                        "documents d JOIN paper_decisions p ON p.document_id = d.id"))
                     .scalar()
                     .toInt(),
                 12);
        QCOMPARE(SqlQuery(*m_connection,
                          QStringLiteral("SELECT count(*) FROM documents WHERE paper AND id NOT IN "
                                         "(SELECT document_id FROM paper_decisions)"))
                     .scalar()
                     .toInt(),
                 0);
        // electronic decisions too, their share rising over the desk's year (the records demo's older
        // years hold only electronic decisions): the first month below the last
        SqlQuery q(*m_connection, QStringLiteral("SELECT substr(decided_on, 1, 7), avg(CASE WHEN paper THEN 0.0 "
                                                 "ELSE 1.0 END) FROM documents WHERE decided_on IS NOT NULL AND "
                                                 "substr(decided_on, 1, 7) IN (SELECT substr(d.decided_on, 1, 7) FROM "
                                                 "documents d JOIN paper_decisions p ON p.document_id = d.id) "
                                                 "GROUP BY 1 ORDER BY 1"));
        q.exec();
        QList<double> shares;
        while (q.next())
            shares << q.value(1).toDouble();
        QVERIFY(shares.size() >= 12);
        QVERIFY2(shares.first() < shares.last(), qPrintable(QString::number(shares.first())));
    }

    void auditLogIsIntact()
    {
        AuditLog log(*m_connection);
        const AuditLog::Verification verification = log.verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QCOMPARE(log.recent(1).first().action, QStringLiteral("organization.demo_seed"));
        QCOMPARE(log.recent(1000, QStringLiteral("document")).size(),
                 test::rowCount(*m_connection, QStringLiteral("documents")));
    }

    void seedingAgainIsRefusedAndChangesNothing()
    {
        const QStringList before = tableCounts(*m_connection);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, DemoSeeder(*m_session).seed(kNow));
        QCOMPARE(tableCounts(*m_connection), before);
        QVERIFY(AuditLog(*m_connection).verify().intact);
    }

    void onlyAnAdministratorSeeds()
    {
        // An empty organization, and a session without the admin role.
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        {
            Session admin(connection);
            User clerk;
            clerk.login = QStringLiteral("ito_t");
            clerk.displayName = QStringLiteral("伊藤");
            clerk.roles = {Role::Clerk};
            KESSAI_TRY(OrgStore(connection).addUser(admin, clerk));
        }
        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(db, connection, QStringLiteral("ito_t")));
        const QStringList before = tableCounts(connection);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, DemoSeeder(as->session()).seed(kNow));
        QCOMPARE(tableCounts(connection), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
