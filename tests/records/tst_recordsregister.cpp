// SPDX-License-Identifier: GPL-3.0-or-later
// 行政文書ファイル管理簿: the CSV's exact bytes (BOM, national column order, CRLF, quoting) and
// the printable page.
#include "core/records/RecordsRegister.h"

#include <QTest>

using namespace kessai;

class TestRecordsRegister : public QObject
{
    Q_OBJECT

    static RecordFile sample()
    {
        RecordFile f;
        f.fiscalYear = 2025;
        f.majorClass = QStringLiteral("総務");
        f.middleClass = QStringLiteral("文書管理");
        f.name = QStringLiteral("例規・通知");
        f.unitName = QStringLiteral("総務課");
        f.startsOn = QDate(2026, 4, 1);
        f.retention = RetentionPeriod::TenYears;
        f.expiresOn = QDate(2036, 3, 31);
        f.medium = FileMedium::Mixed;
        f.location = QStringLiteral("本庁舎 書庫");
        f.manager = QStringLiteral("総務課長");
        f.disposition = Disposition::Transfer;
        f.state = FileState::Closed;
        return f;
    }

private slots:
    void csvBytes()
    {
        RecordFile quoted = sample();
        quoted.name = QStringLiteral("議会, \"答弁\"");
        quoted.retention = RetentionPeriod::InUse;
        quoted.expiresOn = {};
        quoted.disposition = Disposition::Destroy;
        quoted.medium = FileMedium::Paper;
        quoted.state = FileState::Destroyed;
        quoted.note = QStringLiteral("旧企画課から引継ぎ");
        const QByteArray bytes = RecordsRegister::csv({sample(), quoted});
        const QByteArray expected =
            QByteArray("\xEF\xBB\xBF") +
            QStringLiteral("作成・取得年度等,大分類,中分類,名称（小分類）,作成・取得者,起算日,保存期間,保存期間満了日,"
                           "媒体の種別,保存場所,管理者,保存期間満了時の措置,備考\r\n"
                           "2025年度,総務,文書管理,例規・通知,総務課,2026/04/01,10年,2036/03/31,混在,本庁舎 書庫,総務課長,移管,\r\n"
                           "2025年度,総務,文書管理,\"議会, \"\"答弁\"\"\",総務課,2026/04/01,常用,―,紙,本庁舎 書庫,総務課長,廃棄,"
                           "廃棄済、旧企画課から引継ぎ\r\n")
                .toUtf8();
        QCOMPARE(bytes, expected);
    }

    void printablePage()
    {
        const QString page = RecordsRegister::html({sample()}, QStringLiteral("管理簿 <総務課>"));
        QVERIFY(page.contains(QStringLiteral("<th>作成・取得年度等</th>")));
        QVERIFY(page.contains(QStringLiteral("<td>2036/03/31</td>")));
        QVERIFY(page.contains(QStringLiteral("管理簿 &lt;総務課&gt;")));
        QVERIFY(page.contains(QStringLiteral("A4 landscape")));
    }
};

QTEST_GUILESS_MAIN(TestRecordsRegister)
#include "tst_recordsregister.moc"
