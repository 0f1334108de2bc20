// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder: the encodings of Japanese office text files, generated with QStringEncoder.
#include "render/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace kessai::render;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kJapanese =
    u"職員番号,氏名,所属\r\n907265,吉田　恵,出納局人事課\r\n205204,斎藤　香織,議会事務局財政課\r\n"_s;
// Characters only Windows-31J (CP932) has: circled digits, ㈱, and the wave dash Excel writes.
const QString kCp932Only = u"備考: ①②回目受講済 ㈱外部講師 ～R7.3 有効\r\n"_s;

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    return bytes;
}
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bom");

        QTest::newRow("utf-8") << kJapanese.toUtf8() << u"UTF-8"_s << kJapanese << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + kJapanese.toUtf8() << u"UTF-8"_s
                                   << kJapanese << true;
        QTest::newRow("shift_jis") << encode(kJapanese, "Shift_JIS") << u"Shift_JIS"_s << kJapanese << false;
        QTest::newRow("windows-31j extras")
            << encode(kJapanese + kCp932Only, "Shift_JIS") << u"Shift_JIS"_s << QString() << false;
        QTest::newRow("euc-jp") << encode(kJapanese, "EUC-JP") << u"EUC-JP"_s << kJapanese << false;
        QTest::newRow("short euc-jp kana")
            << encode(u"ひらがなとカタカナ"_s, "EUC-JP") << u"EUC-JP"_s << u"ひらがなとカタカナ"_s << false;
        QTest::newRow("short shift_jis kana") << encode(u"ひらがなとカタカナ"_s, "Shift_JIS")
                                              << u"Shift_JIS"_s << u"ひらがなとカタカナ"_s << false;
        QTest::newRow("ascii") << QByteArray("plain,ascii\n") << u"UTF-8"_s << u"plain,ascii\n"_s << false;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE", 2) + encode(u"決裁"_s, "UTF-16LE")
                                      << u"UTF-16LE"_s << u"決裁"_s << true;
    }
    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(bool, bom);
        QCOMPARE(TextDecoder::detectEncoding(bytes), encoding);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.byteOrderMark, bom);
        QCOMPARE(result.replacedSequences, 0);
        if (!text.isEmpty())
            QCOMPARE(result.text, text);
    }

    void cp932CharactersSurvive()
    {
        const TextDecoder::Result result = TextDecoder::decode(encode(kCp932Only, "Shift_JIS"));
        QVERIFY(result.text.contains(u"①②"_s));
        QVERIFY(result.text.contains(u"㈱"_s));
    }

    void binaryIsNoText()
    {
        QCOMPARE(TextDecoder::detectEncoding(QByteArray("PK\x03\x04\0\0binary", 12)), QString());
        QByteArray controls(200, '\x01');
        QCOMPARE(TextDecoder::detectEncoding(controls), QString());
    }

    void cutSequenceAtTheEnd()
    {
        // The first 64 KiB of a longer file may end inside a character.
        QByteArray bytes = u"決裁文書"_s.toUtf8();
        bytes.chop(1);
        QVERIFY(!TextDecoder::isValidUtf8(bytes));
        QVERIFY(TextDecoder::isValidUtf8(bytes, true));
        QCOMPARE(TextDecoder::detectEncoding(bytes, true), u"UTF-8"_s);
    }

    void invalidUtf8()
    {
        QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xC0\xAF")));         // overlong
        QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xED\xA0\x80")));     // surrogate
        QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xF5\x80\x80\x80"))); // beyond U+10FFFF
        QVERIFY(TextDecoder::isValidUtf8(u"📎 ＡＢＣ①"_s.toUtf8()));
    }
};

QTEST_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
