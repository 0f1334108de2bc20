// SPDX-License-Identifier: GPL-3.0-or-later
// The 文書分類表 on both backends: a tree of at most four levels per 課, changed by a 文書管理者
// only, imported from CSV all or nothing (a cycle, a missing parent, a duplicate code named by
// line and column).
#include "core/audit/AuditLog.h"
#include "core/org/Session.h"
#include "core/records/FilingClassCsvImporter.h"
#include "core/records/FilingClassStore.h"
#include "core/store/StoreConnection.h"
#include "tests/records/RecordsFixture.h"

#include <QTest>

using namespace kessai;

class TestFilingClass : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;

    int import(const QByteArray &csv)
    {
        Session &kanri = m_fx.as("kanri_s");
        return FilingClassCsvImporter(kanri.connection()).import(kanri, m_fx.org.jinji, csv, QStringLiteral("分類表.csv"));
    }
    qint64 count() { return FilingClassStore(*m_fx.admin).list(m_fx.org.jinji).size(); }

private slots:
    void init() { KESSAI_TRY(m_fx.setUp()); }
    void cleanup() { m_fx.tearDown(); }

    void aTreeOfFourLevels()
    {
        const QList<FilingClass> tree = FilingClassStore(*m_fx.admin).list(m_fx.org.division);
        QCOMPARE(tree.size(), 5);
        QCOMPARE(tree.at(0).code, QStringLiteral("S"));
        QCOMPARE(tree.at(1).code, QStringLiteral("S1"));
        QCOMPARE(tree.at(2).depth, 3);
        QCOMPARE(tree.at(2).retention, RetentionPeriod::TenYears);
        const QList<FilingClass> path = FilingClassStore(*m_fx.admin).path(m_fx.leafRules);
        QCOMPARE(path.size(), 3);
        QCOMPARE(path.first().name, QStringLiteral("総務"));

        Session &kanri = m_fx.as("kanri_s");
        FilingClassStore store(kanri.connection());
        FilingClass fine;
        fine.code = QStringLiteral("S1-1-a");
        fine.name = QStringLiteral("条例");
        fine.parentCode = QStringLiteral("S1-1");
        fine.retention = RetentionPeriod::ThirtyYears;
        fine.disposition = Disposition::Transfer;
        KESSAI_TRY(store.add(kanri, m_fx.org.division, fine));
        FilingClass fifth = fine;
        fifth.code = QStringLiteral("S1-1-a-i");
        fifth.parentCode = QStringLiteral("S1-1-a");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.add(kanri, m_fx.org.division, fifth));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.add(kanri, m_fx.org.division, fine)); // duplicate
        // Only a records manager changes it.
        Session &ito = m_fx.as("ito_t");
        fifth.parentCode = QStringLiteral("S1");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FilingClassStore(ito.connection()).add(ito, m_fx.org.division, fifth));
    }

    void renamedRedefaultedAndDeletedOnlyWhenUnused()
    {
        Session &kanri = m_fx.as("kanri_s");
        FilingClassStore store(kanri.connection());
        // Rename a leaf and keep it longer by default (no 簿冊 made from S1-3 yet).
        KESSAI_TRY(store.update(kanri, m_fx.leafMinor, QStringLiteral("軽易な照会"), RetentionPeriod::OneYear, Disposition::Destroy));
        auto leaf = store.byId(m_fx.leafMinor);
        QCOMPARE(leaf->name, QStringLiteral("軽易な照会"));
        QCOMPARE(leaf->retention, RetentionPeriod::OneYear);
        QCOMPARE(AuditLog(*m_fx.admin).recent(1).first().action, QStringLiteral("classification.update"));
        // A leaf has both defaults; an entry with entries below it has none.
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.update(kanri, m_fx.leafMinor, QStringLiteral("x"), RetentionPeriod::OneYear, std::nullopt));
        const qint64 middle = store.byCode(m_fx.org.division, QStringLiteral("S1"))->id;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.update(kanri, middle, QStringLiteral("文書"), RetentionPeriod::OneYear, Disposition::Destroy));
        KESSAI_TRY(store.update(kanri, middle, QStringLiteral("文書の管理"), std::nullopt, std::nullopt));
        QCOMPARE(store.byId(middle)->name, QStringLiteral("文書の管理"));
        // A 簿冊 made from S1-2 keeps 3年: its default does not become longer than that.
        KESSAI_TRY(m_fx.file(2026, QStringLiteral("照会"), m_fx.leafQueries)); // the leaf is in use now
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            store.update(kanri, m_fx.leafQueries, QStringLiteral("照会"), RetentionPeriod::TenYears, Disposition::Destroy));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("照会")), qPrintable(test::lastErrorMessage()));
        QCOMPARE(store.byId(m_fx.leafQueries)->retention, RetentionPeriod::ThreeYears);
        // Deleted only when unused: not S1 (entries below), not S1-2 (a 簿冊), S1-3 yes.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.remove(kanri, middle));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("below")), qPrintable(test::lastErrorMessage()));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.remove(kanri, m_fx.leafQueries));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("簿冊")), qPrintable(test::lastErrorMessage()));
        KESSAI_TRY(store.remove(kanri, m_fx.leafMinor));
        QVERIFY(!store.byId(m_fx.leafMinor));
        QCOMPARE(AuditLog(*m_fx.admin).recent(1).first().action, QStringLiteral("classification.remove"));
        // A clerk changes nothing.
        Session &ito = m_fx.as("ito_t");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FilingClassStore(ito.connection()).remove(ito, m_fx.leafRules));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            FilingClassStore(ito.connection()).update(ito, m_fx.leafRules, QStringLiteral("x"), std::nullopt, std::nullopt));
    }

    void importsACsvFromExcel()
    {
        // Japanese headings, BOM and CRLF as Excel saves them; a child before its parent.
        const QByteArray csv = QByteArray("\xEF\xBB\xBF") +
                               QStringLiteral("分類コード,上位コード,名称,保存期間,満了時の措置\r\n"
                                              "J1-1,J1,任用,30年,移管\r\n"
                                              "J,,人事,,\r\n"
                                              "J1,J,任免,,\r\n"
                                              "J1-2,J1,研修,1年未満,廃棄\r\n"
                                              "J2,J,給与台帳,常用,廃棄\r\n")
                                   .toUtf8();
        int added = 0;
        KESSAI_TRY(added = import(csv));
        QCOMPARE(added, 5);
        const auto leaf = FilingClassStore(*m_fx.admin).byCode(m_fx.org.jinji, QStringLiteral("J1-1"));
        QVERIFY(leaf);
        QCOMPARE(leaf->depth, 3);
        QCOMPARE(leaf->retention, RetentionPeriod::ThirtyYears);
        QCOMPARE(leaf->disposition, Disposition::Transfer);
        QCOMPARE(FilingClassStore(*m_fx.admin).byCode(m_fx.org.jinji, QStringLiteral("J2"))->retention,
                 RetentionPeriod::InUse);
    }

    void badFilesAreRefusedWithLineAndColumn_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        const QString header = QStringLiteral("code,parent,name,retention,disposition\n");
        QTest::newRow("cycle") << header + QStringLiteral("A,,人事,,\nB,C,任免,,\nC,B,任用,10,移管\n")
                               << QStringLiteral("line 3, column \"parent\": the parents form a cycle: B → C → B");
        QTest::newRow("missing parent") << header + QStringLiteral("A,,人事,,\nB,X,任免,10,移管\n")
                                        << QStringLiteral("line 3, column \"parent\": the parent \"X\"");
        QTest::newRow("duplicate code") << header + QStringLiteral("A,,人事,,\nB,A,任免,10,移管\nB,A,任用,10,移管\n")
                                        << QStringLiteral("line 4, column \"code\": the code \"B\" appears twice (also on line 3)");
        QTest::newRow("unknown period") << header + QStringLiteral("A,,人事,7年,廃棄\n")
                                        << QStringLiteral("line 2, column \"retention\"");
        QTest::newRow("leaf without period") << header + QStringLiteral("A,,人事,,\nB,A,任免,,廃棄\n")
                                             << QStringLiteral("line 3, column \"retention\"");
        QTest::newRow("fifth level") << header + QStringLiteral("A,,1,,\nB,A,2,,\nC,B,3,,\nD,C,4,,\nE,D,5,10,廃棄\n")
                                     << QStringLiteral("line 6, column \"parent\"");
    }
    void badFilesAreRefusedWithLineAndColumn()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, import(csv.toUtf8()));
        QVERIFY2(test::lastErrorMessage().contains(expected), qPrintable(test::lastErrorMessage()));
        QVERIFY(test::lastErrorMessage().startsWith(QStringLiteral("分類表.csv: ")));
        QCOMPARE(count(), 0); // nothing imported
    }
};

QTEST_GUILESS_MAIN(TestFilingClass)
#include "tst_filingclass.moc"
