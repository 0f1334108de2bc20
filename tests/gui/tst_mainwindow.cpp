// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen, on demo data: folder counts match the store, folders
// switch the list, selecting a document shows its cover sheet, and an unreachable server
// gives a clear message without blocking the GUI thread; Tools → 検証 checks the store.
// Issue 19: the buttons follow the list (none left once 未決 is empty), a 差戻し document offers
// 起案を編集, the folders 回議中 and 既決 mean what an office expects, the list's right-click menu
// offers the buttons' actions, a clerk sees no administrator tools, and at 1024×700 the 件名
// keeps its room while names stay whole.
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreChangeListener.h"
#include "core/store/StoreConnection.h"
#include "gui/ChangeListeners.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/AdministratorTools.h"
#include "gui/records/RecordsMenu.h"
#include "gui/CoverSheetView.h"
#include "gui/DocumentTableModel.h"
#include "gui/FolderListModel.h"
#include "gui/GuiLauncher.h"
#include "gui/GuiSettings.h"
#include "gui/DocumentActionBar.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/StoreVerifyDialog.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

namespace {
/// "width/hidden" of every column, for a failure message.
QString sections(const QHeaderView *header)
{
    QStringList out;
    for (int i = 0; i < header->count(); ++i)
        out << QStringLiteral("%1%2").arg(header->sectionSize(i)).arg(header->isSectionHidden(i) ? QStringLiteral("h") : QString());
    return out.join(QLatin1Char(' '));
}

/// テスト県 with the demo data, its administrator being this account.
void seedDemo(const test::TestDatabase &db)
{
    StoreConnection connection(db.url());
    OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
    Session session(connection);
    DemoSeeder(session).seed();
}
/// A draft of 伊藤 submitted to the 係長 (佐藤, 承認) and the 課長 (鈴木, 決裁); its id.
qint64 submitToSatoThenSuzuki(const test::TestDatabase &db, test::WorkflowOrg &org, const QString &title)
{
    StoreConnection connection(db.url());
    org.setUp(connection);
    Session drafter(connection, QStringLiteral("ito_t"));
    const qint64 doc = org.draft(drafter, title);
    RoutePlan plan;
    plan.stages = {{RoutePlan::step(StepKind::Review, org.sato)}, {RoutePlan::step(StepKind::Decide, org.suzuki)}};
    WorkflowStore(connection).setRoute(drafter, doc, plan);
    WorkflowStore(connection).submit(drafter, doc);
    return doc;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsDemoDataWithMatchingCounts()
    {
        test::TestDatabase db;
        QHash<InboxFolder, int> expected;
        qint64 decidedId = 0;
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
            Session session(connection);
            DemoSeeder(session).seed();
            expected = DocumentStore(connection).counts(session);
            for (const DocumentRecord &d : DocumentStore(connection).list(session, InboxFolder::All)) {
                if (d.status == DocumentStatus::Enforced)
                    decidedId = d.id;
            }
        }
        QVERIFY(expected.value(InboxFolder::Pending) > 0);
        QVERIFY(expected.value(InboxFolder::All) >= 10);

        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_COMPARE(window.folderModel()->count(InboxFolder::Pending), expected.value(InboxFolder::Pending));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(window.folderModel()->count(it.key()), it.value());
        QVERIFY(window.windowTitle().contains(QStringLiteral("テスト県")));

        // The default folder is 未決; its rows are what the store says.
        QTRY_COMPARE(window.documentModel()->rowCount(), expected.value(InboxFolder::Pending));

        // Switching to 全文書 lists every document.
        window.selectFolder(InboxFolder::All);
        QTRY_COMPARE(window.documentModel()->rowCount(), expected.value(InboxFolder::All));

        // Selecting a row shows its cover sheet with the route.
        const int row = window.documentModel()->rowOf(decidedId);
        QVERIFY(row >= 0);
        auto *proxy = window.documentView()->model();
        QModelIndex index;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(DocumentTableModel::DocumentIdRole).toLongLong() == decidedId)
                index = proxy->index(r, 0);
        }
        QVERIFY(index.isValid());
        window.documentView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
        QTRY_COMPARE(window.coverSheet()->documentId(), decidedId);
        QVERIFY(!window.coverSheet()->sheetImages().isEmpty()); // the 鑑 as it prints (CoverSheetPainter)
        const QString text = window.coverSheet()->toPlainText();
        QVERIFY2(text.contains(window.documentModel()->documentAt(row)->title), qPrintable(text));
        QVERIFY(text.contains(window.documentModel()->documentAt(row)->numberLabel));
    }

    // README: "--database, KESSAI_DATABASE or the last choice is used". The choice made with
    // File → Open is remembered once a session runs on it, and the next start opens it.
    void lastOpenedDatabaseIsRememberedForTheNextStart()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("kessai-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(GuiSettings::lastDatabase().isEmpty());

        test::TestDatabase db;
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("最初の県"), QStringLiteral("管理 太郎"));
        }
        const QString chosen = db.scratchPath(QStringLiteral("chosen.sqlite"));
        {
            StoreConnection connection(DatabaseUrl::sqlite(chosen));
            OrganizationSetup(connection).initialize(QStringLiteral("選んだ町"), QStringLiteral("管理 花子"));
        }

        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QVERIFY(GuiSettings::lastDatabase().isEmpty()); // a store named at start is not a choice

        window.openDatabase(chosen);
        QTRY_VERIFY(window.isReady());
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("選んだ町")));
        QCOMPARE(GuiSettings::lastDatabase(), chosen);

        qunsetenv("KESSAI_DATABASE");
        QCOMPARE(GuiLauncher::storeLocation({}), chosen);
        QCOMPARE(GuiLauncher::storeLocation(QStringLiteral("other.sqlite")), QStringLiteral("other.sqlite"));
        QSettings().clear();
    }

    void toolsVerifyChecksTheStore()
    {
        // Tools → 検証 opens the check and runs it off the GUI thread to its result.
        test::TestDatabase db;
        seedDemo(db);
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        auto *action = window.findChild<QAction *>(QStringLiteral("verifyStoreAction"));
        QVERIFY(action);
        action->trigger();
        StoreVerifyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<StoreVerifyDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("The store is intact")),
                 qPrintable(dialog->summaryText()));
    }

    void buttonsFollowTheListAndTheState()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play the reviewer and the drafter");
        test::TestDatabase db;
        test::WorkflowOrg org;
        const qint64 doc = submitToSatoThenSuzuki(db, org, QStringLiteral("会議室の予約について"));
        {
            // The 係長's only 未決: once approved, the list is empty and no 承認 is left to click.
            StoreClient client;
            MainWindow window(&client, db.url(), QStringLiteral("sato_y"));
            window.show();
            window.start();
            QTRY_VERIFY(window.isReady());
            QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("action_approve")));
            window.findChild<QPushButton *>(QStringLiteral("action_approve"))->click();
            ActionDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<ActionDialog *>()));
            dialog->accept();
            QTRY_COMPARE(window.folderModel()->count(InboxFolder::Pending), 0);
            QTRY_COMPARE(window.documentModel()->rowCount(), 0);
            QTRY_VERIFY(!window.findChild<QPushButton *>(QStringLiteral("action_approve")));
            // Approved and still on its route: 回議中 for the 係長, not 既決.
            QCOMPARE(window.folderModel()->count(InboxFolder::InProgress), 1);
            QCOMPARE(window.folderModel()->count(InboxFolder::Done), 0);
        }
        {
            // The 課長 sends it back to the drafter.
            StoreConnection connection(db.url());
            Session suzuki(connection, QStringLiteral("suzuki_h"));
            WorkflowStore(connection).act(suzuki, doc, WorkflowActionKind::Return, QStringLiteral("日付を直してください"));
        }
        StoreClient client;
        MainWindow window(&client, db.url(), QStringLiteral("ito_t"));
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_COMPARE(window.folderModel()->count(InboxFolder::Returned), 1);
        QCOMPARE(window.folderModel()->count(InboxFolder::InProgress), 0);
        QCOMPARE(window.folderModel()->count(InboxFolder::Done), 0);
        window.selectFolder(InboxFolder::Returned);
        QTRY_COMPARE(window.documentModel()->rowCount(), 1);
        // A returned document's pane offers 起案を編集 (not only a double-click) and 提出.
        QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("editDraftButton")));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("action_submit")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("routeButton")));
        // The round is kept in the route: who, why.
        QTRY_VERIFY(window.coverSheet()->toPlainText().contains(QStringLiteral("日付を直してください")));

        // The list's right-click menu: the same actions, for the row clicked.
        QTableView *view = window.documentView();
        const QPoint cell = view->visualRect(view->model()->index(0, DocumentTableModel::TitleColumn)).center();
        emit view->customContextMenuRequested(cell);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = window.findChild<QMenu *>(QStringLiteral("documentContextMenu"))));
        QStringList names;
        for (QAction *action : menu->actions())
            names << action->objectName();
        for (const char *expected : {"contextOpen", "contextSingleView", "contextEdit", "contextCopyAsNewDraft",
                                     "context_submit", "contextCopyNumber"})
            QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QLatin1Char(','))));
        QAction *copy = menu->findChild<QAction *>(QStringLiteral("contextCopyNumber"));
        QVERIFY(!copy || copy->isEnabled()); // numbered at the first 提出
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("contextCopyNumber")) {
                QVERIFY(action->isEnabled());
                action->trigger();
            }
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), window.documentModel()->documentAt(0)->numberLabel);
        menu->close();
    }

    void saysWhenAnotherClientActed()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play the reviewer and the drafter");
        test::TestDatabase db;
        test::WorkflowOrg org;
        const qint64 doc = submitToSatoThenSuzuki(db, org, QStringLiteral("公用車の使用について"));
        // The drafter watches the document in 回議中 …
        StoreClient client;
        MainWindow window(&client, db.url(), QStringLiteral("ito_t"));
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        window.selectFolder(InboxFolder::InProgress);
        QTRY_COMPARE(window.documentModel()->rowCount(), 1);
        auto *bar = window.findChild<DocumentActionBar *>();
        QVERIFY(bar);
        QTRY_COMPARE(bar->offer().documentId, doc);
        QSignalSpy elsewhere(bar, &DocumentActionBar::changedElsewhere);
        window.refresh(); // nothing changed: nothing to say
        QTRY_VERIFY(!window.coverSheet()->toPlainText().isEmpty());
        QCOMPARE(elsewhere.size(), 0);
        {
            // … while the 係長 approves it on another PC.
            StoreConnection connection(db.url());
            Session sato(connection, QStringLiteral("sato_y"));
            WorkflowStore(connection).act(sato, doc, WorkflowActionKind::Approve, QStringLiteral("確認しました"));
        }
        window.refresh(); // what the notification or the poll does
        QTRY_COMPARE(elsewhere.size(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("changed elsewhere")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY(window.coverSheet()->toPlainText().contains(QStringLiteral("確認しました")));
        window.refresh();
        QTRY_COMPARE(client.pendingJobs(), 0);
        QCoreApplication::processEvents();
        QTRY_COMPARE(client.pendingJobs(), 0);
        QCOMPARE(elsewhere.size(), 1); // said once
    }

    void clerksDoNotSeeAdministratorTools()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play a clerk");
        test::TestDatabase db;
        seedDemo(db);
        struct Expect
        {
            QString login;
            bool import;
            bool verify;
        };
        for (const Expect &expect : {Expect{QString(), true, true}, Expect{QStringLiteral("ito.t"), false, false},
                                     Expect{QStringLiteral("sato.y"), false, true}}) {
            StoreClient client;
            MainWindow window(&client, db.url(), expect.login);
            window.show();
            window.start();
            QTRY_VERIFY(window.isReady());
            AdministratorTools *tools = window.administratorTools();
            QTRY_COMPARE(tools->importAction()->isVisible(), expect.import);
            QCOMPARE(tools->verifyAuditAction()->isVisible(), expect.verify);
            QCOMPARE(tools->verifyStoreAction()->isVisible(), expect.verify);
            // 文書管理 too: a clerk is not led into the records manager's window.
            QCOMPARE(tools->records()->action()->isVisible(), expect.verify);
            QCOMPARE(window.findChild<QAction *>(QStringLiteral("recordsAction"))->isVisible(), expect.verify);
        }
    }

    void narrowWindowKeepsTheSubjectReadable()
    {
        test::TestDatabase db;
        seedDemo(db);
        StoreClient client;
        MainWindow window(&client, db.url());
        window.resize(1024, 700);
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        window.selectFolder(InboxFolder::All);
        QTRY_VERIFY(window.documentModel()->rowCount() > 5);
        QTableView *view = window.documentView();
        const QAbstractItemView *items = view; // sizeHintForColumn is public there
        QHeaderView *header = view->horizontalHeader();
        // The subject keeps at least its share; names and numbers are never cut.
        QTRY_VERIFY2(header->sectionSize(DocumentTableModel::TitleColumn) >= int(view->viewport()->width() * 0.38),
                     qPrintable(QStringLiteral("subject %1 of %2; sections %3")
                                    .arg(header->sectionSize(DocumentTableModel::TitleColumn))
                                    .arg(view->viewport()->width())
                                    .arg(sections(header))));
        for (int column : {int(DocumentTableModel::DrafterColumn), int(DocumentTableModel::NumberColumn)})
            QVERIFY2(header->sectionSize(column) >= items->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(items->sizeHintForColumn(column))));
        QVERIFY(!view->wordWrap());

        // In the narrow cover sheet beside it, no name breaks inside (「高 橋 美咲」).
        QTRY_VERIFY(window.coverSheet()->documentId() != 0);
        int names = 0;
        for (QTextBlock block = window.coverSheet()->document()->begin(); block.isValid(); block = block.next()) {
            if (!block.text().contains(QChar(0x00a0))) // names and titles are joined by no-break spaces
                continue;
            ++names;
            QVERIFY2(block.layout()->lineCount() == 1, qPrintable(block.text()));
        }
        QVERIFY(names >= 2); // the drafter, and who is on the route
    }

    void countsFollowStoreChanges()
    {
        test::TestDatabase db;
        seedDemo(db);
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.folderModel()->count(InboxFolder::Drafts) > 0);
        const int before = window.folderModel()->count(InboxFolder::Drafts);
        {
            // Another client adds a draft.
            StoreConnection connection(db.url());
            Session session(connection);
            DocumentRecord draft;
            draft.title = QStringLiteral("新しい起案");
            DocumentStore(connection).createDraft(session, draft);
        }
        window.refresh();
        QTRY_COMPARE(window.folderModel()->count(InboxFolder::Drafts), before + 1);
    }

    void countsFollowAnotherClientWithoutPolling()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite: the window polls every 15 s");
        test::TestDatabase db;
        seedDemo(db);
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.folderModel()->count(InboxFolder::Drafts) > 0);
        // The window's listener (one per store in the process) listens.
        const std::shared_ptr<StoreChangeListener> listener = ChangeListeners::forStore(db.url());
        QTRY_VERIFY(listener->isListening());
        const int before = window.folderModel()->count(InboxFolder::Drafts);
        {
            StoreConnection connection(db.url());
            Session session(connection);
            DocumentRecord draft;
            draft.title = QStringLiteral("新しい起案");
            DocumentStore(connection).createDraft(session, draft);
        }
        // No refresh() and no 15 s poll: the commit's notification refreshes the window.
        QTRY_COMPARE_WITH_TIMEOUT(window.folderModel()->count(InboxFolder::Drafts), before + 1, 5000);
    }

    void unreachableServerReportsWithoutFreezing()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("PostgreSQL connection failure");
        StoreClient client;
        MainWindow window(&client,
                          DatabaseUrl::parse(QStringLiteral("postgresql://kessai@127.0.0.1:1/kessai")));
        window.show();
        QElapsedTimer timer;
        timer.start();
        window.start();
        // start() returns at once: the connection attempt runs on the store thread.
        QVERIFY(timer.elapsed() < 500);
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastError().isEmpty(), 10000);
        QVERIFY2(window.lastError().contains(QStringLiteral("127.0.0.1:1")), qPrintable(window.lastError()));
        QVERIFY(!window.isReady());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
