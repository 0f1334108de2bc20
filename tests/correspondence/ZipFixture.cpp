// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/correspondence/ZipFixture.h"

#include <QFile>
#include <QtEndian>

namespace kessai::test {

namespace {
void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}
void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}
void put64(QByteArray &out, quint64 value)
{
    const quint64 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 8);
}
} // namespace

quint32 ZipFixture::crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

bool ZipFixture::write(const QString &path, const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        const quint64 size = entry.declaredSize < 0 ? quint64(entry.data.size()) : quint64(entry.declaredSize);
        const bool zip64 = size >= 0xFFFFFFFFu;
        const quint32 shortSize = zip64 ? 0xFFFFFFFFu : quint32(size);
        QByteArray extra;
        if (zip64) {
            put16(extra, 0x0001);
            put16(extra, 16);
            put64(extra, size); // uncompressed
            put64(extra, size); // compressed
        }
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(entry.data);
        put32(out, 0x04034b50);
        put16(out, zip64 ? 45 : 20);
        put16(out, 0x0800); // names in UTF-8
        put16(out, 0);      // stored
        put16(out, 0);
        put16(out, 0x5821); // 2024-01-01
        put32(out, crc);
        put32(out, shortSize);
        put32(out, shortSize);
        put16(out, quint16(name.size()));
        put16(out, quint16(extra.size()));
        out += name + extra + entry.data;

        put32(directory, 0x02014b50);
        put16(directory, 0x0314); // made on Unix
        put16(directory, zip64 ? 45 : 20);
        put16(directory, 0x0800);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0x5821);
        put32(directory, crc);
        put32(directory, shortSize);
        put32(directory, shortSize);
        put16(directory, quint16(name.size()));
        put16(directory, quint16(extra.size()));
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, entry.name.endsWith(QLatin1Char('/')) ? 0x41ED0010u : 0x81A40000u);
        put32(directory, offset);
        directory += name + extra;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(out) == out.size();
}

} // namespace kessai::test
