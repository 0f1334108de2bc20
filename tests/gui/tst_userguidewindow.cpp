// SPDX-License-Identifier: GPL-3.0-or-later
// Help → 操作ガイド (issue 19): a page per role, task by task, inside the app; every image it
// shows is there; F1 opens the guide at the topic of the window in front. The screenshots
// come from here: the real windows on demo data (main window, draft editor, 提出 confirmation,
// the single view with the reviewer's buttons, a route with a 差戻し round kept). With
// KESSAI_GUIDE_SCREENSHOTS=DIR they are written there (scripts/update-guide-screenshots.sh puts
// them in resources/guide/images); without it they are still made and checked.
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/CoverSheetView.h"
#include "gui/DocumentTableModel.h"
#include "gui/DraftEditor.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/SubmitDialog.h"
#include "gui/UserGuideWindow.h"
#include "gui/singleview/SingleViewActions.h"
#include "gui/singleview/SingleViewWindow.h"
#include "tests/support/TestDatabase.h"
#include "translations/TranslationLoader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace kessai;
using namespace kessai::gui;

namespace {
const QStringList kPages{QStringLiteral("index.html"), QStringLiteral("drafter.html"),
                         QStringLiteral("reviewer.html"), QStringLiteral("records.html")};

/// Writes the shot where the script asked for it; checks it either way.
bool keep(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    if (image.isNull() || image.width() < 200 || image.height() < 150)
        return false;
    const QString dir = qEnvironmentVariable("KESSAI_GUIDE_SCREENSHOTS");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

UserGuideWindow *openGuide()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *guide = qobject_cast<UserGuideWindow *>(widget); guide && guide->isVisible())
            return guide;
    }
    return nullptr;
}

void select(MainWindow &window, qint64 documentId)
{
    QAbstractItemModel *model = window.documentView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DocumentTableModel::DocumentIdRole).toLongLong() == documentId)
            window.documentView()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}
} // namespace

class TestUserGuideWindow : public QObject
{
    Q_OBJECT

private slots:
    void everyPageAndImageIsThere()
    {
        static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
        int images = 0;
        for (const QString &page : kPages) {
            QFile file(QStringLiteral(":/kessai/guide/") + page);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page));
            const QString html = QString::fromUtf8(file.readAll());
            QVERIFY2(html.contains(QStringLiteral("<h2")), qPrintable(page)); // task by task
            for (auto it = image.globalMatch(html); it.hasNext(); ++images) {
                const QString src = it.next().captured(1);
                QVERIFY2(!QImage(QStringLiteral(":/kessai/guide/") + src).isNull(), qPrintable(page + src));
            }
        }
        QVERIFY(images >= 5);
    }

    void f1OpensTheTopicOfTheWindowInFront()
    {
        test::TestDatabase db;
        qint64 pending = 0;
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
            Session session(connection);
            DemoSeeder(session).seed();
            pending = DocumentStore(connection).list(session, InboxFolder::Pending).first().id;
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("userGuideAction")));
        QCOMPARE(UserGuideWindow::topicFor(&window), QStringLiteral("index.html#inbox"));
        window.openSingleView(pending);
        SingleViewWindow *view = window.lastSingleView();
        QVERIFY(view);
        QTRY_VERIFY(view->windowTitle() != QStringLiteral("Single view")); // loaded
        view->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(view));
        QTest::keyClick(view, Qt::Key_F1);
        UserGuideWindow *guide = nullptr;
        QTRY_VERIFY((guide = openGuide()));
        QCOMPARE(guide->currentTopic(), QStringLiteral("reviewer.html#approve"));
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("承認")));
        guide->close();
        view->close();
    }

    void screenshotsOfTheRealWindows()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("the screenshots are made once, on SQLite (--as plays the drafter)");
        // The guide is Japanese: so are its pictures.
        QCOMPARE(TranslationLoader::install(QStringLiteral("ja")), QStringLiteral("ja"));
        test::TestDatabase db;
        qint64 draft = 0;
        qint64 pending = 0;
        qint64 returned = 0;
        {
            StoreConnection connection(db.url());
            OrganizationSetup(connection).initialize(QStringLiteral("デモ県"), QStringLiteral("管理 太郎"));
            Session admin(connection);
            DemoSeeder(admin).seed();
            DocumentStore documents(connection);
            draft = documents.list(admin, InboxFolder::Drafts).first().id;
            const QList<DocumentRecord> waiting = documents.list(admin, InboxFolder::Pending);
            QVERIFY(waiting.size() >= 2);
            pending = waiting.first().id;
            // A 差戻し round, kept after the correction and the 再提出.
            returned = waiting.last().id;
            const DocumentRecord before = *documents.document(returned);
            WorkflowStore(connection).act(admin, returned, WorkflowActionKind::Return,
                                          QStringLiteral("参加人数の見込みを別紙に追記してください。"));
            const QString drafterLogin = OrgStore(connection).userById(before.drafterId)->login;
            Session drafter(connection, drafterLogin);
            DocumentRecord corrected = *documents.document(returned);
            corrected.title += QStringLiteral("（参加人数追記）");
            corrected.body += QStringLiteral("\n参加人数の見込みを追記しました。");
            documents.updateDraft(drafter, corrected);
            WorkflowStore(connection).submit(drafter, returned);
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.resize(1024, 700);
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_VERIFY(window.documentModel()->rowCount() > 0);
        QTRY_VERIFY(window.coverSheet()->documentId() != 0);
        QPushButton *approve = nullptr;
        QTRY_VERIFY((approve = window.findChild<QPushButton *>(QStringLiteral("action_approve"))) &&
                    approve->isVisible() && approve->parentWidget()->width() >= approve->parentWidget()->sizeHint().width());
        QVERIFY(keep(&window, QStringLiteral("main")));

        // The route with the 差戻し round kept (the main window's cover sheet).
        window.selectFolder(InboxFolder::All);
        QTRY_VERIFY(window.documentModel()->rowOf(returned) >= 0);
        select(window, returned);
        QTRY_COMPARE(window.coverSheet()->documentId(), returned);
        QTRY_VERIFY(window.coverSheet()->toPlainText().contains(QStringLiteral("参加人数の見込み")));
        window.coverSheet()->verticalScrollBar()->setValue(window.coverSheet()->verticalScrollBar()->maximum());
        QVERIFY(keep(window.coverSheet(), QStringLiteral("returned")));

        // The draft editor and its 提出 confirmation.
        window.openEditor(draft);
        DraftEditor *editor = window.lastEditor();
        QVERIFY(editor);
        editor->resize(1000, 680);
        QTRY_VERIFY(editor->isLoaded());
        QVERIFY(keep(editor, QStringLiteral("editor")));
        editor->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        SubmitDialog *submit = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((submit = editor->findChild<SubmitDialog *>()) && !submit->preview().title.isEmpty(),
                                 10000);
        QVERIFY(keep(submit, QStringLiteral("submit")));
        submit->reject();
        editor->close();

        // The single view with the reviewer's buttons.
        window.openSingleView(pending);
        SingleViewWindow *view = window.lastSingleView();
        QVERIFY(view);
        view->resize(1100, 760);
        QTRY_VERIFY_WITH_TIMEOUT((approve = view->findChild<QPushButton *>(QStringLiteral("action_approve"))) &&
                                     approve->isVisible(),
                                 10000);
        QTRY_VERIFY(view->windowTitle().contains(QStringLiteral("—"))); // 「件名 — 一覧表示」: the cover is there
        QVERIFY(keep(view, QStringLiteral("singleview")));
        // Acting from there: the same dialog as the main window, then 次の未決へ.
        approve->click();
        ActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<ActionDialog *>()) && dialog->isVisible());
        dialog->setComment(QStringLiteral("内容を確認しました。"));
        QVERIFY(keep(dialog, QStringLiteral("approve")));
        dialog->accept();
        QPushButton *next = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((next = view->findChild<QPushButton *>(QStringLiteral("nextPendingButton"))) &&
                                     next->isVisible(),
                                 10000);
        QVERIFY(keep(view, QStringLiteral("acted")));
        view->close();
    }
};

QTEST_MAIN(TestUserGuideWindow)
#include "tst_userguidewindow.moc"
