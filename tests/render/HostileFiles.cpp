// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/render/HostileFiles.h"

#include "tests/render/RenderFixtures.h"

#include <QtEndian>

namespace kessai::test {

namespace {
QByteArray chunk(const char type[4], const QByteArray &data)
{
    QByteArray body = QByteArray(type, 4) + data;
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(RenderFixtures::crc32(body), crc.data());
    return out + crc;
}

const QByteArray kCatalog = "<</Type/Catalog/Pages 2 0 R>>";
} // namespace

QByteArray HostileFiles::assemblePdf(const QList<QByteArray> &objects)
{
    QByteArray out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    offsets.reserve(objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<</Size " + QByteArray::number(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray HostileFiles::stream(const QByteArray &data, const QByteArray &dictionary)
{
    return "<<" + dictionary + "/Length " + QByteArray::number(data.size()) + ">>stream\n" + data +
           "\nendstream";
}

QByteArray HostileFiles::giantPagePdf()
{
    return assemblePdf({kCatalog, "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 14400 14400]/Contents 4 0 R>>",
                        stream("0 0 1 rg 0 0 14400 14400 re f 1 0 0 rg 100 100 1000 1000 re f")});
}

QByteArray HostileFiles::boundlessPagePdf()
{
    return assemblePdf({kCatalog, "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 999999999999 999999999999]/Contents 4 0 R>>",
                        stream("0 0 1 rg 0 0 100 100 re f")});
}

QByteArray HostileFiles::loopingPagePdf(int fanout, int depth)
{
    QList<QByteArray> objects{kCatalog, "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                              "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                              "/Resources<</XObject<</X 5 0 R>>>>>>",
                              stream("/X Do")};
    for (int level = 0; level < depth; ++level) {
        const int self = 5 + level;
        if (level + 1 < depth) {
            objects.append(stream(QByteArray("/X Do ").repeated(fanout),
                                  "/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</XObject<</X " +
                                      QByteArray::number(self + 1) + " 0 R>>>>"));
        } else {
            objects.append(
                stream("0 0 1 rg 10 10 100 100 re f", "/Type/XObject/Subtype/Form/BBox[0 0 595 842]"));
        }
    }
    return assemblePdf(objects);
}

QByteArray HostileFiles::enormousContentPdf(int operations)
{
    const QByteArray content = QByteArray("0 0 1 rg 0 0 590 840 re f\n").repeated(operations);
    return assemblePdf({kCatalog, "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
                        stream(qCompress(content, 9).mid(4), "/Filter/FlateDecode")});
}

QByteArray HostileFiles::manyPagesPdf(int count)
{
    // 1 catalog, 2 the root, 3 the shared content; then per thousand pages a node and its leaves.
    constexpr int kPerNode = 1000;
    QList<QByteArray> objects{kCatalog, {}, stream("0 0 1 rg 10 10 100 100 re f")};
    objects.reserve(3 + count + count / kPerNode + 1);
    QByteArray rootKids;
    for (int first = 0; first < count; first += kPerNode) {
        const int node = int(objects.size()) + 1;
        objects.append(QByteArray());
        QByteArray kids;
        const int last = qMin(count, first + kPerNode);
        for (int page = first; page < last; ++page) {
            objects.append("<</Type/Page/Parent " + QByteArray::number(node) +
                           " 0 R/MediaBox[0 0 595 842]/Contents 3 0 R>>");
            kids += QByteArray::number(objects.size()) + " 0 R ";
        }
        objects[node - 1] =
            "<</Type/Pages/Parent 2 0 R/Count " + QByteArray::number(last - first) + "/Kids[" + kids + "]>>";
        rootKids += QByteArray::number(node) + " 0 R ";
    }
    objects[1] = "<</Type/Pages/Count " + QByteArray::number(count) + "/Kids[" + rootKids + "]>>";
    return assemblePdf(objects);
}

QByteArray HostileFiles::lyingPageCountPdf(int declared)
{
    return assemblePdf({kCatalog, "<</Type/Pages/Kids[3 0 R]/Count " + QByteArray::number(declared) + ">>",
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
                        stream("0 0 1 rg 10 10 100 100 re f")});
}

QByteArray HostileFiles::hugeImagePdf(int side)
{
    // RunLength: 0x81 0x00 is 128 zero bytes; deflated, the repetition costs next to nothing.
    const qint64 bytes = qint64(side) * side;
    QByteArray runs = QByteArray("\x81\x00", 2).repeated(int(bytes / 128));
    runs += "\x80";                                        // end of data
    const QByteArray deflated = qCompress(runs, 9).mid(4); // zlib stream without Qt's length
    return assemblePdf({kCatalog, "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                        "/Resources<</XObject<</I 5 0 R>>>>>>",
                        stream("q 500 0 0 700 40 60 cm /I Do Q"),
                        stream(deflated, "/Type/XObject/Subtype/Image/Width " + QByteArray::number(side) +
                                             "/Height " + QByteArray::number(side) +
                                             "/BitsPerComponent 8/ColorSpace/DeviceGray"
                                             "/Filter[/FlateDecode/RunLengthDecode]")});
}

QByteArray HostileFiles::hugeDeclaredPng(int width, int height)
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(quint32(width), header.data());
    qToBigEndian<quint32>(quint32(height), header.data() + 4);
    header[8] = 8;                                                    // bit depth
    header[9] = 0;                                                    // grey
    const QByteArray rows = qCompress(QByteArray(4096, '\0')).mid(4); // far less than declared
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", header) + chunk("IDAT", rows) +
           chunk("IEND", {});
}

QByteArray HostileFiles::officeDeclaringSize(qint64 declaredSize)
{
    QByteArray docx = RenderFixtures::docx({QStringLiteral("bomb")});
    // Patch document.xml's uncompressed size (32 bits; above 4 GiB a zip needs Zip64) in both
    // the local header (offset 22) and the central directory entry (offset 24).
    const quint32 size = quint32(qMin<qint64>(declaredSize, 0xFFFFFFFELL));
    const QByteArray name = "word/document.xml";
    for (qsizetype at = 0; (at = docx.indexOf(name, at)) >= 0; at += name.size()) {
        if (at >= 30 && qFromLittleEndian<quint32>(docx.constData() + at - 30) == 0x04034B50)
            qToLittleEndian<quint32>(size, docx.data() + at - 30 + 22);
        else if (at >= 46 && qFromLittleEndian<quint32>(docx.constData() + at - 46) == 0x02014B50)
            qToLittleEndian<quint32>(size, docx.data() + at - 46 + 24);
    }
    return docx;
}

} // namespace kessai::test
