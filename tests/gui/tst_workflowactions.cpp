// SPDX-License-Identifier: GPL-3.0-or-later
// One document walked through the whole route in the real main window, each person in their
// own window (an administrator's --as on SQLite): 提出 → 合議 → 差戻し → re-提出 → 代決 →
// 後閲 → 施行. Only the buttons each person may press are there.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/DocumentTableModel.h"
#include "gui/EnforcementDialog.h"
#include "gui/FolderListModel.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/SubmitDialog.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestWorkflowActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_document = 0;

    /// Opens the main window as login, selects the document in folder, and returns the window.
    std::unique_ptr<MainWindow> openAs(StoreClient &client, const QString &login, InboxFolder folder)
    {
        auto window = std::make_unique<MainWindow>(&client, m_db->url(), login);
        window->show();
        window->start();
        if (!QTest::qWaitFor([&] { return window->isReady(); }, 10000)) {
            qWarning("%s: window not ready: %s", qPrintable(login), qPrintable(window->lastError()));
            return nullptr;
        }
        window->selectFolder(folder);
        const bool listed = QTest::qWaitFor(
            [&] {
                return window->currentFolder() == folder && window->documentModel()->rowOf(m_document) >= 0;
            },
            10000);
        if (!listed) {
            qWarning("%s: document %lld not in folder %s (now %s, count %d, status %s)", qPrintable(login),
                     m_document, qPrintable(toCode(folder)), qPrintable(toCode(window->currentFolder())),
                     window->folderModel()->count(folder), qPrintable(toCode(document().status)));
            return nullptr;
        }
        QAbstractItemModel *model = window->documentView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(DocumentTableModel::DocumentIdRole).toLongLong() == m_document)
                window->documentView()->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return window;
    }

    /// Presses the action's button, fills its dialog, and waits until the document changed.
    bool act(const QString &login, InboxFolder folder, WorkflowActionKind kind, const QString &comment = {},
             const std::function<void(ActionDialog *)> &fill = {})
    {
        StoreClient client;
        auto window = openAs(client, login, folder);
        if (!window)
            return false;
        const QString name = QStringLiteral("action_") + toCode(kind);
        if (!QTest::qWaitFor([&] { return window->findChild<QPushButton *>(name) != nullptr; }, 10000)) {
            qWarning("%s has no %s button", qPrintable(login), qPrintable(name));
            return false;
        }
        const int before = rowVersion();
        window->findChild<QPushButton *>(name)->click();
        if (kind == WorkflowActionKind::Submit) { // 提出 asks with the route and the checks first
            SubmitDialog *confirm = nullptr;
            if (!QTest::qWaitFor([&] { return (confirm = window->findChild<SubmitDialog *>()) && confirm->isReady(); },
                                 10000)) {
                qWarning("%s: the submission was not ready to confirm", qPrintable(login));
                return false;
            }
            confirm->submit();
        } else if (kind == WorkflowActionKind::Enforce) { // 施行 has its own dialog: one 施行先 is enough
            EnforcementDialog *dialog = nullptr;
            if (!QTest::qWaitFor([&] { return (dialog = window->findChild<EnforcementDialog *>()) && dialog->isEnabled(); },
                                 10000)) {
                qWarning("%s: the enforcement dialog did not load", qPrintable(login));
                return false;
            }
            dialog->findChild<QComboBox *>(QStringLiteral("destinationPicker"))->setEditText(QStringLiteral("北海道庁"));
            dialog->findChild<QPushButton *>(QStringLiteral("addDestination"))->click();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        } else if (ActionDialog *dialog = nullptr;
            QTest::qWaitFor([&] { return (dialog = window->findChild<ActionDialog *>()); }, 2000)) {
            dialog->setComment(comment);
            if (fill)
                fill(dialog);
            dialog->accept();
        }
        const bool changed = QTest::qWaitFor([&] { return rowVersion() > before; }, 10000);
        if (!changed)
            qWarning("%s: %s changed nothing: %s", qPrintable(login), qPrintable(name),
                     qPrintable(window->lastError()));
        return changed;
    }

    int rowVersion()
    {
        StoreConnection connection(m_db->url());
        int version = 0;
        WorkflowStore(connection).load(m_document, &version);
        return version;
    }

    DocumentRecord document()
    {
        StoreConnection connection(m_db->url());
        return *DocumentStore(connection).document(m_document);
    }

private slots:
    // The 提出 button of a draft without a route goes through WorkflowStore::submit like
    // kessai-cli submit: the default route is filled in and the draft submitted.
    void submitWithoutRouteTakesTheDefaultRoute()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play the drafter; tst_workflowstore covers PostgreSQL");
        m_db = std::make_unique<test::TestDatabase>();
        test::WorkflowOrg org;
        {
            StoreConnection connection(m_db->url());
            org.setUp(connection);
            Session drafter(connection, QStringLiteral("ito_t"));
            m_document = org.draft(drafter, QStringLiteral("経路を決めずに提出する起案"));
        }
        QVERIFY(act(QStringLiteral("ito_t"), InboxFolder::Drafts, WorkflowActionKind::Submit));
        QCOMPARE(document().status, DocumentStatus::InReview);
        StoreConnection connection(m_db->url());
        const QList<RouteStep> route = RouteReader(connection).route(m_document);
        QCOMPARE(route.size(), 3);
        QCOMPARE(route.last().assigneeId, org.suzuki);
        QCOMPARE(route.last().kind, StepKind::Decide);
    }

    void walkThroughTheWholeRoute()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as is the SQLite way to play several people in one test; the store suite covers "
                  "PostgreSQL roles");
        m_db = std::make_unique<test::TestDatabase>();
        test::WorkflowOrg org;
        {
            StoreConnection connection(m_db->url());
            org.setUp(connection);
            Session drafter(connection, QStringLiteral("ito_t"));
            m_document = org.draft(drafter, QStringLiteral("防災訓練の実施について"));
            WorkflowStore(connection).setRoute(drafter, m_document, org.standardRoute());
            // The 課長 is away; the 次長 is his proxy (代決).
            Session admin(connection);
            Absence absence;
            absence.userId = org.suzuki;
            absence.startsOn = QDate::currentDate().addDays(-1);
            absence.endsOn = QDate::currentDate().addDays(3);
            absence.proxyUserId = org.kato;
            OrgStore(connection).addAbsence(admin, absence);
        }
        // 提出: the number is given.
        QVERIFY(act(QStringLiteral("ito_t"), InboxFolder::Drafts, WorkflowActionKind::Submit));
        QCOMPARE(document().status, DocumentStatus::InReview);
        QVERIFY(document().numberLabel.startsWith(QStringLiteral("総務第")));
        // 回議 by the 係長, then 合議 by the two of 人事課 (parallel: both must act).
        QVERIFY(act(QStringLiteral("sato_y"), InboxFolder::Pending, WorkflowActionKind::Approve,
                    QStringLiteral("確認しました")));
        QVERIFY(act(QStringLiteral("watanabe_a"), InboxFolder::Pending, WorkflowActionKind::Approve,
                    QStringLiteral("異議なし")));
        QVERIFY(act(QStringLiteral("kimura_s"), InboxFolder::Pending, WorkflowActionKind::Approve));
        // 差戻し by the 課長補佐 to the drafter, with a reason.
        QVERIFY(act(QStringLiteral("takahashi_m"), InboxFolder::Pending, WorkflowActionKind::Return,
                    QStringLiteral("日程を修正してください")));
        QCOMPARE(document().status, DocumentStatus::Returned);
        // Re-提出 from 差戻し: it goes back to the 課長補佐, who approves.
        QVERIFY(act(QStringLiteral("ito_t"), InboxFolder::Returned, WorkflowActionKind::Submit));
        QVERIFY(act(QStringLiteral("takahashi_m"), InboxFolder::Pending, WorkflowActionKind::Approve));
        // 代決 by the proxy of the absent 課長.
        QVERIFY(act(QStringLiteral("kato_r"), InboxFolder::Pending, WorkflowActionKind::ProxyDecide));
        QCOMPARE(document().status, DocumentStatus::Decided);
        // 後閲 by the 課長 afterwards.
        QVERIFY(act(QStringLiteral("suzuki_h"), InboxFolder::Pending, WorkflowActionKind::Read));
        // 施行 by the drafter (date: today, not before the decision), to one 施行先.
        QVERIFY(act(QStringLiteral("ito_t"), InboxFolder::Done, WorkflowActionKind::Enforce));
        QCOMPARE(document().status, DocumentStatus::Enforced);

        StoreConnection connection(m_db->url());
        const auto route = RouteReader(connection).route(m_document);
        bool proxyDecided = false;
        for (const RouteStep &step : route)
            proxyDecided |=
                step.kind == StepKind::Decide && step.actingForId == org.suzuki && step.actedById == org.kato;
        QVERIFY(proxyDecided);
        QVERIFY(AuditLog(connection).verify().intact);
    }
};

QTEST_MAIN(TestWorkflowActions)
#include "tst_workflowactions.moc"
