// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchAnalyzer.h"

#include <QChar>

namespace kessai {

namespace {
char32_t codePointAt(const QString &s, qsizetype i, int *units)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

/// Half-width katakana sound marks (ﾞ ﾟ) belong to the kana before them: "ｶﾞ" folds to "ガ"
/// only when both are normalized together.
bool isHalfWidthSoundMark(char32_t c)
{
    return c == 0xFF9E || c == 0xFF9F;
}

enum class Kind
{
    Separator,
    Japanese,
    Word
};

Kind kindOf(char32_t c)
{
    if (SearchAnalyzer::isJapaneseScript(c))
        return Kind::Japanese;
    if (SearchAnalyzer::isWordCharacter(c))
        return Kind::Word;
    return Kind::Separator;
}

/// Splits folded text into runs of one kind (separators dropped), as code-point strings.
template <typename F>
void forEachRun(const QString &folded, F &&onRun)
{
    QList<QString> run;
    Kind runKind = Kind::Separator;
    const auto flush = [&] {
        if (!run.isEmpty())
            onRun(runKind, run);
        run.clear();
    };
    for (qsizetype i = 0; i < folded.size();) {
        int units = 1;
        const char32_t c = codePointAt(folded, i, &units);
        const Kind kind = kindOf(c);
        if (kind != runKind)
            flush();
        runKind = kind;
        if (kind != Kind::Separator)
            run.append(folded.mid(i, units));
        i += units;
    }
    flush();
}
} // namespace

bool SearchAnalyzer::isJapaneseScript(char32_t c)
{
    if (c == 0x3005 || c == 0x3006 || c == 0x3007 || c == 0x30FC) // 々 〆 〇 ー
        return true;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return QChar::isLetterOrNumber(c);
    default:
        return false;
    }
}

bool SearchAnalyzer::isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) && !isJapaneseScript(c);
}

QString SearchAnalyzer::fold(const QString &text, QList<int> *map)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        codePointAt(text, i, &units);
        int take = units;
        int nextUnits = 1;
        if (i + take < text.size() && isHalfWidthSoundMark(codePointAt(text, i + take, &nextUnits)))
            take += nextUnits;
        const QString folded = text.mid(i, take).normalized(QString::NormalizationForm_KC).toCaseFolded();
        out.append(folded);
        if (map) {
            for (qsizetype k = 0; k < folded.size(); ++k)
                map->append(int(i));
        }
        i += take;
    }
    return out;
}

QStringList SearchAnalyzer::terms(const QString &text)
{
    QStringList out;
    forEachRun(fold(text), [&](Kind kind, const QList<QString> &run) {
        if (kind == Kind::Word) {
            // a long run (a hash, base64 in a text file) is cut: both engines limit a term's length
            out.append(run.mid(0, SearchAnalyzer::kMaxWordLength).join(QString()));
            return;
        }
        for (qsizetype k = 0; k < run.size(); ++k) {
            out.append(run.at(k));
            if (k + 1 < run.size())
                out.append(run.at(k) + run.at(k + 1));
        }
    });
    return out;
}

QList<QPair<int, int>> SearchAnalyzer::occurrences(const QString &text, const QString &needle)
{
    QStringList runs;
    forEachRun(fold(needle), [&](Kind, const QList<QString> &run) { runs.append(run.join(QString())); });
    QList<int> map;
    const QString haystack = fold(text, &map);
    QList<QPair<int, int>> found;
    for (const QString &run : std::as_const(runs)) {
        for (qsizetype from = 0; (from = haystack.indexOf(run, from)) >= 0; from += run.size()) {
            const int start = map.at(from);
            const qsizetype last = from + run.size() - 1;
            int lastUnits = 1;
            codePointAt(text, map.at(last), &lastUnits);
            // the original may hold a sound mark folded into the last character
            int end = map.at(last) + lastUnits;
            int markUnits = 1;
            if (end < text.size() && isHalfWidthSoundMark(codePointAt(text, end, &markUnits)))
                end += markUnits;
            found.append({start, end - start});
        }
    }
    std::sort(found.begin(), found.end());
    QList<QPair<int, int>> merged;
    for (const auto &range : std::as_const(found)) {
        if (!merged.isEmpty() && range.first < merged.last().first + merged.last().second)
            continue;
        merged.append(range);
    }
    return merged;
}

} // namespace kessai
