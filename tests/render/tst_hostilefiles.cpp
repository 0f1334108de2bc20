// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files cost bounded time and memory (RenderBudget): a 200×200-inch page, one of 10¹²
// points, a page whose
// content is enormous, one whose forms draw forms seven levels deep, a page tree of 100,000 pages and one
// lying about a million, an image XObject of 50,000² pixels and a PNG declaring as much. The limits here are
// generous (a loaded 2-core machine); bench/hostile_bench measures the real figures.
#include "render/ImagePageSource.h"
#include "render/PdfPageSource.h"
#include "render/RenderAllowance.h"
#include "render/RenderBudget.h"
#include "tests/render/HostileFiles.h"
#include "tests/render/RenderFixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
/// Starts measuring the peak resident memory afresh (Linux; harmless elsewhere).
void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// This process's peak resident memory in MiB (Linux: VmHWM; -1 elsewhere).
double peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return RenderFixtures::write(m_dir.path(), name, bytes);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void giantPageIsNeverOneHugeImage()
    {
        PdfPageSource source(write(u"giant.pdf"_s, HostileFiles::giantPagePdf()));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageSize(0).toSize(), QSize(14400, 14400));
        const qreal scale = 96.0 / 72.0; // 19,200² = 368 MP as one image: 1.4 GB and a minute
        QElapsedTimer timer;
        timer.start();
        QVERIFY(source.render({0, scale, 0, {}}).isNull());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        // Tiles of it are fine, and so is the whole page at the most pixels one image may have.
        const QImage tile = source.render({0, scale, 0, QRect(0, 0, 1024, 1024)});
        QCOMPARE(tile.size(), QSize(1024, 1024));
        const qreal fitting = std::sqrt(double(RenderBudget::kMaxPagePixels)) / 14400.0 * 0.99;
        const QImage whole = source.render({0, fitting, 0, {}});
        QVERIFY(!whole.isNull());
        QVERIFY(qint64(whole.width()) * whole.height() <= RenderBudget::kMaxPagePixels);
        // One budget-sized image (128 MiB) and Poppler's bitmap for it; 368 MP would be 1.4 GB.
        const double peak = peakRssMiB();
        QVERIFY2(peak < 700, qPrintable(QString::number(peak)));
    }

    void boundlessPageSizeDoesNotOverflow()
    {
        PdfPageSource source(write(u"boundless.pdf"_s, HostileFiles::boundlessPagePdf()));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QVERIFY(source.pageSize(0).width() > 1e11);
        const QSize pixels = source.pixelSize(0, 1.0, 0); // 10¹² px: an int would overflow
        QCOMPARE(pixels, QSize(PageSource::kMaxPixelSide, PageSource::kMaxPixelSide));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(source.render({0, 1.0, 0, {}}).isNull());
        QVERIFY(!source.render({0, 1.0, 0, QRect(0, 0, 256, 256)}).isNull()); // a tile of it
        QVERIFY(timer.elapsed() < 5000);
    }

    void concurrentBudgetSizedRendersShareOneAllowance()
    {
        // Six threads each render the 200-inch page at the most one image may have (32 MP): as
        // one at a time per thread that would be 6 × (image + Poppler's bitmap) ≈ 1.5 GB.
        PdfPageSource source(write(u"giant6.pdf"_s, HostileFiles::giantPagePdf()), {}, 6);
        const qreal fitting = std::sqrt(double(RenderBudget::kMaxPagePixels)) / 14400.0 * 0.99;
        resetPeakRss();
        const double before = peakRssMiB();
        std::atomic_int rendered{0};
        QList<QThread *> threads;
        for (int i = 0; i < 6; ++i) { // each image is dropped once made, as the page cache would evict it
            threads.append(QThread::create([&] {
                if (!source.render({0, fitting, 0, {}}).isNull())
                    ++rendered;
            }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(rendered.load(), 6);
        const double grown = peakRssMiB() - before;
        qInfo("six 32 MP renders at once: peak RSS grew by %.0f MiB", grown);
        QVERIFY2(grown < 700, qPrintable(QString::number(grown))); // 954 MiB without the allowance
        QCOMPARE(RenderAllowance::available(), RenderAllowance::kPixelsInFlight);
    }

    void renderWaitingForTheAllowanceCanBeAborted()
    {
        PdfPageSource source(write(u"waiting.pdf"_s, HostileFiles::giantPagePdf()));
        const RenderAllowance::Reservation all(RenderAllowance::kPixelsInFlight, nullptr);
        QVERIFY(all.acquired());
        std::atomic_bool abort{false};
        QImage image;
        QThread *thread = QThread::create([&] { image = source.render({0, 0.05, 0, {}}, &abort); });
        thread->start();
        QVERIFY(!thread->wait(300)); // waits while the allowance is held
        abort = true;
        QVERIFY(thread->wait(5000));
        delete thread;
        QVERIFY(image.isNull());
    }

    void enormousContentStopsAtItsTimeBudget()
    {
        PdfPageSource source(write(u"enormous.pdf"_s, HostileFiles::enormousContentPdf()));
        QCOMPARE(source.state(), PageSource::State::Ready);
        source.setPageTimeBudget(1000);
        QElapsedTimer timer;
        timer.start();
        const QImage image = source.render({0, 1.0, 0, {}});
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(image.isNull()); // cut off: not shown as if it were the whole page
        // A caller's abort still works alongside the budget, and the source stays usable.
        std::atomic_bool abort{true};
        QVERIFY(source.render({0, 0.2, 0, {}}, &abort).isNull());
        PdfPageSource plain(write(u"plain.pdf"_s, HostileFiles::enormousContentPdf(10)));
        plain.setPageTimeBudget(1000);
        QVERIFY(!plain.render({0, 1.0, 0, {}}).isNull());
    }

    void formsDrawingFormsAreRefusedUnread()
    {
        // Poppler's abort callback is not asked inside nested forms: 20⁷ rectangles would run
        // for hours whatever the time budget says.
        QElapsedTimer timer;
        timer.start();
        PdfPageSource source(write(u"loop.pdf"_s, HostileFiles::loopingPagePdf(20, 7)));
        QCOMPARE(source.state(), PageSource::State::Failed);
        QVERIFY2(source.errorString().contains(u"7"_s), qPrintable(source.errorString()));
        QVERIFY(source.render({0, 1.0, 0, {}}).isNull());
        QVERIFY(timer.elapsed() < 3000);
        // Forms within forms a few levels deep are ordinary.
        PdfPageSource shallow(write(u"shallow.pdf"_s, HostileFiles::loopingPagePdf(3, 3)));
        QCOMPARE(shallow.state(), PageSource::State::Ready);
        QVERIFY(!shallow.render({0, 0.5, 0, {}}).isNull());
    }

    void hugePageTreeIsCappedAndMeasuredQuickly()
    {
        const QString path = write(u"many.pdf"_s, HostileFiles::manyPagesPdf(100000));
        QElapsedTimer timer;
        timer.start();
        PdfPageSource source(path);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageCount(), RenderBudget::kMaxPdfPages);
        QVERIFY2(source.note().contains(u"100,000"_s) || source.note().contains(u"100000"_s),
                 qPrintable(source.note()));
        QCOMPARE(source.pageSize(RenderBudget::kMaxPdfPages - 1).toSize(), QSize(595, 842));
        QVERIFY(!source.render({RenderBudget::kMaxPdfPages - 1, 0.5, 0, {}}).isNull());
    }

    void lyingPageCountIsNotBelieved()
    {
        QElapsedTimer timer;
        timer.start();
        PdfPageSource source(write(u"lying.pdf"_s, HostileFiles::lyingPageCountPdf(1000000)));
        QVERIFY(timer.elapsed() < 5000);
        // Poppler checks the count against the objects there are: no million pages either way.
        QVERIFY(source.pageCount() <= 1);
        QVERIFY(source.state() == PageSource::State::Ready || !source.errorString().isEmpty());
    }

    void gigapixelImageInPdfIsRefusedUnread()
    {
        const QByteArray pdf = HostileFiles::hugeImagePdf(50000);
        QVERIFY(pdf.size() < 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        PdfPageSource source(write(u"bigimage.pdf"_s, pdf));
        QCOMPARE(source.state(), PageSource::State::Failed);
        QVERIFY2(source.errorString().contains(u"50000"_s), qPrintable(source.errorString()));
        QCOMPARE(source.pageCount(), 0);
        QVERIFY(source.render({0, 1.0, 0, {}}).isNull());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // An ordinary image is not affected.
        PdfPageSource small(write(u"smallimage.pdf"_s, HostileFiles::hugeImagePdf(1000)));
        QCOMPARE(small.state(), PageSource::State::Ready);
        QVERIFY(!small.render({0, 0.5, 0, {}}).isNull());
    }

    void imageFileDeclaringGigapixelsIsRefused()
    {
        QElapsedTimer timer;
        timer.start();
        ImagePageSource source(write(u"huge.png"_s, HostileFiles::hugeDeclaredPng(50000, 50000)));
        QCOMPARE(source.state(), PageSource::State::Failed);
        QVERIFY2(source.errorString().contains(u"50000"_s), qPrintable(source.errorString()));
        QVERIFY(timer.elapsed() < 3000);
        // A tall one of the same pixels would have been 25,000 slices.
        ImagePageSource tall(write(u"tall.png"_s, HostileFiles::hugeDeclaredPng(1000, 2500000)));
        QCOMPARE(tall.state(), PageSource::State::Failed);
        QCOMPARE(tall.pageCount(), 0);
    }
};

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
