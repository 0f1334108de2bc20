// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kessai::gui {

/// A line-based comparison of two texts (Myers' O((N+M)D) algorithm after trimming the common
/// start and end), shaped for a side-by-side view: every row has a line on the left, on the
/// right, or both. A run of removed lines directly followed by added lines is paired up into
/// Changed rows. Pure and thread-safe: made on a worker thread, shown on the GUI thread.
class TextDiff
{
public:
    enum class Kind
    {
        Same,
        Removed, ///< only on the left
        Added,   ///< only on the right
        Changed  ///< a removed line paired with the added line that replaces it
    };

    struct Row
    {
        Kind kind = Kind::Same;
        int left = -1;  ///< 0-based line of the left text (-1: none)
        int right = -1; ///< 0-based line of the right text (-1: none)
    };

    /// The differing middle of two lines: [start, start + leftLength) on the left and
    /// [start, start + rightLength) on the right (common prefix and suffix excluded).
    struct Span
    {
        int start = 0;
        int leftLength = 0;
        int rightLength = 0;
    };

    /// Beyond this many edits the rest is shown as removed, then added (no finer search).
    static constexpr int kMaxEdits = 4000;

    TextDiff() = default;
    TextDiff(const QStringList &left, const QStringList &right);

    /// Lines of text: split at \n, \r\n or \r; a final line break adds no empty line; "" is no line.
    static QStringList splitLines(const QString &text);
    static Span changedSpan(const QString &left, const QString &right);

    const QStringList &leftLines() const { return m_left; }
    const QStringList &rightLines() const { return m_right; }
    const QList<Row> &rows() const { return m_rows; }
    /// Lines only on the right (Changed rows count as one added and one removed line).
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    bool isIdentical() const { return m_added == 0 && m_removed == 0; }

private:
    enum class Op
    {
        Equal,
        Delete,
        Insert
    };
    /// The edit script turning m_left[a0, a1) into m_right[b0, b1).
    QList<Op> script(int a0, int a1, int b0, int b1) const;
    void buildRows(const QList<Op> &ops);

    QStringList m_left;
    QStringList m_right;
    QList<Row> m_rows;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace kessai::gui
