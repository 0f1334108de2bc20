// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/render/RenderFixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtEndian>

namespace kessai::test {

namespace {
void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xFFFF));
    put16(out, quint16(v >> 16));
}
} // namespace

QByteArray RenderFixtures::pdf(const QList<PdfPage> &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setCreator(QStringLiteral("Kessai tests"));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        for (int i = 0; i < pages.size(); ++i) {
            const PdfPage &page = pages.at(i);
            writer.setPageSize(page.size);
            writer.setPageOrientation(page.orientation);
            if (i == 0)
                painter.begin(&writer);
            else
                writer.newPage();
            painter.fillRect(QRectF(20, 20, 60, 30), QColor(200, 30, 30));
            QFont font(QStringLiteral("IPAGothic"));
            font.setPixelSize(20);
            painter.setFont(font);
            if (!page.text.isEmpty())
                painter.drawText(QPointF(72, 100), page.text);
            painter.setPen(QPen(Qt::black, 0.3));
            for (int k = 0; k < page.heavyLines; ++k)
                painter.drawLine(QPointF(k % 500, (k * 7) % 800), QPointF((k * 13) % 560, (k * 3) % 800));
        }
        painter.end();
    }
    return buffer.data();
}

QByteArray RenderFixtures::simplePdf(int count)
{
    QList<PdfPage> pages;
    for (int i = 1; i <= count; ++i) {
        PdfPage page;
        page.text = QStringLiteral("Page %1").arg(i);
        pages.append(page);
    }
    return pdf(pages);
}

QImage RenderFixtures::bands(int width, const QList<QColor> &colors, int bandHeight)
{
    QImage image(width, int(colors.size()) * bandHeight, QImage::Format_RGB32);
    QPainter painter(&image);
    for (int i = 0; i < colors.size(); ++i)
        painter.fillRect(QRect(0, i * bandHeight, width, bandHeight), colors.at(i));
    return image;
}

QByteArray RenderFixtures::encode(const QImage &image, const char *format, int quality)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return buffer.data();
}

QByteArray RenderFixtures::jpegWithOrientation(const QImage &image, int orientation)
{
    const QByteArray jpeg = encode(image, "JPEG", 95);
    // APP1 "Exif": a little-endian TIFF header and one IFD with the Orientation (0x0112) tag.
    QByteArray tiff("II*\0", 4);
    put32(tiff, 8);      // offset of the first IFD
    put16(tiff, 1);      // one entry
    put16(tiff, 0x0112); // Orientation
    put16(tiff, 3);      // SHORT
    put32(tiff, 1);      // count
    put16(tiff, quint16(orientation));
    put16(tiff, 0);
    put32(tiff, 0); // no next IFD
    QByteArray app1("Exif\0\0", 6);
    app1 += tiff;
    QByteArray segment("\xFF\xE1", 2);
    const quint16 length = quint16(app1.size() + 2);
    segment.append(char(length >> 8));
    segment.append(char(length & 0xFF));
    segment += app1;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray RenderFixtures::multiPageTiff(const QList<QImage> &pages)
{
    QByteArray out("II*\0", 4);
    put32(out, 0); // patched: offset of the first IFD
    qsizetype previousNext = 4;
    for (const QImage &source : pages) {
        const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
        const quint32 dataOffset = quint32(out.size());
        for (int y = 0; y < image.height(); ++y)
            out.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
        if (out.size() % 2)
            out.append('\0');
        const quint32 ifdOffset = quint32(out.size());
        qToLittleEndian<quint32>(ifdOffset, out.data() + previousNext);
        struct Entry
        {
            quint16 tag;
            quint16 type;
            quint32 value;
        };
        const QList<Entry> entries{
            {256, 4, quint32(image.width())},
            {257, 4, quint32(image.height())},
            {258, 3, 8},
            {259, 3, 1},
            {262, 3, 1},
            {273, 4, dataOffset},
            {277, 3, 1},
            {278, 4, quint32(image.height())},
            {279, 4, quint32(image.width() * image.height())},
        };
        put16(out, quint16(entries.size()));
        for (const Entry &e : entries) {
            put16(out, e.tag);
            put16(out, e.type);
            put32(out, 1);
            if (e.type == 3) {
                put16(out, quint16(e.value));
                put16(out, 0);
            } else {
                put32(out, e.value);
            }
        }
        previousNext = out.size();
        put32(out, 0);
    }
    return out;
}

QByteArray RenderFixtures::rtf(const QStringList &paragraphs)
{
    QByteArray out("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 IPAMincho;}}\\fs24\n");
    for (const QString &paragraph : paragraphs) {
        for (const QChar c : paragraph) {
            if (c.unicode() < 0x80 && c != QLatin1Char('\\') && c != QLatin1Char('{') &&
                c != QLatin1Char('}'))
                out.append(char(c.unicode()));
            else
                out.append("\\u" + QByteArray::number(qint16(c.unicode())) + "?");
        }
        out.append("\\par\n");
    }
    out.append("}\n");
    return out;
}

quint32 RenderFixtures::crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray RenderFixtures::zip(const QList<std::pair<QByteArray, QByteArray>> &entries, bool deflate,
                               const QByteArray &damage)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        // Raw deflate: zlib's stream without qCompress's length, the zlib header and the Adler-32.
        QByteArray stored = deflate ? qCompress(data).mid(6).chopped(4) : data;
        if (name == damage && stored.size() > 400)
            stored.replace(stored.size() / 2 - 100, 200, QByteArray(200, '\0'));
        const quint16 method = deflate ? 8 : 0;
        QByteArray header;
        put32(header, 0x04034B50);
        put16(header, 20); // version needed
        put16(header, 0);  // flags
        put16(header, method);
        put16(header, 0);    // time
        put16(header, 0x21); // date 1980-01-01
        put32(header, crc);
        put32(header, quint32(stored.size()));
        put32(header, quint32(data.size()));
        put16(header, quint16(name.size()));
        put16(header, 0);
        out += header + name + stored;
        put32(directory, 0x02014B50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, method);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(stored.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint16(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054B50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray RenderFixtures::docx(const QStringList &paragraphs, bool broken)
{
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    QByteArray body;
    for (const QString &paragraph : paragraphs)
        body += "<w:p><w:r><w:t>" + paragraph.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    for (int i = 0; broken && i < 300; ++i) // enough compressed data to damage
        body += "<w:p><w:r><w:t>" + QByteArray::number(i * 7919) + " 段落</w:t></w:r></w:p>";
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        body + "</w:body></w:document>";
    return zip({{"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", document}}, true,
               broken ? QByteArray("word/document.xml") : QByteArray());
}

QByteArray RenderFixtures::randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &b : bytes)
        b = char(generator.bounded(256));
    return bytes;
}

QString RenderFixtures::write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QString RenderFixtures::dataFile(const QString &name)
{
    return QStringLiteral(KESSAI_RENDER_TEST_DATA "/") + name;
}

} // namespace kessai::test
