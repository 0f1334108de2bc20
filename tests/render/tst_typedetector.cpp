// SPDX-License-Identifier: GPL-3.0-or-later
// TypeDetector: the content decides (magic bytes), the name and declared MIME type only break
// ties; a name that promises something else is reported as a mismatch.
#include "render/TypeDetector.h"
#include "tests/render/RenderFixtures.h"

#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;
using Kind = ContentType::Kind;

Q_DECLARE_METATYPE(kessai::render::ContentType::Kind)

class TestTypeDetector : public QObject
{
    Q_OBJECT

private slots:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("mismatch");

        const QImage image = RenderFixtures::bands(40, {Qt::red, Qt::blue}, 10);
        QTest::newRow("pdf") << RenderFixtures::simplePdf(1) << u"a.pdf"_s << QString() << Kind::Pdf
                             << u"pdf"_s << false;
        QTest::newRow("pdf without extension")
            << RenderFixtures::simplePdf(1) << u"scan0001"_s << QString() << Kind::Pdf << u"pdf"_s << false;
        QTest::newRow("png") << RenderFixtures::encode(image, "PNG") << u"a.png"_s << QString() << Kind::Image
                             << u"png"_s << false;
        QTest::newRow("png named .pdf") << RenderFixtures::encode(image, "PNG") << u"not-a-pdf.pdf"_s
                                        << u"application/pdf"_s << Kind::Image << u"png"_s << true;
        QTest::newRow("jpeg") << RenderFixtures::encode(image, "JPEG") << u"photo.JPG"_s << QString()
                              << Kind::Image << u"jpeg"_s << false;
        QTest::newRow("gif") << QByteArray::fromHex("47494638396101000100800000ff000000000021f904"
                                                    "00000000002c00000000010001000002024401003b")
                             << u"a.gif"_s << QString() << Kind::Image << u"gif"_s << false;
        QTest::newRow("bmp") << RenderFixtures::encode(image, "BMP") << u"a.bmp"_s << QString() << Kind::Image
                             << u"bmp"_s << false;
        QTest::newRow("tiff") << RenderFixtures::multiPageTiff({image, image}) << u"fax.tif"_s << QString()
                              << Kind::Image << u"tiff"_s << false;
        QTest::newRow("webp header") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << u"a.webp"_s << QString()
                                     << Kind::Image << u"webp"_s << false;
        QTest::newRow("docx") << RenderFixtures::docx({u"本文"_s}) << u"議事録.docx"_s << QString()
                              << Kind::Office << u"docx"_s << false;
        QTest::newRow("broken docx is still a docx")
            << RenderFixtures::docx({u"本文"_s}, true) << u"corrupted.docx"_s << QString() << Kind::Office
            << u"docx"_s << false;
        QTest::newRow("xlsx") << RenderFixtures::zip(
                                     {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}})
                              << u"budget.xlsx"_s << QString() << Kind::Office << u"xlsx"_s << false;
        QTest::newRow("pptx") << RenderFixtures::zip(
                                     {{"[Content_Types].xml", "<Types/>"}, {"ppt/presentation.xml", "<p/>"}})
                              << u"slides.pptx"_s << QString() << Kind::Office << u"pptx"_s << false;
        QTest::newRow("odt") << RenderFixtures::zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                                     {"content.xml", "<office/>"}})
                             << u"report.odt"_s << QString() << Kind::Office << u"odt"_s << false;
        QTest::newRow("ods") << RenderFixtures::zip(
                                    {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                     {"content.xml", "<office/>"}})
                             << u"rates.ods"_s << QString() << Kind::Office << u"ods"_s << false;
        QTest::newRow("plain zip") << RenderFixtures::zip({{"a.txt", "hello"}}) << u"archive.zip"_s
                                   << QString() << Kind::Other << u"zip"_s << false;
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole += QByteArray(512, '\0');
        QByteArray word = ole;
        word += QByteArray("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
        QTest::newRow("doc") << word << u"memo.doc"_s << QString() << Kind::Office << u"doc"_s << false;
        QByteArray book = ole;
        book += QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
        QTest::newRow("xls") << book << u"old.xls"_s << QString() << Kind::Office << u"xls"_s << false;
        QTest::newRow("ole by name") << ole << u"slides.ppt"_s << QString() << Kind::Office << u"ppt"_s
                                     << false;
        QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi hello}") << u"notice.rtf"_s << QString()
                             << Kind::Office << u"rtf"_s << false;
        QTest::newRow("text") << u"決裁メモ\n二行目\n"_s.toUtf8() << u"memo.txt"_s << QString() << Kind::Text
                              << u"txt"_s << false;
        QTest::newRow("csv by name") << QByteArray("a,b\n1,2\n") << u"x.csv"_s << QString() << Kind::Csv
                                     << u"csv"_s << false;
        QTest::newRow("csv by mime") << QByteArray("a,b\n1,2\n") << u"x"_s << u"text/csv; charset=utf-8"_s
                                     << Kind::Csv << u"csv"_s << false;
        QTest::newRow("tsv") << QByteArray("a\tb\n") << u"x.tsv"_s << QString() << Kind::Csv << u"tsv"_s
                             << false;
        QTest::newRow("markdown") << QByteArray("# Title\n\ntext\n") << u"notes.md"_s << QString()
                                  << Kind::Markdown << u"md"_s << false;
        QTest::newRow("empty") << QByteArray() << u"zero-byte.pdf"_s << u"application/pdf"_s << Kind::Empty
                               << QString() << true;
        QTest::newRow("random bytes named .pdf")
            << RenderFixtures::randomBytes(32 * 1024, 20240401) << u"random-bytes.pdf"_s
            << u"application/pdf"_s << Kind::Other << QString() << true;
        QTest::newRow("text named .docx")
            << QByteArray("just text\n") << u"fake.docx"_s << QString() << Kind::Text << u"txt"_s << true;
    }
    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, mime);
        QFETCH(Kind, kind);
        QFETCH(QString, format);
        QFETCH(bool, mismatch);
        const ContentType type = TypeDetector::detectData(bytes, name, mime);
        QCOMPARE(ContentType::kindCode(type.kind), ContentType::kindCode(kind));
        QCOMPARE(type.format, format);
        QCOMPARE(!type.mismatch.isEmpty(), mismatch);
        QVERIFY(!type.label().isEmpty());
    }

    void looksAtTheEndOfLargeZips()
    {
        // The entry names of a large docx are found in the central directory at the end.
        QByteArray big = RenderFixtures::zip({{"filler.bin", RenderFixtures::randomBytes(200 * 1024, 7)},
                                              {"[Content_Types].xml", "<Types/>"},
                                              {"word/document.xml", "<w:document/>"}});
        QTemporaryDir dir;
        const QString path = RenderFixtures::write(dir.path(), u"big.docx"_s, big);
        const ContentType type = TypeDetector::detectFile(path);
        QCOMPARE(type.format, u"docx"_s);
    }

    void unreadableFileIsOther()
    {
        const ContentType type = TypeDetector::detectFile(u"/nonexistent/kessai/file.pdf"_s);
        QCOMPARE(type.kind, Kind::Other);
        QVERIFY(!type.mismatch.isEmpty());
    }
};

QTEST_MAIN(TestTypeDetector)
#include "tst_typedetector.moc"
