// SPDX-License-Identifier: GPL-3.0-or-later
// The データ印 (DateSeal): whatever the unit's short name or the surname, nothing is drawn outside
// the ring (a long name is condensed, as seal makers do), and short names are drawn at full width.
#include "render/DateSeal.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace kessai::render;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kSide = 240;
const QRectF kBox(20, 20, 200, 200);

QImage drawn(const DateSeal &seal)
{
    QImage image(kSide, kSide, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    seal.paint(painter, kBox);
    painter.end();
    return image;
}

/// Pixels with ink further from the centre than the ring's outer edge.
int inkOutsideTheRing(const QImage &image)
{
    const QPointF centre = kBox.center();
    const qreal outer = kBox.width() / 2 + kBox.width() / 80 + 1.5; // the ring's half pen and antialiasing
    int outside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).lightness() > 235)
                continue;
            if (std::hypot(x + 0.5 - centre.x(), y + 0.5 - centre.y()) > outer)
                ++outside;
        }
    }
    return outside;
}

/// Width of the ink in the rows between top and bottom.
int inkWidth(const QImage &image, int top, int bottom)
{
    int left = image.width();
    int right = -1;
    const QPointF centre = kBox.center();
    const qreal inner = kBox.width() / 2 - kBox.width() / 40 - 2; // inside the ring
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).lightness() > 200 || std::hypot(x + 0.5 - centre.x(), y + 0.5 - centre.y()) > inner)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
        }
    }
    return right < left ? 0 : right - left + 1;
}
} // namespace

class TestDateSeal : public QObject
{
    Q_OBJECT

private slots:
    void nothingRunsPastTheRing_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("surname");
        QTest::newRow("short") << u"総務"_s << u"佐藤"_s;
        QTest::newRow("unit with a 係") << u"総務-文書"_s << u"佐藤"_s;
        QTest::newRow("long unit") << u"危機対策課防災係"_s << u"佐藤"_s;
        QTest::newRow("long surname") << u"総務"_s << u"勅使河原"_s;
        QTest::newRow("latin") << u"IT-Promotion"_s << u"Smith-Jones"_s;
    }
    void nothingRunsPastTheRing()
    {
        QFETCH(QString, unit);
        QFETCH(QString, surname);
        const QImage image = drawn(DateSeal{unit, u"R8.12.4"_s, surname});
        QCOMPARE(inkOutsideTheRing(image), 0);
    }

    void shortNamesAreNotCondensed()
    {
        // Two characters fit the top segment as they are: the same width as drawn alone in a
        // box wide enough, within a pixel or two of antialiasing.
        const QImage seal = drawn(DateSeal{u"総務"_s, {}, {}});
        const int top = int(kBox.top()) + 8;
        const int bottom = int(kBox.center().y() - kBox.height() / 6) - 3;
        const int width = inkWidth(seal, top, bottom);
        QVERIFY2(width > 30, qPrintable(QString::number(width))); // 2 × 36 px glyphs, not squeezed to a sliver
        const QImage longer = drawn(DateSeal{u"危機対策課防災係"_s, {}, {}});
        QVERIFY(inkWidth(longer, top, bottom) >= width); // condensed to the segment, never wider than it
    }
};

QTEST_MAIN(TestDateSeal)
#include "tst_dateseal.moc"
