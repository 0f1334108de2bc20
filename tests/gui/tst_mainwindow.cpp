// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen, on demo data: folder counts match the store, folders
// switch the list, selecting a document shows its cover sheet, and an unreachable server
// gives a clear message without blocking the GUI thread; Tools → 検証 checks the store.
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreChangeListener.h"
#include "core/store/StoreConnection.h"
#include "gui/ChangeListeners.h"
#include "gui/CoverSheetView.h"
#include "gui/DocumentTableModel.h"
#include "gui/FolderListModel.h"
#include "gui/GuiLauncher.h"
#include "gui/GuiSettings.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/StoreVerifyDialog.h"
#include "tests/support/TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

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
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
            Session session(connection);
            DemoSeeder(session).seed();
        }
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

    void countsFollowStoreChanges()
    {
        test::TestDatabase db;
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
            Session session(connection);
            DemoSeeder(session).seed();
        }
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
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
            Session session(connection);
            DemoSeeder(session).seed();
        }
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
