// SPDX-License-Identifier: GPL-3.0-or-later
// DossierLoader on both backends: every attachment in order with its state and page sizes;
// sizes measured once are stored and used before anything is opened the next time; office
// documents show their rendition, a failure, or wait for the conversion; an item read again
// uses the loader thread's connection; sizes that cannot be stored are reported, not fatal.
#include "core/renditions/RenditionStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "render/BlobCache.h"
#include "render/CardPageSource.h"
#include "render/DossierLoader.h"
#include "tests/render/DossierFixture.h"
#include "tests/render/RenderFixtures.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;
using State = DossierItem::State;

namespace {
struct Collected
{
    QList<DossierLoader::Loaded> listed;
    QList<DossierLoader::Loaded> final;
    QString failure;
};

Collected load(const QString &cache, const DatabaseUrl &url, qint64 doc)
{
    Collected c;
    DossierLoader::Sink sink;
    sink.listed = [&](const QList<DossierLoader::Loaded> &items) {
        c.listed = items;
        c.final = items;
    };
    sink.updated = [&](const DossierLoader::Loaded &loaded) { c.final[loaded.item.index] = loaded; };
    sink.failed = [&](const QString &message) { c.failure = message; };
    std::atomic_bool cancel{false};
    DossierLoader(cache).loadDocument(url, doc, sink, cancel);
    return c;
}
} // namespace

class TestDossierLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryKind()
    {
        DossierFixture fixture;
        QTemporaryDir cache;
        const qint64 doc = fixture.newDraft();
        QFile encrypted(RenderFixtures::dataFile(u"encrypted-aes256.pdf"_s));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        fixture.attach(doc, RenderFixtures::simplePdf(3), u"01_鑑.pdf"_s, u"application/pdf"_s);
        fixture.attach(doc, RenderFixtures::encode(RenderFixtures::bands(400, {Qt::red}, 300), "PNG"),
                       u"photo.png"_s);
        fixture.attach(doc, "a,b\n1,2\n", u"table.csv"_s, u"text/csv"_s);
        const AttachmentRecord docx =
            fixture.attach(doc, RenderFixtures::docx({u"議事録"_s}), u"minutes.docx"_s);
        fixture.attach(doc, QByteArray(), u"zero-byte.pdf"_s);
        fixture.attach(doc, RenderFixtures::randomBytes(4096, 5), u"random.pdf"_s);
        fixture.attach(doc, encrypted.readAll(), u"locked.pdf"_s);

        const Collected first = load(cache.path(), fixture.url(), doc);
        QVERIFY(first.failure.isEmpty());
        QCOMPARE(first.listed.size(), 7);
        for (const auto &loaded : first.listed)
            QCOMPARE(loaded.item.state, State::Loading); // nothing measured yet
        const QList<State> states{State::Ready,  State::Ready,  State::Ready,        State::Converting,
                                  State::Failed, State::Failed, State::NeedsPassword};
        const QList<int> pages{3, 1, 1, 1, 1, 1, 1};
        for (int i = 0; i < 7; ++i) {
            const DossierItem &item = first.final.at(i).item;
            QCOMPARE(item.index, i);
            QCOMPARE(item.position, i + 1);
            QCOMPARE(DossierItem::stateCode(item.state), DossierItem::stateCode(states.at(i)));
            QCOMPARE(item.pageCount(), pages.at(i));
            QCOMPARE(bool(first.final.at(i).card), item.showsCard());
        }
        QVERIFY(first.final.at(3).needsConversion);
        QCOMPARE(first.final.at(3).item.type.format, u"docx"_s);
        QVERIFY(first.final.at(4).item.message.contains(u"empty"_s));
        QCOMPARE(first.final.at(2).item.encoding, u"UTF-8"_s);

        // Measured sizes were stored (PDF and image, not text: it depends on the fonts).
        RenditionStore store(fixture.connection());
        QCOMPARE(store.layout(first.final.at(0).item.sha256)->renderKind, u"pdf:pdf"_s);
        QCOMPARE(store.layout(first.final.at(1).item.sha256)->renderKind, u"image:png"_s);
        QVERIFY(!store.layout(first.final.at(2).item.sha256));

        // Next time the sizes are known in the first pass, before any file is opened.
        const Collected second = load(cache.path(), fixture.url(), doc);
        QCOMPARE(second.listed.at(0).item.state, State::Ready);
        QCOMPARE(second.listed.at(0).item.pageCount(), 3);
        QVERIFY(second.listed.at(0).handle);
        QVERIFY(!second.listed.at(0).handle->openedSource());
        QCOMPARE(second.listed.at(1).item.pageSizes, first.final.at(1).item.pageSizes);
        QCOMPARE(second.listed.at(2).item.state, State::Loading);

        // A rendition appears: the docx shows its pages.
        QBuffer rendition;
        rendition.setData(RenderFixtures::simplePdf(2));
        rendition.open(QIODevice::ReadOnly);
        store.putPdf(docx.sha256, rendition, 2, u"LibreOffice"_s);
        const Collected third = load(cache.path(), fixture.url(), doc);
        QCOMPARE(third.final.at(3).item.state, State::Ready);
        QVERIFY(third.final.at(3).item.converted);
        QCOMPARE(third.final.at(3).item.pageCount(), 2);
        QCOMPARE(third.final.at(3).handle->source()->pageCount(), 2);

        // A failed conversion is shown with its reason.
        store.putFailure(docx.sha256, u"LibreOffice could not convert the document"_s, u"LibreOffice"_s);
        const Collected fourth = load(cache.path(), fixture.url(), doc);
        QCOMPARE(fourth.final.at(3).item.state, State::Failed);
        QVERIFY(fourth.final.at(3).item.message.contains(u"could not convert"_s));
    }

    void damagedContentShowsAnErrorCard()
    {
        // One byte of a CSV's stored chunk changed by hand: the view shows an error card naming the
        // document, the attachment and what is wrong, never the altered text; the rest still shows.
        DossierFixture fixture;
        QTemporaryDir cache;
        const qint64 doc = fixture.newDraft();
        const AttachmentRecord csv =
            fixture.attach(doc, "件名,金額\n備品,1000\n", u"集計.csv"_s, u"text/csv"_s);
        fixture.attach(doc, RenderFixtures::simplePdf(1), u"資料.pdf"_s, u"application/pdf"_s);
        KESSAI_TRY(SqlQuery(fixture.connection(),
                            u"UPDATE blob_chunks SET data = ? WHERE seq = 0 AND blob_id = "
                            "(SELECT id FROM blobs WHERE sha256 = ?)"_s)
                       .bind(QByteArray("件名,金額\n備品,9000\n"))
                       .bind(csv.sha256)
                       .exec());

        const Collected loaded = load(cache.path(), fixture.url(), doc);
        QVERIFY(loaded.failure.isEmpty());
        QCOMPARE(loaded.final.size(), 2);
        const DossierLoader::Loaded &damaged = loaded.final.at(0);
        QCOMPARE(damaged.item.state, State::Failed);
        QVERIFY(damaged.card);
        const auto *card = dynamic_cast<const CardPageSource *>(damaged.card.get());
        QVERIFY(card);
        QCOMPARE(card->content().kind, CardPageSource::Kind::Broken);
        const QString reason = card->content().reason;
        QVERIFY2(reason.contains(u"document %1, attachment 1 \"集計.csv\""_s.arg(doc)), qPrintable(reason));
        QVERIFY2(reason.contains(u"SHA-256"_s), qPrintable(reason));
        QVERIFY(!BlobCache(cache.path()).contains(csv.sha256)); // no local copy of the wrong bytes
        QCOMPARE(loaded.final.at(1).item.state, State::Ready);
    }

    void cleanup()
    {
        DossierLoader::releaseThreadConnection(); // each test's store is its own
    }

    // An item read again (a new version, a finished conversion) uses the connection the loader
    // thread already has: it still reads when no new connection could be opened any more.
    void reloadUsesTheLoaderThreadsConnection()
    {
        DossierFixture fixture;
        QTemporaryDir cache;
        const qint64 doc = fixture.newDraft();
        fixture.attach(doc, RenderFixtures::simplePdf(2), u"資料.pdf"_s, u"application/pdf"_s);
        const Collected first = load(cache.path(), fixture.url(), doc);
        QCOMPARE(first.final.at(0).item.state, State::Ready);

        // From now on opening the store fails (it says it was made by a newer Kessai, which every
        // new connection checks); the connection that is open still reads.
        KESSAI_TRY(SqlQuery(fixture.connection(), u"UPDATE kessai_meta SET value = ? WHERE key = ?"_s)
                       .bind(u"9999"_s)
                       .bind(u"schema_version"_s)
                       .exec());
        bool refused = false;
        try {
            StoreConnection another(fixture.url());
        } catch (const StoreError &) {
            refused = true;
        }
        QVERIFY(refused); // the premise: a new connection would fail

        // Not from the local copy: read from the store.
        QFile::remove(BlobCache(cache.path()).pathFor(first.final.at(0).item.sha256));
        const DossierLoader::Loaded again =
            DossierLoader(cache.path()).reload(fixture.url(), first.final.at(0).item, {});
        QVERIFY2(again.item.state == State::Ready, qPrintable(again.item.message));
        QCOMPARE(again.item.pageCount(), 2);
    }

    // Measured sizes that cannot be stored do not fail the view: the item shows, the reason is
    // logged (kessai.render.layouts) and returned, and nothing half is written.
    void sizesThatCannotBeStoredAreReported()
    {
        DossierFixture fixture;
        QTemporaryDir cache;
        const qint64 doc = fixture.newDraft();
        const AttachmentRecord pdf =
            fixture.attach(doc, RenderFixtures::simplePdf(3), u"資料.pdf"_s, u"application/pdf"_s);
        if (TestDatabase::isPostgreSQL()) {
            SqlQuery::execDirect(fixture.connection(),
                                 u"CREATE FUNCTION refuse_layouts() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$ BEGIN RAISE EXCEPTION 'layouts refused'; END $$"_s);
            SqlQuery::execDirect(fixture.connection(),
                                 u"CREATE TRIGGER refuse_layouts BEFORE INSERT ON page_layouts FOR EACH ROW "
                                 "EXECUTE FUNCTION refuse_layouts()"_s);
        } else {
            SqlQuery::execDirect(fixture.connection(),
                                 u"CREATE TRIGGER refuse_layouts BEFORE INSERT ON page_layouts "
                                 "BEGIN SELECT RAISE(ABORT, 'layouts refused'); END"_s);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"資料\\.pdf.*could not be stored"_s));
        const Collected loaded = load(cache.path(), fixture.url(), doc);
        const DossierLoader::Loaded &item = loaded.final.at(0);
        QVERIFY2(item.item.state == State::Ready, qPrintable(item.item.message));
        QCOMPARE(item.item.pageCount(), 3);
        QVERIFY2(item.notStored.contains(u"資料.pdf"_s), qPrintable(item.notStored));
        QVERIFY(!RenditionStore(fixture.connection()).layout(pdf.sha256));
        QCOMPARE(SqlQuery(fixture.connection(), u"SELECT page_count FROM attachments WHERE id = ?"_s)
                     .bind(pdf.id)
                     .scalar()
                     .toInt(),
                 0); // one transaction: no page count without its layout
    }

    void unknownDocument()
    {
        DossierFixture fixture;
        QTemporaryDir cache;
        const Collected c = load(cache.path(), fixture.url(), 999);
        QVERIFY(c.failure.contains(u"999"_s));
    }

    void filesWithoutStore()
    {
        QTemporaryDir dir;
        const QString pdf = RenderFixtures::write(dir.path(), u"a.pdf"_s, RenderFixtures::simplePdf(2));
        const QString txt = RenderFixtures::write(dir.path(), u"b.txt"_s, "hello\n");
        QList<DossierLoader::Loaded> final;
        DossierLoader::Sink sink;
        sink.listed = [&](const QList<DossierLoader::Loaded> &items) { final = items; };
        sink.updated = [&](const DossierLoader::Loaded &loaded) { final[loaded.item.index] = loaded; };
        std::atomic_bool cancel{false};
        DossierLoader(dir.path()).loadFiles({{pdf, {}, {}}, {txt, u"メモ.txt"_s, {}}}, sink, cancel);
        QCOMPARE(final.size(), 2);
        QCOMPARE(final.at(0).item.pageCount(), 2);
        QCOMPARE(final.at(1).item.name, u"メモ.txt"_s);
        QCOMPARE(final.at(0).item.sha256, BlobCache::fileSha256(pdf));
    }
};

QTEST_MAIN(TestDossierLoader)
#include "tst_dossierloader.moc"
