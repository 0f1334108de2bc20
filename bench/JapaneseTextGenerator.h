// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QRandomGenerator>
#include <QString>

namespace kessai::bench {

/// Administrative Japanese for the search benchmark: 件名 like 「令和8年度道路補修工事の実施について」,
/// 本文 of a few sentences, and pages of an attachment (about 800 characters), all from a fixed
/// vocabulary with a seed, so that every run and both backends get the same text and common words
/// (予算, 道路, 課) are common while others are rare.
class JapaneseTextGenerator
{
public:
    explicit JapaneseTextGenerator(quint32 seed);

    QPair<QString, QString> document(qint64 id);
    QString page(qint64 attachment, int page);

private:
    QString pick(const QStringList &words);
    QString sentence();

    QRandomGenerator m_random;
};

} // namespace kessai::bench
