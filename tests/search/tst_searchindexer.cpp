// SPDX-License-Identifier: GPL-3.0-or-later
// The indexer on real files made here: a scanned page (Japanese text rendered to an image) that
// only OCR can read, a PDF with a text layer on one page and a scan on the other, and OCR that
// must give up with a reason on an image that is no document, on both backends.
#include "core/Sha256.h"
#include "core/org/Session.h"
#include "core/search/SearchIndexStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "render/OcrEngine.h"
#include "render/RenderEngine.h"
#include "render/SearchIndexer.h"
#include "tests/search/SearchFixture.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using test::SearchFixture;

namespace {
/// A "scan": black Japanese text on white, as a page image at about 300 dpi would show it.
QImage scannedText(const QString &text)
{
    QImage image(1600, 360, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPixelSize(72);
    font.setWeight(QFont::Bold); // the family's default face here is hairline-thin: no print looks like it
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect().adjusted(60, 0, -60, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Page 1 with a text layer, page 2 only an image of text.
QByteArray pdfWithTextAndScan(const QString &text, const QString &scanned)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(16);
    painter.setFont(font);
    painter.drawText(QRect(200, 200, 2000, 300), Qt::AlignLeft, text);
    writer.newPage();
    painter.drawImage(QRect(100, 200, 1600, 360), scannedText(scanned));
    painter.end();
    return bytes;
}
} // namespace

class TestSearchIndexer : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &ito() { return m_people.at(QStringLiteral("ito_t"))->session(); }
    QString extractionOf(qint64 attachment, const char *column)
    {
        return SqlQuery(*m_connection,
                        QStringLiteral("SELECT x.%1 FROM content_extractions x JOIN attachment_versions v "
                                       "ON v.blob_id = x.blob_id WHERE v.attachment_id = ?")
                            .arg(QLatin1String(column)))
            .bind(attachment)
            .scalar()
            .toString();
    }

private slots:
    void initTestCase()
    {
        if (!render::OcrEngine().isReady())
            QSKIP("Tesseract with the jpn data is not installed (packaging/debian-packages.txt lists it)");
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        KESSAI_TRY(m_people[QStringLiteral("ito_t")] =
                       std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_connection.reset();
        m_db.reset();
    }

    void scannedPageIsFoundThroughOcr()
    {
        const qint64 doc = SearchFixture::draft(ito(), m_org.division, QStringLiteral("紙の申請書"));
        qint64 attachment = 0;
        KESSAI_TRY(attachment =
                       SearchFixture::attach(ito(), doc, QStringLiteral("申請書.png"),
                                             png(scannedText(QStringLiteral("公文書管理条例の改正について"))),
                                             QStringLiteral("image/png")));
        render::SearchIndexer indexer(*m_connection);
        KESSAI_TRY(indexer.indexQueued());
        // before OCR only the document's own text is there; the page waits
        QCOMPARE(SearchFixture::titles(ito(), QStringLiteral("条例")), QStringList{});
        QCOMPARE(indexer.ocrPagesWaiting(), 1);
        QCOMPARE(extractionOf(attachment, "status"), QStringLiteral("ocr"));
        QCOMPARE(indexer.ocrWaiting(10), 1);
        QCOMPARE(extractionOf(attachment, "status"), QStringLiteral("done"));
        KESSAI_TRY(indexer.indexQueued());
        SearchResults results;
        KESSAI_TRY(results = SearchFixture::run(ito(), QStringLiteral("条例 改正")));
        const QString read =
            SqlQuery(*m_connection, QStringLiteral("SELECT t.text || ' / ' || t.note FROM content_text t "
                                                   "JOIN attachment_versions v ON v.blob_id = t.blob_id "
                                                   "WHERE v.attachment_id = ?"))
                .bind(attachment)
                .scalar()
                .toString();
        QVERIFY2(results.hits.size() == 1, qPrintable(QStringLiteral("OCR read: ") + read));
        QCOMPARE(results.hits.first().attachmentName, QStringLiteral("申請書.png"));
        QCOMPARE(results.hits.first().page, 1);
        QVERIFY2(results.hits.first().snippet.contains(QStringLiteral("公文書管理条例")),
                 qPrintable(results.hits.first().snippet));
        QCOMPARE(SearchFixture::titles(ito(), QStringLiteral("公文書")),
                 QStringList{QStringLiteral("紙の申請書")});
    }

    void scannedPageHitsAreHighlightedInTheSingleView()
    {
        // OCR keeps where each character is; the engine gives a scan's page that text, so the
        // single view's search finds and highlights the hit where it is drawn.
        const QImage scan = scannedText(QStringLiteral("文書管理規程の見直し"));
        const QByteArray bytes = png(scan);
        const QString sha256 = Sha256::hex(bytes);
        const qint64 doc = SearchFixture::draft(ito(), m_org.division, QStringLiteral("規程改正の起案"));
        KESSAI_TRY(SearchFixture::attach(ito(), doc, QStringLiteral("規程.png"), bytes, QStringLiteral("image/png")));
        KESSAI_TRY(SearchFixture::indexAll(*m_connection));

        std::optional<ExtractedPage> read;
        KESSAI_TRY(read = SearchIndexStore(*m_connection).recognizedPage(sha256, 1));
        QVERIFY(read);
        QCOMPARE(read->boxes.size(), read->text.size());
        const qsizetype at = read->text.indexOf(QStringLiteral("規程"));
        QVERIFY2(at >= 0, qPrintable(read->text));
        // drawn from x = 60 px, centred vertically with 72-pixel glyphs, on 1600 × 360
        const QRectF first = read->boxes.at(at);
        QVERIFY2(first.x() > 0.03 && first.right() < 0.97 && first.y() > 0.25 && first.bottom() < 0.75 &&
                     first.height() > 0.08 && first.width() > 0.02,
                 qPrintable(QStringLiteral("box of 規: %1 %2 %3 %4")
                                .arg(first.x())
                                .arg(first.y())
                                .arg(first.width())
                                .arg(first.height())));
        QVERIFY2(read->boxes.at(at + 1).x() > first.x(), "程 is not right of 規");

        // the clerk's own view (on PostgreSQL his own login: row-level security applies)
        render::RenderEngine engine;
        engine.openDocument(m_db->urlAs(QStringLiteral("ito_t")), doc);
        QTRY_VERIFY_WITH_TIMEOUT(engine.itemCount() == 1 && engine.isSettled(), 20000);
        QSignalSpy ready(&engine, &render::RenderEngine::textReady);
        engine.requestText(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        const auto text = ready.first().at(2).value<render::PageText>();
        const QList<render::PageText::Match> found = text.find(QStringLiteral("規程"));
        QVERIFY2(found.size() == 1, qPrintable(text.text));
        const QSizeF page = engine.item(0).pageSizes.value(0);
        const QList<QRectF> rects = text.rectsFor(found.first().start, found.first().length);
        QVERIFY(!rects.isEmpty());
        const QRectF expected(first.x() * page.width(), first.y() * page.height(), first.width() * page.width(),
                              first.height() * page.height());
        QVERIFY2(rects.first().intersects(expected) && QRectF(QPointF(0, 0), page).contains(rects.first()),
                 qPrintable(QStringLiteral("highlight at %1,%2 on a %3 × %4 page")
                                .arg(rects.first().x())
                                .arg(rects.first().y())
                                .arg(page.width())
                                .arg(page.height())));
    }

    void pdfTextLayerAndScannedPage()
    {
        const qint64 doc = SearchFixture::draft(ito(), m_org.division, QStringLiteral("報告書の綴り"));
        KESSAI_TRY(SearchFixture::attach(
            ito(), doc, QStringLiteral("報告.pdf"),
            pdfWithTextAndScan(QStringLiteral("情報公開請求への対応"), QStringLiteral("防災訓練の実施計画")),
            QStringLiteral("application/pdf")));
        KESSAI_TRY(SearchFixture::indexAll(*m_connection));
        SearchResults text;
        KESSAI_TRY(text = SearchFixture::run(ito(), QStringLiteral("情報公開")));
        QCOMPARE(text.hits.size(), 1);
        QCOMPARE(text.hits.first().page, 1);
        SearchResults scan;
        KESSAI_TRY(scan = SearchFixture::run(ito(), QStringLiteral("防災訓練")));
        QCOMPARE(scan.hits.size(), 1);
        QCOMPARE(scan.hits.first().page, 2);
        QCOMPARE(SqlQuery(*m_connection, QStringLiteral("SELECT method FROM content_text WHERE text LIKE ?"))
                     .bind(QStringLiteral("%防災訓練%"))
                     .scalar()
                     .toString(),
                 QStringLiteral("ocr"));
    }

    void ocrGivesUpWithAReasonAndTheRestGoesOn()
    {
        // noise is no document; with a tiny time limit Tesseract must stop and say why
        QImage noise(3000, 3000, QImage::Format_Grayscale8);
        QRandomGenerator random(17);
        for (int y = 0; y < noise.height(); ++y) {
            uchar *line = noise.scanLine(y);
            for (int x = 0; x < noise.width(); ++x)
                line[x] = uchar(random.bounded(256));
        }
        const qint64 doc = SearchFixture::draft(ito(), m_org.division, QStringLiteral("写真の添付"),
                                                QStringLiteral("現場写真を添付する"));
        qint64 attachment = 0;
        KESSAI_TRY(attachment = SearchFixture::attach(ito(), doc, QStringLiteral("現場.png"), png(noise),
                                                      QStringLiteral("image/png")));
        render::SearchIndexer indexer(*m_connection);
        indexer.setOcrTimeLimit(1);
        KESSAI_TRY(indexer.indexQueued());
        QCOMPARE(indexer.ocrWaiting(10), 1);
        KESSAI_TRY(indexer.indexQueued());
        const QString note =
            SqlQuery(*m_connection, QStringLiteral("SELECT t.note FROM content_text t JOIN "
                                                   "attachment_versions v ON v.blob_id = t.blob_id "
                                                   "WHERE v.attachment_id = ?"))
                .bind(attachment)
                .scalar()
                .toString();
        QVERIFY2(!note.isEmpty(), "no reason recorded");
        QCOMPARE(extractionOf(attachment, "status"), QStringLiteral("done"));
        QCOMPARE(SearchFixture::titles(ito(), QStringLiteral("現場写真")),
                 QStringList{QStringLiteral("写真の添付")});
        QCOMPARE(SearchIndexStore(*m_connection).pendingCount(), 0);
    }
};

QTEST_MAIN(TestSearchIndexer)
#include "tst_searchindexer.moc"
