// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly 人事異動 CSV: adds, then updates by code and login; any bad row names its line
// and column and nothing at all is imported; Excel's Shift_JIS and UTF-8 with BOM both work.
#include "core/audit/AuditLog.h"
#include "core/org/OrgCsvImporter.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/org/UnitLevelText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <memory>

using namespace kessai;

namespace {
const QString kHeader =
    QStringLiteral("record,code,name,level,parent,order,login,kana,title,unit,roles,active\n");

// Header and 7 records: lines 1-8.
const QString kOrganization =
    kHeader +
    QStringLiteral("unit,総務部,総務部,department,,,,,,,,\n"
                   "unit,総務,総務課,division,総務部,,,,,,,\n"
                   "unit,総務-文書,文書係,係,総務,,,,,,,\n"
                   "unit,人事,人事課,課,総務部,20,,,,,,\n"
                   "user,,山本 健一,,,,yamamoto.k,やまもと けんいち,部長,総務部,approver|clerk,\n"
                   "user,,佐藤 由美,,,,sato.y,さとう ゆみ,係長,総務-文書,clerk approver records_manager,yes\n"
                   "user,,伊藤 拓也,,,,ito.t,いとう たくや,係員,総務-文書,,\n");

// The next year's version: 伊藤 moves to 人事課, 佐藤 retires, 文書係 is renamed.
const QString kTransfers =
    kHeader + QStringLiteral("unit,総務部,総務部,department,,,,,,,,\n"
                             "unit,総務,総務課,division,総務部,,,,,,,\n"
                             "unit,総務-文書,文書管理係,section,総務,,,,,,,\n"
                             "unit,人事,人事課,division,総務部,20,,,,,,\n"
                             "user,,山本 健一,,,,yamamoto.k,やまもと けんいち,部長,総務部,approver|clerk,\n"
                             "user,,佐藤 由美,,,,sato.y,さとう ゆみ,係長,総務-文書,clerk,no\n"
                             "user,,伊藤 拓也,,,,ito.t,いとう たくや,主任,人事,clerk,yes\n");

struct Snapshot
{
    qint64 units = 0;
    qint64 users = 0;
    qint64 roles = 0;
    qint64 events = 0;
    bool operator==(const Snapshot &o) const
    {
        return units == o.units && users == o.users && roles == o.roles && events == o.events;
    }
};

Snapshot snapshot(StoreConnection &connection)
{
    return {test::rowCount(connection, QStringLiteral("units")),
            test::rowCount(connection, QStringLiteral("users")),
            test::rowCount(connection, QStringLiteral("user_roles")),
            test::rowCount(connection, QStringLiteral("audit_events"))};
}
} // namespace

namespace QTest {
template <>
char *toString(const Snapshot &s)
{
    return qstrdup(QStringLiteral("units=%1 users=%2 roles=%3 events=%4")
                       .arg(s.units)
                       .arg(s.users)
                       .arg(s.roles)
                       .arg(s.events)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestOrgCsvImporter : public QObject
{
    Q_OBJECT

    // For the rows that must import nothing: one organization, never changed.
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;

    /// Imports csv into a fresh organization and checks the names came through intact.
    void importIntoFreshOrganization(const QByteArray &csv)
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        OrgCsvImporter::Result result;
        KESSAI_TRY(result = OrgCsvImporter(admin).import(csv, QStringLiteral("excel.csv")));
        QCOMPARE(result.unitsAdded, 4);
        QCOMPARE(result.usersAdded, 3);
        OrgStore org(connection);
        QCOMPARE(org.unitByCode(QStringLiteral("総務-文書"))->name, QStringLiteral("文書係"));
        const std::optional<User> yamamoto = org.userByLogin(QStringLiteral("yamamoto.k"));
        QVERIFY(yamamoto);
        QCOMPARE(yamamoto->displayName, QStringLiteral("山本 健一"));
        QCOMPARE(yamamoto->kana, QStringLiteral("やまもと けんいち"));
        QCOMPARE(yamamoto->titleName, QStringLiteral("部長"));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpOrganization(*m_connection));
        Session admin(*m_connection);
        User clerk;
        clerk.login = QStringLiteral("ito_t");
        clerk.displayName = QStringLiteral("伊藤");
        clerk.roles = {Role::Clerk};
        KESSAI_TRY(OrgStore(*m_connection).addUser(admin, clerk));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    // One reading of a unit level for the CSV import and kessai-cli org unit (they had a copy each).
    void unitLevelsAreReadAsPeopleWriteThem()
    {
        QVERIFY(parseUnitLevel(QStringLiteral("division")) == UnitLevel::Division);
        QVERIFY(parseUnitLevel(QStringLiteral(" Department ")) == UnitLevel::Department);
        QVERIFY(parseUnitLevel(QStringLiteral("係")) == UnitLevel::Section);
        QVERIFY(parseUnitLevel(QStringLiteral("その他")) == UnitLevel::Office);
        QVERIFY(!parseUnitLevel(QStringLiteral("課長")));
        QVERIFY(!parseUnitLevel(QString()));
    }

    void importsThenUpdatesByCodeAndLogin()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        OrgStore org(connection);
        OrgCsvImporter importer(admin);
        OrgCsvImporter::Result result;
        KESSAI_TRY(result = importer.import(kOrganization.toUtf8(), QStringLiteral("2026.csv")));
        QCOMPARE(result.unitsAdded, 4);
        QCOMPARE(result.unitsUpdated, 0);
        QCOMPARE(result.usersAdded, 3);
        QCOMPARE(result.usersUpdated, 0);
        QCOMPARE(org.units().size(), 4);
        QCOMPARE(org.unitByCode(QStringLiteral("総務-文書"))->level, UnitLevel::Section);
        QCOMPARE(org.unitByCode(QStringLiteral("総務-文書"))->parentId,
                 org.unitByCode(QStringLiteral("総務"))->id);
        QCOMPARE(org.unitByCode(QStringLiteral("人事"))->sortOrder, 20);
        const std::optional<User> sato = org.userByLogin(QStringLiteral("sato.y"));
        QVERIFY(sato);
        QCOMPARE(sato->roles, (QList<Role>{Role::Approver, Role::Clerk, Role::RecordsManager}));
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->roles, QList<Role>{Role::Clerk}); // the default
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->unitName, QStringLiteral("文書係"));
        const AuditEvent event = AuditLog(connection).recent(1).first();
        QCOMPARE(event.action, QStringLiteral("organization.import"));
        QVERIFY(event.details.contains(QStringLiteral("2026.csv")));

        const qint64 usersBefore = test::rowCount(connection, QStringLiteral("users"));
        KESSAI_TRY(result = importer.import(kTransfers.toUtf8(), QStringLiteral("2027.csv")));
        QCOMPARE(result.unitsAdded, 0);
        QCOMPARE(result.unitsUpdated, 4);
        QCOMPARE(result.usersAdded, 0);
        QCOMPARE(result.usersUpdated, 3);
        QCOMPARE(test::rowCount(connection, QStringLiteral("users")), usersBefore); // updated, not duplicated
        QCOMPARE(test::rowCount(connection, QStringLiteral("units")), 4);
        const std::optional<User> ito = org.userByLogin(QStringLiteral("ito.t"));
        QCOMPARE(ito->unitId, org.unitByCode(QStringLiteral("人事"))->id);
        QCOMPARE(ito->titleName, QStringLiteral("主任"));
        QVERIFY(ito->active);
        QVERIFY(!org.userByLogin(QStringLiteral("sato.y"))->active);
        QCOMPARE(org.userByLogin(QStringLiteral("sato.y"))->roles, QList<Role>{Role::Clerk});
        QCOMPARE(org.unitByCode(QStringLiteral("総務-文書"))->name, QStringLiteral("文書管理係"));
        int activeStaff = 0;
        for (const User &user : org.users())
            activeStaff += user.login.contains(QLatin1Char('.')) ? 1 : 0;
        QCOMPARE(activeStaff, 2);
        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }

    void anyColumnOrderAndSubset()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        const QByteArray csv = QStringLiteral("Login,Unit,RECORD,name,code,level\n"
                                              ",,unit,総務課,総務,division\n"
                                              "ito.t,総務,user,伊藤 拓也,,\n")
                                   .toUtf8();
        OrgCsvImporter::Result result;
        KESSAI_TRY(result = OrgCsvImporter(admin).import(csv, QStringLiteral("short.csv")));
        QCOMPARE(result.unitsAdded, 1);
        QCOMPARE(result.usersAdded, 1);
        QCOMPARE(OrgStore(connection).userByLogin(QStringLiteral("ito.t"))->unitName,
                 QStringLiteral("総務課"));
    }

    // The 内線 comes with the organization data (the 鑑 shows it): typed full width it is stored
    // as digits; a later file without the column leaves it as it was, one with the column sets it.
    void extensionColumn()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        const QString csv = QStringLiteral("record,code,name,level,login,unit,extension\n"
                                           "unit,総務,総務課,division,,,\n"
                                           "user,,伊藤 拓也,,ito.t,総務,２３４５\n");
        KESSAI_TRY(OrgCsvImporter(admin).import(csv.toUtf8(), QStringLiteral("org.csv")));
        OrgStore org(connection);
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->extension, QStringLiteral("2345"));
        KESSAI_TRY(OrgCsvImporter(admin).import(
            QStringLiteral("record,name,login,unit,kana\nuser,伊藤 拓也,ito.t,総務,いとう\n").toUtf8(),
            QStringLiteral("no-extension.csv")));
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->kana, QStringLiteral("いとう"));
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->extension, QStringLiteral("2345"));
        KESSAI_TRY(OrgCsvImporter(admin).import(
            QStringLiteral("record,name,login,unit,extension\nuser,伊藤 拓也,ito.t,総務,03-1234-5678\n").toUtf8(),
            QStringLiteral("new-extension.csv")));
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->extension, QStringLiteral("03-1234-5678"));
    }

    void invalidRowsImportNothing_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("column");
        // Each bad row comes after seven good ones (lines 2-8), which must not be imported either.
        auto after = [](const char16_t *row) { return kOrganization + QString::fromUtf16(row); };
        QTest::newRow("unknown level") << after(u"unit,新,新課,bureau,総務部,,,,,,,\n")
                                       << QStringLiteral("line 9") << QStringLiteral("level");
        QTest::newRow("unknown parent") << after(u"unit,新,新課,division,存在しない部,,,,,,,\n")
                                        << QStringLiteral("line 9") << QStringLiteral("parent");
        QTest::newRow("unknown title") << after(u"user,,新人,,,,new.one,,社長,総務,,\n")
                                       << QStringLiteral("line 9") << QStringLiteral("title");
        QTest::newRow("unknown role") << after(u"user,,新人,,,,new.one,,係員,総務,clerk|superuser,\n")
                                      << QStringLiteral("line 9") << QStringLiteral("roles");
        QTest::newRow("bad login") << after(u"user,,新人,,,,new one,,係員,総務,,\n")
                                   << QStringLiteral("line 9") << QStringLiteral("login");
        QTest::newRow("unknown unit") << after(u"user,,新人,,,,new.one,,係員,存在しない課,,\n")
                                      << QStringLiteral("line 9") << QStringLiteral("unit");
        QTest::newRow("missing name") << after(u"user,,,,,,new.one,,係員,総務,,\n")
                                      << QStringLiteral("line 9") << QStringLiteral("name");
        QTest::newRow("unknown record type")
            << after(u"group,x,x,,,,,,,,,\n") << QStringLiteral("line 9") << QStringLiteral("record");
        QTest::newRow("active neither yes nor no") << after(u"user,,新人,,,,new.one,,係員,総務,,maybe\n")
                                                   << QStringLiteral("line 9") << QStringLiteral("active");
        QTest::newRow("order not a number") << after(u"unit,新,新課,division,総務部,first,,,,,,\n")
                                            << QStringLiteral("line 9") << QStringLiteral("order");
        QTest::newRow("removing one's own admin role") << after(u"user,,管理 太郎,,,,@ME@,,,総務,clerk,\n")
                                                       << QStringLiteral("line 9") << QStringLiteral("roles");
        QTest::newRow("unknown column in the header")
            << QString(kOrganization).replace(QStringLiteral(",active\n"), QStringLiteral(",active,phone\n"))
            << QStringLiteral("line 1") << QStringLiteral("phone");
        QTest::newRow("extension that is not a number")
            << QString(kOrganization).replace(QStringLiteral(",active\n"), QStringLiteral(",active,extension\n")) +
                   QStringLiteral("user,,新人,,,,new.one,,係員,総務,,,内線なし\n")
            << QStringLiteral("line 9") << QStringLiteral("extension");
        QTest::newRow("unclosed quote") << after(u"user,,\"新人,,,,new.one,,係員,総務,,\n")
                                        << QStringLiteral("line 9") << QStringLiteral("name");
        // A quoted name spanning two lines shifts the following lines' numbers.
        QTest::newRow("line numbers after a multi-line field")
            << after(u"unit,新,\"新しい\n課\",division,総務部,,,,,,,\nunit,新2,x,bureau,,,,,,,,\n")
            << QStringLiteral("line 11") << QStringLiteral("level");
    }

    void invalidRowsImportNothing()
    {
        QFETCH(QString, csv);
        QFETCH(QString, line);
        QFETCH(QString, column);
        StoreConnection &connection = *m_connection;
        Session admin(connection);
        csv.replace(QStringLiteral("@ME@"), admin.user().login);
        const Snapshot before = snapshot(connection);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            OrgCsvImporter(admin).import(csv.toUtf8(), QStringLiteral("異動.csv")));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.startsWith(QStringLiteral("異動.csv: ")), qPrintable(message));
        QVERIFY2(message.contains(line + QLatin1Char(',')), qPrintable(message));
        QVERIFY2(message.contains(column), qPrintable(message));
        QCOMPARE(snapshot(connection), before);
        QVERIFY(!OrgStore(connection).unitByCode(QStringLiteral("総務")));
        QVERIFY(admin.user().hasRole(Role::Admin));
    }

    void onlyAnAdministratorImports()
    {
        std::unique_ptr<test::SessionAs> as;
        KESSAI_TRY(as = std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
        const Snapshot before = snapshot(*m_connection);
        KESSAI_EXPECT_ERROR(
            StoreError::Kind::Refused,
            OrgCsvImporter(as->session()).import(kOrganization.toUtf8(), QStringLiteral("a.csv")));
        QCOMPARE(snapshot(*m_connection), before);
    }

    void shiftJisFromExcel()
    {
        QStringEncoder encoder("Shift_JIS");
        if (!encoder.isValid())
            QSKIP("this Qt has no Shift_JIS codec");
        const QByteArray csv =
            encoder.encode(QString(kOrganization).replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
        QVERIFY(!encoder.hasError());
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString notUtf8 = utf8.decode(csv); // conversion runs the decoder
        QVERIFY(utf8.hasError());
        importIntoFreshOrganization(csv);
    }

    void utf8WithBom()
    {
        importIntoFreshOrganization(QByteArrayLiteral("\xEF\xBB\xBF") + kOrganization.toUtf8());
    }

    void quotedFieldsWithCommasAndLineBreaks()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(test::setUpOrganization(connection));
        Session admin(connection);
        const QByteArray csv =
            (kHeader + QStringLiteral("unit,総務,\"総務課, 文書担当\",division,,,,,,,,\n"
                                      "user,,\"伊藤\n拓也\",,,,ito.t,\"いとう \"\"たくや\"\"\",,総務,,\n"))
                .toUtf8();
        KESSAI_TRY(OrgCsvImporter(admin).import(csv, QStringLiteral("quoted.csv")));
        OrgStore org(connection);
        QCOMPARE(org.unitByCode(QStringLiteral("総務"))->name, QStringLiteral("総務課, 文書担当"));
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->displayName, QStringLiteral("伊藤\n拓也"));
        QCOMPARE(org.userByLogin(QStringLiteral("ito.t"))->kana, QStringLiteral("いとう \"たくや\""));
    }
};

QTEST_GUILESS_MAIN(TestOrgCsvImporter)
#include "tst_orgcsvimporter.moc"
