// SPDX-License-Identifier: GPL-3.0-or-later
// BlobCache on both backends: local copies of stored content, checked, reused, pruned.
#include "core/store/StoreConnection.h"
#include "render/BlobCache.h"
#include "tests/render/DossierFixture.h"
#include "tests/render/RenderFixtures.h"
#include "tests/support/StoreTestHelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestBlobCache : public QObject
{
    Q_OBJECT

private slots:
    void materializes()
    {
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        const QByteArray bytes = RenderFixtures::randomBytes(3 * 1024 * 1024 + 5, 11); // several chunks
        const AttachmentRecord record = fixture.attach(doc, bytes, u"data.bin"_s);
        QTemporaryDir dir;
        BlobCache cache(dir.path());
        QVERIFY(!cache.contains(record.sha256));
        QString path;
        KESSAI_TRY(path = cache.materialize(fixture.connection(), record.sha256));
        QCOMPARE(path, cache.pathFor(record.sha256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(BlobCache::fileSha256(path), record.sha256);
        // No temporary files are left behind; a second call reuses the copy.
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        KESSAI_TRY(path = cache.materialize(fixture.connection(), record.sha256.toUpper()));
        QCOMPARE(path, cache.pathFor(record.sha256));
        // Empty content is content too.
        const AttachmentRecord empty = fixture.attach(doc, QByteArray(), u"zero-byte.pdf"_s);
        KESSAI_TRY(path = cache.materialize(fixture.connection(), empty.sha256));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void unknownBlob()
    {
        DossierFixture fixture;
        QTemporaryDir dir;
        BlobCache cache(dir.path());
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            cache.materialize(fixture.connection(), QString(64, QLatin1Char('a'))));
        QVERIFY(!cache.contains(QString(64, QLatin1Char('a'))));
    }

    void prunesLeastRecentlyUsed()
    {
        QTemporaryDir dir;
        BlobCache cache(dir.path());
        for (int i = 0; i < 5; ++i) {
            const QString sha = QString(63, QLatin1Char('0')) + QString::number(i);
            QDir().mkpath(QFileInfo(cache.pathFor(sha)).absolutePath());
            RenderFixtures::write(QFileInfo(cache.pathFor(sha)).absolutePath(), sha, QByteArray(1000, 'x'));
            QFile f(cache.pathFor(sha));
            f.open(QIODevice::ReadWrite);
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(i - 10), QFileDevice::FileModificationTime);
        }
        QCOMPARE(cache.prune(2500), qint64(3000));
        QVERIFY(!cache.contains(QString(63, QLatin1Char('0')) + u"0"_s));
        QVERIFY(cache.contains(QString(63, QLatin1Char('0')) + u"4"_s));
    }
};

QTEST_MAIN(TestBlobCache)
#include "tst_blobcache.moc"
