// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TypeDetector.h"

#include "render/TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace kessai::render {

namespace {
using Kind = ContentType::Kind;

ContentType make(Kind kind, const QString &format, const QString &mime)
{
    ContentType type;
    type.kind = kind;
    type.format = format;
    type.mimeType = mime;
    return type;
}

QByteArray utf16le(const char *ascii)
{
    QByteArray out;
    for (const char *p = ascii; *p; ++p) {
        out.append(*p);
        out.append('\0');
    }
    return out;
}

std::optional<ContentType> imageType(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return make(Kind::Image, QStringLiteral("jpeg"), QStringLiteral("image/jpeg"));
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return make(Kind::Image, QStringLiteral("png"), QStringLiteral("image/png"));
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return make(Kind::Image, QStringLiteral("gif"), QStringLiteral("image/gif"));
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return make(Kind::Image, QStringLiteral("tiff"), QStringLiteral("image/tiff"));
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return make(Kind::Image, QStringLiteral("webp"), QStringLiteral("image/webp"));
    // BMP: "BM", then the DIB header size at offset 14 is one of the known ones.
    if (head.startsWith("BM") && head.size() >= 18) {
        const auto dib = static_cast<unsigned char>(head.at(14));
        if ((dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108 || dib == 124) &&
            head.at(15) == 0 && head.at(16) == 0 && head.at(17) == 0)
            return make(Kind::Image, QStringLiteral("bmp"), QStringLiteral("image/bmp"));
    }
    return std::nullopt;
}

/// OOXML and ODF are zip files: the entry names (stored uncompressed in the local headers at the
/// start and in the central directory at the end) say which.
std::optional<ContentType> zipType(const QByteArray &head, const QByteArray &tail)
{
    const QByteArray both = head + tail;
    if (head.mid(30, 8) == "mimetype") {
        static const struct
        {
            const char *mime;
            const char *format;
        } odf[] = {{"application/vnd.oasis.opendocument.text", "odt"},
                   {"application/vnd.oasis.opendocument.spreadsheet", "ods"},
                   {"application/vnd.oasis.opendocument.presentation", "odp"},
                   {"application/vnd.oasis.opendocument.graphics", "odg"}};
        for (const auto &entry : odf) {
            if (head.mid(38, int(qstrlen(entry.mime))) == entry.mime)
                return make(Kind::Office, QString::fromLatin1(entry.format), QString::fromLatin1(entry.mime));
        }
    }
    if (both.contains("[Content_Types].xml")) {
        if (both.contains("word/"))
            return make(
                Kind::Office, QStringLiteral("docx"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        if (both.contains("xl/"))
            return make(Kind::Office, QStringLiteral("xlsx"),
                        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        if (both.contains("ppt/"))
            return make(
                Kind::Office, QStringLiteral("pptx"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
    }
    return std::nullopt;
}

/// OLE2 compound files (Office 97-2003): the directory holds the stream names in UTF-16LE.
std::optional<ContentType> oleType(const QByteArray &head, const QByteArray &tail, const QString &suffix,
                                   const QString &declaredMime)
{
    const QByteArray both = head + tail;
    if (both.contains(utf16le("WordDocument")))
        return make(Kind::Office, QStringLiteral("doc"), QStringLiteral("application/msword"));
    if (both.contains(utf16le("Workbook")) || both.contains(utf16le("Book")))
        return make(Kind::Office, QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel"));
    if (both.contains(utf16le("PowerPoint Document")))
        return make(Kind::Office, QStringLiteral("ppt"), QStringLiteral("application/vnd.ms-powerpoint"));
    // The directory may lie beyond what was read: trust a matching name or declared type.
    if (suffix == QLatin1String("doc") || declaredMime == QLatin1String("application/msword"))
        return make(Kind::Office, QStringLiteral("doc"), QStringLiteral("application/msword"));
    if (suffix == QLatin1String("xls") || declaredMime == QLatin1String("application/vnd.ms-excel"))
        return make(Kind::Office, QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel"));
    if (suffix == QLatin1String("ppt") || declaredMime == QLatin1String("application/vnd.ms-powerpoint"))
        return make(Kind::Office, QStringLiteral("ppt"), QStringLiteral("application/vnd.ms-powerpoint"));
    return std::nullopt;
}

ContentType textType(const QString &suffix, const QString &declaredMime)
{
    if (suffix == QLatin1String("csv") || declaredMime == QLatin1String("text/csv"))
        return make(Kind::Csv, QStringLiteral("csv"), QStringLiteral("text/csv"));
    if (suffix == QLatin1String("tsv") || declaredMime == QLatin1String("text/tab-separated-values"))
        return make(Kind::Csv, QStringLiteral("tsv"), QStringLiteral("text/tab-separated-values"));
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
        declaredMime == QLatin1String("text/markdown"))
        return make(Kind::Markdown, QStringLiteral("md"), QStringLiteral("text/markdown"));
    return make(Kind::Text, QStringLiteral("txt"), QStringLiteral("text/plain"));
}

/// What the file name's extension promises, to explain a mismatch with the content.
QString expectedFormat(const QString &suffix)
{
    static const QStringList known{
        QStringLiteral("pdf"),  QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"),
        QStringLiteral("gif"),  QStringLiteral("bmp"),  QStringLiteral("tif"),  QStringLiteral("tiff"),
        QStringLiteral("webp"), QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pptx"),
        QStringLiteral("doc"),  QStringLiteral("xls"),  QStringLiteral("ppt"),  QStringLiteral("odt"),
        QStringLiteral("ods"),  QStringLiteral("odp"),  QStringLiteral("rtf")};
    if (!known.contains(suffix))
        return {};
    if (suffix == QLatin1String("jpg"))
        return QStringLiteral("jpeg");
    if (suffix == QLatin1String("tif"))
        return QStringLiteral("tiff");
    return suffix;
}
} // namespace

ContentType TypeDetector::detectFile(const QString &path, const QString &fileName,
                                     const QString &declaredMime)
{
    const QString name = fileName.isEmpty() ? QFileInfo(path).fileName() : fileName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ContentType type;
        type.mismatch = tr("the file cannot be read: %1").arg(file.errorString());
        return type;
    }
    const qint64 size = file.size();
    const QByteArray head = file.read(kProbeBytes);
    QByteArray tail;
    if (size > kProbeBytes && file.seek(qMax(kProbeBytes, size - kProbeBytes)))
        tail = file.read(kProbeBytes);
    return detect(head, tail, size, name, declaredMime);
}

ContentType TypeDetector::detectData(const QByteArray &data, const QString &fileName,
                                     const QString &declaredMime)
{
    const QByteArray head = data.left(kProbeBytes);
    const QByteArray tail = data.size() > kProbeBytes
                                ? data.right(qMin<qint64>(kProbeBytes, data.size() - kProbeBytes))
                                : QByteArray();
    return detect(head, tail, data.size(), fileName, declaredMime);
}

ContentType TypeDetector::detect(const QByteArray &head, const QByteArray &tail, qint64 size,
                                 const QString &fileName, const QString &declaredMime)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString mime = declaredMime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    std::optional<ContentType> found;
    if (size == 0) {
        found = make(Kind::Empty, QString(), QStringLiteral("application/x-zerosize"));
    } else if (head.left(1024).contains("%PDF-")) {
        found = make(Kind::Pdf, QStringLiteral("pdf"), QStringLiteral("application/pdf"));
    } else if (const auto image = imageType(head)) {
        found = image;
    } else if (head.startsWith("PK\x03\x04")) {
        found = zipType(head, tail);
        if (!found)
            found = make(Kind::Other, QStringLiteral("zip"), QStringLiteral("application/zip"));
    } else if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        found = oleType(head, tail, suffix, mime);
        if (!found)
            found = make(Kind::Other, QStringLiteral("ole2"), QStringLiteral("application/x-ole-storage"));
    } else if (head.startsWith("{\\rtf")) {
        found = make(Kind::Office, QStringLiteral("rtf"), QStringLiteral("application/rtf"));
    } else if (!TextDecoder::detectEncoding(head, size > head.size()).isEmpty()) {
        found = textType(suffix, mime);
    } else {
        const QMimeType guess = QMimeDatabase().mimeTypeForData(head);
        found = make(Kind::Other, guess.isDefault() ? QString() : guess.preferredSuffix(), guess.name());
    }

    ContentType type = *found;
    const QString expected = expectedFormat(suffix);
    if (!expected.isEmpty() && expected != type.format) {
        const QString what = type.kind == Kind::Empty ? tr("the file is empty")
                             : type.kind == Kind::Other && type.format.isEmpty()
                                 ? tr("the content is not a known document type")
                                 : tr("the content is %1").arg(type.label());
        type.mismatch = tr("named .%1, but %2").arg(suffix, what);
    }
    return type;
}

} // namespace kessai::render
