// SPDX-License-Identifier: GPL-3.0-or-later
// The fiscal-year rules of a 簿冊's dates (RetentionRules), values in, values out.
#include "core/records/RetentionRules.h"

#include <QTest>

using namespace kessai;

class TestRetentionRules : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheAprilFirstAfterTheYearOfCompletion_data()
    {
        QTest::addColumn<int>("fileYear");
        QTest::addColumn<QDate>("lastCompleted");
        QTest::addColumn<QDate>("starts");
        QTest::newRow("no document yet") << 2025 << QDate() << QDate(2026, 4, 1);
        QTest::newRow("decided in March: same fiscal year") << 2025 << QDate(2026, 3, 31) << QDate(2026, 4, 1);
        QTest::newRow("decided in April: the next fiscal year") << 2025 << QDate(2026, 4, 1) << QDate(2027, 4, 1);
        QTest::newRow("decided in the file's own year") << 2025 << QDate(2025, 4, 1) << QDate(2026, 4, 1);
        QTest::newRow("January belongs to the year before") << 2025 << QDate(2026, 1, 15) << QDate(2026, 4, 1);
    }
    void startsOnTheAprilFirstAfterTheYearOfCompletion()
    {
        QFETCH(int, fileYear);
        QFETCH(QDate, lastCompleted);
        QFETCH(QDate, starts);
        QCOMPARE(RetentionRules::startsOn(fileYear, lastCompleted), starts);
    }

    void expiresTheDayBeforeTheAnniversary_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("expires");
        QTest::newRow("1年未満") << int(RetentionPeriod::UnderOneYear) << QDate(2026, 3, 31);
        QTest::newRow("1年") << int(RetentionPeriod::OneYear) << QDate(2027, 3, 31);
        QTest::newRow("3年") << int(RetentionPeriod::ThreeYears) << QDate(2029, 3, 31);
        QTest::newRow("5年") << int(RetentionPeriod::FiveYears) << QDate(2031, 3, 31);
        QTest::newRow("10年") << int(RetentionPeriod::TenYears) << QDate(2036, 3, 31);
        QTest::newRow("30年") << int(RetentionPeriod::ThirtyYears) << QDate(2056, 3, 31);
        QTest::newRow("常用: none") << int(RetentionPeriod::InUse) << QDate();
    }
    void expiresTheDayBeforeTheAnniversary()
    {
        QFETCH(int, period);
        QFETCH(QDate, expires);
        QCOMPARE(RetentionRules::expiresOn(QDate(2026, 4, 1), RetentionPeriod(period)), expires);
    }

    void lifecycleReadsTheDates()
    {
        const QDate today(2026, 12, 3); // fiscal 2026; the next fiscal year ends 2028-03-31
        using L = FileLifecycle;
        using S = FileState;
        QCOMPARE(RetentionRules::lifecycle(S::Open, QDate(2027, 4, 1), QDate(2037, 3, 31), false, today), L::InUse);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2027, 4, 1), QDate(2037, 3, 31), false, today), L::Completed);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2020, 4, 1), QDate(2030, 3, 31), false, today), L::Kept);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2018, 4, 1), QDate(2028, 3, 31), false, today),
                 L::ExpiringSoon);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2018, 4, 1), QDate(2028, 4, 1), false, today), L::Kept);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2010, 4, 1), QDate(2020, 3, 31), false, today),
                 L::ExpiringSoon);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2010, 4, 1), QDate(2030, 3, 31), true, today), L::Extended);
        QCOMPARE(RetentionRules::lifecycle(S::Closed, QDate(2010, 4, 1), QDate(), false, today), L::Kept);
        QCOMPARE(RetentionRules::lifecycle(S::Destroyed, {}, {}, false, today), L::Destroyed);
        QCOMPARE(RetentionRules::lifecycle(S::TransferPending, {}, {}, false, today), L::TransferPending);
        QCOMPARE(RetentionRules::nextFiscalYearEnd(QDate(2027, 3, 31)), QDate(2028, 3, 31));
        QCOMPARE(RetentionRules::nextFiscalYearEnd(QDate(2027, 4, 1)), QDate(2029, 3, 31));
    }

    void retentionTextsOfTheOfficeSheet()
    {
        QCOMPARE(RecordTerms::retentionFromText(QStringLiteral("10年")), RetentionPeriod::TenYears);
        QCOMPARE(RecordTerms::retentionFromText(QStringLiteral("30")), RetentionPeriod::ThirtyYears);
        QCOMPARE(RecordTerms::retentionFromText(QStringLiteral("1年未満")), RetentionPeriod::UnderOneYear);
        QCOMPARE(RecordTerms::retentionFromText(QStringLiteral("常用")), RetentionPeriod::InUse);
        QVERIFY(!RecordTerms::retentionFromText(QStringLiteral("7年")));
        QVERIFY(RetentionPeriod::FiveYears < RetentionPeriod::TenYears);
        QVERIFY(RetentionPeriod::ThirtyYears < RetentionPeriod::InUse);
    }
};

QTEST_GUILESS_MAIN(TestRetentionRules)
#include "tst_retentionrules.moc"
