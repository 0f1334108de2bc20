// SPDX-License-Identifier: GPL-3.0-or-later
// The one analyzer of index and queries, and the query parser: folding, bigrams, words, what a
// term looks up, operators, filters and input that must stay text.
#include "core/search/SearchAnalyzer.h"
#include "core/search/SearchEngine.h"
#include "core/search/SearchQuery.h"

#include <QTest>

using namespace kessai;

class TestSearchAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void terms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("terms");
        QTest::newRow("kanji run") << QStringLiteral("予算案") << QStringLiteral("予 予算 算 算案 案");
        QTest::newRow("one character") << QStringLiteral("課") << QStringLiteral("課");
        QTest::newRow("full-width latin") << QStringLiteral("ＡＢＣ－１２") << QStringLiteral("abc 12");
        QTest::newRow("half-width kana") << QStringLiteral("ｶﾞｲﾄﾞ") << QStringLiteral("ガ ガイ イ イド ド");
        QTest::newRow("mixed") << QStringLiteral("令和8年度DX")
                               << QStringLiteral("令 令和 和 8 年 年度 度 dx");
        QTest::newRow("prolonged mark") << QStringLiteral("データ") << QStringLiteral("デ デー ー ータ タ");
        QTest::newRow("punctuation splits")
            << QStringLiteral("予算、決算") << QStringLiteral("予 予算 算 決 決算 算");
        QTest::newRow("symbols only") << QStringLiteral("!@#（）「」") << QString();
        QTest::newRow("surrogate kanji") << QStringLiteral("𠮷野家") << QStringLiteral("𠮷 𠮷野 野 野家 家");
    }

    void terms()
    {
        QFETCH(QString, text);
        QFETCH(QString, terms);
        QCOMPARE(SearchAnalyzer::termText(text), terms);
    }

    void foldMapsBackToTheOriginal()
    {
        const QString text = QStringLiteral("ｶﾞｲﾄﾞとＡＢＣ");
        const auto found = SearchAnalyzer::occurrences(text, QStringLiteral("ガイド"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(text.mid(found.first().first, found.first().second), QStringLiteral("ｶﾞｲﾄﾞ"));
        const auto abc = SearchAnalyzer::occurrences(text, QStringLiteral("abc"));
        QCOMPARE(text.mid(abc.first().first, abc.first().second), QStringLiteral("ＡＢＣ"));
    }

    void lookupUsesBigramsAndLoneCharacters()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("予算案 課 8年"));
        QCOMPARE(q.required.size(), 3);
        QCOMPARE(q.required.at(0).first().lookup,
                 (QStringList{QStringLiteral("予算"), QStringLiteral("算案")}));
        QCOMPARE(q.required.at(0).first().sequence, QStringLiteral("予 予算 算 算案 案"));
        QCOMPARE(q.required.at(1).first().lookup, QStringList{QStringLiteral("課")});
        QCOMPARE(q.required.at(2).first().lookup, (QStringList{QStringLiteral("8"), QStringLiteral("年")}));
    }

    void operators()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("予算 OR 決算 -廃止 \"道路 補修\" ＯＲ"));
        QCOMPARE(q.required.size(), 3);
        QCOMPARE(q.required.at(0).size(), 2);
        QCOMPARE(q.excluded.size(), 1);
        QCOMPARE(q.excluded.first().typed, QStringLiteral("廃止"));
        QCOMPARE(q.required.at(1).first().sequence, QStringLiteral("道 道路 路 補 補修 修"));
        // OR at the end is a word, not an operator
        QCOMPARE(q.required.at(2).first().lookup, QStringList{QStringLiteral("or")});
        // full-width minus and quotes work like ASCII ones
        const SearchQuery wide = SearchQuery::parse(QStringLiteral("－廃止 ＂道路＂"));
        QCOMPARE(wide.excluded.size(), 1);
        QCOMPARE(wide.required.size(), 1);
    }

    void filters()
    {
        const SearchQuery q =
            SearchQuery::parse(QStringLiteral("予算 年度:令和8 課:総務課 状態:decided 区分:課長専決 "
                                              "起案者:伊藤 期間:2026-04-01..2026-06-30 添付:.PDF"));
        QVERIFY2(q.errors.isEmpty(), qPrintable(q.errors.join(u';')));
        QCOMPARE(q.filters.fiscalYear, 2026);
        QCOMPARE(q.filters.unit, QStringLiteral("総務課"));
        QCOMPARE(q.filters.status, QStringLiteral("decided"));
        QCOMPARE(q.filters.decisionLevel, QStringLiteral("課長専決"));
        QCOMPARE(q.filters.drafter, QStringLiteral("伊藤"));
        QCOMPARE(q.filters.from, QDate(2026, 4, 1));
        QCOMPARE(q.filters.to, QDate(2026, 6, 30));
        QCOMPARE(q.filters.attachmentType, QStringLiteral("pdf"));
        QCOMPARE(q.required.size(), 1);
        // an unknown key is text; a bad value is an error naming the filter
        QCOMPARE(SearchQuery::parse(QStringLiteral("http://example")).required.size(), 1);
        const SearchQuery bad = SearchQuery::parse(QStringLiteral("状態:どこか 以降:昨日"));
        QCOMPARE(bad.errors.size(), 2);
        QVERIFY(bad.errors.at(0).contains(QStringLiteral("状態")));
        QVERIFY(!bad.isRunnable());
    }

    void limits()
    {
        const SearchQuery longOne = SearchQuery::parse(QString(10000, QChar(u'あ')));
        QCOMPARE(longOne.required.size(), 1);
        QCOMPARE(longOne.required.first().first().typed.size(), SearchQuery::kMaxTermLength);
        QVERIFY(!longOne.notes.isEmpty());
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many.append(QStringLiteral("語%1").arg(i));
        QCOMPARE(SearchQuery::parse(many.join(u' ')).required.size(), SearchQuery::kMaxTerms);
        QVERIFY(!SearchQuery::parse(QStringLiteral("\"\" \" -")).isRunnable());
    }

    void snippetMarksTheTypedWordInTheOriginal()
    {
        SearchHit hit;
        const QString text =
            QString(200, QChar(u'x')) + QStringLiteral("ﾖｻﾝ案を") + QString(200, QChar(u'y'));
        SearchEngine::makeSnippet(text, {QStringLiteral("ヨサン")}, hit);
        QVERIFY(hit.snippet.startsWith(QStringLiteral("…")));
        QVERIFY(hit.snippet.endsWith(QStringLiteral("…")));
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights.first().first, hit.highlights.first().second),
                 QStringLiteral("ﾖｻﾝ"));
        QVERIFY(hit.snippet.size() <= SearchEngine::kSnippetLength + 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchAnalyzer)
#include "tst_searchanalyzer.moc"
