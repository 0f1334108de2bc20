// SPDX-License-Identifier: GPL-3.0-or-later
// The organization: sessions and who may act, and changes to units, users and absences,
// each validated and audited.
#include "core/audit/AuditLog.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace kessai;

namespace {
enum class Invalid
{
    DuplicateUnitCode,
    DuplicateUnitCodePadded,
    EmptyUnitCode,
    MissingParent,
    OwnParent,
    UnknownUnitToUpdate,
    DuplicateLogin,
    EmptyDisplayName,
    UserInUnknownUnit,
    AbsenceEndsBeforeStart,
    AbsenceOwnProxy,
};

Unit makeUnit(const QString &code, const QString &name, UnitLevel level, qint64 parentId = 0)
{
    Unit unit;
    unit.code = code;
    unit.name = name;
    unit.level = level;
    unit.parentId = parentId;
    return unit;
}

User makeUser(const QString &login, const QString &name, qint64 unitId, QList<Role> roles = {Role::Clerk})
{
    User user;
    user.login = login;
    user.displayName = name;
    user.unitId = unitId;
    user.roles = std::move(roles);
    return user;
}

/// The newest audit event is action on entityType/entityId, by actor.
void verifyAudited(StoreConnection &connection, const QString &action, const QString &entityType,
                   qint64 entityId, const QString &actor)
{
    const QList<AuditEvent> events = AuditLog(connection).recent(1);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().action, action);
    QCOMPARE(events.first().entityType, entityType);
    QCOMPARE(events.first().entityId, entityId);
    QCOMPARE(events.first().actorLogin, actor);
}
} // namespace

Q_DECLARE_METATYPE(Invalid)

class TestOrgStore : public QObject
{
    Q_OBJECT

    // Tests whose rows only get refused, or add distinct users, share one organization
    // (a fresh PostgreSQL database costs ~0.3 s): 総務課 with ito_t, a clerk and approver.
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    qint64 m_division = 0;
    qint64 m_itoId = 0;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpOrganization(*m_connection));
        Session admin(*m_connection);
        OrgStore org(*m_connection);
        KESSAI_TRY(m_division = org.addUnit(admin, makeUnit(QStringLiteral("総務"), QStringLiteral("総務課"),
                                                            UnitLevel::Division)));
        KESSAI_TRY(m_itoId = org.addUser(admin, makeUser(QStringLiteral("ito_t"), QStringLiteral("伊藤 拓也"),
                                                         m_division, {Role::Clerk, Role::Approver})));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void unregisteredOrInactiveUsersHaveNoSession()
    {
        test::TestDatabase &db = *m_db;
        StoreConnection &connection = *m_connection;
        Session admin(connection);
        OrgStore org(connection);
        User former = makeUser(QStringLiteral("taishoku_t"), QStringLiteral("退職 太郎"), 0);
        KESSAI_TRY(former.id = org.addUser(admin, former));
        former.active = false;
        KESSAI_TRY(org.updateUser(admin, former));

        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, Session(connection, QStringLiteral("nobody_t")));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("nobody_t")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, Session(connection, QStringLiteral("taishoku_t")));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("inactive")));
        if (test::TestDatabase::isPostgreSQL()) {
            // A database role that can log in but is not a registered user.
            StoreConnection stranger(db.urlAs(QStringLiteral("nobody_t")));
            QCOMPARE(stranger.identityLogin(), QStringLiteral("nobody_t"));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, Session session(stranger));
            StoreConnection retired(db.urlAs(QStringLiteral("taishoku_t")));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, Session session(retired));
        }
    }

    void changesAreStoredAndAudited()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        OrgStore org(connection);
        const QString me = db.defaultLogin();

        qint64 department = 0;
        qint64 division = 0;
        KESSAI_TRY(department =
                       org.addUnit(admin, makeUnit(QStringLiteral("総務部"), QStringLiteral("総務部"),
                                                   UnitLevel::Department)));
        verifyAudited(connection, QStringLiteral("unit.add"), QStringLiteral("unit"), department, me);
        KESSAI_TRY(division = org.addUnit(admin, makeUnit(QStringLiteral("総務"), QStringLiteral("総務課"),
                                                          UnitLevel::Division, department)));
        verifyAudited(connection, QStringLiteral("unit.add"), QStringLiteral("unit"), division, me);
        std::optional<Unit> unit = org.unitByCode(QStringLiteral("総務"));
        QVERIFY(unit);
        QCOMPARE(unit->id, division);
        QCOMPARE(unit->name, QStringLiteral("総務課"));
        QCOMPARE(unit->level, UnitLevel::Division);
        QCOMPARE(unit->parentId, department);
        QVERIFY(unit->active);

        unit->name = QStringLiteral("総務企画課");
        unit->sortOrder = 5;
        KESSAI_TRY(org.updateUnit(admin, *unit));
        verifyAudited(connection, QStringLiteral("unit.update"), QStringLiteral("unit"), division, me);
        QCOMPARE(org.unitById(division)->name, QStringLiteral("総務企画課"));
        QCOMPARE(org.unitById(division)->sortOrder, 5);
        QCOMPARE(org.unitById(division)->code, QStringLiteral("総務")); // the code stays

        qint64 titleId = 0;
        KESSAI_TRY(titleId = org.addTitle(admin, Title{0, QStringLiteral("参事"), 55}));
        verifyAudited(connection, QStringLiteral("title.add"), QStringLiteral("title"), titleId, me);

        User ito = makeUser(QStringLiteral("ito_t"), QStringLiteral("伊藤 拓也"), division, {Role::Clerk});
        ito.kana = QStringLiteral("いとう たくや");
        ito.titleId = org.titleByName(QStringLiteral("係員"))->id;
        KESSAI_TRY(ito.id = org.addUser(admin, ito));
        verifyAudited(connection, QStringLiteral("user.add"), QStringLiteral("user"), ito.id, me);
        std::optional<User> stored = org.userByLogin(QStringLiteral("ito_t"));
        QVERIFY(stored);
        QCOMPARE(stored->displayName, QStringLiteral("伊藤 拓也"));
        QCOMPARE(stored->kana, QStringLiteral("いとう たくや"));
        QCOMPARE(stored->titleName, QStringLiteral("係員"));
        QCOMPARE(stored->unitName, QStringLiteral("総務企画課"));
        QCOMPARE(stored->roles, QList<Role>{Role::Clerk});

        // 人事異動: another unit, a new title and role.
        ito.unitId = department;
        ito.titleId = titleId;
        ito.roles = {Role::Clerk, Role::Approver, Role::Approver};
        KESSAI_TRY(org.updateUser(admin, ito));
        verifyAudited(connection, QStringLiteral("user.update"), QStringLiteral("user"), ito.id, me);
        stored = org.userById(ito.id);
        QCOMPARE(stored->unitId, department);
        QCOMPARE(stored->titleName, QStringLiteral("参事"));
        QCOMPARE(stored->titleRank, 55);
        QCOMPARE(stored->roles.size(), 2);
        QVERIFY(stored->hasRole(Role::Approver));

        Absence absence;
        absence.userId = ito.id;
        absence.startsOn = QDate(2026, 8, 10);
        absence.endsOn = QDate(2026, 8, 14);
        absence.proxyUserId = admin.user().id;
        absence.reason = QStringLiteral("夏季休暇");
        KESSAI_TRY(absence.id = org.addAbsence(admin, absence));
        verifyAudited(connection, QStringLiteral("absence.add"), QStringLiteral("user"), ito.id, me);
        const QList<Absence> absences = org.absences(ito.id);
        QCOMPARE(absences.size(), 1);
        QCOMPARE(absences.first().id, absence.id);
        QCOMPARE(absences.first().startsOn, absence.startsOn);
        QCOMPARE(absences.first().endsOn, absence.endsOn);
        QCOMPARE(absences.first().proxyUserId, absence.proxyUserId);
        QCOMPARE(absences.first().reason, absence.reason);

        // Deactivated units and users drop out of the default lists but stay readable.
        unit = org.unitById(division);
        unit->active = false;
        KESSAI_TRY(org.updateUnit(admin, *unit));
        ito.active = false;
        KESSAI_TRY(org.updateUser(admin, ito));
        QCOMPARE(org.units().size(), 1);
        QCOMPARE(org.units(true).size(), 2);
        QCOMPARE(org.users().size(), 1);
        QCOMPARE(org.users(true).size(), 2);
        QVERIFY(!org.userByLogin(QStringLiteral("ito_t"))->active);

        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QCOMPARE(verification.eventsChecked, 2 + 9); // setup + the nine changes above
    }

    void invalidChangesAreBadData_data()
    {
        QTest::addColumn<Invalid>("change");
        QTest::newRow("duplicate unit code") << Invalid::DuplicateUnitCode;
        QTest::newRow("duplicate unit code with spaces") << Invalid::DuplicateUnitCodePadded;
        QTest::newRow("empty unit code") << Invalid::EmptyUnitCode;
        QTest::newRow("parent does not exist") << Invalid::MissingParent;
        QTest::newRow("unit its own parent") << Invalid::OwnParent;
        QTest::newRow("update of a missing unit") << Invalid::UnknownUnitToUpdate;
        QTest::newRow("duplicate login") << Invalid::DuplicateLogin;
        QTest::newRow("no display name") << Invalid::EmptyDisplayName;
        QTest::newRow("user in a missing unit") << Invalid::UserInUnknownUnit;
        QTest::newRow("absence ends before it starts") << Invalid::AbsenceEndsBeforeStart;
        QTest::newRow("own proxy") << Invalid::AbsenceOwnProxy;
    }

    void invalidChangesAreBadData()
    {
        QFETCH(Invalid, change);
        StoreConnection &connection = *m_connection;
        Session admin(connection);
        OrgStore org(connection);
        const qint64 division = m_division;
        const qint64 itoId = m_itoId;
        const qint64 unitsBefore = test::rowCount(connection, QStringLiteral("units"));
        const qint64 usersBefore = test::rowCount(connection, QStringLiteral("users"));
        const qint64 absencesBefore = test::rowCount(connection, QStringLiteral("absences"));
        const qint64 eventsBefore = test::rowCount(connection, QStringLiteral("audit_events"));
        Absence absence{0, itoId, QDate(2026, 5, 1), QDate(2026, 5, 2), admin.user().id, QString()};
        Unit existing = *org.unitById(division);

        auto unit = [](const QString &code, qint64 parent = 0) {
            return makeUnit(code, QStringLiteral("新課"), UnitLevel::Division, parent);
        };
        std::function<void()> attempt;
        QString named; // what the message must name
        switch (change) {
        case Invalid::DuplicateUnitCode:
            attempt = [&] { org.addUnit(admin, unit(QStringLiteral("総務"))); };
            named = QStringLiteral("総務");
            break;
        case Invalid::DuplicateUnitCodePadded:
            attempt = [&] { org.addUnit(admin, unit(QStringLiteral(" 総務 "))); };
            named = QStringLiteral("総務");
            break;
        case Invalid::EmptyUnitCode:
            attempt = [&] { org.addUnit(admin, unit(QStringLiteral(" "))); };
            break;
        case Invalid::MissingParent:
            attempt = [&] { org.addUnit(admin, unit(QStringLiteral("新"), 9999)); };
            named = QStringLiteral("9999");
            break;
        case Invalid::OwnParent:
            existing.parentId = existing.id;
            attempt = [&] { org.updateUnit(admin, existing); };
            break;
        case Invalid::UnknownUnitToUpdate:
            existing.id = 9999;
            attempt = [&] { org.updateUnit(admin, existing); };
            break;
        case Invalid::DuplicateLogin:
            attempt = [&] {
                org.addUser(admin, makeUser(QStringLiteral("ito_t"), QStringLiteral("別人"), division));
            };
            named = QStringLiteral("ito_t");
            break;
        case Invalid::EmptyDisplayName:
            attempt = [&] {
                org.addUser(admin, makeUser(QStringLiteral("sato_y"), QStringLiteral(" "), division));
            };
            break;
        case Invalid::UserInUnknownUnit:
            attempt = [&] {
                org.addUser(admin, makeUser(QStringLiteral("sato_y"), QStringLiteral("佐藤"), 9999));
            };
            break;
        case Invalid::AbsenceEndsBeforeStart:
            absence.endsOn = absence.startsOn.addDays(-1);
            attempt = [&] { org.addAbsence(admin, absence); };
            break;
        case Invalid::AbsenceOwnProxy:
            absence.proxyUserId = itoId;
            attempt = [&] { org.addAbsence(admin, absence); };
            break;
        }
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, attempt());
        QVERIFY2(test::lastErrorMessage().contains(named), qPrintable(test::lastErrorMessage()));
        QCOMPARE(test::rowCount(connection, QStringLiteral("units")), unitsBefore);
        QCOMPARE(test::rowCount(connection, QStringLiteral("users")), usersBefore);
        QCOMPARE(test::rowCount(connection, QStringLiteral("absences")), absencesBefore);
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), eventsBefore);
        QCOMPARE(org.unitById(division)->parentId, 0);
        QCOMPARE(org.unitById(division)->name, QStringLiteral("総務課"));
    }

    void loginsAreValidated_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dotted") << QStringLiteral("sato.y") << true;
        QTest::newRow("underscore and digits") << QStringLiteral("_ito2") << true;
        QTest::newRow("dash inside") << QStringLiteral("a-b") << true;
        QTest::newRow("63 characters") << QString(63, QLatin1Char('a')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("sato y") << false;
        QTest::newRow("Japanese") << QStringLiteral("佐藤") << false;
        QTest::newRow("leading dash") << QStringLiteral("-sato") << false;
        QTest::newRow("leading dot") << QStringLiteral(".sato") << false;
        QTest::newRow("slash") << QStringLiteral("dom/sato") << false;
        QTest::newRow("quote") << QStringLiteral("sato\"x") << false;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << false;
    }

    void loginsAreValidated()
    {
        QFETCH(QString, login);
        QFETCH(bool, valid);
        StoreConnection &connection = *m_connection;
        Session admin(connection);
        OrgStore org(connection);
        const User user = makeUser(login, QStringLiteral("名前"), 0);
        const qint64 usersBefore = test::rowCount(connection, QStringLiteral("users"));
        if (valid) {
            KESSAI_TRY(OrgStore::validateLogin(login));
            KESSAI_TRY(org.addUser(admin, user));
            QVERIFY(org.userByLogin(login));
            QCOMPARE(test::rowCount(connection, QStringLiteral("users")), usersBefore + 1);
            return;
        }
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, OrgStore::validateLogin(login));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, org.addUser(admin, user));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("login")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(test::rowCount(connection, QStringLiteral("users")), usersBefore);
    }

    void nonAdministratorsCannotChangeTheOrganization()
    {
        test::TestDatabase &db = *m_db;
        StoreConnection &connection = *m_connection;
        Session admin(connection);
        OrgStore org(connection);
        const qint64 division = m_division;
        const User ito = *org.userById(m_itoId);
        const int unitsBefore = org.units().size();
        const qint64 eventsBefore = test::rowCount(connection, QStringLiteral("audit_events"));

        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(db, connection, QStringLiteral("ito_t")));
        Session &clerk = as->session();
        QCOMPARE(clerk.user().id, ito.id);
        qint64 expectedEvents = eventsBefore;
        if (as->viaActAs()) {
            // Acting for another user is itself audited, naming both.
            QVERIFY(clerk.isActingAsOther());
            QCOMPARE(clerk.realLogin(), db.defaultLogin());
            verifyAudited(connection, QStringLiteral("session.act_as"), QStringLiteral("user"), ito.id,
                          QStringLiteral("ito_t"));
            const AuditEvent event = AuditLog(connection).recent(1).first();
            QCOMPARE(event.realLogin, db.defaultLogin());
            QVERIFY(event.details.contains(db.defaultLogin()));
            ++expectedEvents;
        } else {
            QVERIFY(!clerk.isActingAsOther());
            QCOMPARE(clerk.realLogin(), QStringLiteral("ito_t"));
        }

        OrgStore clerkOrg(clerk.connection());
        User promoted = ito;
        promoted.roles.append(Role::Admin);
        Unit renamed = *org.unitById(division);
        renamed.name = QStringLiteral("乗っ取り課");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            clerkOrg.addUnit(clerk, makeUnit(QStringLiteral("新"), QStringLiteral("新課"),
                                                             UnitLevel::Division)));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("admin")),
                 qPrintable(test::lastErrorMessage()));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, clerkOrg.updateUnit(clerk, renamed));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            clerkOrg.addTitle(clerk, Title{0, QStringLiteral("王"), 99}));
        KESSAI_EXPECT_ERROR(
            StoreError::Kind::Refused,
            clerkOrg.addUser(clerk, makeUser(QStringLiteral("x_t"), QStringLiteral("x"), division)));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, clerkOrg.updateUser(clerk, promoted));
        Absence forAdmin{0, admin.user().id, QDate(2026, 5, 1), QDate(2026, 5, 2), 0, QString()};
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, clerkOrg.addAbsence(clerk, forAdmin));
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), expectedEvents);
        QCOMPARE(org.units().size(), unitsBefore);
        QCOMPARE(org.unitById(division)->name, QStringLiteral("総務課"));
        QVERIFY(!org.userById(ito.id)->hasRole(Role::Admin));

        // Their own absence is theirs to register; the event names who really did it.
        Absence own{0, ito.id, QDate(2026, 5, 1), QDate(2026, 5, 2), admin.user().id, QStringLiteral("研修")};
        qint64 absenceId = 0;
        KESSAI_TRY(absenceId = clerkOrg.addAbsence(clerk, own));
        QVERIFY(absenceId > 0);
        verifyAudited(connection, QStringLiteral("absence.add"), QStringLiteral("user"), ito.id,
                      QStringLiteral("ito_t"));
        QCOMPARE(AuditLog(connection).recent(1).first().realLogin,
                 as->viaActAs() ? db.defaultLogin() : QStringLiteral("ito_t"));
        QVERIFY(AuditLog(connection).verify().intact);
    }

    void unitsCannotFormACycle()
    {
        // Failed before: only a unit's own id was refused as its parent.
        StoreConnection &connection = *m_connection;
        Session admin(connection);
        OrgStore org(connection);
        Unit top = makeUnit(QStringLiteral("環境部"), QStringLiteral("環境部"), UnitLevel::Department);
        KESSAI_TRY(top.id = org.addUnit(admin, top));
        Unit middle = makeUnit(QStringLiteral("環境"), QStringLiteral("環境課"), UnitLevel::Division, top.id);
        KESSAI_TRY(middle.id = org.addUnit(admin, middle));
        Unit bottom =
            makeUnit(QStringLiteral("環境-計画"), QStringLiteral("計画係"), UnitLevel::Section, middle.id);
        KESSAI_TRY(bottom.id = org.addUnit(admin, bottom));
        QCOMPARE(org.parentCycle(top), QStringList());
        top.parentId = bottom.id;
        QCOMPARE(org.parentCycle(top), (QStringList{QStringLiteral("環境部"), QStringLiteral("環境-計画"),
                                                    QStringLiteral("環境"), QStringLiteral("環境部")}));
        const qint64 eventsBefore = test::rowCount(connection, QStringLiteral("audit_events"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, org.updateUnit(admin, top));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("cycle")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(org.unitById(top.id)->parentId, 0);
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), eventsBefore);
    }

    void theLastActiveAdministratorStaysOne()
    {
        // Failed before the fix: updateUser demoted or deactivated the only administrator, and
        // nobody could ever administer the organization again.
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        OrgStore org(connection);
        const qint64 eventsBefore = test::rowCount(connection, QStringLiteral("audit_events"));
        User demoted = admin.user();
        demoted.roles = {Role::Clerk, Role::Approver};
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, org.updateUser(admin, demoted));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("last active administrator")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY(test::lastErrorMessage().contains(admin.user().login));
        User deactivated = admin.user();
        deactivated.active = false;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, org.updateUser(admin, deactivated));
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), eventsBefore);
        QVERIFY(org.userById(admin.user().id)->active);
        QVERIFY(org.userById(admin.user().id)->hasRole(Role::Admin));

        // With a second active administrator either may step down, but not both; an inactive
        // administrator does not count.
        User second = makeUser(QStringLiteral("kanri_t"), QStringLiteral("管理 次郎"), 0, {Role::Admin});
        KESSAI_TRY(second.id = org.addUser(admin, second));
        User dormant = makeUser(QStringLiteral("kyushoku_t"), QStringLiteral("休職 三郎"), 0, {Role::Admin});
        dormant.active = false;
        KESSAI_TRY(org.addUser(admin, dormant));
        second.active = false;
        KESSAI_TRY(org.updateUser(admin, second));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, org.updateUser(admin, demoted));
        second.active = true;
        KESSAI_TRY(org.updateUser(admin, second));
        KESSAI_TRY(org.updateUser(admin, demoted));
        QVERIFY(!org.userById(admin.user().id)->hasRole(Role::Admin));
        // Changing the last administrator's unit or name is still allowed.
        second.displayName = QStringLiteral("管理 次郎（改）");
        KESSAI_TRY(org.updateUser(admin, second));
    }

    void nonAdministratorsCannotActAsOthers()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        OrgStore org(connection);
        User ito =
            makeUser(QStringLiteral("ito_t"), QStringLiteral("伊藤 拓也"), 0, {Role::Clerk, Role::Approver});
        {
            Session admin(connection);
            KESSAI_TRY(ito.id = org.addUser(admin, ito));
        }
        std::unique_ptr<StoreConnection> own;
        if (test::TestDatabase::isPostgreSQL()) {
            KESSAI_TRY(own = std::make_unique<StoreConnection>(db.urlAs(QStringLiteral("ito_t"))));
        } else {
            // On SQLite the identity is the OS account: make that account a non-administrator
            // (after naming another one: the last administrator cannot step down).
            Session admin(connection);
            KESSAI_TRY(org.addUser(
                admin, makeUser(QStringLiteral("kanri_t"), QStringLiteral("管理 次郎"), 0, {Role::Admin})));
            User demoted = admin.user();
            demoted.roles = {Role::Clerk};
            KESSAI_TRY(org.updateUser(admin, demoted));
        }
        StoreConnection &nonAdmin = own ? *own : connection;
        const QString other = own ? db.defaultLogin() : QStringLiteral("ito_t");
        const qint64 eventsBefore = test::rowCount(connection, QStringLiteral("audit_events"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, Session(nonAdmin, other));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("administrator")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), eventsBefore);
        // Naming oneself is not acting as another.
        std::optional<Session> self;
        KESSAI_TRY(self.emplace(nonAdmin, nonAdmin.identityLogin()));
        QVERIFY(!self->isActingAsOther());
    }
};

QTEST_GUILESS_MAIN(TestOrgStore)
#include "tst_orgstore.moc"
