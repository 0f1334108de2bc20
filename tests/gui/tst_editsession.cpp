// SPDX-License-Identifier: GPL-3.0-or-later
// 直接編集 from the draft editor with a scripted editor process (fake_editor) that saves the
// way LibreOffice does: a lock file, several saves by temp-and-rename, then the lock goes.
// The saves are coalesced into exactly one new version, the lock is visible while editing,
// and an in-place save followed by 編集終了 makes the next version.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/AttachmentListModel.h"
#include "gui/DraftEditor.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/editing/EditSessionController.h"
#include "gui/singleview/DossierWatcher.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void scriptedEditorMakesOneVersionPerSession()
    {
        test::TestDatabase db;
        qint64 document = 0;
        qint64 attachment = 0;
        {
            StoreConnection connection(db.url());
            test::setUpDraftingOffice(connection, QStringLiteral("編集 太郎"));
            Session session(connection);
            DocumentRecord draft;
            draft.title = QStringLiteral("直接編集のテスト");
            document = DocumentStore(connection).createDraft(session, draft);
            QBuffer source;
            source.setData("元の文面\n");
            source.open(QIODevice::ReadOnly);
            attachment = AttachmentStore(connection)
                             .add(session, document, source, {QStringLiteral("通知文.txt"), {}, {}})
                             .id;
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        window.openEditor(document);
        DraftEditor *editor = window.lastEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        QTRY_COMPARE(editor->attachmentModel()->attachments().size(), qsizetype(1));
        QVERIFY(editor->watcher());
        editor->watcher()->setInterval(100);
        const QModelIndex status = editor->attachmentModel()->index(0, AttachmentListModel::StatusColumn);

        // The "application": fake_editor saving three times as LibreOffice does.
        const QByteArray finalText = "修正後の文面\n";
        editor->setEditOpener([finalText](const QString &path) {
            return QProcess::startDetached(QStringLiteral(KESSAI_FAKE_EDITOR_PATH),
                                           {QStringLiteral("--repeat"), QStringLiteral("3"),
                                            QStringLiteral("--interval-ms"), QStringLiteral("400"),
                                            QStringLiteral("session"), path, QString::fromUtf8(finalText)});
        });
        QMetaObject::invokeMethod(editor, "startEditing", Q_ARG(int, 1));
        QTRY_VERIFY(editor->editing(attachment) != nullptr);
        EditSessionController *controller = editor->editing(attachment);
        controller->setPollInterval(100);
        QTRY_VERIFY(controller->isActive());
        {
            StoreConnection connection(db.url());
            QVERIFY(EditLocks(connection).lockOf(attachment).has_value()); // others see who is editing
        }
        // The list says who is editing, and since when.
        QTRY_VERIFY(status.data().toString().startsWith(QStringLiteral("編集 太郎")));
        // The lock file goes away when the editor closes: the session ends by itself.
        QTRY_VERIFY_WITH_TIMEOUT(editor->editing(attachment) == nullptr, 20000);
        QTRY_COMPARE(editor->attachmentModel()->attachments().first().versionNo, 2);
        StoreConnection connection(db.url());
        const auto versions = AttachmentVersions(connection).list(attachment);
        QCOMPARE(versions.size(), qsizetype(2)); // three saves, one session, one version
        QCOMPARE(
            editor->attachmentModel()->attachments().first().sha256,
            QString::fromLatin1(QCryptographicHash::hash(finalText, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!EditLocks(connection).lockOf(attachment).has_value());

        // An editor without lock files: save in place, then 編集終了.
        QString working;
        editor->setEditOpener([&working](const QString &path) {
            working = path;
            return true;
        });
        QMetaObject::invokeMethod(editor, "startEditing", Q_ARG(int, 1));
        QTRY_VERIFY(editor->editing(attachment) && editor->editing(attachment)->isActive());
        editor->editing(attachment)->setPollInterval(100);
        QVERIFY(!working.isEmpty());
        QCOMPARE(QProcess::execute(QStringLiteral(KESSAI_FAKE_EDITOR_PATH),
                                   {QStringLiteral("inplace"), working, QStringLiteral("三度目の文面\n")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(editor->editing(attachment)->savedCount(), 1, 10000);
        QMetaObject::invokeMethod(editor, "finishEditing", Q_ARG(int, 1));
        QTRY_VERIFY_WITH_TIMEOUT(editor->editing(attachment) == nullptr, 10000);
        QCOMPARE(AttachmentVersions(connection).list(attachment).size(), qsizetype(3));
        QTRY_VERIFY(!status.data().toString().startsWith(QStringLiteral("編集 太郎")));

        // The client on another machine died holding the lock: its owner breaks it here.
        KESSAI_TRY(EditLocks(connection).acquire(Session(connection), attachment, QStringLiteral("pc-dead")));
        QTRY_VERIFY(status.data().toString().startsWith(QStringLiteral("編集 太郎")));
        // The main window's 提出 waits for the edit, and says who is editing.
        window.selectFolder(InboxFolder::Drafts);
        QTRY_VERIFY(window.documentView()->model()->rowCount() == 1);
        window.documentView()->selectionModel()->setCurrentIndex(window.documentView()->model()->index(0, 0),
                                                                 QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
        QPushButton *submit = nullptr;
        QTRY_VERIFY((submit = window.findChild<QPushButton *>(QStringLiteral("action_submit"))));
        QVERIFY(!submit->isEnabled());
        QVERIFY(submit->toolTip().contains(QStringLiteral("編集 太郎")));
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("editingNotice")));
        QString asked;
        editor->setQuestionHandler(
            [&asked](DraftEditor::Question question, const QString &text, std::function<void(bool)> answer) {
                if (question == DraftEditor::Question::BreakLock)
                    asked = text;
                answer(question == DraftEditor::Question::BreakLock);
            });
        QMetaObject::invokeMethod(editor, "breakLock", Q_ARG(int, 1));
        QTRY_VERIFY(!EditLocks(connection).lockOf(attachment).has_value());
        QVERIFY(asked.contains(QLatin1String("pc-dead")));
        QTRY_VERIFY(!status.data().toString().startsWith(QStringLiteral("編集 太郎")));
        // Unlocked: 提出 can go ahead again.
        QTRY_VERIFY((submit = window.findChild<QPushButton *>(QStringLiteral("action_submit"))) &&
                    submit->isEnabled());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("editingNotice")));

        // Closing the main window while editing asks first; "Yes" stores the save, then closes.
        QMetaObject::invokeMethod(editor, "startEditing", Q_ARG(int, 1));
        QTRY_VERIFY(editor->editing(attachment) && editor->editing(attachment)->isActive());
        editor->editing(attachment)->setPollInterval(100);
        QCOMPARE(QProcess::execute(QStringLiteral(KESSAI_FAKE_EDITOR_PATH),
                                   {QStringLiteral("inplace"), working, QStringLiteral("閉じる前の文面\n")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(editor->editing(attachment)->savedCount(), 1, 10000);
        window.close();
        QVERIFY(window.isVisible());
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = window.findChild<QMessageBox *>(QStringLiteral("closeWhileEditingQuestion"))));
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
        QCOMPARE(AttachmentVersions(connection).list(attachment).size(), qsizetype(4));
        QVERIFY(!EditLocks(connection).lockOf(attachment).has_value());
    }
};

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
