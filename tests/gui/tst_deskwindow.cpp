// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's desk in the real main window, offscreen, on demo data: administrators and
// 文書管理者 get the 管理 menu and the desk, clerks do not; the figures are the store's (loaded off
// the GUI thread); a figure drills down to its documents and a document opens in the single view;
// the CSV export is UTF-8 with BOM and the PDF is a PDF.
#include "core/desk/DecisionStatistics.h"
#include "core/documents/FiscalYear.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreConnection.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/desk/DeskMenu.h"
#include "gui/desk/DeskWindow.h"
#include "gui/singleview/SingleViewWindow.h"
#include "tests/support/TestDatabase.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QDateEdit>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestDeskWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    RateReport m_expected;

    static QMenu *deskMenu(MainWindow &window)
    {
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("deskMenuBar"));
        if (!menu)
            menu = window.findChild<QMenu *>(QStringLiteral("deskMenuBar"));
        return menu && menu->menuAction()->isVisible() ? menu : nullptr;
    }

    static QStringList monthAxis(QChartView *chart)
    {
        const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Horizontal);
        auto *months = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
        return months ? months->categories() : QStringList();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        StoreConnection connection(m_db->url());
        OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
        Session session(connection);
        DemoSeeder(session).seed();
        const QDate today = QDate::currentDate();
        m_expected = DecisionStatistics(connection).rate(session, {FiscalYear::firstDay(FiscalYear::of(today)), today, 0},
                                                          RateGrouping::Office);
        QVERIFY(m_expected.office.paper > 0);
        QVERIFY(m_expected.office.electronic > 0);
    }

    void theAdministratorOpensTheDeskAndDrillsDown()
    {
        StoreClient client;
        MainWindow window(&client, m_db->url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_VERIFY(deskMenu(window));
        auto *menus = window.findChild<DeskMenu *>(QStringLiteral("deskMenu"));
        QVERIFY(menus);
        menus->openDesk();
        DeskWindow *desk = menus->desk();
        QVERIFY(desk);
        QSignalSpy loaded(desk, &DeskWindow::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(desk->snapshot().office.office.electronic, m_expected.office.electronic);
        QCOMPARE(desk->snapshot().office.office.paper, m_expected.office.paper);
        const QString rate = desk->findChild<QLabel *>(QStringLiteral("deskRate"))->text();
        QVERIFY2(rate.contains(DeskTable::percent(m_expected.office.rate())), qPrintable(rate));
        QVERIFY(desk->findChild<QLabel *>(QStringLiteral("deskRules"))->text().contains(QStringLiteral("人事異動")));

        // the chart: one category a month of the period, in 和暦 with the era, and the target line
        auto *chart = desk->findChild<QChartView *>(QStringLiteral("deskChart"));
        QCOMPARE(chart->chart()->series().size(), 2);
        const QDate today = QDate::currentDate();
        const int monthsSoFar = (today.year() * 12 + today.month()) -
                                (FiscalYear::firstDay(FiscalYear::of(today)).year() * 12 + 4) + 1;
        QCOMPARE(monthAxis(chart).size(), monthsSoFar);
        QVERIFY2(monthAxis(chart).first().startsWith(QStringLiteral("令和")), qPrintable(monthAxis(chart).first()));
        // the demo's decisions fill every month so far: a point each
        QCOMPARE(qobject_cast<QLineSeries *>(chart->chart()->series().first())->count(), monthsSoFar);
        // a whole fiscal year: 令和8年4月 … 令和9年3月 (the labels were 8年1月 … 8年12月)
        desk->findChild<QDateEdit *>(QStringLiteral("deskFrom"))->setDate(QDate(2026, 4, 1));
        desk->findChild<QDateEdit *>(QStringLiteral("deskTo"))->setDate(QDate(2027, 3, 31));
        loaded.clear();
        desk->refresh();
        QTRY_VERIFY(loaded.count() >= 1);
        QStringList fiscal2026;
        for (int m = 4; m <= 12; ++m)
            fiscal2026 << QStringLiteral("令和8年%1月").arg(m);
        for (int m = 1; m <= 3; ++m)
            fiscal2026 << QStringLiteral("令和9年%1月").arg(m);
        QCOMPARE(monthAxis(chart), fiscal2026);
        desk->findChild<QDateEdit *>(QStringLiteral("deskFrom"))->setDate(FiscalYear::firstDay(FiscalYear::of(today)));
        desk->findChild<QDateEdit *>(QStringLiteral("deskTo"))->setDate(today);
        loaded.clear();
        desk->refresh();
        QTRY_VERIFY(loaded.count() >= 1);

        // KESSAI_SCREENSHOTS=DIR: the desk's tabs as an administrator sees them, every figure loaded
        if (const QByteArray dir = qgetenv("KESSAI_SCREENSHOTS"); !dir.isEmpty()) {
            QTRY_VERIFY(desk->snapshot().complete);
            desk->resize(1024, 700);
            auto *tabs = desk->findChild<QTabWidget *>();
            QVERIFY(tabs);
            for (int tab = 0; tab < tabs->count() - 1; ++tab) {
                tabs->setCurrentIndex(tab);
                desk->grab().save(QStringLiteral("%1/desk-%2.png").arg(QString::fromLocal8Bit(dir)).arg(tab));
            }
            tabs->setCurrentIndex(0);
        }

        // the units furthest below target first
        auto *units = desk->findChild<QTableWidget *>(QStringLiteral("deskUnits"));
        QVERIFY(units->rowCount() >= 2);
        QVERIFY(units->item(0, 5)->text().toDouble() <= units->item(1, 5)->text().toDouble());

        // a unit's decisions, then one of them in the single view
        QSignalSpy drilled(desk, &DeskWindow::drillDownLoaded);
        emit units->cellDoubleClicked(0, 0);
        QTRY_VERIFY(drilled.count() == 1);
        auto *documents = desk->findChild<QTableWidget *>(QStringLiteral("deskDocuments"));
        QVERIFY(documents->rowCount() > 0);
        emit documents->cellDoubleClicked(0, 0);
        QTRY_VERIFY(window.lastSingleView());

        // exports
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("desk.csv"));
        QVERIFY(desk->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF文書番号,件名,所属,決裁日,決裁日(和暦)"));
        const QString pdfPath = dir.filePath(QStringLiteral("desk.pdf"));
        QVERIFY(desk->exportPdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000);
    }

    void aRecordsManagerSeesTheirDivisionOnly()
    {
        StoreClient client;
        MainWindow window(&client, m_db->url(), QStringLiteral("sato.y")); // 文書管理者 of 総務課's 文書係
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_VERIFY(deskMenu(window));
        auto *menus = window.findChild<DeskMenu *>(QStringLiteral("deskMenu"));
        menus->openDesk();
        QSignalSpy loaded(menus->desk(), &DeskWindow::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY(menus->desk()->snapshot().office.office.total() < m_expected.office.total());
        auto *unitChoice = menus->desk()->findChild<QComboBox *>(QStringLiteral("deskUnit"));
        QTRY_COMPARE(unitChoice->count(), 1 + 3); // the office, 総務課, 文書係, 庶務係
        for (const RateRow &row : menus->desk()->snapshot().units)
            QCOMPARE(row.label, QStringLiteral("総務課"));
    }

    void clerksHaveNoDesk()
    {
        StoreClient client;
        MainWindow window(&client, m_db->url(), QStringLiteral("ito.t"));
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_COMPARE(client.pendingJobs(), 0);
        QVERIFY(!deskMenu(window));
        QCOMPARE(window.findChild<DeskMenu *>(QStringLiteral("deskMenu"))->menu(), nullptr);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
