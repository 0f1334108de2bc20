// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer acts where they read (issue 19): the single view offers the actions the user
// may take now, with the same dialog as the main window; Ctrl+Shift+Enter opens the decision's
// dialog (never acts alone); after acting 「次の未決へ」 shows the next document of the 未決
// folder from its top; and when another client acts, the view says so and its buttons follow.
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/DocumentActionBar.h"
#include "gui/StoreClient.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewActions.h"
#include "gui/singleview/SingleViewWindow.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QPushButton>
#include <QScrollBar>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestSingleViewActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    test::WorkflowOrg m_org;

    /// Two documents submitted on the standard route: both await the 係長 (sato_y).
    QList<qint64> submitTwo()
    {
        m_db = std::make_unique<test::TestDatabase>();
        StoreConnection connection(m_db->url());
        m_org.setUp(connection);
        Session drafter(connection, QStringLiteral("ito_t"));
        QList<qint64> documents;
        for (const QString &title : {QStringLiteral("防災訓練の実施について"), QStringLiteral("庁舎清掃の委託について")}) {
            const qint64 id = m_org.draft(drafter, title);
            WorkflowStore(connection).setRoute(drafter, id, m_org.standardRoute());
            WorkflowStore(connection).submit(drafter, id);
            documents.append(id);
        }
        return documents;
    }

    DocumentStatus status(qint64 document)
    {
        StoreConnection connection(m_db->url());
        return DocumentStore(connection).document(document)->status;
    }

    void openClient(StoreClient &client, const QString &login)
    {
        const DatabaseUrl url = m_db->url();
        client.call<bool>(
            this,
            [url, login](StoreWorker &worker) {
                worker.open(url);
                worker.startSession(login);
                return true;
            },
            [](bool) {});
    }

    static QPushButton *button(QWidget &window, WorkflowActionKind kind)
    {
        return window.findChild<QPushButton *>(QStringLiteral("action_") + toCode(kind));
    }

private slots:
    void initTestCase()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play the reviewer; tst_workflowstore covers PostgreSQL roles");
    }

    void reviewerApprovesAndGoesToTheNextPending()
    {
        const QList<qint64> documents = submitTwo();
        StoreClient client;
        openClient(client, QStringLiteral("sato_y"));
        // The newer of the two is first in 未決; open the older one, so 次の未決 is the newer.
        SingleViewWindow window(&client, m_db->url(), documents.first());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1000, 700);
        window.show();
        window.load();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(button(window, WorkflowActionKind::Approve), 10000);
        QVERIFY(button(window, WorkflowActionKind::Return));
        QVERIFY(button(window, WorkflowActionKind::Reject));
        QVERIFY(!button(window, WorkflowActionKind::Decide)); // the 係長 does not decide

        // Ctrl+Shift+Enter opens the 承認 dialog; nothing is done until it is confirmed.
        QTest::keySequence(&window, SingleViewActions::mainActionKeys());
        ActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ActionDialog *>()));
        QCOMPARE(dialog->windowTitle(), ActionDialog::label(WorkflowActionKind::Approve));
        QCOMPARE(status(documents.first()), DocumentStatus::InReview);
        QCOMPARE(window.actions()->bar()->offer().rowVersion > 0, true);
        dialog->setComment(QStringLiteral("確認しました"));
        dialog->accept();
        // Approved: the buttons go (nothing more to do here), 次の未決へ is offered.
        QTRY_VERIFY_WITH_TIMEOUT(!button(window, WorkflowActionKind::Approve), 10000);
        auto *next = window.findChild<QPushButton *>(QStringLiteral("nextPendingButton"));
        QVERIFY(next);
        QTRY_VERIFY(next->isVisible());
        QCOMPARE(window.actions()->nextPending(), documents.last());
        QVERIFY(!window.actions()->notice().isEmpty());

        // The next document opens in the same window, at its cover sheet, with its buttons.
        window.view()->verticalScrollBar()->setValue(window.view()->verticalScrollBar()->maximum());
        next->click();
        QTRY_COMPARE(window.documentId(), documents.last());
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("庁舎清掃")));
        QTRY_VERIFY_WITH_TIMEOUT(button(window, WorkflowActionKind::Return), 10000);
        QCOMPARE(window.view()->verticalScrollBar()->value(), 0);
        QVERIFY(!next->isVisible());

        // 差戻し from here too, with the same dialog: comment and target.
        button(window, WorkflowActionKind::Return)->click();
        QTRY_VERIFY((dialog = window.findChild<ActionDialog *>()));
        dialog->setComment(QStringLiteral("日程を確認してください"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(status(documents.last()), DocumentStatus::Returned, 10000);
        QTRY_VERIFY(!button(window, WorkflowActionKind::Return));
        QTRY_VERIFY(window.actions()->notice().contains(QStringLiteral("Nothing else awaits you")) ||
                    window.actions()->notice().contains(QStringLiteral("ほかに")));
    }

    void anotherClientsActionUpdatesTheButtons()
    {
        const QList<qint64> documents = submitTwo();
        StoreClient client;
        openClient(client, QStringLiteral("sato_y"));
        SingleViewWindow window(&client, m_db->url(), documents.first());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        window.load();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(button(window, WorkflowActionKind::Approve), 10000);
        QVERIFY(window.actions()->notice().isEmpty());
        {
            // The same person approves from another machine.
            StoreConnection connection(m_db->url());
            Session sato(connection, QStringLiteral("sato_y"));
            WorkflowStore(connection).act(sato, documents.first(), WorkflowActionKind::Approve);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!button(window, WorkflowActionKind::Approve), 15000);
        QVERIFY(!window.actions()->notice().isEmpty());
        // With nothing left to decide, the shortcut says so instead of trying.
        QTest::keySequence(&window, SingleViewActions::mainActionKeys());
        QVERIFY(!window.findChild<ActionDialog *>());
    }
};

QTEST_MAIN(TestSingleViewActions)
#include "tst_singleviewactions.moc"
