// SPDX-License-Identifier: GPL-3.0-or-later
// SingleViewWindow while attachments change, offscreen, on both backends. The window follows the
// document (DossierWatcher): a version made by another client replaces that attachment's pages,
// office files re-converted through the rendition cache (content seen before is not converted
// again); each header band says who is editing; 編集 from the band opens a working file, the
// viewer's own saves show before they are a version, and 編集終了 makes exactly one version; a
// stale lock is broken from the band after a question; an approver edits on their turn only
// when the route allows 修正, and the route records it.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RouteReader.h"
#include "gui/CoverSheetView.h"
#include "gui/StoreClient.h"
#include "gui/editing/EditSessionController.h"
#include "gui/editing/EditSessionHub.h"
#include "gui/editing/VersionHistoryDialog.h"
#include "gui/singleview/DossierWatcher.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/ConversionService.h"
#include "render/RenderEngine.h"
#include "tests/editing/EditingFixture.h"
#include "tests/render/RenderFixtures.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;
using K = WorkflowActionKind;

namespace {
using State = render::DossierItem::State;
using Action = SingleView::ItemAction;

bool writeInPlace(const QString &path, const QString &text)
{
    return QProcess::execute(QStringLiteral(KESSAI_FAKE_EDITOR_PATH),
                             {QStringLiteral("inplace"), path, text}) == 0;
}
} // namespace

class TestSingleViewEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EditingFixture> f;
    std::map<QString, std::unique_ptr<StoreClient>> m_clients;

    /// A GUI store thread acting as login (their own role on PostgreSQL, --as on SQLite).
    StoreClient *client(const QString &login)
    {
        auto &slot = m_clients[login];
        if (slot)
            return slot.get();
        slot = std::make_unique<StoreClient>();
        const bool pg = test::TestDatabase::isPostgreSQL();
        const DatabaseUrl url = pg ? f->db().urlAs(login) : f->db().url();
        bool started = false;
        slot->call<bool>(
            this,
            [url, pg, login](StoreWorker &worker) {
                worker.open(url);
                worker.startSession(pg ? QString() : login);
                return true;
            },
            [&started](bool ok) { started = ok; },
            [](const StoreClient::Failure &failure) { qWarning() << failure.message; });
        if (!QTest::qWaitFor([&started] { return started; }, 10000))
            qWarning("the store thread did not start");
        return slot.get();
    }

    std::unique_ptr<SingleViewWindow> open(const QString &login, qint64 documentId,
                                           render::ConversionService *conversion = nullptr)
    {
        const DatabaseUrl url = test::TestDatabase::isPostgreSQL() ? f->db().urlAs(login) : f->db().url();
        auto window = std::make_unique<SingleViewWindow>(client(login), url, documentId, conversion);
        window->watcher()->setInterval(200);
        window->editSessionHub()->setPollInterval(100);
        window->resize(1000, 800);
        window->show();
        window->load();
        return window;
    }

    std::optional<AttachmentVersion> addVersion(const char *login, qint64 attachmentId,
                                                const QByteArray &bytes, int base, const QString &note = {})
    {
        Session &session = f->as(login);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return AttachmentVersions(session.connection()).addVersion(session, attachmentId, buffer, note, base);
    }

    static bool showsContent(SingleViewWindow &window, int item, const QByteArray &bytes)
    {
        const render::DossierItem &shown = window.engine()->item(item);
        return shown.isReady() && shown.sha256 == test::EditingFixture::sha(bytes);
    }

    /// The visible message box named objectName, if any.
    static QMessageBox *question(const QString &objectName)
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->objectName() == objectName && box->isVisible())
                return box;
        }
        return nullptr;
    }

private slots:
    void init() { f = std::make_unique<test::EditingFixture>(); }

    void cleanup()
    {
        m_clients.clear();
        f.reset();
    }

    void followsVersionsFromAnotherClient()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"初版の本文\n", "別紙\n"}, &ids));
        auto window = open(QStringLiteral("ito_t"), doc);
        QTRY_VERIFY(window->engine()->itemCount() == 2 && window->engine()->isSettled());
        QVERIFY(showsContent(*window, 0, "初版の本文\n"));
        // The drafter may edit her draft: the band offers 編集; nobody holds a lock.
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        QVERIFY(window->view()->itemStatus(0).badge.isEmpty());

        // Another client (her other session) stores version 2: the view follows within the poll
        // (SQLite) or as soon as the commit is notified (PostgreSQL: the watcher then polls only
        // every 30 s, so what follows within the 5 s below came through the notification).
        if (test::TestDatabase::isPostgreSQL()) {
            QTRY_VERIFY(window->watcher()->isNotified());
            QCOMPARE(window->watcher()->interval(), DossierWatcher::kSafetyPollMilliseconds);
        }
        QElapsedTimer clock;
        clock.start();
        KESSAI_TRY(addVersion("ito_t", ids.at(0), "第二版の本文\n", 1));
        QTRY_VERIFY_WITH_TIMEOUT(showsContent(*window, 0, "第二版の本文\n"), 5000);
        qInfo("new version shown after %lld ms", clock.elapsed());
        QCOMPARE(window->engine()->item(0).versionNo, 2);
        QVERIFY(showsContent(*window, 1, "別紙\n")); // the other attachment stays as it was
        // Search reads the new content, not the old.
        window->find(QStringLiteral("第二版"));
        QTRY_COMPARE(window->hitCount(), 1);
        window->find(QStringLiteral("初版"));
        QTRY_COMPARE(window->hitCount(), 0);

        // 版の履歴 of the attachment on screen: restoring version 1 makes version 3, shown at once.
        window->view()->goToItem(0);
        VersionHistoryDialog *history = window->showVersions();
        QVERIFY(history);
        QTRY_VERIFY(history->isLoaded());
        QCOMPARE(history->versions().size(), qsizetype(2));
        history->restoreVersion(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            showsContent(*window, 0, "初版の本文\n") && window->engine()->item(0).versionNo == 3, 5000);
        history->close();

        // Reordered elsewhere: the dossier is read again, in the new order.
        Session &ito = f->as("ito_t");
        KESSAI_TRY(AttachmentStore(ito.connection()).move(ito, doc, 2, 1));
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->itemCount() == 2 &&
                                     window->engine()->item(0).attachmentId == ids.at(1) &&
                                     showsContent(*window, 1, "初版の本文\n"),
                                 5000);
    }

    void editFromTheBandShowsSavesAndMakesOneVersion()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"通知文の案\n"}, &ids));
        const qint64 a = ids.at(0);
        auto window = open(QStringLiteral("ito_t"), doc);
        QString working;
        window->editSessionHub()->setOpener([&working](const QString &path) {
            working = path;
            return true;
        });
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        window->triggerItemAction(0);
        QTRY_VERIFY(!working.isEmpty());
        QVERIFY(QFileInfo(working).fileName().endsWith(QLatin1String(".txt"))); // same extension
        // Everyone sees the lock; the band offers 編集終了.
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::FinishEditing);
        QTRY_VERIFY(window->view()->itemStatus(0).badge.contains(QStringLiteral("伊藤 拓也")));
        QVERIFY(EditLocks(f->admin()).lockOf(a).has_value());

        // Each save shows at once, before it is a version; saves are coalesced.
        QVERIFY(writeInPlace(working, QStringLiteral("通知文の案（一回目）\n")));
        QTRY_VERIFY_WITH_TIMEOUT(showsContent(*window, 0, "通知文の案（一回目）\n"), 5000);
        QVERIFY(window->engine()->item(0).workInProgress);
        QVERIFY(writeInPlace(working, QStringLiteral("通知文（確定）\n")));
        QTRY_VERIFY_WITH_TIMEOUT(showsContent(*window, 0, "通知文（確定）\n"), 5000);
        QCOMPARE(f->versionCount(a), 1);

        // 編集終了 asks for an optional note, then makes exactly one version.
        window->triggerItemAction(0);
        QInputDialog *note = nullptr;
        QTRY_VERIFY((note = window->findChild<QInputDialog *>(QStringLiteral("versionNoteDialog"))));
        note->setTextValue(QStringLiteral("語句を修正"));
        note->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            !window->engine()->item(0).workInProgress && window->engine()->item(0).versionNo == 2, 5000);
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("通知文（確定）\n"));
        QCOMPARE(AttachmentVersions(f->admin()).version(a, 2)->note, QStringLiteral("語句を修正"));
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
    }

    void staleLockIsBrokenFromTheBand()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"回覧文\n"}, &ids));
        const qint64 a = ids.at(0);
        // Her client on another machine took the lock and died.
        KESSAI_TRY(EditLocks(f->admin()).acquire(f->as("ito_t"), a, QStringLiteral("pc-dead")));
        auto window = open(QStringLiteral("ito_t"), doc);
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::BreakLock);
        QVERIFY(window->view()->itemStatus(0).badge.startsWith(QStringLiteral("伊藤 拓也")));
        // Someone else (not the owner, not a 文書管理者) only sees it.
        auto other = open(QStringLiteral("sato_y"), doc);
        QTRY_VERIFY(other->view()->itemStatus(0).badge.startsWith(QStringLiteral("伊藤 拓也")));
        QCOMPARE(other->view()->itemStatus(0).action, Action::None);

        // Asked first; "No" keeps it.
        QMessageBox *box = nullptr;
        window->triggerItemAction(0);
        QTRY_VERIFY((box = question(QStringLiteral("breakLockQuestion"))));
        QVERIFY(box->text().contains(QLatin1String("pc-dead")));
        box->button(QMessageBox::No)->click();
        QVERIFY(EditLocks(f->admin()).lockOf(a).has_value());
        QTRY_VERIFY(!question(QStringLiteral("breakLockQuestion")));
        window->triggerItemAction(0);
        QTRY_VERIFY((box = question(QStringLiteral("breakLockQuestion"))));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!EditLocks(f->admin()).lockOf(a).has_value());
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        QTRY_VERIFY(other->view()->itemStatus(0).badge.isEmpty());
        QVERIFY(f->events(a).contains(QLatin1String("edit.lock_break/ito_t")));
    }

    void aLockBrokenWhileEditingIsReportedAndNothingIsLost()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"会議録\n"}, &ids));
        const qint64 a = ids.at(0);
        auto window = open(QStringLiteral("ito_t"), doc);
        EditSessionHub *hub = window->editSessionHub();
        hub->setHeartbeatInterval(100);
        QString working;
        hub->setOpener([&working](const QString &path) {
            working = path;
            return true;
        });
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        QSignalSpy problems(hub, &EditSessionHub::problem);
        window->startEditing(0);
        QTRY_VERIFY(hub->session(a) && hub->session(a)->isActive());
        // The heartbeat keeps the lock fresh while the client lives.
        const QDateTime taken = EditLocks(f->admin()).lockOf(a)->lastSeen;
        QTRY_VERIFY(EditLocks(f->admin()).lockOf(a)->lastSeen > taken);
        QVERIFY(writeInPlace(working, QStringLiteral("会議録（編集中）\n")));
        QTRY_COMPARE_WITH_TIMEOUT(hub->session(a)->savedCount(), 1, 5000);

        // The 文書管理者 breaks it (thinking the client gone): the editor is told, once.
        KESSAI_TRY(EditLocks(f->admin()).breakLock(f->as("kanri_s"), a, QStringLiteral("誤って解除")));
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(1).toString().contains(QLatin1String("was broken")));
        // Several more beats (three more polls of the window, 200 ms each — on PostgreSQL too,
        // where heartbeats notify nothing): still one message.
        window->watcher()->setSafetyInterval(200);
        const int checks = window->watcher()->checks();
        QTRY_VERIFY(window->watcher()->checks() >= checks + 3);
        QCOMPARE(problems.size(), 1);
        // Nothing else arrived meanwhile: 編集終了 still makes the version.
        window->finishEditing(0, {});
        QTRY_VERIFY_WITH_TIMEOUT(!hub->isEditing(a), 5000);
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("会議録（編集中）\n"));
    }

    void aLockBrokenIsReportedAtOnceThroughTheNotification()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite: the next heartbeat reports it (the test above)");
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"議事要旨\n"}, &ids));
        const qint64 a = ids.at(0);
        auto window = open(QStringLiteral("ito_t"), doc);
        EditSessionHub *hub = window->editSessionHub(); // the default heartbeat: once a minute
        hub->setOpener([](const QString &) { return true; });
        QTRY_VERIFY(window->watcher()->isNotified());
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        QSignalSpy problems(hub, &EditSessionHub::problem);
        window->startEditing(0);
        QTRY_VERIFY(hub->session(a) && hub->session(a)->isActive());
        KESSAI_TRY(EditLocks(f->admin()).breakLock(f->as("kanri_s"), a, QStringLiteral("誤って解除")));
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 5000);
        QVERIFY(problems.at(0).at(1).toString().contains(QLatin1String("was broken")));
        window->finishEditing(0, {});
        QTRY_VERIFY_WITH_TIMEOUT(!hub->isEditing(a), 5000);
    }

    void anUnwritableWorkingCopyOpensNothingAndKeepsNoLock()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"書けない\n"}, &ids));
        const qint64 a = ids.at(0);
        auto window = open(QStringLiteral("ito_t"), doc);
        EditSessionHub *hub = window->editSessionHub();
        bool opened = false;
        hub->setOpener([&opened](const QString &) { return opened = true; });
        QSignalSpy problems(hub, &EditSessionHub::problem);
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit);
        // Working copies go under the data folder; make it impossible to create (as a full or
        // read-only disk would), whoever runs the test.
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", "/dev/null/kessai-data");
        window->startEditing(0);
        QTRY_COMPARE(problems.size(), 1);
        qputenv("XDG_DATA_HOME", saved);
        QVERIFY2(problems.at(0).at(1).toString().contains(QLatin1String("could not be written")),
                 qPrintable(problems.at(0).at(1).toString()));
        QVERIFY(!opened);
        QVERIFY(!hub->isEditing(a));
        QVERIFY(!EditLocks(f->admin()).lockOf(a).has_value()); // no lock left behind
        QCOMPARE(f->versionCount(a), 1);
        QTRY_COMPARE(window->view()->itemStatus(0).action, Action::Edit); // and it can be tried again
    }

    void approverEditsOnTheirTurnWhenTheRouteAllows()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"予算案\n"}, &ids));
        const qint64 a = ids.at(0);
        KESSAI_TRY(f->route(doc, true)); // 係長 → 課長補佐 (may 修正) → 課長
        KESSAI_TRY(f->act("ito_t", doc, K::Submit));

        // 係長's turn: the route gives that step no 修正; the drafter no longer edits.
        auto sato = open(QStringLiteral("sato_y"), doc);
        auto ito = open(QStringLiteral("ito_t"), doc);
        QTRY_VERIFY(sato->engine()->itemCount() == 1 && ito->engine()->itemCount() == 1);
        QTRY_VERIFY(sato->watcher()->checks() > 0 && ito->watcher()->checks() > 0);
        QCOMPARE(sato->view()->itemStatus(0).action, Action::None);
        QCOMPARE(ito->view()->itemStatus(0).action, Action::None);

        KESSAI_TRY(f->act("sato_y", doc, K::Approve));
        auto takahashi = open(QStringLiteral("takahashi_m"), doc);
        QTRY_COMPARE(takahashi->view()->itemStatus(0).action, Action::Edit);
        QString working;
        takahashi->editSessionHub()->setOpener([&working](const QString &path) {
            working = path;
            return true;
        });
        takahashi->triggerItemAction(0);
        QTRY_VERIFY(!working.isEmpty());
        QVERIFY(writeInPlace(working, QStringLiteral("予算案（補佐修正）\n")));
        QTRY_VERIFY_WITH_TIMEOUT(takahashi->editSessionHub()->session(a) &&
                                     takahashi->editSessionHub()->session(a)->savedCount() == 1,
                                 5000);
        // While it is being edited the others see who edits it, and the route waits.
        QTRY_VERIFY(ito->view()->itemStatus(0).badge.startsWith(QStringLiteral("高橋")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, f->act("takahashi_m", doc, K::Approve));
        takahashi->finishEditing(0, QStringLiteral("金額を訂正"));
        QTRY_VERIFY_WITH_TIMEOUT(f->versionCount(a) == 2 && !takahashi->editSessionHub()->isEditing(a), 5000);
        // The drafter's window shows the approver's version.
        QTRY_VERIFY_WITH_TIMEOUT(showsContent(*ito, 0, "予算案（補佐修正）\n"), 5000);
        QTRY_VERIFY(ito->view()->itemStatus(0).badge.isEmpty());

        // The route records it: "課長補佐 が 添付1 を修正".
        const QList<RouteStep> route = RouteReader(f->admin()).route(doc);
        QCOMPARE(route.at(1).edits.size(), 1);
        QCOMPARE(route.at(1).edits.at(0).versionNo, 2);
        QVERIFY(CoverSheetView::editsHtml(route.at(1)).contains(QStringLiteral("課長補佐")));

        KESSAI_TRY(f->act("takahashi_m", doc, K::Approve));
        QTRY_COMPARE(takahashi->view()->itemStatus(0).action, Action::None); // their turn is over
    }

    void officeContentIsConvertedOnceThroughTheRenditionCache()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        const QByteArray first = test::RenderFixtures::docx({QStringLiteral("初版の議事録")});
        const QByteArray second = test::RenderFixtures::docx({QStringLiteral("第二版の議事録")});
        KESSAI_TRY(doc = f->draftWith({first}, &ids, QStringLiteral("docx")));
        const qint64 a = ids.at(0);
        render::ConversionService conversion(f->db().url());
        auto window = open(QStringLiteral("ito_t"), doc, &conversion);
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->itemCount() == 1 && window->engine()->item(0).isReady(),
                                 60000);
        QVERIFY(window->engine()->item(0).converted);
        const int runs = conversion.conversionRuns();

        KESSAI_TRY(addVersion("ito_t", a, second, 1));
        QTRY_VERIFY_WITH_TIMEOUT(showsContent(*window, 0, second), 60000);
        QVERIFY(window->engine()->item(0).converted);
        QCOMPARE(conversion.conversionRuns(), runs + 1);
        window->find(QStringLiteral("第二版"));
        QTRY_COMPARE_WITH_TIMEOUT(window->hitCount(), 1, 10000);

        // Back to the first content (a restore): its rendition is reused, nothing is converted.
        Session &ito = f->as("ito_t");
        KESSAI_TRY(AttachmentVersions(ito.connection()).restore(ito, a, 1, {}, 2));
        QTRY_VERIFY_WITH_TIMEOUT(showsContent(*window, 0, first) && window->engine()->item(0).versionNo == 3,
                                 10000);
        QCOMPARE(conversion.conversionRuns(), runs + 1);
    }
};

QTEST_MAIN(TestSingleViewEditing)
#include "tst_singleviewediting.moc"
