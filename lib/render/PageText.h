// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>

namespace kessai::render {

/// The text of one page with where each character is, for search highlights and selection.
/// boxes has one rectangle per UTF-16 unit of text, in points on the unrotated page (origin at
/// the top left); separators the page does not draw (line breaks, spaces between words) have
/// a null rectangle.
struct PageText
{
    struct Match
    {
        int start = 0;
        int length = 0;
    };

    QString text;
    QList<QRectF> boxes;

    bool isEmpty() const { return text.isEmpty(); }
    /// Appends s, every unit of it at box.
    void append(const QString &s, const QRectF &box = {});
    /// The rectangles covering text[start, start + length), merged per line.
    QList<QRectF> rectsFor(int start, int length) const;
    /// Where query occurs, ignoring case and full-width/half-width differences (NFKC: "ＡＢＣ"
    /// finds "abc", "ｶﾀｶﾅ" finds "カタカナ") and line breaks inside Japanese text. One- and
    /// two-character queries work like any other.
    QList<Match> find(const QString &query) const;

    /// The folded form find() compares (exposed for tests and a dossier-wide index).
    static QString fold(const QString &s);
};

} // namespace kessai::render

Q_DECLARE_METATYPE(kessai::render::PageText)
