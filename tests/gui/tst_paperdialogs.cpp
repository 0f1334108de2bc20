// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's forms in the real main window, offscreen, on demo data, on both backends: an
// administrator registers a paper decision with its scan (stored like any attachment, and listed
// by the single view), a bad record is refused naming the field with nothing stored, a 文書管理者
// switches a document in review to paper with a reason (audited), and the administrator sets the
// target and the exclusion rules (a 文書管理者 does not get that form).
#include "core/desk/DecisionStatistics.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/desk/DeskMenu.h"
#include "gui/desk/OfficeListsDialog.h"
#include "gui/desk/PaperDecisionDialog.h"
#include "gui/desk/RateSettingsDialog.h"
#include "gui/desk/SwitchToPaperDialog.h"
#include "gui/singleview/SingleViewWindow.h"
#include "tests/support/TestDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestPaperDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

    static DeskMenu *desk(MainWindow &window)
    {
        window.show();
        window.start();
        if (!QTest::qWaitFor([&] { return window.isReady(); }))
            return nullptr;
        auto *menus = window.findChild<DeskMenu *>(QStringLiteral("deskMenu"));
        return menus && QTest::qWaitFor([&] { return menus->menu() != nullptr; }) ? menus : nullptr;
    }
    static void press(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    qint64 count(const QString &sql)
    {
        StoreConnection connection(m_db->url());
        return SqlQuery(connection, sql).scalar().toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        StoreConnection connection(m_db->url());
        OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
        Session session(connection);
        DemoSeeder(session).seed();
    }

    void anAdministratorRegistersAPaperDecisionWithItsScan()
    {
        StoreClient client;
        MainWindow window(&client, m_db->url());
        DeskMenu *menus = desk(window);
        QVERIFY(menus);
        PaperDecisionDialog *dialog = menus->registerPaper();
        QSignalSpy ready(dialog, &PaperDecisionDialog::ready);
        QTRY_VERIFY(ready.count() == 1);
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("大判図面.pdf"));
        {
            QPdfWriter pdf(scan); // a real one-page PDF, as a scanner would give
            QPainter painter(&pdf);
            painter.drawText(QPointF(100, 100), QStringLiteral("大判図面（スキャン）"));
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("paperTitle"))->setText(QStringLiteral("大判図面の承認"));
        dialog->findChild<QLineEdit *>(QStringLiteral("paperDecider"))->setText(QStringLiteral("総務課長"));
        const QDate today = QDate::currentDate();
        dialog->findChild<QDateEdit *>(QStringLiteral("paperDrafted"))->setDate(today.addDays(-5));
        dialog->findChild<QDateEdit *>(QStringLiteral("paperDecided"))->setDate(today.addDays(-1));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("paperKind"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("契約")));
        QVERIFY(kind->currentIndex() > 0);
        dialog->findChild<QLineEdit *>(QStringLiteral("paperScan"))->setText(scan);

        // a 決裁日 before the 起案日: refused, naming the field, nothing stored
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM documents"));
        dialog->findChild<QDateEdit *>(QStringLiteral("paperDecided"))->setDate(today.addDays(-9));
        QSignalSpy failed(dialog, &PaperDecisionDialog::failed);
        press(dialog);
        QTRY_VERIFY(failed.count() == 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("決裁日")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM documents")), before);

        dialog->findChild<QDateEdit *>(QStringLiteral("paperDecided"))->setDate(today.addDays(-1));
        QSignalSpy registered(dialog, &PaperDecisionDialog::registered);
        press(dialog);
        QTRY_VERIFY(registered.count() == 1);
        const qint64 id = registered.first().first().toLongLong();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("paperMessage"))->text().contains(
            registered.first().at(1).toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM documents d JOIN decision_kinds k ON "
                                      "k.id = d.decision_kind_id WHERE d.paper AND k.code = 'contract' AND d.id = %1")
                           .arg(id)),
                 1);
        StoreConnection connection(m_db->url());
        const QList<AttachmentRecord> attachments = AttachmentStore(connection).list(id);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().displayName, QStringLiteral("大判図面.pdf"));
        dialog->close();
        // the single view shows it after the 鑑, like any attachment
        window.openSingleView(id);
        QTRY_VERIFY(window.lastSingleView());
        QListWidget *side = window.lastSingleView()->sidePanel();
        QTRY_COMPARE_WITH_TIMEOUT(side->count(), 2, 20000);
        QCOMPARE(side->item(1)->toolTip(), QStringLiteral("大判図面.pdf"));
    }

    void aRecordsManagerSwitchesADocumentToPaper()
    {
        // a document in review in a unit of sato.y's desk
        qint64 document = 0;
        {
            StoreConnection connection(m_db->url());
            const Session sato(connection, QStringLiteral("sato.y"));
            const DeskScope scope = DeskScope::of(sato);
            SqlQuery q(connection, QStringLiteral("SELECT id, unit_id FROM documents WHERE kind = 'decision' AND "
                                                  "status = 'in_review' ORDER BY id"));
            q.exec();
            while (q.next() && !document) {
                if (scope.covers(q.id(1)))
                    document = q.id(0);
            }
        }
        QVERIFY(document);
        StoreClient client;
        MainWindow window(&client, m_db->url(), QStringLiteral("sato.y"));
        DeskMenu *menus = desk(window);
        QVERIFY(menus);
        // the rate's settings are for administrators
        auto *settings = window.findChild<QAction *>(QStringLiteral("rateSettingsAction"));
        QVERIFY(settings && !settings->isVisible());
        auto *lists = window.findChild<QAction *>(QStringLiteral("officeListsAction")); // the office's lists too
        QVERIFY(lists && !lists->isVisible());
        auto *dialog = new SwitchToPaperDialog(&client, document, QStringLiteral("回議中の文書"), &window);
        QSignalSpy ready(dialog, &SwitchToPaperDialog::ready);
        QTRY_VERIFY(ready.count() == 1);
        dialog->findChild<QLineEdit *>(QStringLiteral("switchDecider"))->setText(QStringLiteral("総務課長"));
        QSignalSpy switched(dialog, &SwitchToPaperDialog::switched);
        press(dialog);
        QTRY_VERIFY(switched.count() == 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM documents d JOIN paper_decisions p ON p.document_id = d.id "
                                      "WHERE d.id = %1 AND d.paper AND d.status = 'decided' AND p.switched")
                           .arg(document)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'paper.switch' AND "
                                      "entity_id = %1")
                           .arg(document)),
                 1);
        // a second time: refused, the reason shown in the dialog
        auto *again = new SwitchToPaperDialog(&client, document, QStringLiteral("同じ文書"), &window);
        QSignalSpy againReady(again, &SwitchToPaperDialog::ready);
        QTRY_VERIFY(againReady.count() == 1);
        again->findChild<QLineEdit *>(QStringLiteral("switchDecider"))->setText(QStringLiteral("総務課長"));
        QSignalSpy failed(again, &SwitchToPaperDialog::failed);
        press(again);
        QTRY_VERIFY(failed.count() == 1);
        QVERIFY(again->findChild<QLabel *>(QStringLiteral("switchMessage"))->text().contains(QStringLiteral("decided")));
    }

    void anAdministratorSetsTheTargetAndTheRules()
    {
        StoreClient client;
        MainWindow window(&client, m_db->url());
        DeskMenu *menus = desk(window);
        QVERIFY(menus);
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("rateSettingsAction"))->isVisible());
        RateSettingsDialog *dialog = menus->openRateSettings();
        QSignalSpy loaded(dialog, &RateSettingsDialog::loaded);
        QTRY_VERIFY(loaded.count() == 1);
        QSignalSpy changed(dialog, &RateSettingsDialog::changed);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateTarget"))->setValue(80.0);
        dialog->findChild<QPushButton *>(QStringLiteral("rateSaveTarget"))->click();
        QTRY_VERIFY(changed.count() == 1);
        QTRY_VERIFY(loaded.count() == 2);
        {
            StoreConnection connection(m_db->url());
            QCOMPARE(DecisionStatistics(connection).target(), 0.8);
        }
        // a rule naming nothing is refused; one naming 秘 documents is stated with every report
        QSignalSpy failed(dialog, &RateSettingsDialog::failed);
        dialog->findChild<QLineEdit *>(QStringLiteral("ruleNote"))->setText(QStringLiteral("何も指定しない"));
        dialog->findChild<QPushButton *>(QStringLiteral("rateAddRule"))->click();
        QTRY_VERIFY(failed.count() == 1);
        dialog->findChild<QCheckBox *>(QStringLiteral("ruleSecret"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("ruleNote"))->setText(QStringLiteral("秘文書は紙で処理する"));
        dialog->findChild<QPushButton *>(QStringLiteral("rateAddRule"))->click();
        QTRY_VERIFY(changed.count() == 2);
        QTRY_COMPARE(dialog->rules().size(), 1);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("rateRules"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("秘文書は紙で処理する"));
        {
            StoreConnection connection(m_db->url());
            Session session(connection);
            const RateReport report = DecisionStatistics(connection).rate(
                session, {QDate::currentDate().addYears(-1), QDate::currentDate(), 0}, RateGrouping::Office);
            QVERIFY2(report.rules.last().text.contains(QStringLiteral("秘文書は紙で処理する")),
                     qPrintable(report.rules.last().text));
        }
        table->setCurrentCell(0, 0);
        dialog->findChild<QPushButton *>(QStringLiteral("rateRemoveRule"))->click();
        QTRY_COMPARE(table->rowCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rate_exclusions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action LIKE 'desk.exclusion.%'")), 2);
    }

    void anAdministratorKeepsTheOfficesLists()
    {
        StoreClient client;
        MainWindow window(&client, m_db->url());
        DeskMenu *menus = desk(window);
        QVERIFY(menus);
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("officeListsAction"))->isVisible());
        OfficeListsDialog *dialog = menus->openOfficeLists();
        QSignalSpy loaded(dialog, &OfficeListsDialog::loaded);
        QTRY_VERIFY(loaded.count() == 1);
        QCOMPARE(dialog->list(), OfficeListStore::List::DecisionKinds);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("officeListEntries"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("general"));
        // a kind added, renamed, retired (kept, shown as retired)
        QSignalSpy changed(dialog, &OfficeListsDialog::changed);
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListCode"))->setText(QStringLiteral("subsidy"));
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListName"))->setText(QStringLiteral("補助金"));
        dialog->findChild<QPushButton *>(QStringLiteral("officeListAdd"))->click();
        QTRY_VERIFY(changed.count() == 1);
        QTRY_COMPARE(table->item(table->rowCount() - 1, 1)->text(), QStringLiteral("補助金"));
        table->setCurrentCell(table->rowCount() - 1, 0);
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListName"))->setText(QStringLiteral("補助金・交付金"));
        dialog->findChild<QPushButton *>(QStringLiteral("officeListRename"))->click();
        QTRY_VERIFY(changed.count() == 2);
        QTRY_COMPARE(table->item(table->rowCount() - 1, 1)->text(), QStringLiteral("補助金・交付金"));
        table->setCurrentCell(table->rowCount() - 1, 0);
        dialog->findChild<QPushButton *>(QStringLiteral("officeListRetire"))->click();
        QTRY_VERIFY(changed.count() == 3);
        QTRY_COMPARE(table->item(table->rowCount() - 1, 3)->text(), OfficeListsDialog::tr("retired"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decision_kinds WHERE code = 'subsidy' AND name = "
                                      "'補助金・交付金' AND NOT active")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action LIKE 'office_list.%'")), 3);
        // a code taken is refused, the reason shown, nothing stored
        QSignalSpy failed(dialog, &OfficeListsDialog::failed);
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListCode"))->setText(QStringLiteral("general"));
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListName"))->setText(QStringLiteral("一般その2"));
        dialog->findChild<QPushButton *>(QStringLiteral("officeListAdd"))->click();
        QTRY_VERIFY(failed.count() == 1);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("officeListMessage"))->text().contains(QStringLiteral("general")));
        // the paper reasons, with the words some need
        dialog->findChild<QComboBox *>(QStringLiteral("officeListChoice"))->setCurrentIndex(1);
        QTRY_VERIFY(loaded.count() >= 5 && dialog->list() == OfficeListStore::List::PaperReasons);
        QTRY_VERIFY(table->rowCount() > 0 && table->item(0, 0)->text() == QStringLiteral("oversized"));
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListCode"))->setText(QStringLiteral("seal"));
        dialog->findChild<QLineEdit *>(QStringLiteral("officeListName"))->setText(QStringLiteral("原本への押印が必要"));
        dialog->findChild<QCheckBox *>(QStringLiteral("officeListNeedsText"))->setChecked(true);
        dialog->findChild<QPushButton *>(QStringLiteral("officeListAdd"))->click();
        QTRY_VERIFY(changed.count() == 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM paper_reasons WHERE code = 'seal' AND needs_text AND active")),
                 1);
        if (const QByteArray dir = qgetenv("KESSAI_SCREENSHOTS"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/office-lists.png"));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TestPaperDialogs)
#include "tst_paperdialogs.moc"
