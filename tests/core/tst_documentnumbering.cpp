// SPDX-License-Identifier: GPL-3.0-or-later
// 文書番号 and 年度: running numbers per unit and fiscal year (April–March), gapless under
// concurrent submissions and never consumed by a rolled-back transaction.
#include "core/documents/DocumentNumbering.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QMutex>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace kessai;

class TestDocumentNumbering : public QObject
{
    Q_OBJECT

    // One organization with two units for the whole suite; each test numbers its own
    // fiscal years so that tests do not see each other's counters.
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    qint64 m_soumu = 0;
    qint64 m_jinji = 0;

    qint64 addDivision(const QString &code)
    {
        Session admin(*m_connection);
        Unit unit;
        unit.code = code;
        unit.name = code + QStringLiteral("課");
        return OrgStore(*m_connection).addUnit(admin, unit);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpOrganization(*m_connection));
        KESSAI_TRY(m_soumu = addDivision(QStringLiteral("総務")));
        KESSAI_TRY(m_jinji = addDivision(QStringLiteral("人事")));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void fiscalYear_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("fiscalYear");
        QTest::newRow("last day of FY2025") << QDate(2026, 3, 31) << 2025;
        QTest::newRow("first day of FY2026") << QDate(2026, 4, 1) << 2026;
        QTest::newRow("new year's day") << QDate(2027, 1, 1) << 2026;
        QTest::newRow("december") << QDate(2026, 12, 31) << 2026;
        QTest::newRow("leap day") << QDate(2028, 2, 29) << 2027;
    }

    void fiscalYear()
    {
        QFETCH(QDate, date);
        QFETCH(int, fiscalYear);
        QCOMPARE(FiscalYear::of(date), fiscalYear);
        QVERIFY(FiscalYear::firstDay(fiscalYear) <= date);
        QVERIFY(date <= FiscalYear::lastDay(fiscalYear));
        QCOMPARE(FiscalYear::firstDay(fiscalYear), QDate(fiscalYear, 4, 1));
        QCOMPARE(FiscalYear::lastDay(fiscalYear), QDate(fiscalYear + 1, 3, 31));
        QCOMPARE(FiscalYear::lastDay(fiscalYear).addDays(1), FiscalYear::firstDay(fiscalYear + 1));
    }

    void numbersRunPerUnitAndFiscalYear()
    {
        DocumentNumbering numbering(*m_connection);
        DocumentNumbering::Number n;
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), QDate(2030, 4, 1)));
        QCOMPARE(n.fiscalYear, 2030);
        QCOMPARE(n.number, 1);
        QCOMPARE(n.label, QStringLiteral("総務第1号"));
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), QDate(2030, 9, 30)));
        QCOMPARE(n.number, 2);
        QCOMPARE(n.label, QStringLiteral("総務第2号"));
        // Another unit counts on its own.
        KESSAI_TRY(n = numbering.next(m_jinji, QStringLiteral("人事"), QDate(2030, 5, 1)));
        QCOMPARE(n.number, 1);
        QCOMPARE(n.label, QStringLiteral("人事第1号"));
        // 31 March still belongs to FY2030; 1 April starts FY2031 at 1.
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), QDate(2031, 3, 31)));
        QCOMPARE(n.fiscalYear, 2030);
        QCOMPARE(n.number, 3);
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), QDate(2031, 4, 1)));
        QCOMPARE(n.fiscalYear, 2031);
        QCOMPARE(n.number, 1);
        // A late FY2030 document still continues FY2030's series.
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), QDate(2031, 1, 5)));
        QCOMPARE(n.fiscalYear, 2030);
        QCOMPARE(n.number, 4);
    }

    void labelFormat_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("label");
        QTest::newRow("first") << QStringLiteral("総務") << 1 << QStringLiteral("総務第1号");
        QTest::newRow("large") << QStringLiteral("環政") << 1234 << QStringLiteral("環政第1234号");
        QTest::newRow("latin code") << QStringLiteral("GA") << 7 << QStringLiteral("GA第7号");
    }

    void labelFormat()
    {
        QFETCH(QString, code);
        QFETCH(int, number);
        QTEST(DocumentNumbering::label(code, number), "label");
    }

    void rolledBackNumbersAreReused()
    {
        DocumentNumbering numbering(*m_connection);
        const QDate date(2032, 6, 1);
        {
            Transaction transaction(*m_connection);
            DocumentNumbering::Number n;
            KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), date));
            QCOMPARE(n.number, 1);
            // the submission fails: no commit
        }
        DocumentNumbering::Number n;
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), date));
        QCOMPARE(n.number, 1);
        {
            Transaction transaction(*m_connection);
            KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), date));
            QCOMPARE(n.number, 2);
            KESSAI_TRY(transaction.commit());
        }
        KESSAI_TRY(n = numbering.next(m_soumu, QStringLiteral("総務"), date));
        QCOMPARE(n.number, 3);
    }

    void concurrentSubmissionsGetDistinctGaplessNumbers()
    {
        constexpr int kThreads = 4;
        constexpr int kEach = 50;
        const QDate date(2033, 10, 1);
        QMutex mutex;
        QList<int> numbers;
        QList<int> otherUnit;
        const QStringList failures =
            test::runInThreads(m_db->url(), kThreads, [&](StoreConnection &connection, int index) {
                DocumentNumbering numbering(connection);
                QList<int> mine;
                QList<int> jinji;
                for (int i = 0; i < kEach; ++i) {
                    mine.append(numbering.next(m_soumu, QStringLiteral("総務"), date).number);
                    if (index == 0 && i % 10 == 0) // interleave another unit's series
                        jinji.append(numbering.next(m_jinji, QStringLiteral("人事"), date).number);
                }
                const QMutexLocker lock(&mutex);
                numbers += mine;
                otherUnit += jinji;
            });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        std::sort(numbers.begin(), numbers.end());
        QList<int> expected(kThreads * kEach);
        std::iota(expected.begin(), expected.end(), 1);
        QCOMPARE(numbers, expected);
        QCOMPARE(otherUnit, (QList<int>{1, 2, 3, 4, 5}));
        DocumentNumbering::Number next;
        KESSAI_TRY(next = DocumentNumbering(*m_connection).next(m_soumu, QStringLiteral("総務"), date));
        QCOMPARE(next.number, kThreads * kEach + 1);
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumbering)
#include "tst_documentnumbering.moc"
