// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's CSV opens correctly in Excel on a Japanese Windows PC: UTF-8 with a BOM, CRLF line
// ends, quoted fields where needed, and every date both as ISO and as 和暦. Checked byte for byte.
#include "core/desk/DeskTable.h"
#include "locale/JapaneseDate.h"

#include <QTest>

using namespace kessai;

class TestDeskTable : public QObject
{
    Q_OBJECT

    const DeskTable::EraDate m_era = [](const QDate &date) { return JapaneseDate::eraDate(date); };

private slots:
    void theRateByMonthIsWrittenForExcel()
    {
        RateReport report;
        report.query = {QDate(2026, 4, 1), QDate(2027, 3, 31), 0};
        RateRow april;
        april.key = QStringLiteral("2026-04");
        april.label = april.key;
        april.electronic = 5;
        april.paper = 7;
        report.rows = {april};
        report.office = april;
        report.office.key = QStringLiteral("office");
        report.office.label = QStringLiteral("全庁");
        const QByteArray csv = DeskTable::rate(report, RateGrouping::Month, m_era).toCsv();
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "区分,名称,電子,紙,合計,電子決裁率(%),期間開始,期間開始(和暦),期間終了,期間終了(和暦)\r\n"
            "2026-04,令和8年4月,5,7,12,41.7,2026-04-01,令和8年4月1日,2027-03-31,令和9年3月31日\r\n"
            "office,全庁,5,7,12,41.7,2026-04-01,令和8年4月1日,2027-03-31,令和9年3月31日\r\n";
        QCOMPARE(csv, expected);
    }

    void fieldsWithCommasQuotesAndLineBreaksAreQuoted()
    {
        DeskDocument d;
        d.numberLabel = QStringLiteral("総務第12号");
        d.title = QStringLiteral("「A,B」の\"件\"\n続き");
        d.unitName = QStringLiteral("総務課");
        d.decidedOn = QDate(2019, 5, 1);
        d.paper = true;
        DeskDocument secret = d;
        secret.title.clear();
        secret.paper = false;
        const QByteArray csv = DeskTable::documents({d, secret}, m_era).toCsv();
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(csv.startsWith("\xEF\xBB\xBF文書番号,件名,所属,決裁日,決裁日(和暦),紙決裁,"));
        QCOMPARE(lines.at(1), QByteArray("総務第12号,\"「A,B」の\"\"件\"\"\n").chopped(1));
        QCOMPARE(lines.at(2), QByteArray("続き\",総務課,2019-05-01,令和元年5月1日,紙,,,\r"));
        QCOMPARE(lines.at(3), QByteArray("総務第12号,（秘）,総務課,2019-05-01,令和元年5月1日,電子,,,\r"));
    }

    void percentAndEraMonth()
    {
        QCOMPARE(DeskTable::percent(0.417), QStringLiteral("41.7"));
        QCOMPARE(DeskTable::percent(0.75), QStringLiteral("75.0"));
        QCOMPARE(DeskTable::eraMonth(QStringLiteral("2019-05"), m_era), QStringLiteral("令和元年5月"));
        QCOMPARE(DeskTable::eraMonth(QStringLiteral("2026-11"), m_era), QStringLiteral("令和8年11月"));
    }
};

QTEST_GUILESS_MAIN(TestDeskTable)
#include "tst_desktable.moc"
