// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PageText.h"

namespace kessai::render {

namespace {
bool isCjk(char32_t c)
{
    return (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

char32_t codePointAt(const QString &s, int i, int *units)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

QString foldCodePoint(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

/// The folded text, with for each unit of it the index in the original it came from.
QString foldWithMap(const QString &text, QList<int> *map)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size();) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (c == U'\n' || c == U'\r') {
            // A line break inside Japanese text joins; between words it reads as a space.
            int prevUnits = 1;
            const bool prevCjk = i > 0 && isCjk(codePointAt(text, i - 1, &prevUnits));
            int nextUnits = 1;
            const bool nextCjk = i + 1 < text.size() && isCjk(codePointAt(text, i + 1, &nextUnits));
            if (!(prevCjk || nextCjk) && !out.endsWith(QLatin1Char(' '))) {
                out.append(QLatin1Char(' '));
                if (map)
                    map->append(i);
            }
            i += units;
            continue;
        }
        const QString folded = foldCodePoint(text.mid(i, units));
        out.append(folded);
        if (map) {
            for (int k = 0; k < folded.size(); ++k)
                map->append(i);
        }
        i += units;
    }
    return out;
}
} // namespace

void PageText::append(const QString &s, const QRectF &box)
{
    text.append(s);
    for (int i = 0; i < s.size(); ++i)
        boxes.append(box);
}

QList<QRectF> PageText::rectsFor(int start, int length) const
{
    QList<QRectF> rects;
    const int end = qMin<int>(start + length, int(boxes.size()));
    for (int i = qMax(0, start); i < end; ++i) {
        const QRectF &box = boxes.at(i);
        if (box.isNull())
            continue;
        if (!rects.isEmpty()) {
            QRectF &last = rects.last();
            // Same line: vertical overlap of more than half the height.
            const qreal overlap = qMin(last.bottom(), box.bottom()) - qMax(last.top(), box.top());
            if (overlap > 0.5 * qMin(last.height(), box.height())) {
                last = last.united(box);
                continue;
            }
        }
        rects.append(box);
    }
    return rects;
}

QString PageText::fold(const QString &s)
{
    return foldWithMap(s, nullptr);
}

QList<PageText::Match> PageText::find(const QString &query) const
{
    QList<Match> matches;
    const QString needle = fold(query).trimmed();
    if (needle.isEmpty() || text.isEmpty())
        return matches;
    QList<int> map;
    const QString haystack = foldWithMap(text, &map);
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        const int start = map.at(from);
        const qsizetype lastFolded = from + needle.size() - 1;
        int lastUnits = 1;
        codePointAt(text, map.at(lastFolded), &lastUnits);
        const int end = map.at(lastFolded) + lastUnits;
        matches.append({start, end - start});
        from += needle.size();
    }
    return matches;
}

} // namespace kessai::render
