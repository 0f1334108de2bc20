// SPDX-License-Identifier: GPL-3.0-or-later
// File names from anywhere: sanitize() makes them safe to store and show, decodeRaw() keeps
// names that are not valid UTF-8 faithful and distinct.
#include "core/content/AttachmentName.h"

#include <QTest>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;

class TestAttachmentName : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("windows path") << u"C:\\Users\\x\\見積書.xlsx"_s << u"見積書.xlsx"_s;
        QTest::newRow("NUL and newline") << (u"a"_s + QChar(0) + u"b\nc.pdf"_s) << u"a_b_c.pdf"_s;
        QTest::newRow("tab and DEL") << u"a\tb\u007F.txt"_s << u"a_b_.txt"_s;
        QTest::newRow("RTL override") << u"\u202Eexe.pdf"_s << u"_exe.pdf"_s;
        QTest::newRow("isolates and BOM") << u"\u2066x\u2069\uFEFF.txt"_s << u"_x__.txt"_s;
        QTest::newRow("emoji with ZWJ")
            << u"家族👨‍👩‍👧.txt"_s << u"家族👨‍👩‍👧.txt"_s;
        QTest::newRow("full-width") << u"ＡＢＣ１２３（案）.pdf"_s << u"ＡＢＣ１２３（案）.pdf"_s;
        QTest::newRow("half-width kana") << u"ｶﾞｲﾄﾞ.txt"_s << u"ｶﾞｲﾄﾞ.txt"_s;
        QTest::newRow("NFC") << u"か\u3099いどう.txt"_s << u"がいどう.txt"_s;
        QTest::newRow("hidden") << u".hidden"_s << u"hidden"_s;
        QTest::newRow("dot dot") << u".."_s << u"attachment"_s;
        QTest::newRow("empty") << QString() << u"attachment"_s;
        QTest::newRow("spaces") << u"   "_s << u"attachment"_s;
        QTest::newRow("only a slash") << u"/"_s << u"_"_s;
        QTest::newRow("trimmed") << u"  報告.docx  "_s << u"報告.docx"_s;
        QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xD800) + u".txt"_s) << u"a_.txt"_s;
    }
    void sanitize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(AttachmentName::sanitize(name), expected);
    }

    void longNamesKeepTheExtension()
    {
        const QString longName = QString(300, QChar(u'あ')) + u".pdf"_s;
        const QString cut = AttachmentName::sanitize(longName);
        QCOMPARE(cut.size(), 200);
        QVERIFY(cut.endsWith(u"あ.pdf"_s));

        // The cut never splits an emoji's surrogate pair.
        QString emoji = u"x"_s;
        for (int i = 0; i < 150; ++i)
            emoji += u"😀"_s;
        const QString cutEmoji = AttachmentName::sanitize(emoji + u".txt"_s);
        QVERIFY(cutEmoji.size() <= 200);
        QVERIFY(cutEmoji.endsWith(u"😀.txt"_s));
        QVERIFY(cutEmoji.isValidUtf16());

        const QString noExtension = AttachmentName::sanitize(QString(300, QChar(u'b')));
        QCOMPARE(noExtension, QString(200, QChar(u'b')));
    }

    void decodeRaw_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QByteArray("plain.txt") << u"plain.txt"_s;
        QTest::newRow("utf-8") << QByteArray("日本語👍.txt") << u"日本語👍.txt"_s;
        QTest::newRow("latin-1") << QByteArray("caf\xE9.txt") << u"caf\\xE9.txt"_s;
        QTest::newRow("shift_jis") << QByteArray("\x93\xfa\x96\x7b.txt") << u"\\x93\\xFA\\x96{.txt"_s;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << u"\\xC0\\xAF"_s;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << u"\\xED\\xA0\\x80"_s;
        QTest::newRow("truncated") << QByteArray("a\xE6\x97") << u"a\\xE6\\x97"_s;
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void decodeRaw()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(AttachmentName::decodeRaw(bytes), expected);
    }

    void distinctBytesStayDistinct()
    {
        QVERIFY(AttachmentName::decodeRaw("a\xE9") != AttachmentName::decodeRaw("a\xE8"));
        QVERIFY(AttachmentName::decodeRaw("a\xE9") != AttachmentName::decodeRaw("a\xEF\xBF\xBD"));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentName)
#include "tst_attachmentname.moc"
