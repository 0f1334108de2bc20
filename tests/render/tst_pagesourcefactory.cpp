// SPDX-License-Identifier: GPL-3.0-or-later
// PageSourceFactory: the right source for each type, and a card (never a crash, never a hang)
// for everything that cannot be shown.
#include "render/CardPageSource.h"
#include "render/ImagePageSource.h"
#include "render/PageSourceFactory.h"
#include "render/PdfPageSource.h"
#include "render/TextPageSource.h"
#include "tests/render/RenderFixtures.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(kessai::render::CardPageSource::Kind)

class TestPageSourceFactory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<PageSource> open(const QString &name, const QByteArray &bytes,
                                     const QString &rendition = {})
    {
        PageSourceFactory::Input input;
        input.path = RenderFixtures::write(m_dir.path(), name, bytes);
        input.name = name;
        input.renditionPath = rendition;
        return PageSourceFactory::open(input);
    }

private slots:
    void sources()
    {
        QVERIFY(dynamic_cast<PdfPageSource *>(open(u"a.pdf"_s, RenderFixtures::simplePdf(2)).get()));
        QVERIFY(dynamic_cast<ImagePageSource *>(
            open(u"a.png"_s, RenderFixtures::encode(RenderFixtures::bands(10, {Qt::red}, 10), "PNG")).get()));
        QVERIFY(dynamic_cast<TextPageSource *>(open(u"a.csv"_s, "a,b\n1,2\n").get()));
        // An office document shows its rendition.
        const QString pdf =
            RenderFixtures::write(m_dir.path(), u"rendition.pdf"_s, RenderFixtures::simplePdf(3));
        const auto office = open(u"a.docx"_s, RenderFixtures::docx({u"x"_s}), pdf);
        QVERIFY(dynamic_cast<PdfPageSource *>(office.get()));
        QCOMPARE(office->pageCount(), 3);
        // The locked PDF comes back locked, to be unlocked in place.
        PageSourceFactory::Input locked;
        locked.path = RenderFixtures::dataFile(u"encrypted-aes256.pdf"_s);
        QCOMPARE(PageSourceFactory::open(locked)->state(), PageSource::State::NeedsPassword);
    }

    void cards_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CardPageSource::Kind>("kind");
        QTest::addColumn<QString>("reason");
        const QByteArray pdf = RenderFixtures::simplePdf(4);
        QTest::newRow("zero bytes") << u"zero-byte.pdf"_s << QByteArray() << CardPageSource::Kind::Broken
                                    << u"empty"_s;
        QTest::newRow("truncated pdf") << u"truncated.pdf"_s << pdf.left(pdf.size() / 2)
                                       << CardPageSource::Kind::Broken << u"incomplete"_s;
        QTest::newRow("random bytes") << u"random-bytes.pdf"_s << RenderFixtures::randomBytes(32768, 9)
                                      << CardPageSource::Kind::Broken << u".pdf"_s;
        QTest::newRow("broken png") << u"photo.png"_s << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\0IHDR", 16)
                                    << CardPageSource::Kind::Broken << u"image"_s;
        QTest::newRow("not converted yet") << u"minutes.docx"_s << RenderFixtures::docx({u"x"_s})
                                           << CardPageSource::Kind::Converting << u"convert"_s;
        QTest::newRow("zip archive") << u"files.zip"_s << RenderFixtures::zip({{"a.txt", "a"}})
                                     << CardPageSource::Kind::Unsupported << u"another application"_s;
        QTest::newRow("executable") << u"tool.exe"_s
                                    << QByteArray("MZ\x90\0\3\0\0\0", 8) + QByteArray(600, '\0')
                                    << CardPageSource::Kind::Unsupported << QString();
    }
    void cards()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(CardPageSource::Kind, kind);
        QFETCH(QString, reason);
        QElapsedTimer timer;
        timer.start();
        const auto source = open(name, bytes);
        const auto *card = dynamic_cast<CardPageSource *>(source.get());
        QVERIFY2(card, qPrintable(u"not a card: %1"_s.arg(name)));
        QCOMPARE(card->content().kind, kind);
        QCOMPARE(card->content().name, name);
        QCOMPARE(card->content().size, qint64(bytes.size()));
        QVERIFY2(card->content().reason.contains(reason), qPrintable(card->content().reason));
        QCOMPARE(source->pageCount(), 1);
        const QImage image = source->render({0, 1.0, 0, {}});
        QCOMPARE(image.size(), source->pixelSize(0, 1.0, 0));
        QVERIFY(timer.elapsed() < 10000);
    }

    void missingFile()
    {
        PageSourceFactory::Input input;
        input.path = u"/nonexistent/kessai.pdf"_s;
        const auto *card = dynamic_cast<CardPageSource *>(PageSourceFactory::open(input).get());
        QVERIFY(card);
        QCOMPARE(card->content().kind, CardPageSource::Kind::Broken);
    }

    void unreadableRendition()
    {
        const QString bad = RenderFixtures::write(m_dir.path(), u"bad-rendition.pdf"_s, "%PDF-1.4 nothing");
        const auto *card =
            dynamic_cast<CardPageSource *>(open(u"b.docx"_s, RenderFixtures::docx({}), bad).get());
        QVERIFY(card);
        QCOMPARE(card->content().kind, CardPageSource::Kind::Broken);
    }
};

QTEST_MAIN(TestPageSourceFactory)
#include "tst_pagesourcefactory.moc"
