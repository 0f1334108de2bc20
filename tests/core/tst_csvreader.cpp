// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV as Excel writes it: quotes, embedded commas and line breaks, CRLF, BOM,
// Shift_JIS; malformed input names the file, the line and the column.
#include "core/org/CsvReader.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"

#include <QStringEncoder>
#include <QTest>

using namespace kessai;

namespace {
QByteArray shiftJis(const QString &text)
{
    QStringEncoder encoder("Shift_JIS");
    return encoder.isValid() ? QByteArray(encoder.encode(text)) : QByteArray();
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList one2{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("simple") << QByteArrayLiteral("a,b\n1,2\n") << QList<QStringList>{ab, one2}
                                << QList<int>{1, 2};
        QTest::newRow("no final line break")
            << QByteArrayLiteral("a,b\n1,2") << QList<QStringList>{ab, one2} << QList<int>{1, 2};
        QTest::newRow("CRLF") << QByteArrayLiteral("a,b\r\n1,2\r\n") << QList<QStringList>{ab, one2}
                              << QList<int>{1, 2};
        QTest::newRow("blank lines are skipped")
            << QByteArrayLiteral("a,b\n\n\r\n1,2\n\n") << QList<QStringList>{ab, one2} << QList<int>{1, 4};
        QTest::newRow("empty input") << QByteArray() << QList<QStringList>{} << QList<int>{};
        QTest::newRow("empty fields")
            << QByteArrayLiteral(",,\n") << QList<QStringList>{{QString(), QString(), QString()}}
            << QList<int>{1};
        QTest::newRow("quoted comma")
            << QByteArrayLiteral("\"総務課, 文書係\",x\n")
            << QList<QStringList>{{QStringLiteral("総務課, 文書係"), QStringLiteral("x")}} << QList<int>{1};
        QTest::newRow("doubled quotes")
            << QByteArrayLiteral("\"say \"\"hi\"\"\",\"\"\n")
            << QList<QStringList>{{QStringLiteral("say \"hi\""), QString()}} << QList<int>{1};
        QTest::newRow("line breaks inside quotes")
            << QByteArrayLiteral("a,b\n\"x\ny\nz\",1\nlast,2\n")
            << QList<QStringList>{ab,
                                  {QStringLiteral("x\ny\nz"), QStringLiteral("1")},
                                  {QStringLiteral("last"), QStringLiteral("2")}}
            << QList<int>{1, 2, 5};
        QTest::newRow("UTF-8 with BOM")
            << QByteArrayLiteral("\xEF\xBB\xBF名前,かな\n")
            << QList<QStringList>{{QStringLiteral("名前"), QStringLiteral("かな")}} << QList<int>{1};
        QTest::newRow("Shift_JIS") << shiftJis(QStringLiteral("名前,かな\r\n山本 健一,やまもと\r\n"))
                                   << QList<QStringList>{{QStringLiteral("名前"), QStringLiteral("かな")},
                                                         {QStringLiteral("山本 健一"),
                                                          QStringLiteral("やまもと")}}
                                   << QList<int>{1, 2};
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        if (qstrcmp(QTest::currentDataTag(), "Shift_JIS") == 0 && input.isEmpty())
            QSKIP("this Qt has no Shift_JIS codec");
        QList<CsvReader::Record> parsed;
        KESSAI_TRY(parsed = CsvReader::parse(input, QStringLiteral("test.csv")));
        QList<QStringList> fields;
        QList<int> starts;
        for (const CsvReader::Record &record : parsed) {
            fields.append(record.fields);
            starts.append(record.line);
        }
        QCOMPARE(fields, records);
        QCOMPARE(starts, lines);
    }

    void shiftJisIsNotMistakenForUtf8()
    {
        const QByteArray bytes = shiftJis(QStringLiteral("総務課"));
        if (bytes.isEmpty())
            QSKIP("this Qt has no Shift_JIS codec");
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString asUtf8 = utf8.decode(bytes);
        QVERIFY(utf8.hasError()); // so the fallback is really exercised
        QCOMPARE(CsvReader::decode(bytes, QStringLiteral("x.csv")), QStringLiteral("総務課"));
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("quote inside an unquoted field")
            << QByteArrayLiteral("code,name\nab\"c,x\n") << QStringLiteral("line 2, column \"code\"")
            << QStringLiteral("quote");
        QTest::newRow("text after a closing quote")
            << QByteArrayLiteral("code,name\nx,\"ab\"c\n") << QStringLiteral("line 2, column \"name\"")
            << QStringLiteral("closing quote");
        QTest::newRow("unclosed quote")
            << QByteArrayLiteral("code,name\nx,y\n\"z\nw\",\"open\nmore\n")
            << QStringLiteral("line 3, column \"name\"") << QStringLiteral("never closed");
        QTest::newRow("unclosed quote in the header")
            << QByteArrayLiteral("code,\"name\n") << QStringLiteral("line 1, column 2")
            << QStringLiteral("never closed");
        QTest::newRow("beyond the header's columns")
            << QByteArrayLiteral("code\nx,y,\"z\n") << QStringLiteral("line 2, column 3")
            << QStringLiteral("never closed");
        QTest::newRow("neither UTF-8 nor Shift_JIS") << QByteArrayLiteral("\xFF\xFE\xFD\xFC") << QString()
                                                     << QStringLiteral("neither UTF-8 nor Shift_JIS");
    }

    void malformedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        QFETCH(QString, what);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, CsvReader::parse(input, QStringLiteral("異動.csv")));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.startsWith(QStringLiteral("異動.csv: ")), qPrintable(message));
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(what), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
