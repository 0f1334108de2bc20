// SPDX-License-Identifier: GPL-3.0-or-later
// TilePlan: a fixed grid, only the tiles on screen, nearest the centre first.
#include "render/TilePlan.h"

#include <QTest>

using namespace kessai::render;

class TestTilePlan : public QObject
{
    Q_OBJECT

private slots:
    void visibleTilesOnly()
    {
        // An A1 sheet at 400 % (about 13 000 × 9 400 px): a 1600×900 window needs at most 9 tiles.
        const QSize page(13245, 9355);
        const QList<QRect> tiles = TilePlan::tiles(page, QRect(5000, 3000, 1600, 900), 1024);
        QVERIFY(tiles.size() <= 9);
        QRegion covered;
        for (const QRect &tile : tiles) {
            QCOMPARE(tile.x() % 1024, 0);
            QCOMPARE(tile.y() % 1024, 0);
            covered += tile;
        }
        QVERIFY(covered.contains(QRect(5000, 3000, 1600, 900)));
        // Nearest the centre of the window first.
        QVERIFY(tiles.first().contains(QPoint(5800, 3450)));
    }

    void edgesAreClipped()
    {
        const QList<QRect> tiles = TilePlan::allTiles(QSize(2500, 1100), 1024);
        QCOMPARE(tiles.size(), 6);
        QRegion covered;
        for (const QRect &tile : tiles)
            covered += tile;
        QCOMPARE(covered.boundingRect(), QRect(0, 0, 2500, 1100));
        int area = 0;
        for (const QRect &tile : tiles)
            area += tile.width() * tile.height();
        QCOMPARE(area, 2500 * 1100); // no overlap
    }

    void outside()
    {
        QVERIFY(TilePlan::tiles(QSize(100, 100), QRect(200, 200, 10, 10)).isEmpty());
        QVERIFY(TilePlan::tiles(QSize(), QRect(0, 0, 10, 10)).isEmpty());
    }
};

QTEST_MAIN(TestTilePlan)
#include "tst_tileplan.moc"
