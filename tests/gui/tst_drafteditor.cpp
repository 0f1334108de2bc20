// SPDX-License-Identifier: GPL-3.0-or-later
// The draft editor, offscreen, on both backends: files dropped as URLs (several, a folder, a
// duplicate, an empty one) are stored in order with the right hashes and clear messages;
// reordering by drag persists; attachment changes undo; typing is saved by itself (and the
// header 起案者 / 起案日 stays); 提出 in the editor asks with the route and the checks, and says
// the 文書番号 and who is next (issue 19).
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/AttachmentListModel.h"
#include "gui/AttachmentPanel.h"
#include "gui/DraftEditor.h"
#include "gui/DraftForm.h"
#include "gui/FolderListModel.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/SubmitDialog.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/WorkflowOrg.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QComboBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace kessai;
using namespace kessai::gui;

namespace {
QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

void dropUrls(QWidget *target, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data.setUrls(urls);
    const QPointF where(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(where.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

/// Types as a Japanese input method does: the converted text arrives as one commit.
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QStringList names(const AttachmentListModel *model)
{
    QStringList list;
    for (const AttachmentRecord &a : model->attachments())
        list.append(a.displayName);
    return list;
}
} // namespace

class TestDraftEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;
    QList<std::pair<DraftEditor::Question, QString>> m_asked;
    bool m_answer = true;

    DraftEditor *openEditor(qint64 id)
    {
        m_window->openEditor(id);
        DraftEditor *editor = m_window->lastEditor();
        if (!editor)
            return nullptr;
        // Every change of the attachment list checked against the model contract as it happens.
        new QAbstractItemModelTester(editor->attachmentModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, editor);
        editor->setQuestionHandler(
            [this](DraftEditor::Question q, const QString &text, std::function<void(bool)> a) {
                m_asked.append({q, text});
                a(m_answer);
            });
        return editor;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        {
            StoreConnection connection(m_db->url());
            test::setUpDraftingOffice(connection, QStringLiteral("起案 太郎"));
        }
        m_client = std::make_unique<StoreClient>();
        m_window = std::make_unique<MainWindow>(m_client.get(), m_db->url());
        m_window->show();
        m_window->start();
        QTRY_VERIFY(m_window->isReady());
        m_asked.clear();
        m_answer = true;
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_db.reset();
    }

    void dropsFilesFolderDuplicateAndEmpty()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        QVERIFY(editor->isEditable());
        typeText(editor->form()->titleEdit(), QStringLiteral("添付のテスト"));
        QTRY_VERIFY(editor->documentId() > 0); // saved by itself: only the subject is needed

        const QByteArray a("first file\n"), b(3 * 1024 * 1024 + 17, 'b'), c("third, 第三\n");
        const QString dir = m_files.path();
        dropUrls(editor,
                 {writeFile(dir + QStringLiteral("/a.txt"), a), writeFile(dir + QStringLiteral("/b.bin"), b),
                  writeFile(dir + QStringLiteral("/会議資料 ①.txt"), c)});
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(3), 20000);
        QCOMPARE(names(editor->attachmentModel()),
                 (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.bin"),
                              QStringLiteral("会議資料 ①.txt")}));
        const auto &list = editor->attachmentModel()->attachments();
        QCOMPARE(list.at(0).sha256, sha256(a));
        QCOMPARE(list.at(1).sha256, sha256(b));
        QCOMPARE(list.at(1).size, qint64(b.size()));
        QCOMPARE(list.at(2).sha256, sha256(c));

        // A folder: its files in natural order (2 before 10), after the others.
        const QString folder = dir + QStringLiteral("/資料");
        writeFile(folder + QStringLiteral("/10.txt"), "ten");
        writeFile(folder + QStringLiteral("/2.txt"), "two");
        writeFile(folder + QStringLiteral("/sub/1.txt"), "one in sub");
        dropUrls(editor->attachmentPanel()->view()->viewport(), {folder});
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(6), 20000);
        QCOMPARE(names(editor->attachmentModel()).mid(3),
                 (QStringList{QStringLiteral("2.txt"), QStringLiteral("10.txt"), QStringLiteral("1.txt")}));

        // The same content again: asked; "no" adds nothing.
        m_answer = false;
        dropUrls(editor, {writeFile(dir + QStringLiteral("/copy of a.txt"), a)});
        QTRY_COMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().first, DraftEditor::Question::AddDuplicate);
        QVERIFY(m_asked.first().second.contains(QStringLiteral("a.txt")));
        QTRY_COMPARE(editor->attachmentModel()->pendingCount(), 0);
        QCOMPARE(editor->attachmentModel()->attachments().size(), qsizetype(6));
        // "yes" attaches it once more.
        m_answer = true;
        dropUrls(editor, {dir + QStringLiteral("/copy of a.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(7), 20000);

        // An empty file: a message naming it, nothing stored, the rest intact.
        dropUrls(editor, {writeFile(dir + QStringLiteral("/empty.pdf"), QByteArray())});
        QTRY_VERIFY(!editor->messages().isEmpty());
        QVERIFY2(editor->messages().constLast().contains(QStringLiteral("empty.pdf")),
                 qPrintable(editor->messages().join(u'\n')));
        QVERIFY(editor->messages().constLast().contains(QStringLiteral("empty")));
        QTRY_COMPARE(editor->attachmentModel()->pendingCount(), 0);
        QCOMPARE(editor->attachmentModel()->attachments().size(), qsizetype(7));

        // What the editor shows is what the store has; content is stored once.
        StoreConnection connection(m_db->url());
        const auto stored = AttachmentStore(connection).list(editor->documentId());
        QCOMPARE(stored.size(), qsizetype(7));
        QCOMPARE(stored.at(6).sha256, sha256(a));
    }

    void reorderByDragPersistsAndUndoes()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        typeText(editor->form()->titleEdit(), QStringLiteral("並べ替え"));
        QTRY_VERIFY(editor->documentId() > 0);
        const QString dir = m_files.path();
        dropUrls(editor, {writeFile(dir + QStringLiteral("/one.txt"), "1"),
                          writeFile(dir + QStringLiteral("/two.txt"), "2"),
                          writeFile(dir + QStringLiteral("/three.txt"), "3")});
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(3), 20000);

        // Drag "three" (position 3) onto the top row, as the view does with the model's mime data.
        AttachmentListModel *model = editor->attachmentModel();
        std::unique_ptr<QMimeData> dragged(
            model->mimeData({model->index(2, AttachmentListModel::NameColumn)}));
        QVERIFY(dragged);
        QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
        QTRY_COMPARE(names(model), (QStringList{QStringLiteral("three.txt"), QStringLiteral("one.txt"),
                                                QStringLiteral("two.txt")}));
        // Ctrl+Down on the selected first row moves it down one.
        editor->attachmentPanel()->selectPosition(1);
        editor->attachmentPanel()->view()->setFocus();
        QTRY_VERIFY(editor->attachmentPanel()->view()->hasFocus() || !QApplication::focusWidget());
        const qint64 id = editor->documentId();
        QTRY_VERIFY(!editor->isBusy());
        editor->close();
        QTRY_VERIFY(m_window->lastEditor() == nullptr);

        // Reopened: the order is the stored one.
        DraftEditor *again = openEditor(id);
        QVERIFY(again);
        QTRY_VERIFY(again->isLoaded());
        QCOMPARE(
            names(again->attachmentModel()),
            (QStringList{QStringLiteral("three.txt"), QStringLiteral("one.txt"), QStringLiteral("two.txt")}));
        // Remove, then undo: the attachment comes back in its place with its name.
        again->attachmentPanel()->selectPosition(2);
        emit again->attachmentPanel()->removeRequested(2);
        QTRY_COMPARE(names(again->attachmentModel()),
                     (QStringList{QStringLiteral("three.txt"), QStringLiteral("two.txt")}));
        QTRY_VERIFY(again->undoStack()->canUndo());
        again->undoStack()->undo();
        QTRY_COMPARE(
            names(again->attachmentModel()),
            (QStringList{QStringLiteral("three.txt"), QStringLiteral("one.txt"), QStringLiteral("two.txt")}));
        // Undo the move made in the first editor is not possible here (new session), but redo works.
        again->undoStack()->redo();
        QTRY_COMPARE(names(again->attachmentModel()),
                     (QStringList{QStringLiteral("three.txt"), QStringLiteral("two.txt")}));
    }

    void typingIsSavedByItself()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        typeText(editor->form()->titleEdit(), QStringLiteral("自動保存"));
        typeText(editor->form()->bodyEdit(), QStringLiteral("標記について伺います。"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->documentId() > 0 && !editor->isDirty() && !editor->isBusy(), 10000);
        // The header (起案者, 起案日) survives the automatic save.
        auto *header = editor->findChild<QLabel *>(QStringLiteral("draftHeader"));
        QVERIFY(header);
        QVERIFY2(header->text().contains(QStringLiteral("起案 太郎")), qPrintable(header->text()));
        StoreConnection connection(m_db->url());
        const auto document = DocumentStore(connection).document(editor->documentId());
        QVERIFY(document);
        QCOMPARE(document->title, QStringLiteral("自動保存"));
        QCOMPARE(document->body, QStringLiteral("標記について伺います。"));
    }

    void theDecisionKindIsChosenInTheFormAndSaved()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        auto *kinds = editor->findChild<QComboBox *>(QStringLiteral("decisionKindCombo"));
        QVERIFY(kinds);
        QCOMPARE(kinds->count(), 7); // (not recorded) and the six kinds in force
        QCOMPARE(kinds->currentData().toLongLong(), 0);
        typeText(editor->form()->titleEdit(), QStringLiteral("物品購入契約の締結について"));
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("契約")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->documentId() > 0 && !editor->isDirty() && !editor->isBusy(), 10000);
        StoreConnection connection(m_db->url());
        QTRY_COMPARE(DocumentStore(connection).document(editor->documentId())->decisionKindName, QStringLiteral("契約"));
    }

    void dropBetweenRowsInsertsThereWithAHighlight()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        typeText(editor->form()->titleEdit(), QStringLiteral("差し込み"));
        QTRY_VERIFY(editor->documentId() > 0);
        const QString dir = m_files.path();
        dropUrls(editor, {writeFile(dir + QStringLiteral("/first.txt"), "first"),
                          writeFile(dir + QStringLiteral("/last.txt"), "last")});
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(2), 20000);

        // Dragging files over the list frames it; leaving takes the frame away.
        QWidget *viewport = editor->attachmentPanel()->view()->viewport();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(writeFile(dir + QStringLiteral("/middle.txt"), "middle"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(editor->attachmentPanel()->isDropHighlighted());
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
        QVERIFY(!editor->attachmentPanel()->isDropHighlighted());

        // Dropped between the two rows (before row 1, as the view's indicator says): it goes there.
        AttachmentListModel *model = editor->attachmentModel();
        QVERIFY(model->canDropMimeData(&data, Qt::CopyAction, 1, 0, {}));
        model->dropMimeData(&data, Qt::CopyAction, 1, 0, {});
        QTRY_COMPARE_WITH_TIMEOUT(names(model), (QStringList{QStringLiteral("first.txt"), QStringLiteral("middle.txt"),
                                                             QStringLiteral("last.txt")}),
                                  20000);
    }

    void submitAsksWithTheChecks()
    {
        // Without 決裁区分 and 簿冊 the confirmation names what is missing and offers no 提出.
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        typeText(editor->form()->titleEdit(), QStringLiteral("提出の確認"));
        editor->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        SubmitDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = editor->findChild<SubmitDialog *>()), 10000);
        QTRY_VERIFY(!dialog->findChild<QLabel *>(QStringLiteral("submitChecks"))->text().contains(QStringLiteral("Checking")));
        QVERIFY(!dialog->isReady());
        QVERIFY(!dialog->preview().problems.isEmpty());
        QVERIFY(dialog->preview().decisionLevel.isEmpty());
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();
        StoreConnection connection(m_db->url());
        QCOMPARE(DocumentStore(connection).document(editor->documentId())->status, DocumentStatus::Draft);
    }

    void submitFromTheEditorSaysWhatHappened()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play the drafter");
        cleanup();
        m_db = std::make_unique<test::TestDatabase>();
        test::WorkflowOrg org;
        qint64 doc = 0;
        {
            StoreConnection connection(m_db->url());
            org.setUp(connection);
            Session drafter(connection, QStringLiteral("ito_t"));
            doc = org.draft(drafter, QStringLiteral("公用車の更新について"));
        }
        m_client = std::make_unique<StoreClient>();
        m_window = std::make_unique<MainWindow>(m_client.get(), m_db->url(), QStringLiteral("ito_t"));
        m_window->show();
        m_window->start();
        QTRY_VERIFY(m_window->isReady());
        DraftEditor *editor = openEditor(doc);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        editor->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        SubmitDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = editor->findChild<SubmitDialog *>()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        // No route was set: the default route (係長 … 課長) is shown with the checks.
        QVERIFY(dialog->preview().defaultRoute);
        QVERIFY(dialog->preview().route.size() >= 2);
        QVERIFY2(dialog->preview().route.join(QLatin1Char('|')).contains(QStringLiteral("鈴木 浩")),
                 qPrintable(dialog->preview().route.join(QLatin1Char('|'))));
        QVERIFY(!dialog->preview().decisionLevel.isEmpty());
        QVERIFY(!dialog->preview().file.isEmpty());
        {
            // Showing it changed nothing: still a draft with no route.
            StoreConnection connection(m_db->url());
            QCOMPARE(DocumentStore(connection).document(doc)->status, DocumentStatus::Draft);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->resultText().isEmpty(), 10000);
        StoreConnection connection(m_db->url());
        const auto document = DocumentStore(connection).document(doc);
        QCOMPARE(document->status, DocumentStatus::InReview);
        QVERIFY2(dialog->resultText().contains(document->numberLabel), qPrintable(dialog->resultText()));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("佐藤 由美")), qPrintable(dialog->resultText()));
        // The editor turns read-only; the main window lists it under 回議中.
        QTRY_VERIFY(!editor->isEditable());
        QTRY_COMPARE(m_window->folderModel()->count(InboxFolder::InProgress), 1);
    }

    void bigFileKeepsGuiResponsiveAndCancels()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        typeText(editor->form()->titleEdit(), QStringLiteral("大きな添付"));
        QTRY_VERIFY(editor->documentId() > 0);
        // 96 MiB, written in pieces: the test itself stays small in memory.
        const QString path = m_files.filePath(QStringLiteral("big.bin"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 96; ++i) {
                block.fill(char('a' + i % 26));
                file.write(block);
            }
        }
        // The GUI thread's event loop must keep turning while the file is hashed and stored.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        dropUrls(editor, {path});
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(1), 60000);
        ticker.stop();
        QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("GUI thread blocked for %1 ms").arg(worstGap)));
        QCOMPARE(editor->attachmentModel()->attachments().first().size, qint64(96) * 1024 * 1024);

        // The same file once more (new content), cancelled while it is being stored: nothing is kept.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("different now");
        }
        dropUrls(editor, {path});
        QTRY_COMPARE(editor->attachmentModel()->pendingCount(), 1);
        const int jobId = editor->attachmentModel()->index(1, 0).data(AttachmentListModel::JobIdRole).toInt();
        QVERIFY(jobId > 0);
        emit editor->attachmentPanel()->cancelRequested(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->pendingCount(), 0, 30000);
        QTRY_VERIFY(!editor->isBusy());
        QCOMPARE(editor->attachmentModel()->attachments().size(), qsizetype(1));
        QVERIFY(editor->messages().isEmpty()); // a cancel is not an error
        StoreConnection connection(m_db->url());
        QCOMPARE(BlobStore(connection).orphanChunkCount(), qint64(0));
    }

    void untitledDraftKeepsDroppedFilesUntilSaved()
    {
        DraftEditor *editor = openEditor(0);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isLoaded());
        dropUrls(editor,
                 {writeFile(m_files.path() + QStringLiteral("/early.txt"), "dropped before the subject")});
        QTRY_COMPARE(editor->attachmentModel()->pendingCount(), 1);
        QTRY_VERIFY(
            editor->attachmentModel()->index(0, AttachmentListModel::StatusColumn).data().toString().size() >
            0);
        QCOMPARE(editor->documentId(), qint64(0));
        typeText(editor->form()->titleEdit(), QStringLiteral("後から件名"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->attachmentModel()->attachments().size(), qsizetype(1), 10000);
        QCOMPARE(editor->attachmentModel()->pendingCount(), 0);
    }
};

QTEST_MAIN(TestDraftEditor)
#include "tst_drafteditor.moc"
