// SPDX-License-Identifier: GPL-3.0-or-later
// TextDiff, pure: identical texts, insertions, deletions, changes, Japanese lines and empty
// sides give the expected side-by-side rows and counts; changed lines know their differing
// characters; a large difference stays fast and consistent.
#include "gui/editing/TextDiff.h"

#include <QTest>

using namespace kessai::gui;

namespace {
/// One character per row: = same, - removed, + added, ~ changed.
QString shape(const TextDiff &diff)
{
    QString s;
    for (const TextDiff::Row &row : diff.rows()) {
        switch (row.kind) {
        case TextDiff::Kind::Same:
            s += u'=';
            break;
        case TextDiff::Kind::Removed:
            s += u'-';
            break;
        case TextDiff::Kind::Added:
            s += u'+';
            break;
        case TextDiff::Kind::Changed:
            s += u'~';
            break;
        }
    }
    return s;
}

/// Every line of both sides appears exactly once, in order, and Same rows really are equal.
void verifyConsistent(const TextDiff &diff)
{
    int left = 0, right = 0;
    for (const TextDiff::Row &row : diff.rows()) {
        if (row.left >= 0)
            QCOMPARE(row.left, left++);
        if (row.right >= 0)
            QCOMPARE(row.right, right++);
        if (row.kind == TextDiff::Kind::Same)
            QCOMPARE(diff.leftLines().at(row.left), diff.rightLines().at(row.right));
    }
    QCOMPARE(left, int(diff.leftLines().size()));
    QCOMPARE(right, int(diff.rightLines().size()));
}
} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void rows_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("removed");

        QTest::newRow("identical") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nb\nc\n")
                                   << QStringLiteral("===") << 0 << 0;
        QTest::newRow("both empty") << QString() << QString() << QString() << 0 << 0;
        QTest::newRow("left empty") << QString() << QStringLiteral("x\ny") << QStringLiteral("++") << 2 << 0;
        QTest::newRow("right empty") << QStringLiteral("x\ny\n") << QString() << QStringLiteral("--") << 0
                                     << 2;
        QTest::newRow("insert middle")
            << QStringLiteral("a\nc") << QStringLiteral("a\nb\nc") << QStringLiteral("=+=") << 1 << 0;
        QTest::newRow("insert start")
            << QStringLiteral("b\nc") << QStringLiteral("a\nb\nc") << QStringLiteral("+==") << 1 << 0;
        QTest::newRow("append") << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc\nd")
                                << QStringLiteral("==++") << 2 << 0;
        QTest::newRow("delete") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nc")
                                << QStringLiteral("=-=") << 0 << 1;
        QTest::newRow("change") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nB\nc")
                                << QStringLiteral("=~=") << 1 << 1;
        QTest::newRow("change and grow") << QStringLiteral("a\nb\nz") << QStringLiteral("a\nB1\nB2\nz")
                                         << QStringLiteral("=~+=") << 2 << 1;
        QTest::newRow("scattered") << QStringLiteral("1\n2\n3\n4\n5\n6")
                                   << QStringLiteral("1\n3\n4\nX\n5\n6\n7") << QStringLiteral("=-==+==+") << 2
                                   << 1;
        QTest::newRow("japanese") << QStringLiteral("令和8年度 予算要求\n総務課長 佐藤\n支出額 100万円\n")
                                  << QStringLiteral(
                                         "令和8年度 予算要求\n総務課長 鈴木\n支出額 100万円\n備考：至急\n")
                                  << QStringLiteral("=~=+") << 2 << 1;
        QTest::newRow("crlf equals lf")
            << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb") << QStringLiteral("==") << 0 << 0;
        QTest::newRow("blank lines") << QStringLiteral("a\n\nb") << QStringLiteral("a\nb")
                                     << QStringLiteral("=-=") << 0 << 1;
    }

    void rows()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, expected);
        QFETCH(int, added);
        QFETCH(int, removed);
        const TextDiff diff(TextDiff::splitLines(left), TextDiff::splitLines(right));
        QCOMPARE(shape(diff), expected);
        QCOMPARE(diff.addedCount(), added);
        QCOMPARE(diff.removedCount(), removed);
        QCOMPARE(diff.isIdentical(), added == 0 && removed == 0);
        verifyConsistent(diff);
    }

    void changedSpan_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("leftLength");
        QTest::addColumn<int>("rightLength");
        QTest::newRow("middle") << QStringLiteral("総務課長 佐藤") << QStringLiteral("総務課長 鈴木") << 5
                                << 2 << 2;
        QTest::newRow("inserted") << QStringLiteral("abc") << QStringLiteral("abXc") << 2 << 0 << 1;
        QTest::newRow("removed") << QStringLiteral("abXc") << QStringLiteral("abc") << 2 << 1 << 0;
        QTest::newRow("repeated") << QStringLiteral("aaa") << QStringLiteral("aaaa") << 3 << 0 << 1;
        QTest::newRow("all") << QStringLiteral("abc") << QStringLiteral("xyz") << 0 << 3 << 3;
        // 𠮷 (U+20BB7) and 𠮟 (U+20B9F) share their high surrogate: never split the pair.
        QTest::newRow("surrogates") << QStringLiteral("吉𠮷野") << QStringLiteral("吉𠮟野") << 1 << 2 << 2;
    }

    void changedSpan()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        const TextDiff::Span span = TextDiff::changedSpan(left, right);
        QTEST(span.start, "start");
        QTEST(span.leftLength, "leftLength");
        QTEST(span.rightLength, "rightLength");
    }

    void largeAndVeryDifferent()
    {
        QStringList left, right;
        for (int i = 0; i < 20000; ++i) {
            left.append(QStringLiteral("line %1").arg(i));
            right.append(i % 100 == 0 ? QStringLiteral("changed %1").arg(i)
                                      : QStringLiteral("line %1").arg(i));
        }
        const TextDiff diff(left, right);
        QCOMPARE(diff.addedCount(), 200);
        QCOMPARE(diff.removedCount(), 200);
        verifyConsistent(diff);

        // Nothing in common beyond kMaxEdits: removed then added, still consistent.
        QStringList other;
        for (int i = 0; i < 5000; ++i)
            other.append(QStringLiteral("other %1").arg(i));
        const TextDiff far(left.mid(0, 5000), other);
        QCOMPARE(far.addedCount(), 5000);
        QCOMPARE(far.removedCount(), 5000);
        verifyConsistent(far);
    }
};

QTEST_APPLESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
