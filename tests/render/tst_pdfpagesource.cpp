// SPDX-License-Identifier: GPL-3.0-or-later
// PdfPageSource: page sizes before painting, whole pages and tiles that agree, rotation,
// text with boxes, abort, broken files and password-protected PDFs.
#include "render/PdfPageSource.h"
#include "tests/render/RenderFixtures.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
bool sameImage(const QImage &a, const QImage &b)
{
    return a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32);
}

QColor pixel(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y);
}

bool isRed(const QColor &c)
{
    return c.red() > 150 && c.green() < 90 && c.blue() < 90;
}
} // namespace

class TestPdfPageSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mixed;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        RenderFixtures::PdfPage a4;
        a4.text = u"決裁テスト 一ページ ＡＢＣ"_s;
        RenderFixtures::PdfPage a3;
        a3.size = QPageSize(QPageSize::A3);
        a3.orientation = QPageLayout::Landscape;
        a3.text = u"Second page"_s;
        m_mixed = RenderFixtures::write(m_dir.path(), u"mixed.pdf"_s, RenderFixtures::pdf({a4, a3}));
    }

    void sizesBeforePainting()
    {
        PdfPageSource source(m_mixed);
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageCount(), 2);
        QCOMPARE(source.pageSize(0).toSize(), QSize(595, 842));
        QCOMPARE(source.pageSize(1).toSize(), QSize(1191, 842));
        QCOMPARE(source.pixelSize(1, 2.0, 90), QSize(1684, 2382));
        QVERIFY(!source.pageSize(5).isValid());
    }

    void knownSizesAreUsed()
    {
        const QList<QSizeF> stored{QSizeF(100, 200), QSizeF(300, 400)};
        PdfPageSource source(m_mixed, stored);
        QCOMPARE(source.pageSizes(), stored);
        PdfPageSource mismatched(m_mixed, {QSizeF(1, 1)}); // wrong count: measured again
        QCOMPARE(mismatched.pageSize(0).toSize(), QSize(595, 842));
    }

    void wholePageAndTilesAgree()
    {
        PdfPageSource source(m_mixed);
        const QImage whole = source.render({0, 1.5, 0, {}});
        QCOMPARE(whole.size(), source.pixelSize(0, 1.5, 0));
        QVERIFY(isRed(pixel(whole, int(50 * 1.5), int(35 * 1.5)))); // the red box at (20,20)-(80,50)
        const QRect region(40, 30, 200, 100);
        const QImage tile = source.render({0, 1.5, 0, region});
        QCOMPARE(tile.size(), region.size());
        QVERIFY(sameImage(tile, whole.copy(region)));
    }

    void rotation()
    {
        PdfPageSource source(m_mixed);
        const QImage upright = source.render({0, 1.0, 0, {}});
        const QImage turned = source.render({0, 1.0, 90, {}});
        QCOMPARE(turned.size(), upright.size().transposed());
        // Clockwise: the box near the top left lands near the top right.
        QVERIFY(isRed(pixel(turned, turned.width() - 35, 50)));
        const QImage half = source.render({0, 1.0, 90, QRect(turned.width() - 100, 0, 100, 100)});
        QVERIFY(sameImage(half, turned.copy(turned.width() - 100, 0, 100, 100)));
    }

    void textWithBoxes()
    {
        PdfPageSource source(m_mixed);
        const PageText text = source.text(0);
        QVERIFY2(text.text.contains(u"決裁テスト"_s), qPrintable(text.text));
        QCOMPARE(text.boxes.size(), text.text.size());
        const QList<PageText::Match> hits = text.find(u"abc"_s); // full-width ＡＢＣ on the page
        QCOMPARE(hits.size(), 1);
        const QList<QRectF> rects = text.rectsFor(hits.first().start, hits.first().length);
        QCOMPARE(rects.size(), 1);
        QVERIFY(rects.first().top() > 70 && rects.first().bottom() < 110); // the line at y = 100
        QVERIFY(source.text(1).text.contains(u"Second page"_s));
        QVERIFY(source.text(7).isEmpty());
    }

    void abortStopsARender()
    {
        RenderFixtures::PdfPage heavy;
        heavy.heavyLines = 20000;
        const QString path =
            RenderFixtures::write(m_dir.path(), u"heavy.pdf"_s, RenderFixtures::pdf({heavy}));
        PdfPageSource source(path);
        std::atomic_bool abort{true};
        QVERIFY(source.render({0, 1.0, 0, {}}, &abort).isNull()); // already aborted: nothing done

        QElapsedTimer full;
        full.start();
        std::atomic_bool never{false};
        QVERIFY(!source.render({0, 3.0, 0, {}}, &never).isNull());
        const qint64 fullMs = full.elapsed();

        abort = false;
        std::thread stopper([&] {
            QThread::msleep(qMax<qint64>(5, fullMs / 10));
            abort = true;
        });
        QElapsedTimer aborted;
        aborted.start();
        const QImage image = source.render({0, 3.0, 0, {}}, &abort);
        const qint64 abortedMs = aborted.elapsed();
        stopper.join();
        QVERIFY(image.isNull());
        QVERIFY2(abortedMs < fullMs * 3 / 4,
                 qPrintable(u"full %1 ms, aborted after %2 ms"_s.arg(fullMs).arg(abortedMs)));
    }

    void twoThreadsOnePdf()
    {
        PdfPageSource source(m_mixed, {}, 2);
        QImage a;
        QImage b;
        std::thread first([&] {
            for (int i = 0; i < 5; ++i)
                a = source.render({0, 1.0, 0, {}});
        });
        std::thread second([&] {
            for (int i = 0; i < 5; ++i)
                b = source.render({1, 0.5, 0, {}});
        });
        first.join();
        second.join();
        QCOMPARE(a.size(), source.pixelSize(0, 1.0, 0));
        QCOMPARE(b.size(), source.pixelSize(1, 0.5, 0));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray pdf = RenderFixtures::simplePdf(3);
        QTest::newRow("truncated") << pdf.left(pdf.size() / 2) << u"incomplete"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("random") << RenderFixtures::randomBytes(32 * 1024, 1) << u"not a PDF"_s;
        QTest::newRow("png") << RenderFixtures::encode(RenderFixtures::bands(10, {Qt::red}, 10), "PNG")
                             << u"not a PDF"_s;
        QByteArray mangled = pdf;
        for (int i = 200; i < mangled.size() - 200; i += 7)
            mangled[i] = char(i);
        QTest::newRow("mangled middle") << mangled << QString();
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = RenderFixtures::write(m_dir.path(), u"broken.pdf"_s, bytes);
        PdfPageSource source(path);
        if (source.state() == PageSource::State::Ready) {
            // Poppler may repair some damage: then every page must render or fail cleanly.
            QVERIFY(reason.isEmpty());
            for (int i = 0; i < source.pageCount(); ++i)
                source.render({i, 0.5, 0, {}});
            return;
        }
        QCOMPARE(source.state(), PageSource::State::Failed);
        QCOMPARE(source.pageCount(), 0);
        QVERIFY(source.render({0, 1.0, 0, {}}).isNull());
        QVERIFY2(source.errorString().contains(reason), qPrintable(source.errorString()));
    }

    void passwordProtected()
    {
        PdfPageSource source(RenderFixtures::dataFile(u"encrypted-aes256.pdf"_s));
        QCOMPARE(source.state(), PageSource::State::NeedsPassword);
        QCOMPARE(source.pageCount(), 0);
        QVERIFY(source.render({0, 1.0, 0, {}}).isNull());
        QVERIFY(!source.unlock(u"wrong"_s));
        QCOMPARE(source.state(), PageSource::State::NeedsPassword);
        QVERIFY(source.errorString().contains(u"not correct"_s));
        QVERIFY(source.unlock(u"kessai"_s));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageCount(), 1);
        QCOMPARE(source.pageSize(0).toSize(), QSize(420, 595)); // A5
        // A second document instance (another thread's) opens with the password too.
        QImage a;
        QImage b;
        std::thread other([&] { a = source.render({0, 1.0, 0, {}}); });
        b = source.render({0, 1.0, 0, {}});
        other.join();
        QVERIFY(isRed(pixel(a, 50, 50)));
        QVERIFY(isRed(pixel(b, 50, 50)));
        QVERIFY(source.text(0).text.contains(u"Secret"_s));
    }
};

QTEST_MAIN(TestPdfPageSource)
#include "tst_pdfpagesource.moc"
