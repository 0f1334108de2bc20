// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kessai::render {

/// Finds the encoding of a text file as written in Japanese offices: UTF-8 with or without
/// BOM, Shift_JIS (Windows-31J/CP932, as Excel saves CSV), EUC-JP, ISO-2022-JP, UTF-16 with
/// BOM; plain ASCII reads as UTF-8. Bytes that are no text at all (NUL bytes, control codes)
/// give an empty encoding.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; ///< as detected: "UTF-8", "Shift_JIS", "EUC-JP", ...
        bool byteOrderMark = false;
        int replacedSequences = 0; ///< invalid bytes shown as U+FFFD
    };

    /// The encoding name for QStringDecoder, or empty when the bytes are not text. mayBeCut:
    /// the bytes are the start of a longer file, so a multi-byte sequence may be cut at the end.
    static QString detectEncoding(const QByteArray &bytes, bool mayBeCut = false);
    /// Decodes with the detected encoding (UTF-8 with replacement characters when nothing fits).
    static Result decode(const QByteArray &bytes);

    /// True when bytes are valid UTF-8 (a sequence cut at the very end is allowed if mayBeCut).
    static bool isValidUtf8(const QByteArray &bytes, bool mayBeCut = false);
};

} // namespace kessai::render
