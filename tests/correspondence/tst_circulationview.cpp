// SPDX-License-Identifier: GPL-3.0-or-later
// 供覧 and 収受 where people read (issue 16), on both backends (on PostgreSQL each person with
// their own login): a reader confirms (確認) a 供覧 from the single view, with a comment, and goes
// on to the next 未決; a 文書管理者 of the 課 closes one early there, with a reason; and the single
// view of a 起案 drafted from a 収受 shows the received document first, in a band of its own
// labelled with the 収受番号, 差出人 and 収受日 — not to a reader who may not see the receipt.
// With KESSAI_SCREENSHOTS=DIR the windows are saved there (offscreen grabs).
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/Circulation.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/DocumentActionBar.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewActions.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/RenderEngine.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using namespace kessai::gui;

class TestCirculationView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;
    QTemporaryDir m_dir;

    Session &as(const char *login)
    {
        auto &slot = m_people[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<test::SessionAs>(*m_db, *m_admin, QLatin1String(login));
        return slot->session();
    }
    /// A receipt of 総務課 registered by ito_t with one text file.
    qint64 receive(const QString &title, const QByteArray &text)
    {
        const QString path = m_dir.filePath(title + QStringLiteral(".txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return 0;
        file.close();
        Session &ito = as("ito_t");
        ReceiptRecord r;
        r.title = title;
        r.senderName = QStringLiteral("北海道総務部");
        r.receivedOn = QDate::currentDate();
        r.unitId = m_org.division;
        return ReceiptStore(ito.connection()).registerWithFiles(ito, r, {path});
    }
    void circulate(qint64 doc, const QList<qint64> &readers, bool parallel = false)
    {
        Circulation::Readers r;
        r.userIds = readers;
        r.parallel = parallel;
        Session &ito = as("ito_t");
        Circulation(ito.connection()).start(ito, doc, r);
    }
    DocumentStatus status(qint64 doc) { return DocumentStore(*m_admin).document(doc)->status; }
    WorkflowStep stepOf(qint64 doc, qint64 assignee)
    {
        for (const WorkflowStep &s : WorkflowStore(*m_admin).load(doc).allSteps()) {
            if (s.assigneeId == assignee)
                return s;
        }
        return {};
    }
    void openClient(StoreClient &client, const QString &login)
    {
        const DatabaseUrl url = test::TestDatabase::isPostgreSQL() ? m_db->urlAs(login) : m_db->url();
        const bool own = test::TestDatabase::isPostgreSQL();
        client.call<bool>(
            this,
            [url, login, own](StoreWorker &worker) {
                worker.open(url);
                worker.startSession(own ? QString() : login);
                return true;
            },
            [](bool) {});
    }
    std::unique_ptr<SingleViewWindow> openView(StoreClient &client, const QString &login, qint64 doc)
    {
        openClient(client, login);
        const DatabaseUrl url = test::TestDatabase::isPostgreSQL() ? m_db->urlAs(login) : m_db->url();
        auto window = std::make_unique<SingleViewWindow>(&client, url, doc);
        window->resize(1000, 700);
        window->show();
        window->load();
        return window;
    }
    static QPushButton *button(QWidget &window, WorkflowActionKind kind)
    {
        return window.findChild<QPushButton *>(QStringLiteral("action_") + toCode(kind));
    }
    static void shoot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("KESSAI_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_admin.reset();
        m_db.reset();
    }

    void aReaderConfirmsWhereTheyReadAndGoesOn()
    {
        qint64 first = 0;
        qint64 second = 0;
        KESSAI_TRY(first = receive(QStringLiteral("研修の案内"), "令和8年度 新任研修の案内\n"));
        KESSAI_TRY(second = receive(QStringLiteral("庁舎点検の通知"), "庁舎の定期点検を行います。\n"));
        KESSAI_TRY(circulate(first, {m_org.sato, m_org.takahashi}));
        KESSAI_TRY(circulate(second, {m_org.sato}));

        StoreClient client;
        const auto window = openView(client, QStringLiteral("sato_y"), first);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        // (the bar is built anew whenever the document is read again: buttons are looked up each time)
        QTRY_VERIFY_WITH_TIMEOUT(button(*window, WorkflowActionKind::Read), 10000);
        QCOMPARE(button(*window, WorkflowActionKind::Read)->text(), ActionDialog::tr("Confirm") + QStringLiteral("…"));
        QVERIFY(!button(*window, WorkflowActionKind::CloseEarly)); // a reader does not close it
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->itemCount() == 1 && window->engine()->item(0).isReady(), 20000);
        QTRY_VERIFY(button(*window, WorkflowActionKind::Read) && button(*window, WorkflowActionKind::Read)->isVisible()
                    && button(*window, WorkflowActionKind::Read)->height() > 0);
        shoot(window.get(), "singleview-circulation-confirm.png");

        // 確認 asks first (an optional comment); nothing is done until OK.
        button(*window, WorkflowActionKind::Read)->click();
        ActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ActionDialog *>()));
        QCOMPARE(dialog->windowTitle(), ActionDialog::tr("Confirm"));
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        shoot(dialog, "singleview-circulation-confirm-dialog.png");
        QCOMPARE(stepOf(first, m_org.sato).state, StepState::Pending);
        dialog->setComment(QStringLiteral("研修日程を係内に周知します"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(first, m_org.sato).state, StepState::Read, 10000);
        QCOMPARE(stepOf(first, m_org.sato).comment, QStringLiteral("研修日程を係内に周知します"));
        QCOMPARE(stepOf(first, m_org.sato).actedBy, m_org.sato);
        QCOMPARE(status(first), DocumentStatus::InReview); // takahashi_m reads next

        // Then on to the next 未決: the other 供覧, from its top, with its own 確認.
        auto *next = window->findChild<QPushButton *>(QStringLiteral("nextPendingButton"));
        QTRY_VERIFY_WITH_TIMEOUT(next->isVisible(), 10000);
        QCOMPARE(window->actions()->nextPending(), second);
        QTRY_VERIFY(!button(*window, WorkflowActionKind::Read));
        next->click();
        QTRY_COMPARE(window->documentId(), second);
        QTRY_VERIFY_WITH_TIMEOUT(button(*window, WorkflowActionKind::Read), 10000);
        // Ctrl+Shift+Enter (its action) opens the 確認 too: never acts alone.
        QVERIFY(window->actions()->mainActionShortcut()->shortcuts().contains(SingleViewActions::mainActionKeys()));
        window->actions()->mainActionShortcut()->trigger();
        QTRY_VERIFY((dialog = window->findChild<ActionDialog *>()));
        QCOMPARE(dialog->windowTitle(), ActionDialog::tr("Confirm"));
        dialog->accept(); // no comment: it is optional
        QTRY_COMPARE_WITH_TIMEOUT(status(second), DocumentStatus::Closed, 10000); // its only reader has seen it
    }

    void aRecordsManagerClosesACirculationEarly()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = receive(QStringLiteral("照会（回答不要）"), "参考までに送付します。\n"));
        KESSAI_TRY(circulate(doc, {m_org.sato, m_org.takahashi, m_org.suzuki}));
        KESSAI_TRY(Circulation(as("sato_y").connection()).confirm(as("sato_y"), doc));

        StoreClient client;
        const auto window = openView(client, QStringLiteral("kanri_s"), doc);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(button(*window, WorkflowActionKind::CloseEarly), 10000);
        QVERIFY(!button(*window, WorkflowActionKind::Read)); // not a reader
        button(*window, WorkflowActionKind::CloseEarly)->click();
        ActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ActionDialog *>()));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a reason is required
        dialog->setComment(QStringLiteral("課長・補佐とも長期出張のため打切り"));
        QVERIFY(ok->isEnabled());
        shoot(dialog, "singleview-circulation-close-early-dialog.png");
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(status(doc), DocumentStatus::Closed, 10000);
        QCOMPARE(stepOf(doc, m_org.takahashi).state, StepState::Skipped);
        QCOMPARE(stepOf(doc, m_org.takahashi).skipReason, SkipReason::Ended);
        QCOMPARE(stepOf(doc, m_org.suzuki).skipReason, SkipReason::Ended);
        QCOMPARE(stepOf(doc, m_org.sato).state, StepState::Read); // kept
        QTRY_VERIFY(!button(*window, WorkflowActionKind::CloseEarly));
        // In the history: closed early, by whom, why.
        std::optional<CoverSheet> sheet;
        KESSAI_TRY(sheet = CoverSheetReader(*m_admin).read(doc));
        QVERIFY(sheet);
        bool recorded = false;
        for (const CoverSheet::Remark &remark : sheet->remarks)
            recorded = recorded || (remark.text.contains(QStringLiteral("長期出張")) &&
                                    remark.who.contains(QStringLiteral("管理")));
        QVERIFY(recorded);
        // The readers left can no longer confirm.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            Circulation(as("takahashi_m").connection()).confirm(as("takahashi_m"), doc));
    }

    void theReceivedDocumentComesFirstInTheSingleView()
    {
        qint64 receipt = 0;
        KESSAI_TRY(receipt = receive(QStringLiteral("照会文書"), "貴課の防災訓練の実施状況について照会します。\n"));
        Session &ito = as("ito_t");
        DocumentRecord draft;
        draft.title = QStringLiteral("防災訓練の実施状況について（回答）");
        draft.decisionLevelId = m_org.levelDivision;
        draft.fileId = m_org.file;
        qint64 answer = 0;
        KESSAI_TRY(answer = ReceiptStore(ito.connection()).answer(ito, receipt, draft));
        QByteArray body("標記について、下記のとおり回答してよろしいか伺います。\n");
        QBuffer content(&body);
        QVERIFY(content.open(QIODevice::ReadOnly));
        KESSAI_TRY(AttachmentStore(ito.connection())
                       .add(ito, answer, content, {QStringLiteral("回答案.txt"), {}, QStringLiteral("text/plain")}));
        const auto numbered = ReceiptStore(*m_admin).receipt(receipt);
        QVERIFY(numbered && !numbered->numberLabel.isEmpty());

        StoreClient client;
        const auto window = openView(client, QStringLiteral("ito_t"), answer);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        render::RenderEngine *engine = window->engine();
        QTRY_VERIFY_WITH_TIMEOUT(engine->itemCount() == 2 && engine->item(0).isReady() && engine->item(1).isReady(),
                                 20000);
        // First the 収受, in its own band, then the 起案's own attachment.
        QCOMPARE(engine->receivedCount(), 1);
        QVERIFY(engine->item(0).isReceived());
        QVERIFY(engine->item(0).received.contains(numbered->numberLabel));
        QVERIFY(engine->item(0).received.contains(QStringLiteral("北海道総務部")));
        QVERIFY(engine->item(0).received.contains(QDate::currentDate().toString(Qt::ISODate)));
        QCOMPARE(engine->item(0).name, QStringLiteral("照会文書.txt"));
        QVERIFY(engine->item(0).pageCount() >= 1); // its pages render like any attachment's
        QVERIFY(!engine->item(1).isReceived());
        QCOMPARE(engine->item(1).name, QStringLiteral("回答案.txt"));
        const SingleViewLayout &layout = window->view()->layout();
        QCOMPARE(layout.items().size(), 2);
        QVERIFY(layout.items().at(0).band.top() > layout.coverRect().bottom()); // after the 鑑
        QVERIFY(layout.items().at(0).band.top() < layout.items().at(1).band.top());
        QTRY_VERIFY(window->sidePanel()->count() == 3);
        QVERIFY(window->sidePanel()->item(1)->text().startsWith(SingleViewWindow::tr("Received")));
        // The 起案's own attachment is still "Attachment 1/1", and only it can be edited.
        window->view()->goToItem(1);
        QTRY_VERIFY(window->statusText().startsWith(SingleViewWindow::tr("Attachment %1/%2 · p. %3/%4")
                                                        .arg(1)
                                                        .arg(1)
                                                        .arg(1)
                                                        .arg(1)));
        QCOMPARE(window->view()->itemStatus(0).action, SingleView::ItemAction::None);
        window->view()->goToItem(0);
        QTRY_VERIFY(window->statusText().contains(numbered->numberLabel));
        // The screenshot: the received page at the view's own scale, not its preview.
        const SingleViewLayout::Page &firstPage = window->view()->layout().pages().at(layout.items().at(0).firstPage);
        const render::RenderEngine::View shown{0, 0, firstPage.scale * window->view()->devicePixelRatioF(), 0, {}};
        if (!qEnvironmentVariableIsEmpty("KESSAI_SCREENSHOTS")
            && !QTest::qWaitFor([&] { return engine->cachedImage(engine->keysFor(shown, false).value(0)).has_value(); },
                                5000))
            qInfo("the screenshot shows the page as it was then");
        shoot(window.get(), "singleview-received-band.png");

        if (!test::TestDatabase::isPostgreSQL())
            return; // one machine, one reader: visibility is the office server's
        // A 秘 receipt: watanabe_a of 人事課, consulted on the answer, sees the answer but not the
        // receipt, so no band.
        SqlQuery::execDirect(*m_admin,
                             QStringLiteral("UPDATE documents SET classification = 'secret' WHERE id = %1").arg(receipt));
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, answer, m_org.standardRoute()));
        KESSAI_TRY(WorkflowStore(ito.connection()).submit(ito, answer));
        KESSAI_TRY(WorkflowStore(as("sato_y").connection()).act(as("sato_y"), answer, WorkflowActionKind::Approve));
        StoreClient other;
        const auto hidden = openView(other, QStringLiteral("watanabe_a"), answer);
        QTRY_VERIFY_WITH_TIMEOUT(hidden->engine()->itemCount() == 1 && hidden->engine()->item(0).isReady(), 20000);
        QCOMPARE(hidden->engine()->receivedCount(), 0);
        QCOMPARE(hidden->engine()->item(0).name, QStringLiteral("回答案.txt"));
    }
};

QTEST_MAIN(TestCirculationView)
#include "tst_circulationview.moc"
