// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TextDecoder.h"

#include <QStringDecoder>

namespace kessai::render {

namespace {
constexpr char kUtf8[] = "UTF-8";

struct Candidate
{
    QString name;
    qint64 score = 0;
    qint64 errors = 0;
};

/// Decodes bytes with encoding and scores how much it reads like Japanese text: kana and kanji
/// count for it, replacement characters and half-width katakana (what EUC-JP bytes look like
/// when read as Shift_JIS) against it.
Candidate score(const QByteArray &bytes, const char *encoding, bool mayBeCut)
{
    Candidate candidate;
    candidate.name = QString::fromLatin1(encoding);
    QByteArray input = bytes;
    if (mayBeCut && input.size() > 4)
        input.chop(1); // a lead byte cut off at the end is not an error
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(input);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD)
            ++candidate.errors;
        else if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) ||
                 (u >= 0xFF01 && u <= 0xFF5E) || (u >= 0x3000 && u <= 0x303F))
            candidate.score += 2;
        else if (u >= 0xFF61 && u <= 0xFF9F)
            candidate.score -= 1;
        else if (u >= 0x80 && u < 0x3000)
            candidate.score -= 1; // Greek, Cyrillic, box drawing: possible, but rare in our files
    }
    candidate.score -= candidate.errors * 20;
    return candidate;
}

bool looksBinary(const QByteArray &bytes)
{
    qint64 control = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != 0x1A)
            ++control;
    }
    return control * 200 > bytes.size(); // more than 0.5 % control codes
}
} // namespace

bool TextDecoder::isValidUtf8(const QByteArray &bytes, bool mayBeCut)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        int extra = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n) { // the sequence runs past the end
            if (!mayBeCut)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

QString TextDecoder::detectEncoding(const QByteArray &bytes, bool mayBeCut)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromLatin1(kUtf8);
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (looksBinary(bytes))
        return {};
    bool ascii = true;
    for (const char ch : bytes) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        if (bytes.contains("\x1B$B") || bytes.contains("\x1B$@") || bytes.contains("\x1B(J"))
            return QStringLiteral("ISO-2022-JP");
        return QString::fromLatin1(kUtf8);
    }
    if (isValidUtf8(bytes, mayBeCut))
        return QString::fromLatin1(kUtf8);
    const Candidate sjis = score(bytes, "Shift_JIS", mayBeCut);
    const Candidate euc = score(bytes, "EUC-JP", mayBeCut);
    const Candidate &best = euc.score > sjis.score ? euc : sjis;
    // A few broken bytes in a long file are still that file's text; mostly errors is not text.
    if (best.errors * 50 <= qMax<qint64>(1, bytes.size() / 2))
        return best.name;
    return QStringLiteral("windows-1252");
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    result.encoding = detectEncoding(bytes);
    if (result.encoding.isEmpty())
        result.encoding = QString::fromLatin1(kUtf8);
    QByteArray input = bytes;
    if (input.startsWith("\xEF\xBB\xBF")) {
        result.byteOrderMark = true;
        input.remove(0, 3);
    } else if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF")) {
        result.byteOrderMark = true;
        input.remove(0, 2);
    }
    const QByteArray name = result.encoding.toLatin1();
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(input);
    result.replacedSequences = int(result.text.count(QChar(0xFFFD)));
    return result;
}

} // namespace kessai::render
