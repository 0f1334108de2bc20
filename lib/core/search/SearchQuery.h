// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kessai {

/// One thing to look for: a word or a quoted phrase as typed, with its analyzed terms.
struct SearchTerm
{
    QString typed;      ///< as the user wrote it (snippets highlight it)
    QStringList lookup; ///< the distinct index terms that must all be in one entry
    QString sequence;   ///< every term in order, space-separated: the entry holds it as is
};

/// 検索の絞り込み: what a result's document must be, besides containing the terms.
struct SearchFilters
{
    int fiscalYear = 0;     ///< 年度 (0: any)
    QString unit;           ///< 課: a unit's name (part of it) or code
    QString status;         ///< 状態: a status code (draft, in_review …)
    QString decisionLevel;  ///< 決裁区分: a level's name or code
    QString drafter;        ///< 起案者: a login or (part of) a display name
    QDate from;             ///< 起案日 from (inclusive)
    QDate to;               ///< 起案日 to (inclusive)
    QString attachmentType; ///< has an attachment of this type: an extension (pdf, xlsx) or "image"

    bool isEmpty() const;
};

/// A search as a person types it: words and "quoted phrases" that must all occur (space = AND),
/// alternatives joined by OR, -word to exclude, and filters written key:value (年度:2026,
/// 課:総務課, 状態:決裁済, 区分:課長専決, 起案者:伊藤, 期間:2026-04-01..2026-06-30, 添付:pdf).
/// Whatever is typed is data: symbols, unbalanced quotes and engine syntax become plain text or
/// are dropped, never SQL or FTS syntax.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    static constexpr int kMaxInputLength = 1000; ///< longer input is cut (and said so)
    static constexpr int kMaxTerms = 16;         ///< more words are ignored (and said so)
    static constexpr int kMaxTermLength = 64;    ///< characters of one word or phrase

    static SearchQuery parse(const QString &input);

    /// AND of groups; a group matches when any of its terms does (OR).
    QList<QList<SearchTerm>> required;
    QList<SearchTerm> excluded;
    SearchFilters filters;
    /// Why a filter could not be used ("年度: 'abc' is not a year"): the search is not run.
    QStringList errors;
    /// What was left out (symbols only, too long): the search runs without it.
    QStringList notes;

    bool hasTerms() const { return !required.isEmpty(); }
    /// Something to look for: terms, or filters alone.
    bool isRunnable() const { return errors.isEmpty() && (hasTerms() || !filters.isEmpty()); }
    /// Every typed term of the required groups, for highlighting.
    QStringList highlightTerms() const;

private:
    bool applyFilter(const QString &key, const QString &value);
};

} // namespace kessai
