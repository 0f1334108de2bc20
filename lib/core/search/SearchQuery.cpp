// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchQuery.h"

#include "core/DomainEnums.h"
#include "core/DomainLabels.h"
#include "core/search/SearchAnalyzer.h"

#include <QRegularExpression>

namespace kessai {

namespace {
struct Word
{
    QString text;
    bool quoted = false;
    bool negated = false;
};

/// Splits NFKC-normalized input into words and quoted phrases; an unbalanced quote runs to the end.
QList<Word> scan(const QString &input)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        Word word;
        if (input.at(i) == QLatin1Char('-') && i + 1 < n && !input.at(i + 1).isSpace()) {
            word.negated = true;
            ++i;
        }
        if (input.at(i) == QLatin1Char('"')) {
            word.quoted = true;
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            word.text = input.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !input.at(i).isSpace())
                ++i;
            word.text = input.mid(start, i - start);
        }
        words.append(word);
    }
    return words;
}

SearchTerm termOf(const QString &text)
{
    SearchTerm term;
    term.typed = text;
    const QStringList terms = SearchAnalyzer::terms(text);
    term.sequence = terms.join(QLatin1Char(' '));
    // The index must hold every bigram and word; a single character only where it stands alone
    // (a one-character run): inside a longer run its bigrams imply it.
    for (qsizetype k = 0; k < terms.size(); ++k) {
        const QString &t = terms.at(k);
        const bool single = t.size() == 1 || (t.size() == 2 && t.at(0).isHighSurrogate());
        const bool japanese =
            single && SearchAnalyzer::isJapaneseScript(t.at(0).isHighSurrogate()
                                                           ? QChar::surrogateToUcs4(t.at(0), t.at(1))
                                                           : t.at(0).unicode());
        if (japanese) {
            const bool inBigram =
                (k > 0 && terms.at(k - 1).endsWith(t) && terms.at(k - 1).size() > t.size()) ||
                (k + 1 < terms.size() && terms.at(k + 1).startsWith(t) && terms.at(k + 1).size() > t.size());
            if (inBigram)
                continue;
        }
        if (!term.lookup.contains(t))
            term.lookup.append(t);
    }
    return term;
}

QDate dateOf(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

bool SearchFilters::isEmpty() const
{
    return fiscalYear == 0 && unit.isEmpty() && status.isEmpty() && decisionLevel.isEmpty() &&
           drafter.isEmpty() && !from.isValid() && !to.isValid() && attachmentType.isEmpty();
}

QStringList SearchQuery::highlightTerms() const
{
    QStringList out;
    for (const auto &group : required) {
        for (const SearchTerm &term : group)
            out.append(term.typed);
    }
    return out;
}

bool SearchQuery::applyFilter(const QString &key, const QString &value)
{
    static const QStringList yearKeys{QStringLiteral("年度"), QStringLiteral("year")};
    static const QStringList unitKeys{QStringLiteral("課"), QStringLiteral("所属"), QStringLiteral("unit")};
    static const QStringList statusKeys{QStringLiteral("状態"), QStringLiteral("status")};
    static const QStringList levelKeys{QStringLiteral("区分"), QStringLiteral("決裁区分"),
                                       QStringLiteral("level")};
    static const QStringList drafterKeys{QStringLiteral("起案者"), QStringLiteral("drafter")};
    static const QStringList periodKeys{QStringLiteral("期間"), QStringLiteral("period")};
    static const QStringList fromKeys{QStringLiteral("以降"), QStringLiteral("from")};
    static const QStringList toKeys{QStringLiteral("以前"), QStringLiteral("to")};
    static const QStringList typeKeys{QStringLiteral("添付"), QStringLiteral("種類"), QStringLiteral("type")};
    const QString k = key.toCaseFolded();
    const QString v = value.trimmed();
    if (yearKeys.contains(k)) {
        // 2026, or 和暦 令和8 / R8
        static const QRegularExpression reiwa(QStringLiteral("^(?:令和|r)(\\d{1,2})$"),
                                              QRegularExpression::CaseInsensitiveOption);
        bool ok = false;
        int year = v.toInt(&ok);
        if (const auto m = reiwa.match(v); m.hasMatch()) {
            year = 2018 + m.captured(1).toInt();
            ok = true;
        }
        if (!ok || year < 1900 || year > 2999)
            errors.append(tr("%1: '%2' is not a fiscal year (write 2026 or 令和8)").arg(key, v));
        else
            filters.fiscalYear = year;
    } else if (unitKeys.contains(k)) {
        filters.unit = v;
    } else if (statusKeys.contains(k)) {
        std::optional<DocumentStatus> status = fromCode<DocumentStatus>(v);
        for (DocumentStatus s : {DocumentStatus::Draft, DocumentStatus::InReview, DocumentStatus::Returned,
                                 DocumentStatus::Decided, DocumentStatus::Rejected, DocumentStatus::Enforced,
                                 DocumentStatus::Closed}) {
            if (!status && DomainLabels::label(s) == v)
                status = s;
        }
        if (!status)
            errors.append(tr("%1: '%2' is not a status").arg(key, v));
        else
            filters.status = toCode(*status);
    } else if (levelKeys.contains(k)) {
        filters.decisionLevel = v;
    } else if (drafterKeys.contains(k)) {
        filters.drafter = v;
    } else if (periodKeys.contains(k)) {
        const QStringList parts = v.split(QStringLiteral(".."));
        const QDate from = dateOf(parts.value(0));
        const QDate to = parts.size() > 1 ? dateOf(parts.value(1)) : from;
        if (parts.size() > 2 || (!parts.value(0).isEmpty() && !from.isValid()) ||
            (parts.size() > 1 && !parts.value(1).isEmpty() && !to.isValid()))
            errors.append(tr("%1: '%2' is not a period (write 2026-04-01..2026-06-30)").arg(key, v));
        else {
            filters.from = from;
            filters.to = to;
        }
    } else if (fromKeys.contains(k) || toKeys.contains(k)) {
        const QDate date = dateOf(v);
        if (!date.isValid())
            errors.append(tr("%1: '%2' is not a date (write 2026-04-01)").arg(key, v));
        else if (fromKeys.contains(k))
            filters.from = date;
        else
            filters.to = date;
    } else if (typeKeys.contains(k)) {
        filters.attachmentType = v.toCaseFolded().remove(QLatin1Char('.'));
    } else {
        return false;
    }
    return true;
}

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    QString text = input;
    if (text.size() > kMaxInputLength) {
        text.truncate(kMaxInputLength);
        query.notes.append(tr("only the first %1 characters of the search were used").arg(kMaxInputLength));
    }
    // NFKC only (not case folding): full-width quotes, minus and colon work, and OR stays upper case.
    text = text.normalized(QString::NormalizationForm_KC);
    const QList<Word> words = scan(text);
    bool orPending = false;
    int termCount = 0;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const Word &word = words.at(w);
        const bool between = w > 0 && w + 1 < words.size();
        if (!word.quoted && !word.negated && between &&
            (word.text == QLatin1String("OR") || word.text == QLatin1String("AND"))) {
            orPending = orPending || word.text == QLatin1String("OR");
            continue;
        }
        if (!word.quoted) {
            const qsizetype colon = word.text.indexOf(QLatin1Char(':'));
            if (colon > 0 && colon + 1 < word.text.size() &&
                query.applyFilter(word.text.left(colon), word.text.mid(colon + 1)))
                continue;
        }
        QString typed = word.text;
        if (typed.size() > kMaxTermLength) {
            typed.truncate(kMaxTermLength);
            query.notes.append(tr("'%1…' was cut to %2 characters").arg(typed.left(10)).arg(kMaxTermLength));
        }
        const SearchTerm term = termOf(typed);
        if (term.lookup.isEmpty()) {
            query.notes.append(tr("'%1' has no letters or digits and was left out").arg(typed.left(20)));
            orPending = false;
            continue;
        }
        if (++termCount > kMaxTerms) {
            query.notes.append(tr("only the first %1 words were used").arg(kMaxTerms));
            break;
        }
        if (word.negated)
            query.excluded.append(term);
        else if (orPending && !query.required.isEmpty())
            query.required.last().append(term);
        else
            query.required.append({term});
        orPending = false;
    }
    if (!query.notes.isEmpty())
        query.notes.removeDuplicates();
    return query;
}

} // namespace kessai
