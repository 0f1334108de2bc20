// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering from many threads at once: text, CSV, Markdown, card, image and PDF pages drawn
// concurrently by plain threads and by the engine while its viewport jumps. Text documents laid
// out on a thread that has since ended must still draw (their fonts are not that thread's).
// Built with -DKESSAI_TSAN=ON this is the ThreadSanitizer stress test; it also runs in the
// normal suite, where the unfixed code crashed in QFontEngineFT within a few runs.
#include "render/CardPageSource.h"
#include "render/DossierExport.h"
#include "render/PageSourceFactory.h"
#include "render/RenderEngine.h"
#include "render/TextPageSource.h"
#include "tests/render/RenderFixtures.h"

#include <QDir>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <random>
#include <thread>

using namespace kessai::render;
using kessai::test::RenderFixtures;

namespace {

QString japaneseText(int lines, const QString &tag)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("%1 第%2行 令和8年度予算の執行について（通知）ＡＢＣ abc ｶﾅ 0123456789\n")
                    .arg(tag)
                    .arg(i + 1);
    return text;
}

QString csvText(int rows)
{
    QString text = QStringLiteral("番号,課名,件名,金額,備考\n");
    for (int i = 0; i < rows; ++i)
        text +=
            QStringLiteral("%1,総務課,\"物品購入、第%1号\",%2,\"備考 %1\"\n").arg(i + 1).arg((i + 1) * 1200);
    return text;
}

/// Pixels that are clearly not white: text or lines were drawn.
int inkPixels(const QImage &image)
{
    int ink = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            ink += qGray(line[x]) < 160 ? 1 : 0;
    }
    return ink;
}

} // namespace

class TestRenderThreads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<std::shared_ptr<PageSource>> m_sources;

    /// Sources of every kind, the text ones laid out on a thread that ends before they draw.
    QList<std::shared_ptr<PageSource>> openSources()
    {
        QList<std::shared_ptr<PageSource>> sources;
        QThread *builder = QThread::create([&sources] {
            sources.append(std::make_shared<TextPageSource>(japaneseText(400, QStringLiteral("本文")),
                                                            ContentType::Kind::Text));
            sources.append(std::make_shared<TextPageSource>(csvText(300), ContentType::Kind::Csv));
            sources.append(std::make_shared<TextPageSource>(
                QStringLiteral("# 見出し\n\n- 項目一\n- 項目二\n\n**強調** と `code`\n\n") +
                    japaneseText(120, QStringLiteral("md")),
                ContentType::Kind::Markdown));
        });
        builder->start();
        builder->wait();
        delete builder; // its font cache goes with it
        sources.append(std::make_shared<CardPageSource>(
            CardPageSource::Content{CardPageSource::Kind::Broken, QStringLiteral("破損した添付.docx"),
                                    QStringLiteral("Word"), 1234, QStringLiteral("読み込めません")}));
        QList<RenderFixtures::PdfPage> pages;
        for (int i = 0; i < 12; ++i)
            pages.append({QPageSize(QPageSize::A4), QPageLayout::Portrait,
                          QStringLiteral("PDF 第%1頁 決裁文書").arg(i + 1), 0});
        const QString pdf =
            RenderFixtures::write(m_dir.path(), QStringLiteral("資料.pdf"), RenderFixtures::pdf(pages));
        PageSourceFactory::Input pdfInput;
        pdfInput.path = pdf;
        sources.append(PageSourceFactory::open(pdfInput));
        const QString png = RenderFixtures::write(
            m_dir.path(), QStringLiteral("図.png"),
            RenderFixtures::encode(RenderFixtures::bands(1200, {Qt::black, Qt::white, Qt::darkBlue}, 300),
                                   "png"));
        PageSourceFactory::Input pngInput;
        pngInput.path = png;
        sources.append(PageSourceFactory::open(pngInput));
        return sources;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sources = openSources();
        for (const auto &source : std::as_const(m_sources)) {
            QVERIFY(source);
            QCOMPARE(source->state(), PageSource::State::Ready);
            QVERIFY(source->pageCount() > 0);
        }
        QVERIFY(m_sources.at(0)->pageCount() > 3);
    }

    // Six threads draw random pages of every source at random scales, some aborted midway;
    // every page that was not aborted has ink on it.
    void everyKindFromManyThreads()
    {
        constexpr int kThreads = 6;
        constexpr int kRendersPerThread = 40;
        std::atomic_int rendered{0};
        std::atomic_int blank{0};
        std::atomic_int failed{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                std::mt19937 random(quint32(1000 + t));
                for (int i = 0; i < kRendersPerThread; ++i) {
                    const auto &source = m_sources.at(int(random() % quint32(m_sources.size())));
                    PageSource::Request request;
                    request.page = int(random() % quint32(source->pageCount()));
                    request.scale = 0.5 + (random() % 8) * 0.25;
                    request.rotation = int(random() % 4) * 90;
                    std::atomic_bool abort{random() % 10 == 0};
                    const QImage image = source->render(request, &abort);
                    if (abort.load())
                        continue;
                    if (image.isNull())
                        ++failed;
                    else if (inkPixels(image) == 0) {
                        ++blank;
                        qWarning("blank page: source %d page %d of %d", int(m_sources.indexOf(source)),
                                 request.page, source->pageCount());
                    } else
                        ++rendered;
                    if (random() % 3 == 0)
                        (void)source->text(request.page);
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(blank.load(), 0);
        QVERIFY(rendered.load() > kThreads * kRendersPerThread / 2);
    }

    // The same page drawn by several threads at once gives the same pixels as drawn alone.
    void concurrentPagesMatchSerialOnes()
    {
        const auto &text = m_sources.at(0);
        const QImage alone = text->render({2, 1.0, 0, {}});
        QVERIFY(!alone.isNull());
        std::vector<std::thread> threads;
        std::atomic_int different{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 10; ++i)
                    if (text->render({2, 1.0, 0, {}}) != alone)
                        ++different;
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(different.load(), 0);
    }

    // The reviewer pages fast (PageDown sixty times, then Ctrl+End, then back to the top):
    // the engine renders on its pool while the viewport jumps; the last view gets its pages.
    void engineWhileTheViewportJumps()
    {
        QList<DossierLoader::File> files;
        files.append({RenderFixtures::write(m_dir.path(), QStringLiteral("本文.txt"),
                                            japaneseText(1500, QStringLiteral("本文")).toUtf8()),
                      {},
                      {}});
        files.append(
            {RenderFixtures::write(m_dir.path(), QStringLiteral("一覧.csv"), csvText(600).toUtf8()), {}, {}});
        files.append({RenderFixtures::write(
                          m_dir.path(), QStringLiteral("data.json"),
                          QByteArrayLiteral("{\"件名\": \"予算\", \"金額\": [1, 2, 3]}\n").repeated(400)),
                      {},
                      {}});
        files.append(
            {RenderFixtures::write(m_dir.path(), QStringLiteral("資料.pdf"), RenderFixtures::simplePdf(40)),
             {},
             {}});
        files.append({RenderFixtures::write(m_dir.path(), QStringLiteral("壊れた.pdf"),
                                            QByteArrayLiteral("%PDF-1.4 broken")),
                      {},
                      {}});

        RenderEngine engine;
        engine.setThreadCount(4);
        engine.setCacheDirectory(m_dir.filePath(QStringLiteral("cache")));
        QSignalSpy opened(&engine, &RenderEngine::opened);
        engine.openFiles(files);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isSettled(), 60000);
        const int total = engine.totalPages();
        QVERIFY2(total > 60, qPrintable(QString::number(total)));

        auto viewAt = [&engine](int global) {
            const auto [item, page] = engine.locate(global);
            return RenderEngine::View{item, page, 96.0 / 72.0, 0, {}};
        };
        auto show = [&](int global, int direction) {
            QList<RenderEngine::View> views;
            for (int g = global; g < qMin(total, global + 2); ++g)
                views.append(viewAt(g));
            engine.setViewport(views, direction);
        };
        // Sixty PageDowns with the event loop turning between them, like key repeat.
        for (int i = 0; i < 60; ++i) {
            show(i * (total / 61), 1);
            QCoreApplication::processEvents();
        }
        show(total - 2, 1); // Ctrl+End
        QCoreApplication::processEvents();
        for (int i = 0; i < 20; ++i) { // and back up in jumps
            show(qMax(0, total - 2 - i * (total / 21)), -1);
            QCoreApplication::processEvents();
        }
        show(0, -1); // Ctrl+Home
        const RenderEngine::View first = viewAt(0);
        const RenderEngine::View second = viewAt(1);
        QTRY_VERIFY_WITH_TIMEOUT(engine.cachedImage(engine.keysFor(first, false).value(0)).has_value() &&
                                     engine.cachedImage(engine.keysFor(second, false).value(0)).has_value(),
                                 60000);
        QVERIFY(inkPixels(*engine.cachedImage(engine.keysFor(first, false).value(0))) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine.runningCount(), 0, 30000);
    }

    // Export: each render worker writes the PNG of the page it has just drawn, four at a time;
    // every page is written once, whole. Cut off by its time limit, an export writes nothing
    // more once it has returned, though pages were still being drawn.
    void exportEncodesOnTheRenderWorkers()
    {
        const QString pdf =
            RenderFixtures::write(m_dir.path(), QStringLiteral("書出.pdf"), RenderFixtures::simplePdf(30));
        RenderEngine engine;
        engine.setThreadCount(4);
        QSignalSpy opened(&engine, &RenderEngine::opened);
        engine.openFiles({{pdf, {}, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 && engine.isSettled(), 30000);

        DossierExport::Options options;
        options.outputDirectory = m_dir.filePath(QStringLiteral("export"));
        DossierExport whole(engine, options);
        QVERIFY(whole.run([](const DossierExport::ItemResult &) {}));
        QVERIFY(whole.allOk());
        const QStringList written = QDir(options.outputDirectory).entryList({QStringLiteral("*.png")});
        QCOMPARE(written.size(), 30);
        QCOMPARE(whole.results().value(0).pagesWritten, 30);
        for (const QString &name : written) {
            const QImage image = QImageReader(QDir(options.outputDirectory).filePath(name)).read();
            QVERIFY2(!image.isNull() && inkPixels(image) > 0, qPrintable(name));
        }

        options.outputDirectory = m_dir.filePath(QStringLiteral("cut"));
        options.dpi = 300;
        options.timeoutMs = 150;
        DossierExport cut(engine, options);
        QVERIFY(cut.run([](const DossierExport::ItemResult &) {}));
        const int drawing = engine.runningCount();
        const QStringList atReturn = QDir(options.outputDirectory).entryList({QStringLiteral("*.png")});
        QVERIFY2(atReturn.size() < 30, qPrintable(QString::number(atReturn.size())));
        for (const QString &name : atReturn) // none half-written
            QVERIFY2(!QImageReader(QDir(options.outputDirectory).filePath(name)).read().isNull(), qPrintable(name));
        QTRY_COMPARE_WITH_TIMEOUT(engine.runningCount(), 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.workersIdle(), 60000);
        QCOMPARE(QDir(options.outputDirectory).entryList({QStringLiteral("*.png")}), atReturn);
        qDebug("pages still being drawn when the export returned: %d", drawing);
    }
};

QTEST_MAIN(TestRenderThreads)
#include "tst_renderthreads.moc"
