// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kessai {

/// RFC 4180 CSV: quoted fields with "" escapes and embedded line breaks, CRLF or LF.
/// Decodes UTF-8 (with or without BOM) and, failing that, Shift_JIS as saved by Excel.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0; ///< 1-based line where the record starts
        QStringList fields;
    };

    /// Throws StoreError(BadData) naming sourceName, the line and the column on malformed input
    /// (the column by the first record's field name, as that is the header, or else by number).
    static QList<Record> parse(const QByteArray &bytes, const QString &sourceName);
    static QString decode(const QByteArray &bytes, const QString &sourceName);
};

} // namespace kessai
