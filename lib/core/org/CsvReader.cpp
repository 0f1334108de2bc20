// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/CsvReader.h"

#include "core/store/StoreError.h"

#include <QStringDecoder>

namespace kessai {

QString CsvReader::decode(const QByteArray &bytes, const QString &sourceName)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    QStringDecoder sjis("Shift_JIS");
    if (sjis.isValid()) {
        text = sjis.decode(bytes);
        if (!sjis.hasError())
            return text;
    }
    throw StoreError(StoreError::Kind::BadData,
                     tr("%1: the text is neither UTF-8 nor Shift_JIS").arg(sourceName));
}

QList<CsvReader::Record> CsvReader::parse(const QByteArray &bytes, const QString &sourceName)
{
    const QString text = decode(bytes, sourceName);
    QList<Record> records;
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    current.line = 1;
    // Errors name the line and the column: by the header's name once the first record is read.
    auto where = [&](int atLine) -> QString {
        const qsizetype index = current.fields.size();
        if (!records.isEmpty() && index < records.first().fields.size())
            return tr("%1: line %2, column \"%3\"")
                .arg(sourceName, QString::number(atLine), records.first().fields.at(index).trimmed());
        return tr("%1: line %2, column %3")
            .arg(sourceName, QString::number(atLine), QString::number(index + 1));
    };
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records.append(current);
        current = Record();
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0) // refused here on both backends, before anything is stored
            throw StoreError(
                StoreError::Kind::BadData,
                tr("%1: contains a NUL character (U+0000), which cannot be stored").arg(where(line)));
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                throw StoreError(StoreError::Kind::BadData,
                                 tr("%1: a quote inside an unquoted field").arg(where(line)));
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (fieldWasQuoted)
                throw StoreError(StoreError::Kind::BadData,
                                 tr("%1: text after a closing quote").arg(where(line)));
            field += c;
        }
    }
    if (inQuotes)
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1: a quoted field is never closed").arg(where(current.line)));
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace kessai
