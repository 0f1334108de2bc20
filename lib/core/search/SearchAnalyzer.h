// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kessai {

/// 検索の解析器: the one Japanese analyzer of the search index and of every query, so that both
/// backends index and look up the same terms. Text is folded (NFKC, then case folding:
/// "ＡＢＣ" = "abc", "ｶﾅ" = "カナ"); runs of Japanese script (kanji, kana, 々, ー) become every
/// character and every overlapping pair of characters (the bigrams of Lucene's CJKAnalyzer, plus
/// the single characters so that one-character queries find them), in order; runs of other
/// letters and digits become one word; anything else separates.
class SearchAnalyzer
{
public:
    /// Code points of a word kept in the index (and of a typed word looked up).
    static constexpr int kMaxWordLength = 64;

    /// The folded form of text. When map is given it gets, for each unit of the result, the
    /// index in text it came from (snippets highlight the original by it).
    static QString fold(const QString &text, QList<int> *map = nullptr);

    /// The terms of text in order ("予算案" → 予 予算 算 算案 案; "ABC-12" → abc 12).
    static QStringList terms(const QString &text);

    /// terms() joined by single spaces: what search_entries.tokens stores.
    static QString termText(const QString &text) { return terms(text).join(QLatin1Char(' ')); }

    /// Where the runs of letters and digits of needle (folded) occur in text: pairs of start
    /// and length in text's own units, in order, not overlapping.
    static QList<QPair<int, int>> occurrences(const QString &text, const QString &needle);

    /// Whether c (a folded code point) is written in Japanese script: one bigram per pair.
    static bool isJapaneseScript(char32_t c);
    /// Whether c (a folded code point) belongs to a word: a letter or a digit of another script.
    static bool isWordCharacter(char32_t c);
};

} // namespace kessai
