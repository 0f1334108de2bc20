// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/AttachmentName.h"

#include <QStringDecoder>

namespace kessai::AttachmentName {

namespace {
constexpr int kMaxLength = 200;

/// Bidirectional overrides can disguise "gpj.exe" as "exe.jpg"; a BOM or soft hyphen hides.
bool isDeceptiveFormat(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F ||
           u == 0x061C || u == 0xFEFF || u == 0x00AD;
}

int utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}
} // namespace

QString decodeRaw(const QByteArray &bytes)
{
    QString out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int length = utf8SequenceLength(static_cast<unsigned char>(bytes.at(i)));
        if (length > 0 && i + length <= bytes.size()) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString piece = decoder.decode(bytes.mid(i, length));
            if (!decoder.hasError()) {
                out += piece;
                i += length;
                continue;
            }
        }
        out += QStringLiteral("\\x") + QString::number(static_cast<unsigned char>(bytes.at(i)), 16)
                                           .rightJustified(2, QLatin1Char('0'))
                                           .toUpper();
        ++i;
    }
    return out;
}

QString sanitize(const QString &name)
{
    // Only the last component: "../../etc/passwd" and "C:\\x\\y.pdf" both lose their folders.
    QString base = name;
    const qsizetype cut = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0 && cut < base.size() - 1)
        base = base.mid(cut + 1);
    base = base.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i) {
        const QChar c = base.at(i);
        if (c.isHighSurrogate() && i + 1 < base.size() && base.at(i + 1).isLowSurrogate()) {
            out += c;
            out += base.at(++i);
            continue;
        }
        if (c.isSurrogate() || c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control ||
            isDeceptiveFormat(c) || c == QLatin1Char('/') || c == QLatin1Char('\\') ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += QLatin1Char('_');
        else
            out += c;
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1); // no hidden or "." / ".." names
    if (out.isEmpty())
        return QStringLiteral("attachment");
    if (out.size() > kMaxLength) {
        const qsizetype dot = out.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot > 0 && out.size() - dot <= 10 ? out.mid(dot) : QString();
        qsizetype keep = kMaxLength - extension.size();
        if (out.at(keep - 1).isHighSurrogate())
            --keep;
        out = out.left(keep) + extension;
    }
    return out;
}

} // namespace kessai::AttachmentName
