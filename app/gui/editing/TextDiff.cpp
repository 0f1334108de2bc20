// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/TextDiff.h"

#include <algorithm>
#include <vector>

namespace kessai::gui {

TextDiff::TextDiff(const QStringList &left, const QStringList &right)
    : m_left(left)
    , m_right(right)
{
    const int n = int(m_left.size()), m = int(m_right.size());
    int prefix = 0;
    while (prefix < n && prefix < m && m_left.at(prefix) == m_right.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           m_left.at(n - 1 - suffix) == m_right.at(m - 1 - suffix))
        ++suffix;

    QList<Op> ops(prefix, Op::Equal);
    ops.append(script(prefix, n - suffix, prefix, m - suffix));
    ops.append(QList<Op>(suffix, Op::Equal));
    buildRows(ops);
}

QStringList TextDiff::splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    if (normalized.endsWith(u'\n'))
        lines.removeLast();
    return lines;
}

TextDiff::Span TextDiff::changedSpan(const QString &left, const QString &right)
{
    const int n = int(left.size()), m = int(right.size());
    int prefix = 0;
    while (prefix < n && prefix < m && left.at(prefix) == right.at(prefix))
        ++prefix;
    // Never split a surrogate pair.
    if (prefix > 0 && left.at(prefix - 1).isHighSurrogate())
        --prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && left.at(n - 1 - suffix) == right.at(m - 1 - suffix))
        ++suffix;
    if (suffix > 0 && left.at(n - suffix).isLowSurrogate())
        --suffix;
    return Span{prefix, n - prefix - suffix, m - prefix - suffix};
}

QList<TextDiff::Op> TextDiff::script(int a0, int a1, int b0, int b1) const
{
    const int n = a1 - a0, m = b1 - b0;
    QList<Op> ops;
    if (n == 0 || m == 0) {
        ops.fill(Op::Delete, n);
        ops.append(QList<Op>(m, Op::Insert));
        return ops;
    }
    const int max = std::min(n + m, kMaxEdits);
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    // trace[d]: v[-d-1 .. d+1] before step d, for walking back.
    std::vector<std::vector<int>> trace;
    bool found = false;
    for (int d = 0; d <= max && !found; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && m_left.at(a0 + x) == m_right.at(b0 + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }
    if (!found) { // too different: everything removed, then everything added
        ops.fill(Op::Delete, n);
        ops.append(QList<Op>(m, Op::Insert));
        return ops;
    }

    int x = n, y = m;
    for (int d = int(trace.size()) - 1; d >= 0; --d) {
        const std::vector<int> &slice = trace[size_t(d)];
        const auto at = [&](int k) { return slice[size_t(k + d + 1)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = d == 0 ? 0 : at(prevK);
        const int prevY = d == 0 ? 0 : prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.append(Op::Equal);
            --x;
            --y;
        }
        if (d > 0)
            ops.append(x == prevX ? Op::Insert : Op::Delete);
        x = prevX;
        y = prevY;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

void TextDiff::buildRows(const QList<Op> &ops)
{
    int a = 0, b = 0;
    qsizetype i = 0;
    while (i < ops.size()) {
        if (ops.at(i) == Op::Equal) {
            m_rows.append(Row{Kind::Same, a++, b++});
            ++i;
            continue;
        }
        // A block of edits: its deletions paired with its insertions.
        QList<int> removed, added;
        while (i < ops.size() && ops.at(i) != Op::Equal) {
            if (ops.at(i) == Op::Delete)
                removed.append(a++);
            else
                added.append(b++);
            ++i;
        }
        m_removed += int(removed.size());
        m_added += int(added.size());
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype j = 0; j < paired; ++j)
            m_rows.append(Row{Kind::Changed, removed.at(j), added.at(j)});
        for (qsizetype j = paired; j < removed.size(); ++j)
            m_rows.append(Row{Kind::Removed, removed.at(j), -1});
        for (qsizetype j = paired; j < added.size(); ++j)
            m_rows.append(Row{Kind::Added, -1, added.at(j)});
    }
}

} // namespace kessai::gui
