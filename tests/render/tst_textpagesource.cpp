// SPDX-License-Identifier: GPL-3.0-or-later
// TextPageSource: encodings from files, A4 pagination, CSV as a table with its header on every
// page, Markdown, and text boxes that line up with the page.
#include "render/TextPageSource.h"
#include "render/TypeDetector.h"
#include "tests/render/RenderFixtures.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128;
    return dark;
}

QString csv(int rows, int columns)
{
    QString text;
    for (int c = 0; c < columns; ++c)
        text += (c ? u","_s : QString()) + u"見出し%1"_s.arg(c + 1);
    text += u"\r\n"_s;
    for (int r = 1; r <= rows; ++r) {
        for (int c = 0; c < columns; ++c)
            text += (c ? u","_s : QString()) + u"行%1列%2"_s.arg(r).arg(c + 1);
        text += u"\r\n"_s;
    }
    return text;
}
} // namespace

class TestTextPageSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<TextPageSource> open(const QString &name, const QByteArray &bytes)
    {
        const QString path = RenderFixtures::write(m_dir.path(), name, bytes);
        return std::make_unique<TextPageSource>(path, TypeDetector::detectFile(path));
    }

private slots:
    void encodingsFromFiles_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("utf-8") << QByteArray("UTF-8") << QByteArray();
        QTest::newRow("utf-8 bom") << QByteArray("UTF-8") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("shift_jis") << QByteArray("Shift_JIS") << QByteArray();
        QTest::newRow("euc-jp") << QByteArray("EUC-JP") << QByteArray();
    }
    void encodingsFromFiles()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, prefix);
        const QString text = u"電子決裁の運用について\n㈱外部講師（①回目）\n"_s;
        QStringEncoder encoder(encoding.constData());
        const QByteArray encoded = encoder.encode(text);
        auto source = open(u"memo.txt"_s, prefix + encoded);
        QCOMPARE(source->state(), PageSource::State::Ready);
        QCOMPARE(source->encoding(), QString::fromLatin1(encoding));
        QCOMPARE(source->pageCount(), 1);
        QVERIFY(source->text(0).text.contains(u"電子決裁の運用について"_s));
    }

    void paginatesLongText()
    {
        QString text;
        for (int i = 1; i <= 300; ++i)
            text += u"%1 行目：電子決裁率の向上に向けた取組について記載する。\n"_s.arg(i);
        auto source = open(u"long.txt"_s, text.toUtf8());
        QVERIFY(source->pageCount() >= 4);
        for (int i = 0; i < source->pageCount(); ++i)
            QCOMPARE(source->pageSize(i),
                     QSizeF(TextDocumentBuilder::kA4Width, TextDocumentBuilder::kA4Height));
        // Every line is on exactly one page, in order.
        QString all;
        for (int i = 0; i < source->pageCount(); ++i)
            all += source->text(i).text + u"\n"_s;
        QCOMPARE(all.count(u"行目"_s), 300);
        QVERIFY(all.indexOf(u"299 行目"_s) > all.indexOf(u"1 行目"_s));
        const QImage page = source->render({1, 1.0, 0, {}});
        QCOMPARE(page.size(), QSize(596, 842));
        QVERIFY(darkPixels(page) > 500);
    }

    void hugeSingleLineIsLaidOutQuickly()
    {
        // 3 MiB and no newline (a log, a base64 blob saved as .txt): it held the text thread for
        // minutes. Now laid out in about a second; every character is still on the pages.
        QElapsedTimer clock;
        clock.start();
        auto source = open(u"one-line.txt"_s, QByteArray(3 * 1024 * 1024, 'b'));
        QCOMPARE(source->state(), PageSource::State::Ready);
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(source->pageCount() > 100);
        qsizetype seen = 0;
        for (int page : {0, source->pageCount() - 1})
            seen += source->text(page).text.count(QLatin1Char('b'));
        QVERIFY(seen > 0);
    }

    void wrapsLongLinesWithoutSpaces()
    {
        auto source = open(u"wide.txt"_s, QString(400, QChar(0x6C7A)).toUtf8()); // 決 × 400
        const PageText text = source->text(0);
        QCOMPARE(text.text.count(QChar(0x6C7A)), 400);
        for (const QRectF &box : text.boxes) {
            if (!box.isNull())
                QVERIFY(box.right() <= TextDocumentBuilder::kA4Width - TextDocumentBuilder::kMargin + 1);
        }
    }

    void csvTable()
    {
        QStringEncoder sjis("Shift_JIS");
        const QByteArray encoded = sjis.encode(csv(120, 5));
        auto source = open(u"staff.csv"_s, encoded);
        QCOMPARE(source->encoding(), u"Shift_JIS"_s);
        QVERIFY(source->pageCount() >= 2);
        // The header row repeats on every page (drawn again; its text is found once, on page 1).
        QVERIFY(source->text(0).text.startsWith(u"見出し1"_s));
        for (int i = 1; i < source->pageCount(); ++i) {
            const QImage page = source->render({i, 1.0, 0, {}});
            const QImage header = page.copy(0, int(TextDocumentBuilder::kMargin), page.width(), 14);
            QVERIFY2(darkPixels(header) > 20, qPrintable(QString::number(i)));
            QVERIFY(!source->text(i).text.contains(u"見出し1"_s));
        }
        QVERIFY(source->text(source->pageCount() - 1).text.contains(u"行120列5"_s));
    }

    void wideCsvIsLandscape()
    {
        auto source = open(u"wide.csv"_s, csv(10, 12).toUtf8());
        QVERIFY(source->pageSize(0).width() > source->pageSize(0).height());
    }

    void quotedCsvFields()
    {
        const QList<QStringList> rows = TextDocumentBuilder::parseCsv(
            u"a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n\"unterminated"_s, QLatin1Char(','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList{u"a"_s, u"b,c"_s, u"say \"hi\""_s}));
        QCOMPARE(rows.at(1), (QStringList{u"two\nlines"_s, u"x"_s}));
        QCOMPARE(rows.at(2), QStringList{u"unterminated"_s});
    }

    void manyRowsInSections()
    {
        auto source = open(u"big.csv"_s, csv(1000, 3).toUtf8());
        QVERIFY(source->pageCount() >= 4);
        QString last = source->text(source->pageCount() - 1).text;
        QVERIFY(last.contains(u"行1000列3"_s));
    }

    void markdown()
    {
        auto source = open(u"notes.md"_s,
                           u"# 見出し\n\n- 項目一\n- 項目二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"_s.toUtf8());
        QCOMPARE(source->pageCount(), 1);
        const PageText text = source->text(0);
        QVERIFY(text.text.contains(u"見出し"_s));
        QVERIFY(!text.text.contains(u"# "_s)); // rendered, not shown as source
        QVERIFY(darkPixels(source->render({0, 1.0, 0, {}})) > 100);
    }

    void rotatedAndTiled()
    {
        auto source = open(u"memo.txt"_s, u"決裁\n"_s.toUtf8());
        const QImage whole = source->render({0, 1.0, 90, {}});
        QCOMPARE(whole.size(), QSize(842, 596));
        const QImage tile = source->render({0, 1.0, 90, QRect(700, 0, 142, 200)});
        QCOMPARE(tile.size(), QSize(142, 200));
        QCOMPARE(darkPixels(tile), darkPixels(whole.copy(700, 0, 142, 200)));
    }

    void emptyText()
    {
        TextPageSource source(QString(), ContentType::Kind::Text);
        QCOMPARE(source.pageCount(), 1);
        QVERIFY(!source.render({0, 0.5, 0, {}}).isNull());
    }
};

QTEST_MAIN(TestTextPageSource)
#include "tst_textpagesource.moc"
