// SPDX-License-Identifier: GPL-3.0-or-later
// Review rendering (issue 4): how fast the single view shows a dossier, and what it costs.
//
//   singleview_bench [--quick] [--skip-office] [--pages N]
//
//  1. a mixed dossier of 10 attachments (~300 pages: PDFs, a scan, an A1 drawing, images, a
//     multi-page TIFF, a tall capture, office documents converted by LibreOffice), stored in an
//     SQLite store: time from opening the dossier to the first page rendered, cold (content
//     copied out of the store, sizes measured) and warm (renditions and sizes stored);
//  2. the median time per page through the engine against raw Poppler renderToImage on the
//     same pages in the same run (issue 20: ratio ≤ 1.10), raw dropping each image on a thread
//     of its own (as the engine's worker; its buffer reused, no page faults), raw on the GUI
//     thread, and raw keeping its images as a viewer does; page faults counted for each;
//  3. peak RSS while scrolling a 1,500-page dossier page by page, and a few seconds after
//     (issue 20: ≤ cache budget + 150 MiB at peak, ≤ budget + 100 MiB after);
//  4. LibreOffice conversion: each file in its own run (cold) against one run for all.
//
// Everything is generated (QPdfWriter, QImage, RTF), nothing is read from the shared corpus.
#include "LoadAverage.h"
#include "ReviewBenchSupport.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "render/ConversionService.h"
#include "render/MemoryPlatform.h"
#include "render/OfficeConverter.h"
#include "render/RenderEngine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <poppler-qt6.h>
#include <poppler-version.h>

using namespace kessai;
using namespace kessai::render;
using namespace kessai::bench;

namespace {
/// The report opened as the engine opens a PDF: with its render hints.
std::unique_ptr<Poppler::Document> openReport(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    return document;
}

void writeScan(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QRandomGenerator random(42);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        QImage scan(1654, 2339, QImage::Format_Grayscale8); // A4 at 200 dpi
        for (int y = 0; y < scan.height(); ++y) {
            uchar *line = scan.scanLine(y);
            for (int x = 0; x < scan.width(); ++x)
                line[x] = uchar(235 + random.bounded(20) - ((y / 40) % 3 == 0 && x % 300 < 250 ? 180 : 0));
        }
        painter.drawImage(QRectF(0, 0, 595, 842), scan);
    }
}

QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb((x * 255 / width + random.bounded(30)) % 256, (y * 255 / height) % 256,
                           128 + random.bounded(40));
    }
    return image;
}

double g_openedMs = 0; // of the last firstPageMs()

/// Opens documentId in a new engine and measures until page 1 of item 0 is rendered.
double firstPageMs(const DatabaseUrl &url, qint64 documentId, const QString &cache)
{
    RenderEngine engine;
    engine.setCacheDirectory(cache);
    QElapsedTimer timer;
    timer.start();
    engine.openDocument(url, documentId);
    bool rendered = false;
    QObject::connect(&engine, &RenderEngine::opened, [&] {
        g_openedMs = timer.nsecsElapsed() / 1e6;
        const QSizeF page = engine.item(0).pageSizes.value(0);
        engine.setViewport({{0, 0, 1400.0 / page.width(), 0, QRect(0, 0, 1400, 900)}}, 1); // fit width
    });
    QObject::connect(&engine, &RenderEngine::itemChanged, [&](int item) {
        if (item == 0)
            engine.setViewport(
                {{0, 0, 1400.0 / engine.item(0).pageSizes.value(0).width(), 0, QRect(0, 0, 1400, 900)}}, 1);
    });
    QObject::connect(&engine, &RenderEngine::pageRendered, [&](const RenderKey &key) {
        if (key.item == 0 && key.page == 0 && engine.item(0).isReady())
            rendered = true;
    });
    waitUntil([&] { return rendered; }, 120000, &engine);
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kessai-review-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quick"), QStringLiteral("A 300-page large dossier instead of 1,500.")});
    parser.addOption({QStringLiteral("skip-office"), QStringLiteral("Leave out LibreOffice.")});
    parser.addOption({QStringLiteral("skip-large"), QStringLiteral("Leave out the 1,500-page dossier.")});
    parser.addOption({QStringLiteral("pages"),
                      QStringLiteral("Pages compared engine vs Poppler (default 60)."), QStringLiteral("N"),
                      QStringLiteral("60")});
    parser.process(app);
    const bool office = !parser.isSet(QStringLiteral("skip-office")) && OfficeConverter::isAvailable();
    const int largePages = parser.isSet(QStringLiteral("quick")) ? 300 : 1500;
    const int comparePages = qBound(10, parser.value(QStringLiteral("pages")).toInt(), 100);

    QTemporaryDir dir;
    auto file = [&](const QString &name) { return dir.filePath(name); };
    out() << "machine: " << QThread::idealThreadCount() << " cores; Poppler "
          << QStringLiteral(POPPLER_VERSION) << "; "
          << (office ? OfficeConverter::converterName() : QStringLiteral("no LibreOffice")) << "\n";
    out().flush();

    // --- the mixed dossier -------------------------------------------------------------------
    QElapsedTimer timer;
    timer.start();
    writeReport(file(QStringLiteral("01_kian.pdf")), 3, QStringLiteral("起案"));
    writeReport(file(QStringLiteral("02_report.pdf")), 120, QStringLiteral("報告書"));
    writeReport(file(QStringLiteral("03_plan.pdf")), 100, QStringLiteral("計画"));
    writeReport(file(QStringLiteral("04_drawing.pdf")), 1, QStringLiteral("図面"), true);
    writeScan(file(QStringLiteral("05_scan.pdf")), 10);
    photo(3000, 2000).save(file(QStringLiteral("06_photo.jpg")), "JPEG", 85);
    photo(800, 12000).save(file(QStringLiteral("07_capture.png")), "PNG");
    photo(1600, 1000).save(file(QStringLiteral("08_screen.png")), "PNG");
    writeRtf(file(QStringLiteral("09_notice.rtf")), 120);
    writeRtf(file(QStringLiteral("10_minutes.rtf")), 200);
    out() << "generated the dossier in " << timer.elapsed() << " ms\n";

    Store store = openStore(file(QStringLiteral("bench.sqlite")));
    const DatabaseUrl url = store.connection->url();
    const qint64 doc = store.newDraft(QStringLiteral("一覧表示ベンチ"));
    const QStringList names{QStringLiteral("01_kian.pdf"),    QStringLiteral("02_report.pdf"),
                            QStringLiteral("03_plan.pdf"),    QStringLiteral("04_drawing.pdf"),
                            QStringLiteral("05_scan.pdf"),    QStringLiteral("06_photo.jpg"),
                            QStringLiteral("07_capture.png"), QStringLiteral("08_screen.png"),
                            QStringLiteral("09_notice.rtf"),  QStringLiteral("10_minutes.rtf")};
    for (const QString &name : names) {
        if (office || !name.endsWith(QLatin1String(".rtf")))
            store.attach(doc, file(name));
    }
    const QString cache = file(QStringLiteral("cache"));
    if (office) {
        ConversionService service(url);
        service.setCacheDirectory(cache);
        timer.restart();
        service.enqueueDocument(doc);
        waitUntil([&] { return service.pendingCount() == 0 && service.waitForIdle(0); }, 600000);
        out() << "converted the dossier's office files (one run) in " << timer.elapsed() << " ms\n";
    }
    const double cold = firstPageMs(url, doc, file(QStringLiteral("cold-cache"))); // nothing copied out yet
    QList<double> warm;
    int totalPages = 0;
    {
        RenderEngine engine;
        engine.setCacheDirectory(cache);
        engine.openDocument(url, doc);
        waitUntil([&] { return engine.itemCount() > 0 && engine.isSettled(); });
        totalPages = engine.totalPages();
    }
    QList<double> warmOpened;
    for (int i = 0; i < 5; ++i) {
        warm.append(firstPageMs(url, doc, cache));
        warmOpened.append(g_openedMs);
    }
    out() << "\n[first page] (load " << loadAverage() << ") dossier of " << names.size() << " attachments, "
          << totalPages << " pages\n"
          << QStringLiteral("  cold (copy out of the store, measure sizes): %1 ms\n").arg(cold, 0, 'f', 1)
          << QStringLiteral("  warm (sizes and renditions stored), median of 5: %1 ms (max %2)\n")
                 .arg(median(warm), 0, 'f', 1)
                 .arg(*std::max_element(warm.cbegin(), warm.cend()), 0, 'f', 1)
          << QStringLiteral("  of which reading the dossier (until opened()): median %1 ms\n")
                 .arg(median(warmOpened), 0, 'f', 1);
    out().flush();

    // --- engine vs raw Poppler ----------------------------------------------------------------
    const qreal scale = 1.5; // 108 dpi: an A4 page fit to a 900-pixel wide column
    const QString reportPath = file(QStringLiteral("02_report.pdf"));
    QList<double> raw;       // on a thread of its own, as the engine's worker
    QList<double> rawOnMain; // on the GUI thread, as a program without threads
    QList<double> viaEngine;
    QList<double> rawFaults; // raw's image memory reused (0) or fresh (≈ 1,100 a page)?
    QList<double> rawOnMainFaults;
    QList<double> engineFaults;
    {
        const std::unique_ptr<Poppler::Document> document = openReport(reportPath);
        const std::unique_ptr<Poppler::Document> ownDocument = openReport(reportPath);
        // The one thread raw Poppler renders on: kept for the whole run (its own glibc arena,
        // where its dropped image is reused, as the engine's worker has its own).
        QThreadPool rawThread;
        rawThread.setMaxThreadCount(1);
        rawThread.setExpiryTimeout(-1);
        RenderEngine engine;
        engine.setThreadCount(1);
        engine.setPrefetchPages(0);
        engine.openFiles({{reportPath, {}, {}}});
        waitUntil([&] { return engine.itemCount() > 0 && engine.isSettled(); });
        for (int round = 0; round < 2; ++round) {
            for (int p = 0; p < comparePages; ++p) {
                QElapsedTimer t;
                qint64 faults = minorFaults();
                t.start();
                QSemaphore rendered;
                rawThread.start([&] {
                    const std::unique_ptr<Poppler::Page> page = ownDocument->page(p);
                    const QImage image = page->renderToImage(72 * scale, 72 * scale);
                    rendered.release();
                });
                rendered.acquire();
                raw.append(t.nsecsElapsed() / 1e6);
                rawFaults.append(double(minorFaults() - faults));

                faults = minorFaults();
                t.restart();
                {
                    const std::unique_ptr<Poppler::Page> page = document->page(p);
                    const QImage image = page->renderToImage(72 * scale, 72 * scale);
                    rawOnMain.append(t.nsecsElapsed() / 1e6);
                }
                rawOnMainFaults.append(double(minorFaults() - faults));

                bool done = false;
                const RenderKey key{0, p, RenderKey::quantize(scale), 0, {}};
                const auto connection =
                    QObject::connect(&engine, &RenderEngine::pageRendered,
                                     [&](const RenderKey &k) { done = done || k == key; });
                faults = minorFaults();
                t.restart();
                engine.setViewport({{0, p, scale, 0, {}}}, 1);
                waitUntil([&] { return done; }, 120000, &engine);
                viaEngine.append(t.nsecsElapsed() / 1e6);
                engineFaults.append(double(minorFaults() - faults));
                QObject::disconnect(connection);
                // What the worker does after the hand-over (memory for the next page) must not
                // run beside the next raw render: on two cores it would slow raw down.
                waitUntil([&] { return engine.workersIdle(); }, 120000, &engine);
            }
            // The second round renders again: nothing visible (a visible page stays cached), then
            // an empty cache.
            engine.setViewport({}, 1);
            engine.setCacheBudget(0);
            engine.setCacheBudget(PageCache::kDefaultBudget);
        }
    }
    // Throughput: the same pages asked for at once (one worker), against raw back to back.
    double rawTotal = 0;
    double engineTotal = 0;
    {
        const std::unique_ptr<Poppler::Document> document = openReport(reportPath);
        QElapsedTimer t;
        t.start();
        for (int p = 0; p < comparePages; ++p)
            document->page(p)->renderToImage(72 * scale, 72 * scale);
        rawTotal = t.nsecsElapsed() / 1e6;
        RenderEngine engine;
        engine.setThreadCount(1);
        engine.openFiles({{reportPath, {}, {}}});
        waitUntil([&] { return engine.itemCount() > 0 && engine.isSettled(); });
        int done = 0;
        QObject::connect(&engine, &RenderEngine::pageRendered, [&] { ++done; });
        t.restart();
        for (int p = 0; p < comparePages; ++p)
            engine.request({0, p, scale, 0, {}});
        waitUntil([&] { return done >= comparePages; }, 600000, &engine);
        engineTotal = t.nsecsElapsed() / 1e6;
    }
    const double ratio = median(viaEngine) / median(raw);
    out() << "\n[per page] (load " << loadAverage() << ") " << comparePages << " A4 report pages at "
          << 72 * scale << " dpi, twice each\n"
          << QStringLiteral("  raw Poppler renderToImage on a thread of its own (each image dropped): median %1 ms, "
                            "%2 page faults\n")
                 .arg(median(raw), 0, 'f', 2)
                 .arg(median(rawFaults), 0, 'f', 0)
          << QStringLiteral("  through the engine (request → pageRendered): median %1 ms, %2 page faults\n")
                 .arg(median(viaEngine), 0, 'f', 2)
                 .arg(median(engineFaults), 0, 'f', 0)
          << QStringLiteral("  ratio %1 (target ≤ 1.10)\n").arg(ratio, 0, 'f', 3)
          << QStringLiteral("  raw on the GUI thread instead: median %1 ms, %2 page faults (engine ÷ it: %3; once "
                            "glibc puts the worker's images in the main arena, they take raw's buffer there)\n")
                 .arg(median(rawOnMain), 0, 'f', 2)
                 .arg(median(rawOnMainFaults), 0, 'f', 0)
                 .arg(median(viaEngine) / median(rawOnMain), 0, 'f', 3)
          << QStringLiteral("  throughput, all pages asked at once, one worker: %1 ms/page against raw %2 "
                            "ms/page (ratio %3)\n")
                 .arg(engineTotal / comparePages, 0, 'f', 2)
                 .arg(rawTotal / comparePages, 0, 'f', 2)
                 .arg(engineTotal / rawTotal, 0, 'f', 3);
    out().flush();

    // --- 1,500 pages: peak RSS while scrolling -------------------------------------------------
    QStringList large;
    timer.restart();
    for (int i = 0; i < largePages / 100 && !parser.isSet(QStringLiteral("skip-large")); ++i) {
        large.append(file(QStringLiteral("large-%1.pdf").arg(i, 2, 10, QLatin1Char('0'))));
        writeReport(large.last(), 100, QStringLiteral("資料%1").arg(i + 1));
    }
    if (!large.isEmpty())
        out() << "\ngenerated " << largePages << " pages in " << timer.elapsed() << " ms\n";
    if (!large.isEmpty()) {
        RenderEngine engine;
        engine.setCacheDirectory(cache);
        QList<DossierLoader::File> files;
        for (const QString &path : std::as_const(large))
            files.append({path, {}, {}});
        engine.openFiles(files);
        waitUntil([&] { return engine.itemCount() > 0 && engine.isSettled(); });
        const qint64 before = statusKiB("VmRSS:");
        resetPeakRss();
        QList<double> pageMs;
        timer.restart();
        for (int g = 0; g < engine.totalPages(); ++g) {
            // Two pages on screen, scrolling down one page at a time.
            QList<RenderEngine::View> views;
            for (int k = 0; k < 2 && g + k < engine.totalPages(); ++k) {
                const auto [item, page] = engine.locate(g + k);
                views.append({item, page, scale, 0, {}});
            }
            QElapsedTimer t;
            t.start();
            engine.setViewport(views, 1);
            waitUntil(
                [&] {
                    for (const RenderEngine::View &v : views) {
                        if (!engine.cachedImage({v.item, v.page, RenderKey::quantize(scale), 0, {}}))
                            return false;
                    }
                    return true;
                },
                120000, &engine);
            pageMs.append(t.nsecsElapsed() / 1e6);
        }
        const qint64 peak = statusKiB("VmHWM:");
        // Scrolling stopped: what the process holds a few seconds later (memory handed back).
        QList<qint64> after;
        for (int second = 1; second <= 3; ++second) {
            waitUntil([] { return false; }, 1000);
            after.append(statusKiB("VmRSS:"));
        }
        out() << "[1,500 pages] (load " << loadAverage() << ") scrolled " << engine.totalPages()
              << " pages in " << timer.elapsed() / 1000.0 << " s (median wait per step " << median(pageMs)
              << " ms)\n"
              << QStringLiteral("  cache budget %1 MiB, cache peak %2 MiB, evictions %3\n")
                     .arg(engine.cacheBudget() >> 20)
                     .arg(engine.peakCacheBytes() >> 20)
                     .arg(engine.evictionCount())
              << QStringLiteral(
                     "  RSS before scrolling %1 MiB, peak while scrolling %2 MiB (target ≤ %3 MiB)\n")
                     .arg(before >> 10)
                     .arg(peak >> 10)
                     .arg((engine.cacheBudget() >> 20) + 150)
              << QStringLiteral("  RSS 1, 2, 3 s after scrolling stopped: %1, %2, %3 MiB (target ≤ %4 MiB)\n")
                     .arg(after.at(0) >> 10)
                     .arg(after.at(1) >> 10)
                     .arg(after.at(2) >> 10)
                     .arg((engine.cacheBudget() >> 20) + 100);
    }
    out().flush();

    // --- raw Poppler keeping its images, as a viewer does ---------------------------------------
    // Last but office: the memory it held is not all handed back, and would stand in the 1,500
    // pages' RSS. The engine keeps what it shows up to its cache budget, so each new page is drawn
    // into fresh memory; raw Poppler dropping each image reuses one warm buffer every time.
    {
        const std::unique_ptr<Poppler::Document> document = openReport(reportPath);
        QList<double> rawKept;
        QList<double> keptFaults;
        QList<QImage> kept;
        qint64 keptBytes = 0;
        for (int round = 0; round < 2; ++round) {
            for (int p = 0; p < comparePages; ++p) {
                QElapsedTimer t;
                const qint64 faults = minorFaults();
                t.start();
                const std::unique_ptr<Poppler::Page> page = document->page(p);
                kept.append(page->renderToImage(72 * scale, 72 * scale));
                rawKept.append(t.nsecsElapsed() / 1e6);
                keptFaults.append(double(minorFaults() - faults));
                keptBytes += kept.constLast().sizeInBytes();
                while (keptBytes > PageCache::kDefaultBudget)
                    keptBytes -= kept.takeFirst().sizeInBytes();
            }
            kept.clear();
            keptBytes = 0;
            MemoryPlatform::releaseFreeMemory();
        }
        out() << "\n[per page, raw keeping its images] (load " << loadAverage() << ")\n"
              << QStringLiteral(
                     "  raw Poppler renderToImage, images kept up to the cache budget: median %1 ms, %2 page "
                     "faults\n")
                     .arg(median(rawKept), 0, 'f', 2)
                     .arg(median(keptFaults), 0, 'f', 0)
              << QStringLiteral("  the engine's median above against it: ratio %1\n")
                     .arg(median(viaEngine) / median(rawKept), 0, 'f', 3);
        out().flush();
    }

    // --- LibreOffice: cold against batched -----------------------------------------------------
    if (office) {
        QStringList inputs;
        for (int i = 0; i < 6; ++i) {
            inputs.append(file(QStringLiteral("convert-%1.rtf").arg(i)));
            writeRtf(inputs.last(), 20 + i * 10);
        }
        OfficeConverter converter;
        QList<double> each;
        for (const QString &input : std::as_const(inputs)) {
            timer.restart();
            const auto results = converter.convert({input}, file(QStringLiteral("cold")));
            each.append(timer.elapsed());
            if (!results.first().ok)
                out() << "  conversion failed: " << results.first().error << "\n";
        }
        timer.restart();
        const auto results = converter.convert(inputs, file(QStringLiteral("batched")));
        const double batched = timer.elapsed();
        const int ok =
            int(std::count_if(results.cbegin(), results.cend(), [](const auto &r) { return r.ok; }));
        out() << "\n[conversion] (load " << loadAverage() << ") " << inputs.size() << " RTF files\n"
              << QStringLiteral("  cold, one run each: median %1 ms per file\n").arg(median(each), 0, 'f', 0)
              << QStringLiteral("  batched, one run: %1 ms in all (%2 converted), %3 ms per file\n")
                     .arg(batched, 0, 'f', 0)
                     .arg(ok)
                     .arg(batched / inputs.size(), 0, 'f', 0);
    }
    out().flush();
    return 0;
}
