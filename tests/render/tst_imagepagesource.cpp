// SPDX-License-Identifier: GPL-3.0-or-later
// ImagePageSource: formats, EXIF orientation, multi-page TIFF, tall images cut into slices,
// decoding at display size, tiles, and images that cannot be read.
#include "render/ImagePageSource.h"
#include "tests/render/RenderFixtures.h"

#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
           qAbs(a.blue() - b.blue()) <= tolerance;
}
} // namespace

class TestImagePageSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return RenderFixtures::write(m_dir.path(), name, bytes);
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("PNG");
        QTest::newRow("jpeg") << QByteArray("JPEG");
        QTest::newRow("bmp") << QByteArray("BMP");
        QTest::newRow("webp") << QByteArray("WEBP");
        QTest::newRow("tiff") << QByteArray("TIFF");
    }
    void formats()
    {
        QFETCH(QByteArray, format);
        if (!QImageReader::supportedImageFormats().contains(format.toLower()))
            QSKIP("no Qt image plugin for this format (qt6-image-formats-plugins)");
        const QImage image = RenderFixtures::bands(400, {Qt::red, Qt::blue}, 150);
        const QString path = write(u"image."_s + QString::fromLatin1(format.toLower()),
                                   RenderFixtures::encode(image, format.constData(), 95));
        ImagePageSource source(path);
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageCount(), 1);
        QCOMPARE(source.pageSize(0), QSizeF(300, 225)); // 96 dpi: 0.75 pt a pixel
        const QImage page = source.render({0, 1.0 / 0.75, 0, {}});
        QCOMPARE(page.size(), QSize(400, 300));
        QVERIFY(near(page.pixelColor(200, 50), Qt::red));
        QVERIFY(near(page.pixelColor(200, 250), Qt::blue));
    }

    void gif()
    {
        // Qt reads GIF but cannot write it: the classic 1×1 GIF, one red pixel.
        const QByteArray gif = QByteArray::fromHex("47494638396101000100800000ff000000000021f904"
                                                   "00000000002c00000000010001000002024401003b");
        ImagePageSource source(write(u"dot.gif"_s, gif));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageSize(0), QSizeF(0.75, 0.75));
        const QImage page = source.render({0, 40.0, 0, {}});
        QCOMPARE(page.size(), QSize(30, 30));
        QVERIFY(near(page.pixelColor(15, 15), Qt::red));
    }

    void wideImagesFitA4()
    {
        const QImage image = RenderFixtures::bands(3000, {Qt::green}, 2000);
        ImagePageSource source(write(u"photo.jpg"_s, RenderFixtures::encode(image, "JPEG")));
        QCOMPARE(source.pageSize(0).width(), 841.89);
        QCOMPARE(qRound(source.pageSize(0).height()), 561);
        // Decoded at display size: a thumbnail does not cost a 6 MP image.
        const QImage thumbnail = source.render({0, 0.2, 0, {}});
        QCOMPARE(thumbnail.size(), source.pixelSize(0, 0.2, 0));
    }

    void exifOrientation()
    {
        // Stored 200×100, left half red, right half blue; orientation 6 = turn 90° clockwise.
        QImage stored(200, 100, QImage::Format_RGB32);
        stored.fill(Qt::blue);
        for (int y = 0; y < 100; ++y)
            for (int x = 0; x < 100; ++x)
                stored.setPixelColor(x, y, Qt::red);
        ImagePageSource source(write(u"rotated.jpg"_s, RenderFixtures::jpegWithOrientation(stored, 6)));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageSize(0), QSizeF(75, 150)); // shown upright: 100×200
        const QImage page = source.render({0, 1.0 / 0.75, 0, {}});
        QCOMPARE(page.size(), QSize(100, 200));
        QVERIFY(near(page.pixelColor(50, 40), Qt::red)); // the left half is now on top
        QVERIFY(near(page.pixelColor(50, 160), Qt::blue));
        // A tile of the lower half maps back onto the stored image correctly.
        const QImage tile = source.render({0, 1.0 / 0.75, 0, QRect(0, 120, 100, 80)});
        QCOMPARE(tile.size(), QSize(100, 80));
        QVERIFY(near(tile.pixelColor(50, 40), Qt::blue));
    }

    void multiPageTiff()
    {
        if (!QImageReader::supportedImageFormats().contains("tiff"))
            QSKIP("no TIFF plugin (qt6-image-formats-plugins)");
        const QList<QImage> pages{RenderFixtures::bands(210, {Qt::black}, 297),
                                  RenderFixtures::bands(210, {Qt::white}, 297),
                                  RenderFixtures::bands(297, {Qt::gray}, 210)};
        ImagePageSource source(write(u"fax.tif"_s, RenderFixtures::multiPageTiff(pages)));
        QCOMPARE(source.state(), PageSource::State::Ready);
        QCOMPARE(source.pageCount(), 3);
        QCOMPARE(source.frameOf(2), 2);
        QVERIFY(source.pageSize(2).width() > source.pageSize(2).height()); // the landscape one
        QVERIFY(source.render({0, 1.0, 0, {}}).pixelColor(10, 10).lightness() < 30);
        QVERIFY(source.render({1, 1.0, 0, {}}).pixelColor(10, 10).lightness() > 225);
    }

    void tallImageIsSliced()
    {
        // 100 × 1000: more than 2·√2 times as tall as wide, so A4-proportioned slices of 141 px;
        // the 13 px left at the end join the last slice.
        const QList<QColor> colors{Qt::red,     Qt::green, Qt::blue,    Qt::yellow,    Qt::cyan,
                                   Qt::magenta, Qt::gray,  Qt::darkRed, Qt::darkGreen, Qt::darkBlue};
        const QImage tall = RenderFixtures::bands(100, colors, 100);
        ImagePageSource source(write(u"tall.png"_s, RenderFixtures::encode(tall, "PNG")));
        QCOMPARE(source.pageCount(), 7);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(source.sliceOf(i), QRect(0, i * 141, 100, 141));
        QCOMPARE(source.sliceOf(6), QRect(0, 846, 100, 154));
        QCOMPARE(source.pageSize(0), QSizeF(75, 141 * 0.75));
        // Slice 2 covers rows 282–422: blue (200–299), yellow (300–399), cyan (400–499).
        const QImage slice = source.render({0 + 2, 1.0 / 0.75, 0, {}});
        QCOMPARE(slice.size(), QSize(100, 141));
        QVERIFY(near(slice.pixelColor(50, 5), Qt::blue));
        QVERIFY(near(slice.pixelColor(50, 60), Qt::yellow));
        QVERIFY(near(slice.pixelColor(50, 135), Qt::cyan));
        ImagePageSource::clearFrameCache();
    }

    void tilesMatchTheWholePage()
    {
        const QImage image = RenderFixtures::bands(300, {Qt::red, Qt::green, Qt::blue}, 100);
        ImagePageSource source(write(u"bands.png"_s, RenderFixtures::encode(image, "PNG")));
        const QImage whole = source.render({0, 4.0, 0, {}});
        const QImage tile = source.render({0, 4.0, 0, QRect(400, 270, 200, 60)}); // across red → green
        QCOMPARE(tile.size(), QSize(200, 60));
        QVERIFY(near(tile.pixelColor(100, 5), Qt::red));
        QVERIFY(near(tile.pixelColor(100, 55), Qt::green));
        QVERIFY(near(whole.pixelColor(500, 275), tile.pixelColor(100, 5), 8));
        QVERIFY(near(whole.pixelColor(500, 325), tile.pixelColor(100, 55), 8));
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png signature, then garbage")
            << QByteArray("\x89PNG\r\n\x1A\n", 8) + RenderFixtures::randomBytes(500, 3);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("random") << RenderFixtures::randomBytes(4096, 4);
        const QByteArray jpeg = RenderFixtures::encode(RenderFixtures::bands(64, {Qt::red}, 64), "JPEG");
        QTest::newRow("jpeg header only") << jpeg.left(30);
    }
    void unreadable()
    {
        QFETCH(QByteArray, bytes);
        ImagePageSource source(write(u"broken.img"_s, bytes));
        if (source.state() == PageSource::State::Ready) {
            // The header was readable: rendering must fail cleanly, not crash.
            for (int i = 0; i < source.pageCount(); ++i)
                source.render({i, 1.0, 0, {}});
            return;
        }
        QCOMPARE(source.state(), PageSource::State::Failed);
        QVERIFY(!source.errorString().isEmpty());
        QCOMPARE(source.pageCount(), 0);
    }
};

QTEST_MAIN(TestImagePageSource)
#include "tst_imagepagesource.moc"
