// SPDX-License-Identifier: GPL-3.0-or-later
// The single view on a mixed dossier made here (a PDF, an image, a Shift_JIS text, a
// truncated PDF and random bytes named .pdf): order, pages, header bands, error cards in
// place of the broken files, search across attachments (1 character, full-width), and a
// scripted scroll through everything during which the GUI thread never stalls.
#include "core/documents/AttachmentStore.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/StoreClient.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/CoverSheetPainter.h"
#include "render/RenderEngine.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>
#include <QTimer>

using namespace kessai;
using namespace kessai::gui;

namespace {
QByteArray makePdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(14);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QRect(60, 60, 480, 40), QStringLiteral("起案用紙 第%1頁 決裁 ABC").arg(page + 1));
        painter.drawText(QRect(60, 120, 480, 40), QStringLiteral("標記について伺います。"));
    }
    painter.end();
    return buffer.data();
}

QByteArray randomBytes(int size)
{
    QRandomGenerator generator(20261121);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

QByteArray makePng()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(0x30, 0x80, 0xc0));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}
/// A draft of the drafting office titled title, with files attached in order.
qint64 draftWith(const DatabaseUrl &url, const QString &title,
                 const QList<std::pair<QString, QByteArray>> &files)
{
    StoreConnection connection(url);
    test::setUpDraftingOffice(connection, QStringLiteral("閲覧 花子"));
    Session session(connection);
    DocumentRecord draft;
    draft.title = title;
    const qint64 document = DocumentStore(connection).createDraft(session, draft);
    AttachmentStore attachments(connection);
    for (const auto &[name, bytes] : files) {
        QBuffer source;
        source.setData(bytes);
        source.open(QIODevice::ReadOnly);
        attachments.add(session, document, source, {name, {}, {}});
    }
    return document;
}

/// The store client a window works through, opened on url.
void openClient(StoreClient &client, QObject *context, const DatabaseUrl &url)
{
    client.call<bool>(
        context,
        [url](StoreWorker &worker) {
            worker.open(url);
            worker.startSession({});
            return true;
        },
        [](bool) {});
}
} // namespace

class TestSingleViewWindow : public QObject
{
    Q_OBJECT

private slots:
    void keysShowTheZoomAndClose()
    {
        // The zoom box shows the zoom in force after Ctrl++ and Ctrl+-, Ctrl+0 is fit-width
        // again, and Ctrl+W and Esc close the view (issue 19).
        test::TestDatabase db;
        const qint64 document =
            draftWith(db.url(), QStringLiteral("拡大率のテスト"), {{QStringLiteral("写真.png"), makePng()}});
        StoreClient client;
        openClient(client, this, db.url());
        for (const QKeySequence &closing :
             {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
            SingleViewWindow window(&client, db.url(), document);
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            window.resize(900, 700);
            window.show();
            window.load();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.activateWindow();
            QTRY_COMPARE_WITH_TIMEOUT(window.engine()->itemCount(), 1, 20000);
            auto *zoom = window.findChild<QComboBox *>(QStringLiteral("zoomBox"));
            QVERIFY(zoom);
            QCOMPARE(zoom->currentIndex(), 0); // fit width
            window.view()->setZoomMode(SingleViewLayout::ZoomMode::Fixed, 1.0);
            QCOMPARE(zoom->currentText(), QStringLiteral("100%"));
            QTest::keySequence(&window, QKeySequence::ZoomIn);
            QTRY_COMPARE(zoom->currentText(), QStringLiteral("125%"));
            QTest::keySequence(&window, QKeySequence::ZoomIn);
            QTRY_COMPARE(zoom->currentText(), QStringLiteral("156%")); // 1.25 × 1.25: not a step
            QTest::keySequence(&window, QKeySequence::ZoomOut);
            QTRY_COMPARE(zoom->currentText(), QStringLiteral("125%"));
            QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_0));
            QTRY_COMPARE(zoom->currentIndex(), 0);
            QCOMPARE(window.view()->zoomMode(), SingleViewLayout::ZoomMode::FitWidth);
            QTest::keySequence(&window, closing);
            QTRY_VERIFY(!window.isVisible());
        }
    }

    void opensAtTheCoverSheetWhateverArrivesFirst()
    {
        // The first open once showed the middle of the first PDF: the attachments' pages arrived
        // before the 鑑, and the relayout kept the page under the viewport's centre in place.
        test::TestDatabase db;
        const qint64 document = draftWith(db.url(), QStringLiteral("先頭から表示"),
                                          {{QStringLiteral("資料.pdf"), makePdf(6)}});
        StoreClient client;
        openClient(client, this, db.url());
        SingleViewWindow window(&client, db.url(), document);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1000, 800);
        window.show();
        QSignalSpy coverLoaded(&window, &SingleViewWindow::coverLoaded);
        window.load();
        QTRY_VERIFY_WITH_TIMEOUT(coverLoaded.count() == 1 && window.engine()->isSettled() &&
                                     window.engine()->itemCount() == 1,
                                 20000);
        QScrollBar *bar = window.view()->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        // Now as if the pages had come first and the cover sheet last, the slowest order a busy
        // store gives: the cover's place was empty, the first PDF page under the centre.
        window.view()->setCoverSheet(nullptr);
        QCOMPARE(bar->value(), 0);
        std::optional<CoverSheet> sheet;
        {
            StoreConnection connection(db.url());
            sheet = CoverSheetReader(connection).read(document);
        }
        QVERIFY(sheet);
        window.view()->setCoverSheet(std::make_shared<const render::CoverSheetPainter>(*sheet));
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), 0); // still the top: the 鑑 is what the reader sees first

        // Where the reader has scrolled to, a relayout keeps them there.
        bar->setValue(bar->maximum() / 2);
        const int page = window.view()->layout().pageAt(bar->value() + window.view()->viewport()->height() / 2);
        window.view()->setCoverSheet(std::make_shared<const render::CoverSheetPainter>(*sheet));
        QCOMPARE(window.view()->layout().pageAt(bar->value() + window.view()->viewport()->height() / 2), page);
    }

    void mixedDossier()
    {
        test::TestDatabase db;
        QStringEncoder sjis("Shift_JIS");
        QVERIFY(sjis.isValid());
        const QList<std::pair<QString, QByteArray>> files{
            {QStringLiteral("起案用紙.pdf"), makePdf(3)},
            {QStringLiteral("写真.png"), makePng()},
            {QStringLiteral("メモ.txt"),
             sjis.encode(QStringLiteral("これは Shift_JIS のメモです。\n決裁をお願いします。\n"))},
            {QStringLiteral("途中で切れた.pdf"), makePdf(2).left(900)},
            {QStringLiteral("random.pdf"), randomBytes(4096)}};
        const qint64 document = draftWith(db.url(), QStringLiteral("一覧表示のテスト"), files);
        StoreClient client;
        openClient(client, this, db.url());
        SingleViewWindow window(&client, db.url(), document);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1000, 800);
        window.show();
        window.load();
        render::RenderEngine *engine = window.engine();
        QTRY_COMPARE_WITH_TIMEOUT(engine->itemCount(), 5, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(engine->isSettled(), 30000);

        // The user's order, each with its pages; the broken ones as error cards with a reason.
        QCOMPARE(engine->item(0).name, QStringLiteral("起案用紙.pdf"));
        QCOMPARE(engine->item(0).pageCount(), 3);
        QVERIFY(engine->item(0).isReady());
        QCOMPARE(engine->item(1).pageCount(), 1);
        QVERIFY(engine->item(2).isReady());
        QCOMPARE(engine->item(2).encoding.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-')),
                 QStringLiteral("shiftjis"));
        for (int broken : {3, 4}) {
            QVERIFY2(engine->item(broken).showsCard(), qPrintable(engine->item(broken).name));
            QVERIFY(!engine->item(broken).message.isEmpty());
            QCOMPARE(engine->item(broken).pageCount(), 1); // the card takes the attachment's place
        }
        // One header band per attachment, each above its own pages, in order.
        const SingleViewLayout &layout = window.view()->layout();
        QCOMPARE(layout.items().size(), qsizetype(5));
        for (int i = 0; i < layout.items().size(); ++i) {
            const SingleViewLayout::Item &item = layout.items().at(i);
            QVERIFY(item.band.bottom() < layout.pages().at(item.firstPage).rect.top());
            if (i > 0)
                QVERIFY(layout.items().at(i - 1).band.top() < item.band.top());
        }
        QCOMPARE(layout.pages().size(), qsizetype(3 + 1 + engine->item(2).pageCount() + 1 + 1));
        QCOMPARE(window.sidePanel()->count(), 6); // the cover sheet and 5 attachments

        // Search across attachments: the PDF and the Shift_JIS text both have 決裁.
        window.find(QStringLiteral("決裁"));
        QTRY_VERIFY_WITH_TIMEOUT(window.hitCount() >= 4, 20000);
        // A one-character query and a full-width query for half-width text work too.
        window.find(QStringLiteral("頁"));
        QTRY_COMPARE_WITH_TIMEOUT(window.hitCount(), 3, 20000);
        window.find(QStringLiteral("ＡＢＣ"));
        QTRY_COMPARE_WITH_TIMEOUT(window.hitCount(), 3, 20000);
        QCOMPARE(window.currentHit(), 0);

        // Scroll through the whole dossier as a reader would; the GUI thread must keep up.
        QScrollBar *bar = window.view()->verticalScrollBar();
        bar->setValue(0);
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worst = 0;
        bool done = false;
        QTimer step;
        step.setInterval(16);
        connect(&step, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
            if (bar->value() >= bar->maximum()) {
                done = true;
                step.stop();
                return;
            }
            bar->setValue(bar->value() + 120);
        });
        step.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(worst < 50 + 16,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worst - 16)));
        QCOMPARE(window.view()->currentItem(), 4);
        QVERIFY(window.statusText().contains(QStringLiteral("5/5")));
    }
};

QTEST_MAIN(TestSingleViewWindow)
#include "tst_singleviewwindow.moc"
