// SPDX-License-Identifier: GPL-3.0-or-later
// RenderEngine on plain files: layout before painting, visible pages first and on worker
// threads, prefetch, cancellation of what scrolled away, the cache budget and its eviction by
// distance, placeholders, tiles, passwords and text.
#include "render/DossierLoader.h"
#include "render/RenderEngine.h"
#include "tests/render/RenderFixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;
using View = RenderEngine::View;

class TestRenderEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf;   // 12 A4 pages
    QString m_heavy; // 6 pages that take a while to render
    QString m_png;
    QString m_csv;
    QString m_broken;

    void open(RenderEngine &engine, const QStringList &paths)
    {
        QList<DossierLoader::File> files;
        for (const QString &path : paths)
            files.append({path, {}, {}});
        QSignalSpy opened(&engine, &RenderEngine::opened);
        engine.setCacheDirectory(m_dir.filePath(u"cache"_s));
        engine.openFiles(files);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(engine.isSettled(), 20000);
    }

    static bool waitFor(RenderEngine &engine, const RenderKey &key, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return engine.cachedImage(key).has_value(); }, ms);
    }

private slots:
    void initTestCase()
    {
        m_pdf = RenderFixtures::write(m_dir.path(), u"report.pdf"_s, RenderFixtures::simplePdf(12));
        QList<RenderFixtures::PdfPage> heavy;
        for (int i = 0; i < 6; ++i) {
            RenderFixtures::PdfPage page;
            page.heavyLines = 12000;
            page.text = u"Heavy %1"_s.arg(i + 1);
            heavy.append(page);
        }
        m_heavy = RenderFixtures::write(m_dir.path(), u"heavy.pdf"_s, RenderFixtures::pdf(heavy));
        m_png = RenderFixtures::write(
            m_dir.path(), u"photo.png"_s,
            RenderFixtures::encode(RenderFixtures::bands(800, {Qt::red, Qt::blue}, 300), "PNG"));
        m_csv = RenderFixtures::write(m_dir.path(), u"table.csv"_s, "見出し,値\n決裁率,41.7%\n");
        m_broken =
            RenderFixtures::write(m_dir.path(), u"truncated.pdf"_s, RenderFixtures::simplePdf(4).left(900));
    }

    void layoutBeforePainting()
    {
        RenderEngine engine;
        open(engine, {m_pdf, m_png, m_csv, m_broken});
        QCOMPARE(engine.itemCount(), 4);
        QCOMPARE(engine.item(0).pageCount(), 12);
        QCOMPARE(engine.item(0).pageSizes.first().toSize(), QSize(595, 842));
        QCOMPARE(engine.item(1).type.format, u"png"_s);
        QCOMPARE(engine.item(2).type.kind, ContentType::Kind::Csv);
        QCOMPARE(engine.item(3).state, DossierItem::State::Failed);
        QCOMPARE(engine.item(3).pageCount(), 1); // its card
        QCOMPARE(engine.totalPages(), 12 + 1 + 1 + 1);
        QCOMPARE(engine.globalPage(1, 0), 12);
        QCOMPARE(engine.locate(13), std::make_pair(2, 0));
        QCOMPARE(engine.locate(3), std::make_pair(0, 3));
        QCOMPARE(engine.pixelSize(0, 0, 2.0, 90), QSize(1684, 1190));
    }

    void visibleThenPrefetch()
    {
        RenderEngine engine;
        engine.setPrefetchPages(2);
        open(engine, {m_pdf});
        QSignalSpy rendered(&engine, &RenderEngine::pageRendered);
        QElapsedTimer timer;
        timer.start();
        engine.setViewport({{0, 4, 1.0, 0, {}}, {0, 5, 1.0, 0, {}}}, 1);
        QVERIFY(timer.elapsed() < 50); // the caller never renders
        QVERIFY(waitFor(engine, {0, 4, 1000, 0, {}}));
        QVERIFY(waitFor(engine, {0, 5, 1000, 0, {}}));
        // Then the pages ahead (6, 7) and one behind (3), nothing else.
        QVERIFY(waitFor(engine, {0, 6, 1000, 0, {}}));
        QVERIFY(waitFor(engine, {0, 7, 1000, 0, {}}));
        QVERIFY(waitFor(engine, {0, 3, 1000, 0, {}}));
        QTRY_COMPARE(engine.runningCount(), 0); // the scheduler starts what it has at once: nothing left
        QCOMPARE(engine.cachedCount(), 5);
        const QList<RenderKey> order = [&] {
            QList<RenderKey> keys;
            for (const QList<QVariant> &args : std::as_const(rendered))
                keys.append(args.at(0).value<RenderKey>());
            return keys;
        }();
        QVERIFY(order.indexOf({0, 4, 1000, 0, {}}) < order.indexOf({0, 7, 1000, 0, {}}));
        const QList<RenderEngine::Piece> pieces = engine.pieces({0, 4, 1.0, 0, {}});
        QCOMPARE(pieces.size(), 1);
        QVERIFY(pieces.first().exact);
        QCOMPARE(pieces.first().image.size(), engine.pixelSize(0, 4, 1.0));
    }

    void cancelsWhatScrolledAway()
    {
        RenderEngine engine;
        engine.setThreadCount(1);
        engine.setPrefetchPages(0);
        open(engine, {m_heavy});
        QSignalSpy rendered(&engine, &RenderEngine::pageRendered);
        engine.setViewport({{0, 0, 2.0, 0, {}}, {0, 1, 2.0, 0, {}}, {0, 2, 2.0, 0, {}}}, 1);
        // One of them (the middle one first) is being rendered, the others wait.
        QTRY_COMPARE(engine.runningCount(), 1);
        engine.setViewport({{0, 5, 0.5, 0, {}}}, 1);
        QVERIFY(waitFor(engine, {0, 5, 500, 0, {}}));
        QTRY_COMPARE(engine.runningCount(), 0); // the aborted render has returned
        int done = 0;
        for (int p = 0; p < 3; ++p)
            done += engine.cachedImage({0, p, 2000, 0, {}}) ? 1 : 0;
        // The one running was aborted inside Poppler (or had just finished); the queued never ran.
        QVERIFY(done <= 1);
        QCOMPARE(engine.abortedCount() + done, 1);
        QVERIFY(engine.renderedCount() <= 2);
    }

    void cacheBudgetEvictsFarthest()
    {
        RenderEngine engine;
        engine.setPrefetchPages(0);
        open(engine, {m_pdf});
        const qint64 page =
            qint64(engine.pixelSize(0, 0, 1.0).width()) * engine.pixelSize(0, 0, 1.0).height() * 4;
        engine.setCacheBudget(page * 3 + page / 2); // three pages
        for (int p = 0; p < 12; ++p) {
            engine.setViewport({{0, p, 1.0, 0, {}}}, 1);
            QVERIFY(waitFor(engine, {0, p, 1000, 0, {}}));
            QVERIFY(engine.cacheBytes() <= engine.cacheBudget());
        }
        QCOMPARE(engine.cachedCount(), 3);
        QVERIFY(engine.cachedImage({0, 11, 1000, 0, {}}));
        QVERIFY(engine.cachedImage({0, 10, 1000, 0, {}}));
        QVERIFY(engine.cachedImage({0, 9, 1000, 0, {}}));
        QVERIFY(!engine.cachedImage({0, 0, 1000, 0, {}}));
        QVERIFY(engine.peakCacheBytes() <= engine.cacheBudget());
        QVERIFY(engine.evictionCount() >= 9);
    }

    void placeholderWhileZooming()
    {
        RenderEngine engine;
        engine.setThreadCount(1);
        engine.setPrefetchPages(0);
        open(engine, {m_heavy});
        engine.setViewport({{0, 0, 0.5, 0, {}}}, 1);
        QVERIFY(waitFor(engine, {0, 0, 500, 0, {}}));
        engine.setViewport({{0, 0, 2.0, 0, {}}}, 1);
        QList<RenderEngine::Piece> pieces = engine.pieces({0, 0, 2.0, 0, {}});
        QCOMPARE(pieces.size(), 1);
        QVERIFY(!pieces.first().exact); // the 50 % image, to draw scaled
        QCOMPARE(pieces.first().key.scaleMilli, 500);
        QCOMPARE(pieces.first().area, QRectF(0, 0, 1, 1));
        QVERIFY(waitFor(engine, {0, 0, 2000, 0, {}}, 60000));
        pieces = engine.pieces({0, 0, 2.0, 0, {}});
        QCOMPARE(pieces.size(), 1);
        QVERIFY(pieces.first().exact);
    }

    void tilesAtHighZoom()
    {
        RenderEngine engine;
        engine.setPrefetchPages(0);
        engine.setTileThreshold(1024 * 1024); // anything above 1 MP is tiled
        open(engine, {m_pdf});
        const View view{0, 0, 8.0, 0, QRect(1000, 1500, 1200, 800)}; // 4763 × 6736 px page
        const QList<RenderKey> keys = engine.keysFor(view);
        QVERIFY(!keys.first().isTile()); // the placeholder first
        QVERIFY(keys.first().scaleMilli < 8000);
        QVERIFY(keys.size() >= 3 && keys.size() <= 7);
        engine.setViewport({view}, 1);
        for (const RenderKey &key : keys)
            QVERIFY(waitFor(engine, key));
        const QList<RenderEngine::Piece> pieces = engine.pieces(view);
        QCOMPARE(pieces.size(), keys.size());
        QVERIFY(!pieces.first().exact);
        qint64 largest = 0;
        for (const RenderEngine::Piece &piece : pieces) {
            largest = qMax(largest, piece.image.sizeInBytes());
            QVERIFY(piece.area.left() >= 0 && piece.area.right() <= 1.0001);
        }
        QVERIFY(largest <= 5 * 1024 * 1024); // tiles and a ~1 MP placeholder, never the 32 MP page
        QVERIFY(!engine.cachedImage({0, 0, 8000, 0, {}}));
    }

    void passwordInPlace()
    {
        RenderEngine engine;
        open(engine, {m_pdf, RenderFixtures::dataFile(u"encrypted-aes256.pdf"_s), m_png});
        QCOMPARE(engine.item(1).state, DossierItem::State::NeedsPassword);
        QCOMPARE(engine.item(1).pageCount(), 1);
        // The card renders like a page, and the rest of the dossier is readable meanwhile.
        engine.setViewport({{1, 0, 1.0, 0, {}}, {2, 0, 1.0, 0, {}}}, 1);
        QVERIFY(waitFor(engine, {1, 0, 1000, 0, {}}));
        QVERIFY(waitFor(engine, {2, 0, 1000, 0, {}}));
        QSignalSpy unlocked(&engine, &RenderEngine::unlockFinished);
        engine.unlock(1, u"wrong"_s);
        QVERIFY(unlocked.wait(5000));
        QCOMPARE(unlocked.last().at(1).toBool(), false);
        QCOMPARE(engine.item(1).state, DossierItem::State::NeedsPassword);
        QSignalSpy changed(&engine, &RenderEngine::itemChanged);
        engine.unlock(1, u"kessai"_s);
        QVERIFY(unlocked.wait(5000));
        QCOMPARE(unlocked.last().at(1).toBool(), true);
        QCOMPARE(engine.item(1).state, DossierItem::State::Ready);
        QCOMPARE(engine.item(1).pageSizes.first().toSize(), QSize(420, 595));
        QVERIFY(!changed.isEmpty());
        engine.setViewport({{1, 0, 1.0, 0, {}}}, 1);
        QVERIFY(waitFor(engine, {1, 0, 1000, 0, {}}));
        QCOMPARE(engine.cachedImage({1, 0, 1000, 0, {}})->size(), QSize(420, 595));
    }

    void text()
    {
        RenderEngine engine;
        open(engine, {m_pdf, m_csv, m_broken});
        QSignalSpy ready(&engine, &RenderEngine::textReady);
        engine.requestText(0, 6);
        engine.requestText(1, 0);
        engine.requestText(2, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 10000);
        for (const QList<QVariant> &args : std::as_const(ready)) {
            const PageText text = args.at(2).value<PageText>();
            if (args.at(0).toInt() == 0)
                QVERIFY(text.text.contains(u"Page 7"_s));
            else if (args.at(0).toInt() == 1)
                QVERIFY(text.text.contains(u"決裁率"_s));
            else
                QVERIFY(text.isEmpty()); // a card has no text
        }
    }

    void oneOffRequests()
    {
        RenderEngine engine;
        open(engine, {m_pdf, m_broken});
        QSignalSpy rendered(&engine, &RenderEngine::pageRendered);
        for (int p = 0; p < 12; ++p)
            engine.request({0, p, 0.2, 0, {}}); // thumbnails
        engine.request({1, 0, 0.2, 0, {}});
        QTRY_COMPARE_WITH_TIMEOUT(rendered.size(), 13, 20000);
        engine.request({0, 0, 0.2, 0, {}}); // cached: answered at once
        QTRY_COMPARE_WITH_TIMEOUT(rendered.size(), 14, 2000);
    }

    void closeWhileRendering()
    {
        auto engine = std::make_unique<RenderEngine>();
        open(*engine, {m_heavy});
        engine->setViewport({{0, 0, 3.0, 0, {}}, {0, 1, 3.0, 0, {}}}, 1);
        QTRY_VERIFY(engine->runningCount() > 0); // close while a render is under way
        QElapsedTimer timer;
        timer.start();
        engine.reset(); // aborts and waits for its workers
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_MAIN(TestRenderEngine)
#include "tst_renderengine.moc"
