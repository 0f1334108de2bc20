// SPDX-License-Identifier: GPL-3.0-or-later
// PageCache: stays within its byte budget by evicting the images farthest from the viewport,
// never the pinned ones.
#include "render/PageCache.h"

#include <QTest>

using namespace kessai::render;

namespace {
QImage image(int kib)
{
    // RGB32: 4 bytes a pixel, 256 pixels a KiB.
    QImage img(256, kib, QImage::Format_RGB32);
    img.fill(Qt::white);
    return img;
}

RenderKey key(int page, int scaleMilli = 1000)
{
    return {0, page, scaleMilli, 0, {}};
}
} // namespace

class TestPageCache : public QObject
{
    Q_OBJECT

private slots:
    void staysWithinBudget()
    {
        PageCache cache(100 * 1024);
        for (int page = 0; page < 50; ++page)
            cache.insert(key(page), image(10));
        QVERIFY(cache.bytes() <= 100 * 1024);
        QCOMPARE(cache.count(), 10);
        QVERIFY(cache.peakBytes() <= 110 * 1024);
        QCOMPARE(cache.evictions(), 40);
        QCOMPARE(cache.evictedBytes(), 40 * 10 * 1024); // what the engine hands back to the system
    }

    void evictsFarthestFromTheViewport()
    {
        PageCache cache(100 * 1024);
        int focus = 20;
        cache.setFocus([&](const RenderKey &k) { return qint64(qAbs(k.page - focus)) * 16; }, {});
        for (int page = 10; page < 30; ++page) // 20 pages of 10 KiB into 100 KiB
            cache.insert(key(page), image(10));
        QCOMPARE(cache.count(), 10);
        // Kept: the ten nearest page 20 (of 15 and 25, equally far, the older went first).
        for (int page = 16; page <= 25; ++page)
            QVERIFY2(cache.contains(key(page)), qPrintable(QString::number(page)));
        // The viewport moves on: a new page near it pushes out the farthest.
        focus = 24;
        cache.insert(key(26), image(10));
        QVERIFY(!cache.contains(key(16)));
        QVERIFY(cache.contains(key(26)));
    }

    void pinnedStay()
    {
        PageCache cache(30 * 1024);
        QSet<RenderKey> pinned{key(0), key(1), key(2), key(3)};
        cache.setFocus([](const RenderKey &k) { return qint64(k.page); }, pinned);
        for (int page = 0; page < 4; ++page)
            cache.insert(key(page), image(10));
        // Everything pinned is on screen: kept even over budget.
        QCOMPARE(cache.count(), 4);
        cache.insert(key(9), image(10));
        QVERIFY(!cache.contains(key(9)));
        QCOMPARE(cache.bytes(), 40 * 1024);
    }

    void smallerBudgetTrims()
    {
        PageCache cache(100 * 1024);
        for (int page = 0; page < 10; ++page)
            cache.insert(key(page), image(10));
        cache.setBudget(25 * 1024);
        QCOMPARE(cache.count(), 2);
        QCOMPARE(cache.evictedBytes(), 8 * 10 * 1024);
        QVERIFY(cache.bytes() <= 25 * 1024);
    }

    void keysPerPage()
    {
        PageCache cache;
        cache.insert(key(3, 1000), image(1));
        cache.insert(key(3, 2000), image(1));
        cache.insert({0, 3, 2000, 0, QRect(0, 0, 10, 10)}, image(1));
        cache.insert(key(4), image(1));
        QCOMPARE(cache.keysForPage(0, 3).size(), 3);
        cache.removeItem(0);
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.bytes(), 0);
        QVERIFY(cache.keysForPage(0, 3).isEmpty());
    }

    void replaceKeepsAccounts()
    {
        PageCache cache;
        cache.insert(key(1), image(10));
        cache.insert(key(1), image(20));
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.bytes(), 20 * 1024);
        QVERIFY(cache.find(key(1)).has_value());
        QVERIFY(!cache.find(key(2)).has_value());
    }
};

QTEST_MAIN(TestPageCache)
#include "tst_pagecache.moc"
