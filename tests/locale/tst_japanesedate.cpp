// SPDX-License-Identifier: GPL-3.0-or-later
#include "locale/JapaneseDate.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <time.h>
#include <vector>

using kessai::JapaneseDate;

namespace {

void setLocalZone(const QByteArray &zone)
{
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
}

} // namespace

class TestJapaneseDate : public QObject
{
    Q_OBJECT

private slots:
    void compactBoth_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reiwa") << QDate(2026, 11, 21) << QStringLiteral("R8.11.21 (2026-11-21)");
        QTest::newRow("heisei last day") << QDate(2019, 4, 30) << QStringLiteral("H31.4.30 (2019-04-30)");
        QTest::newRow("reiwa first day") << QDate(2019, 5, 1) << QStringLiteral("R元.5.1 (2019-05-01)");
        QTest::newRow("showa") << QDate(1989, 1, 7) << QStringLiteral("S64.1.7 (1989-01-07)");
        QTest::newRow("invalid") << QDate() << QString();
    }

    void compactBoth()
    {
        QFETCH(QDate, date);
        QTEST(JapaneseDate::compactBoth(date), "expected");
    }

    void initTestCase();
    void cleanupTestCase();
    void init();

    void eraDate_data();
    void eraDate();
    void eraDateIgnoresLocalZone_data();
    void eraDateIgnoresLocalZone();
    void eraYear_data();
    void eraYear();
    void fiscalYearLabel_data();
    void fiscalYearLabel();
    void both_data();
    void both();
    void dateTime_data();
    void dateTime();
    void dateTimeUsesLocalZone();
    void threads();

private:
    QByteArray m_originalZone;
};

void TestJapaneseDate::initTestCase()
{
    m_originalZone = qEnvironmentVariableIsSet("TZ") ? qgetenv("TZ") : QByteArray();
}

void TestJapaneseDate::cleanupTestCase()
{
    setLocalZone(m_originalZone);
}

void TestJapaneseDate::init()
{
    setLocalZone(QByteArrayLiteral("Asia/Tokyo"));
}

void TestJapaneseDate::eraDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ordinary") << QDate(2026, 11, 21) << QStringLiteral("令和8年11月21日");
    QTest::newRow("reiwa first day") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
    QTest::newRow("heisei last day") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
    QTest::newRow("reiwa 2 new year") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
    QTest::newRow("heisei first day") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
    QTest::newRow("showa last day") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
    QTest::newRow("showa first day") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
    QTest::newRow("taisho last day") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
    QTest::newRow("taisho first day") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
    QTest::newRow("meiji last day") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日");
    QTest::newRow("gregorian adoption") << QDate(1873, 1, 1) << QStringLiteral("明治6年1月1日");
    QTest::newRow("before gregorian adoption is ISO") << QDate(1872, 12, 31) << QStringLiteral("1872-12-31");
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QStringLiteral("令和6年2月29日");
    QTest::newRow("invalid") << QDate() << QString();
    QTest::newRow("impossible day") << QDate(2026, 2, 30) << QString();
}

void TestJapaneseDate::eraDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::eraDate(date), expected);
}

void TestJapaneseDate::eraDateIgnoresLocalZone_data()
{
    QTest::addColumn<QByteArray>("zone");

    QTest::newRow("UTC+14") << QByteArrayLiteral("Pacific/Kiritimati");
    QTest::newRow("UTC-11") << QByteArrayLiteral("Pacific/Pago_Pago");
    QTest::newRow("UTC-5/-4") << QByteArrayLiteral("America/New_York");
}

void TestJapaneseDate::eraDateIgnoresLocalZone()
{
    QFETCH(QByteArray, zone);
    setLocalZone(zone);
    QCOMPARE(JapaneseDate::eraDate(QDate(2019, 5, 1)), QStringLiteral("令和元年5月1日"));
    QCOMPARE(JapaneseDate::eraDate(QDate(2019, 4, 30)), QStringLiteral("平成31年4月30日"));
}

void TestJapaneseDate::eraYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2026") << 2026 << 4 << 1 << QStringLiteral("令和8年");
    QTest::newRow("2019-04-30") << 2019 << 4 << 30 << QStringLiteral("平成31年");
    QTest::newRow("2019-05-01") << 2019 << 5 << 1 << QStringLiteral("令和元年");
    QTest::newRow("1989-01-07") << 1989 << 1 << 7 << QStringLiteral("昭和64年");
    QTest::newRow("1989-01-08") << 1989 << 1 << 8 << QStringLiteral("平成元年");
    QTest::newRow("before gregorian adoption") << 1868 << 10 << 23 << QStringLiteral("1868年");
    QTest::newRow("invalid month") << 2026 << 13 << 1 << QString();
    QTest::newRow("not a leap year") << 2026 << 2 << 29 << QString();
    QTest::newRow("year zero") << 0 << 4 << 1 << QString();
}

void TestJapaneseDate::eraYear()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::eraYear(year, month, day), expected);
    if (month == 4 && day == 1)
        QCOMPARE(JapaneseDate::eraYear(year), expected);
}

void TestJapaneseDate::fiscalYearLabel_data()
{
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2018") << 2018 << QStringLiteral("平成30年度");
    QTest::newRow("2019 starts in heisei, named reiwa") << 2019 << QStringLiteral("令和元年度");
    QTest::newRow("2020") << 2020 << QStringLiteral("令和2年度");
    QTest::newRow("2026") << 2026 << QStringLiteral("令和8年度");
    QTest::newRow("1988 ends in heisei, named showa") << 1988 << QStringLiteral("昭和63年度");
    QTest::newRow("1989") << 1989 << QStringLiteral("平成元年度");
    QTest::newRow("1873") << 1873 << QStringLiteral("明治6年度");
    QTest::newRow("before gregorian adoption") << 1872 << QStringLiteral("1872年度");
    QTest::newRow("year zero") << 0 << QString();
}

void TestJapaneseDate::fiscalYearLabel()
{
    QFETCH(int, fiscalYear);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::fiscalYearLabel(fiscalYear), expected);
}

void TestJapaneseDate::both_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ordinary") << QDate(2026, 11, 21) << QStringLiteral("令和8年11月21日 (2026-11-21)");
    QTest::newRow("reiwa first day") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日 (2019-05-01)");
    QTest::newRow("showa last day") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日 (1989-01-07)");
    QTest::newRow("before gregorian adoption, ISO once")
        << QDate(1868, 10, 23) << QStringLiteral("1868-10-23");
    QTest::newRow("invalid") << QDate() << QString();
}

void TestJapaneseDate::both()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::both(date), expected);
}

void TestJapaneseDate::dateTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    // The local zone is Asia/Tokyo (UTC+9) here.
    QTest::newRow("ordinary") << QDateTime(QDate(2026, 11, 21), QTime(8, 35), Qt::UTC)
                              << QStringLiteral("令和8年11月21日 17:35");
    QTest::newRow("seconds dropped") << QDateTime(QDate(2026, 11, 21), QTime(8, 35, 59, 999), Qt::UTC)
                                     << QStringLiteral("令和8年11月21日 17:35");
    QTest::newRow("last minute of heisei")
        << QDateTime(QDate(2019, 4, 30), QTime(14, 59), Qt::UTC) << QStringLiteral("平成31年4月30日 23:59");
    QTest::newRow("reiwa begins at local midnight")
        << QDateTime(QDate(2019, 4, 30), QTime(15, 0), Qt::UTC) << QStringLiteral("令和元年5月1日 00:00");
    QTest::newRow("local input") << QDateTime(QDate(2026, 11, 21), QTime(17, 35), Qt::LocalTime)
                                 << QStringLiteral("令和8年11月21日 17:35");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestJapaneseDate::dateTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::dateTime(time), expected);
}

void TestJapaneseDate::dateTimeUsesLocalZone()
{
    setLocalZone(QByteArrayLiteral("America/New_York"));
    // 2019-05-01 03:00 UTC is still 2019-04-30 23:00 in New York (EDT, UTC-4).
    QCOMPARE(JapaneseDate::dateTime(QDateTime(QDate(2019, 5, 1), QTime(3, 0), Qt::UTC)),
             QStringLiteral("平成31年4月30日 23:00"));
    QCOMPARE(JapaneseDate::dateTime(QDateTime(QDate(2026, 11, 21), QTime(8, 35), Qt::UTC)),
             QStringLiteral("令和8年11月21日 03:35"));
}

void TestJapaneseDate::threads()
{
    const QDate first(1985, 1, 1);
    constexpr int days = 15000; // into 2026, across the 平成 and 令和 boundaries
    QStringList expected;
    for (int i = 0; i < days; ++i)
        expected.append(JapaneseDate::eraDate(first.addDays(i)));

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < days; ++i) {
                if (JapaneseDate::eraDate(first.addDays(i)) != expected.at(i))
                    ++mismatches;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
    QCOMPARE(expected.at(int(first.daysTo(QDate(2019, 5, 1)))), QStringLiteral("令和元年5月1日"));
}

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanesedate.moc"
