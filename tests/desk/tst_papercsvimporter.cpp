// SPDX-License-Identifier: GPL-3.0-or-later
// A year of 書面決裁 from a CSV file: all or nothing. Every bad file — a wrong field, missing
// columns, Shift_JIS not declared, an error on the last of 100,000 rows — is refused with the
// line and the column, and nothing is stored. Both backends.
#include "core/org/Session.h"
#include "core/paper/PaperCsvImporter.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

#include <memory>

using namespace kessai;

class TestPaperCsvImporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    std::unique_ptr<test::SessionAs> m_kanri;
    test::WorkflowOrg m_org;

    static QByteArray header() { return "件名,起案者,所属,決裁者,起案日,決裁日,理由,理由詳細,文書番号\r\n"; }
    static QByteArray row(int i, const QByteArray &decided = "2026-05-20", const QByteArray &reason = "oversized")
    {
        return "紙決裁" + QByteArray::number(i) + ",ito_t,総務,鈴木 浩,2026-05-18," + decided + "," + reason +
               ",,\r\n";
    }
    qint64 paperCount()
    {
        return SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM documents WHERE paper")).scalar().toLongLong();
    }
    QString importError(const QByteArray &bytes, PaperCsvImporter::Encoding encoding = PaperCsvImporter::Encoding::Utf8)
    {
        const qint64 before = paperCount();
        const qint64 audit = test::rowCount(*m_admin, QStringLiteral("audit_events"));
        const auto error = test::storeErrorOf(
            [&] { PaperCsvImporter(m_kanri->session()).import(bytes, QStringLiteral("paper.csv"), encoding); });
        if (!error)
            return QStringLiteral("(no error)");
        if (paperCount() != before || test::rowCount(*m_admin, QStringLiteral("audit_events")) != audit)
            return QStringLiteral("(something was stored)");
        return error->message();
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        if (test::TestDatabase::isPostgreSQL())
            KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        KESSAI_TRY(m_kanri = std::make_unique<test::SessionAs>(*m_db, *m_admin, QStringLiteral("kanri_s")));
    }

    void aGoodFileIsRegisteredWhole()
    {
        const QByteArray csv = "\xEF\xBB\xBF" + header() + row(1) + row(2) +
                               "\"製本資料, 第3分冊\",ito_t,総務-文書,鈴木 浩,2026/05/01,2026/05/02,その他,"
                               "製本のため,77\r\n";
        QList<RegisteredPaperDecision> registered;
        KESSAI_TRY(registered = PaperCsvImporter(m_kanri->session()).import(csv, QStringLiteral("paper.csv")));
        QCOMPARE(registered.size(), 3);
        QCOMPARE(registered.last().numberLabel, QStringLiteral("総務-文書第77号"));
        QCOMPARE(paperCount(), 3);
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'paper.register'"))
                     .scalar()
                     .toInt(),
                 3);
    }

    void aBadFieldNamesItsLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("decided before drafted")
            << header() + row(1) + row(2, "2026-05-01") << QStringLiteral("paper.csv: line 3, column \"決裁日\"");
        QTest::addRow("unknown unit") << header() + row(1) + QByteArray("件,ito_t,存在しない課,課長,2026-05-01,2026-05-02,oversized,,\r\n")
                                      << QStringLiteral("paper.csv: line 3, column \"所属\"");
        QTest::addRow("reason not in the list")
            << header() + row(1, "2026-05-20", "気分") << QStringLiteral("paper.csv: line 2, column \"理由\"");
        QTest::addRow("other without text")
            << header() + row(1, "2026-05-20", "other") << QStringLiteral("paper.csv: line 2, column \"理由詳細\"");
        QTest::addRow("number twice in the file")
            << header() + QByteArray("A,ito_t,総務,課長,2026-05-01,2026-05-02,oversized,,900\r\n"
                                     "B,ito_t,総務,課長,2026-05-01,2026-05-02,oversized,,900\r\n")
            << QStringLiteral("paper.csv: line 3, column \"文書番号\"");
        QTest::addRow("a short row") << header() + QByteArray("件名だけ,ito_t\r\n")
                                     << QStringLiteral("paper.csv: line 2, column \"所属\"");
        QTest::addRow("missing columns") << QByteArray("件名,起案者,所属\r\nA,ito_t,総務\r\n")
                                         << QStringLiteral("paper.csv: line 1: the header lacks the column(s) 決裁者");
    }
    void aBadFieldNamesItsLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString message = importError(bytes);
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void aClosedFileIsNamedWithItsLineAndColumn()
    {
        const QString name = SqlQuery(*m_admin, QStringLiteral("SELECT name FROM files WHERE id = ?"))
                                 .bind(m_org.file)
                                 .scalar()
                                 .toString();
        const QByteArray drafted = QDate::currentDate().addDays(-3).toString(Qt::ISODate).toUtf8();
        const QByteArray csv = "件名,起案者,所属,決裁者,起案日,決裁日,理由,簿冊\r\n"
                               "綴じる前,ito_t,総務,課長," + drafted + "," + drafted + ",oversized," + name.toUtf8() + "\r\n"
                               "綴じた後,ito_t,総務,課長," + drafted + "," + drafted + ",oversized," + name.toUtf8() + "\r\n";
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE files SET status = 'closed' WHERE id = ?"))
                       .bind(m_org.file)
                       .exec());
        const QString message = importError(csv);
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE files SET status = 'open' WHERE id = ?"))
                       .bind(m_org.file)
                       .exec());
        QVERIFY2(message.startsWith(QStringLiteral("paper.csv: line 2, column \"簿冊\": 簿冊 %1 (%2) is closed")
                                        .arg(m_org.file)
                                        .arg(name)),
                 qPrintable(message));
    }

    void shiftJisIsReadOnlyWhenSaidSo()
    {
        QStringEncoder sjis("Shift_JIS");
        const QByteArray bytes = sjis.encode(QString::fromUtf8(header() + row(10) + row(11)));
        const QString message = importError(bytes);
        QVERIFY2(message.contains(QStringLiteral("line 1 is Shift_JIS")), qPrintable(message));
        const qint64 before = paperCount();
        KESSAI_TRY(PaperCsvImporter(m_kanri->session())
                       .import(bytes, QStringLiteral("sjis.csv"), PaperCsvImporter::Encoding::ShiftJis));
        QCOMPARE(paperCount(), before + 2);
    }

    void oneBadRowOfAHundredThousandStoresNothing()
    {
        QByteArray csv = header();
        csv.reserve(8 * 1024 * 1024);
        for (int i = 1; i < 100000; ++i)
            csv += row(i);
        csv += row(100000, "2026-04-01"); // before its 起案日
        QElapsedTimer timer;
        timer.start();
        const QString message = importError(csv);
        qInfo("100,000 rows checked and refused in %lld ms", timer.elapsed());
        QVERIFY2(message.startsWith(QStringLiteral("paper.csv: line 100001, column \"決裁日\"")), qPrintable(message));
    }

    void cleanupTestCase()
    {
        m_kanri.reset();
        m_admin.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestPaperCsvImporter)
#include "tst_papercsvimporter.moc"
