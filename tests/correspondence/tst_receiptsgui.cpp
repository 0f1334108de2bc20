// SPDX-License-Identifier: GPL-3.0-or-later
// The 収受 menu of the real main window, offscreen: 収受登録 with a dropped file registers a
// receipt (its sender offered next time), a refusal keeps what was typed with the reason, and
// the 収受待ち dock lists the hot folder's files with their state and registers a ready one,
// which then leaves the folder. 回答を起案 on a selected receipt asks for the 件名 and opens the
// new draft, linked both ways; a refusal names the receipt.
#include "core/documents/DocumentStore.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreConnection.h"
#include "gui/DocumentListContextMenu.h"
#include "gui/DocumentTableModel.h"
#include "gui/DraftEditor.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/receipts/HotFolderDock.h"
#include "gui/receipts/ReceiptDialog.h"
#include "gui/receipts/ReceiptsMenu.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kessai;
using namespace kessai::gui;

class TestReceiptsGui : public QObject
{
    Q_OBJECT

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    /// With KESSAI_SHOTS=DIR, what the user sees is saved there (looked at under Xvfb).
    static void shoot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("KESSAI_SHOTS");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
    }
    static ReceiptsMenu *menuOf(MainWindow &window) { return window.findChild<ReceiptsMenu *>(); }
    static void drop(ReceiptDialog *dialog, const QString &path)
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dialog, &dropped);
    }

private slots:
    void registersADroppedScanAndListsTheHotFolder()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        {
            StoreConnection connection(db.url());
            test::setUpDraftingOffice(connection, QStringLiteral("管理 太郎"));
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        ReceiptsMenu *menu = menuOf(window);
        QVERIFY(menu);

        // 収受登録 with a dropped scan.
        const QString scan = dir.filePath(QStringLiteral("照会文書.pdf"));
        QVERIFY(write(scan, "%PDF-1.4 照会\n"));
        ReceiptDialog *dialog = menu->openDialog();
        drop(dialog, scan);
        QCOMPARE(dialog->files(), QStringList{scan});
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("照会について"));
        dialog->findChild<QComboBox *>(QStringLiteral("sender"))->setEditText(QStringLiteral("北海道総務部"));
        QSignalSpy registered(menu, &ReceiptsMenu::registered);
        shoot(dialog, "receipt-dialog.png");
        dialog->accept();
        QTRY_COMPARE(registered.size(), 1);
        const qint64 id = registered.first().at(0).toLongLong();
        QCOMPARE(registered.first().at(1).toString(), QStringLiteral("総務収第1号"));
        {
            StoreConnection connection(db.url());
            const auto receipt = ReceiptStore(connection).receipt(id);
            QVERIFY(receipt);
            QCOMPARE(receipt->senderName, QStringLiteral("北海道総務部"));
            QCOMPARE(receipt->attachmentCount, 1);
        }
        // The sender is offered next time.
        ReceiptDialog *next = menu->openDialog();
        auto *senders = next->findChild<QComboBox *>(QStringLiteral("sender"));
        QTRY_COMPARE(senders->count(), 1);
        QCOMPARE(senders->itemText(0), QStringLiteral("北海道総務部"));
        // A refusal (an empty file) comes back with what was typed and the reason.
        const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(write(empty, {}));
        next->setFiles({empty});
        next->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("空の添付"));
        senders->setEditText(QStringLiteral("北海道総務部"));
        next->accept();
        ReceiptDialog *again = nullptr;
        QTRY_VERIFY((again = window.findChild<ReceiptDialog *>()) && again->isVisible()
                    && again->findChild<QLineEdit *>(QStringLiteral("problem"))->isVisible());
        QVERIFY(again->findChild<QLineEdit *>(QStringLiteral("problem"))->text().contains(QStringLiteral("empty.pdf")));
        shoot(again, "receipt-dialog-refused.png");
        QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("title"))->text(), QStringLiteral("空の添付"));
        again->reject();

        // 収受待ち: the hot folder's files with their state; a ready one is registered and leaves.
        const QString hot = dir.filePath(QStringLiteral("hot"));
        QVERIFY(QDir().mkpath(hot));
        QVERIFY(write(hot + QStringLiteral("/scan0001.pdf"), "%PDF-1.4 scan\n"));
        QVERIFY(write(hot + QStringLiteral("/scan0002.pdf"), {}));
        HotFolderDock *dock = menu->dock();
        dock->setFolder(hot);
        dock->show();
        auto *table = dock->findChild<QTableWidget *>(QStringLiteral("hotFolderTable"));
        QTRY_COMPARE(table->rowCount(), 2);
        // First seen: waiting; once unchanged for the settle time: ready (the other stays empty).
        QTRY_VERIFY_WITH_TIMEOUT((dock->rescan(), dock->entries().size() == 2
                                                      && dock->entries().at(0).state == HotFolder::FileState::Ready),
                                 15000);
        QCOMPARE(dock->entries().at(1).state, HotFolder::FileState::Empty);
        QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("empty")));
        table->selectRow(0);
        shoot(&window, "hot-folder-dock.png");
        auto *registerButton = dock->findChild<QPushButton *>(QStringLiteral("registerFromHotFolder"));
        QVERIFY(registerButton->isEnabled());
        registerButton->click();
        ReceiptDialog *fromFolder = nullptr;
        QTRY_VERIFY((fromFolder = window.findChild<ReceiptDialog *>()) && fromFolder->isVisible());
        QCOMPARE(fromFolder->files(), QStringList{hot + QStringLiteral("/scan0001.pdf")});
        QCOMPARE(fromFolder->findChild<QLineEdit *>(QStringLiteral("title"))->text(), QStringLiteral("scan0001"));
        fromFolder->findChild<QComboBox *>(QStringLiteral("sender"))->setEditText(QStringLiteral("複合機"));
        fromFolder->accept();
        QTRY_COMPARE(registered.size(), 2);
        QCOMPARE(registered.last().at(1).toString(), QStringLiteral("総務収第2号"));
        QTRY_VERIFY(!QFile::exists(hot + QStringLiteral("/scan0001.pdf")));
        QTRY_COMPARE(table->rowCount(), 1);
    }

    void draftsAnAnswerFromASelectedReceipt()
    {
        test::TestDatabase db;
        ReceiptRecord receipt;
        receipt.title = QStringLiteral("照会について");
        receipt.senderName = QStringLiteral("北海道総務部");
        receipt.receivedOn = QDate::currentDate();
        receipt.handling = ReceiptHandling::Draft;
        {
            StoreConnection connection(db.url());
            receipt.unitId = test::setUpDraftingOffice(connection, QStringLiteral("管理 太郎"));
            receipt.documentId = ReceiptStore(connection).registerReceipt(Session(connection), receipt);
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.resize(1200, 700);
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        // The receipt, selected in 全文書 (the administrator's list).
        window.selectFolder(InboxFolder::All);
        QTableView *view = window.documentView();
        int row = -1;
        QTRY_VERIFY((row = rowOf(view, receipt.documentId)) >= 0);
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QPushButton *answerButton = nullptr;
        QTRY_VERIFY((answerButton = window.findChild<QPushButton *>(QStringLiteral("answerButton")))
                    && answerButton->isVisible());
        shoot(&window, "answer-button.png");

        // A refusal from the store (a NUL in the 件名) names the receipt; nothing is drafted.
        answerButton->click();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = window.findChild<QInputDialog *>(QStringLiteral("answerTitleDialog"))) && ask->isVisible());
        QCOMPARE(ask->textValue(), ReceiptStore::answerTitle(receipt));
        QVERIFY(ask->labelText().contains(QStringLiteral("総務収第1号")));
        shoot(ask, "answer-title-dialog.png");
        ask->setTextValue(QStringLiteral("回答") + QChar(0));
        ask->accept();
        QMessageBox *refused = nullptr;
        QTRY_VERIFY((refused = window.findChild<QMessageBox *>(QStringLiteral("answerFailedMessage")))
                    && refused->isVisible());
        QVERIFY(refused->text().contains(QStringLiteral("総務収第1号")));
        QVERIFY(refused->text().contains(QStringLiteral("NUL")));
        refused->close();
        {
            StoreConnection connection(db.url());
            QVERIFY(ReceiptStore(connection).answers(receipt.documentId).isEmpty());
        }
        QVERIFY(!window.lastEditor());

        // From the right-click menu, with the default 件名: the draft opens in the editor.
        auto *contextMenu = window.findChild<DocumentListContextMenu *>();
        QVERIFY(contextMenu);
        contextMenu->request(view->visualRect(view->model()->index(rowOf(view, receipt.documentId), 0)).center());
        QAction *answerAction = nullptr;
        QTRY_VERIFY(contextMenu->lastMenu()
                    && (answerAction = contextMenu->lastMenu()->findChild<QAction *>(QStringLiteral("contextAnswer"))));
        contextMenu->lastMenu()->close();
        answerAction->trigger();
        QTRY_VERIFY((ask = window.findChild<QInputDialog *>(QStringLiteral("answerTitleDialog"))) && ask->isVisible());
        ask->accept();
        QTRY_VERIFY(window.lastEditor() && window.lastEditor()->isLoaded());
        DraftEditor *editor = window.lastEditor();
        QVERIFY(editor->isVisible());
        const qint64 draftId = editor->documentId();
        QVERIFY(draftId > 0);
        StoreConnection connection(db.url());
        QCOMPARE(ReceiptStore(connection).answers(receipt.documentId), QList<qint64>{draftId});
        const auto answered = ReceiptStore(connection).answeredReceipt(draftId);
        QVERIFY(answered);
        QCOMPARE(answered->documentId, receipt.documentId);
        const auto draft = DocumentStore(connection).document(draftId);
        QVERIFY(draft);
        QCOMPARE(draft->title, ReceiptStore::answerTitle(receipt));
        QCOMPARE(draft->kind, DocumentKind::Decision);
        shoot(editor, "answer-draft-editor.png");
    }

private:
    static int rowOf(QTableView *view, qint64 documentId)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong() == documentId)
                return row;
        }
        return -1;
    }
};

QTEST_MAIN(TestReceiptsGui)
#include "tst_receiptsgui.moc"
