// SPDX-License-Identifier: GPL-3.0-or-later
// The search panel in the real main window, offscreen: Ctrl+Shift+F focuses the field, a search
// runs on the store thread and lists the hit with its attachment, page and marked snippet, a bad
// filter is said in the panel, and opening a hit opens the document's single view.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/search/SearchPanel.h"
#include "gui/search/SearchResultModel.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/OcrEngine.h"
#include "render/SearchIndexService.h"
#include "render/SearchIndexer.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QAction>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFont>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestSearchPanel : public QObject
{
    Q_OBJECT

    /// A 決裁 draft titled title in unit, by the store's own user.
    static qint64 draft(StoreConnection &connection, qint64 unit, const QString &title)
    {
        Session session(connection);
        DocumentRecord d;
        d.kind = DocumentKind::Decision;
        d.title = title;
        d.unitId = unit;
        return DocumentStore(connection).createDraft(session, d);
    }

private slots:
    void findsAndOpensAHit()
    {
        test::TestDatabase db;
        qint64 doc = 0;
        {
            StoreConnection connection(db.url());
            const qint64 unit = test::setUpDraftingOffice(connection, QStringLiteral("管理 太郎"));
            doc = draft(connection, unit, QStringLiteral("庁舎の修繕"));
            Session session(connection);
            QBuffer csv;
            csv.setData(QStringLiteral("項目,金額\n屋上防水,予算 120万円\n").toUtf8());
            csv.open(QIODevice::ReadOnly);
            AttachmentStore(connection)
                .add(session, doc, csv, {QStringLiteral("見積.csv"), {}, QStringLiteral("text/csv")});
            render::SearchIndexer(connection).indexQueued();
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        auto *panel = window.findChild<SearchPanel *>();
        QVERIFY(panel);
        auto *action = window.findChild<QAction *>(QStringLiteral("searchAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        action->trigger();
        QTRY_VERIFY(panel->field()->hasFocus());
        // Nothing searched yet: no empty list takes the document list's height.
        QVERIFY(!panel->resultView()->isVisible());

        panel->field()->setText(QStringLiteral("防水")); // keyClicks types ASCII only
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->resultView()->isVisible());
        QVERIFY(panel->resultView()->height() > 80);
        const QModelIndex hit = panel->model()->index(0);
        QCOMPARE(hit.data(SearchResultModel::DocumentIdRole).toLongLong(), doc);
        QCOMPARE(hit.data(SearchResultModel::PageRole).toInt(), 1);
        const QString html = hit.data(SearchResultModel::HtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral(">防水</b>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("見積.csv")), qPrintable(html));
        QVERIFY(panel->statusText().contains(QLatin1Char('1')));

        // a bad filter is said where the results would be, naming it
        panel->search(QStringLiteral("防水 年度:いつか"));
        QTRY_VERIFY(panel->statusText().contains(QStringLiteral("年度")));
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->resultView()->isVisible());

        panel->search(QStringLiteral("ﾎﾞｳｽｲ OR 修繕"));
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        panel->openHit(0);
        QTRY_VERIFY(window.lastSingleView());
        QCOMPARE(window.lastSingleView()->documentId(), doc);
        window.lastSingleView()->close();
    }

    void theIndexFollowsAChangeMadeElsewhere()
    {
        test::TestDatabase db;
        qint64 unit = 0;
        {
            StoreConnection connection(db.url());
            unit = test::setUpDraftingOffice(connection, QStringLiteral("管理 太郎"));
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        auto *panel = window.findChild<SearchPanel *>();
        auto *indexer = panel->findChild<render::SearchIndexService *>();
        QVERIFY(indexer);
        QSignalSpy passes(indexer, &render::SearchIndexService::progress);
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        QTRY_VERIFY(passes.size() >= 1); // the first pass is over: the indexer now rests kIdleMs
        {
            // another client (or the draft editor) writes a document
            StoreConnection connection(db.url());
            draft(connection, unit, QStringLiteral("灯台の定期点検について"));
        }
        // found well before the indexer would have looked again by itself (PostgreSQL: the
        // store's notification; SQLite: the search asks the indexer to look now)
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT((panel->search(QStringLiteral("灯台")), panel->model()->rowCount() == 1),
                                 render::SearchIndexService::kIdleMs / 2);
        QVERIFY(waited.elapsed() < render::SearchIndexService::kIdleMs / 2);
    }

    void aHitOnAScanIsHighlightedInTheSingleView()
    {
        if (!render::OcrEngine().isReady())
            QSKIP("Tesseract with the jpn data is not installed (packaging/debian-packages.txt lists it)");
        // a "scan": Japanese text drawn into an image, as a copier would give it
        QImage scan(1600, 360, QImage::Format_RGB32);
        scan.fill(Qt::white);
        {
            QPainter painter(&scan);
            QFont font(QStringLiteral("Noto Sans CJK JP"));
            font.setPixelSize(72);
            font.setWeight(QFont::Bold);
            painter.setFont(font);
            painter.drawText(scan.rect().adjusted(60, 0, -60, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             QStringLiteral("文書管理規程の見直し"));
        }
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            scan.save(&buffer, "PNG");
        }
        test::TestDatabase db;
        qint64 doc = 0;
        {
            StoreConnection connection(db.url());
            const qint64 unit = test::setUpDraftingOffice(connection, QStringLiteral("管理 太郎"));
            doc = draft(connection, unit, QStringLiteral("規程改正の起案"));
            Session session(connection);
            QBuffer file(&png);
            file.open(QIODevice::ReadOnly);
            AttachmentStore(connection)
                .add(session, doc, file, {QStringLiteral("規程.png"), {}, QStringLiteral("image/png")});
            render::SearchIndexer indexer(connection);
            indexer.indexQueued();
            QCOMPARE(indexer.ocrWaiting(5), 1);
            indexer.indexQueued();
        }
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY(window.isReady());
        auto *panel = window.findChild<SearchPanel *>();
        QVERIFY(panel);
        panel->search(QStringLiteral("規程"));
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        panel->openHit(0);
        QTRY_VERIFY(window.lastSingleView());
        SingleViewWindow *view = window.lastSingleView();
        // the view's own search finds the word on the scan (before, a scan had no text to find)
        QTRY_VERIFY_WITH_TIMEOUT(view->hitCount() >= 1, 20000);
        view->close();
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
