// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <utility>

namespace kessai::test {

/// Attachments of every kind the single view meets, generated in the tests (no shared corpus):
/// PDFs from QPdfWriter, images from QImage (plus a JPEG with an EXIF orientation and a
/// multi-page TIFF assembled by hand), RTF and zip-based office files.
class RenderFixtures
{
public:
    struct PdfPage
    {
        QPageSize size = QPageSize(QPageSize::A4);
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QString text;       ///< drawn at (72, 100) in IPAGothic 20 px (extractable)
        int heavyLines = 0; ///< that many thin lines: a page that is slow to render
    };

    static QByteArray pdf(const QList<PdfPage> &pages);
    /// count A4 pages reading "Page N" (1-based).
    static QByteArray simplePdf(int count);
    /// Horizontal bands of the given colours, each bandHeight pixels high.
    static QImage bands(int width, const QList<QColor> &colors, int bandHeight);
    static QByteArray encode(const QImage &image, const char *format, int quality = -1);
    /// A JPEG of image carrying an EXIF Orientation tag (1–8).
    static QByteArray jpegWithOrientation(const QImage &image, int orientation);
    /// An uncompressed 8-bit grey TIFF with one directory per image.
    static QByteArray multiPageTiff(const QList<QImage> &pages);
    /// An RTF document with one paragraph per line (Japanese through \uN escapes).
    static QByteArray rtf(const QStringList &paragraphs);
    /// A zip of entries, stored or deflated. damage: that entry's compressed data gets 200
    /// zero bytes in its middle (the zip directory stays intact, inflating fails).
    static QByteArray zip(const QList<std::pair<QByteArray, QByteArray>> &entries, bool deflate = false,
                          const QByteArray &damage = {});
    /// A minimal Word 2007 document (docx) with the paragraphs; broken: document.xml damaged
    /// like a bad copy (LibreOffice cannot load it).
    static QByteArray docx(const QStringList &paragraphs, bool broken = false);
    static QByteArray randomBytes(int size, quint32 seed);

    /// Writes bytes to dir/name and returns the path.
    static QString write(const QString &dir, const QString &name, const QByteArray &bytes);
    /// A committed file under tests/render/data.
    static QString dataFile(const QString &name);

    static quint32 crc32(const QByteArray &data);
};

} // namespace kessai::test
