// SPDX-License-Identifier: GPL-3.0-or-later
// PageText: search that ignores case and width, joins Japanese across line breaks, and
// highlight rectangles merged per line.
#include "render/PageText.h"

#include <QTest>

using namespace kessai::render;
using namespace Qt::Literals::StringLiterals;

namespace {
PageText lines(const QStringList &texts)
{
    PageText page;
    for (int l = 0; l < texts.size(); ++l) {
        if (l > 0)
            page.append(u"\n"_s);
        const QString &line = texts.at(l);
        for (int i = 0; i < line.size(); ++i)
            page.append(line.mid(i, 1), QRectF(10 + i * 10, 20 + l * 20, 10, 12));
    }
    return page;
}

QStringList found(const PageText &page, const QString &query)
{
    QStringList out;
    const QList<PageText::Match> matches = page.find(query);
    for (const PageText::Match &m : matches)
        out.append(page.text.mid(m.start, m.length));
    return out;
}
} // namespace

class TestPageText : public QObject
{
    Q_OBJECT

private slots:
    void oneAndTwoCharacters()
    {
        const PageText page = lines({u"決裁と決定の決"_s});
        QCOMPARE(found(page, u"決"_s).size(), 3);
        QCOMPARE(found(page, u"決裁"_s), QStringList{u"決裁"_s});
    }

    void widthAndCase()
    {
        const PageText page = lines({u"ＡＢＣ株式会社 ｶﾀｶﾅ abc 2024年"_s});
        QCOMPARE(found(page, u"abc"_s).size(), 2);
        QCOMPARE(found(page, u"ABC"_s).size(), 2);
        QCOMPARE(found(page, u"カタカナ"_s), QStringList{u"ｶﾀｶﾅ"_s});
        QCOMPARE(found(page, u"２０２４"_s), QStringList{u"2024"_s});
    }

    void japaneseAcrossLineBreaks()
    {
        const PageText page = lines({u"電子決"_s, u"裁率の向上"_s});
        const QList<PageText::Match> matches = page.find(u"決裁率"_s);
        QCOMPARE(matches.size(), 1);
        const QList<QRectF> rects = page.rectsFor(matches.first().start, matches.first().length);
        QCOMPARE(rects.size(), 2); // one per line
        QCOMPARE(rects.at(0), QRectF(30, 20, 10, 12));
        QCOMPARE(rects.at(1), QRectF(10, 40, 20, 12));
    }

    void wordsAcrossLineBreaks()
    {
        const PageText page = lines({u"open the"_s, u"file"_s});
        QCOMPARE(found(page, u"the file"_s).size(), 1);
        QCOMPARE(found(page, u"thefile"_s).size(), 0);
    }

    void surrogatePairs()
    {
        const PageText page = lines({u"資料📎ＡＢＣ①"_s});
        QCOMPARE(found(page, u"📎abc1"_s), QStringList{u"📎ＡＢＣ①"_s});
    }

    void emptyQuery()
    {
        QVERIFY(lines({u"abc"_s}).find(u"  "_s).isEmpty());
        QVERIFY(PageText().find(u"a"_s).isEmpty());
    }
};

QTEST_MAIN(TestPageText)
#include "tst_pagetext.moc"
