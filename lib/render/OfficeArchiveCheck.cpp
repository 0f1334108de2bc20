// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OfficeArchiveCheck.h"

#include <QFile>
#include <QLocale>
#include <QtEndian>

#include <limits>

namespace kessai::render {

namespace {
constexpr quint32 kEndOfDirectory = 0x06054B50;
constexpr quint32 kZip64Locator = 0x07064B50;
constexpr quint32 kZip64End = 0x06064B50;
constexpr quint32 kDirectoryEntry = 0x02014B50;
constexpr qint64 kEndRecordReach = 22 + 65535; // the record plus the longest comment

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}
quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}
quint64 u64(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint64>(data.constData() + at);
}
} // namespace

OfficeArchiveCheck::Declared OfficeArchiveCheck::declared(const QString &path)
{
    Declared result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 22 || file.read(4) != QByteArray("PK\x03\x04", 4))
        return result;
    const qint64 tailStart = qMax<qint64>(0, file.size() - kEndRecordReach);
    file.seek(tailStart);
    const QByteArray tail = file.readAll();
    qsizetype end = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail, i) == kEndOfDirectory) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return result;
    quint64 entries = u16(tail, end + 10);
    quint64 directorySize = u32(tail, end + 12);
    quint64 directoryOffset = u32(tail, end + 16);
    if ((entries == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) && end >= 20 &&
        u32(tail, end - 20) == kZip64Locator) {
        const quint64 zip64End = u64(tail, end - 20 + 8);
        file.seek(qint64(zip64End));
        const QByteArray record = file.read(56);
        if (record.size() < 56 || u32(record, 0) != kZip64End)
            return result;
        entries = u64(record, 32);
        directorySize = u64(record, 40);
        directoryOffset = u64(record, 48);
    }
    if (directoryOffset + directorySize > quint64(file.size()) || directorySize > 256ULL * 1024 * 1024)
        return result;
    result.zip = true;
    result.entries = qint64(qMin<quint64>(entries, quint64(kMaxEntries) * 2));
    if (result.entries > kMaxEntries)
        return result; // refused on the count alone
    file.seek(qint64(directoryOffset));
    const QByteArray directory = file.read(qint64(directorySize));
    qsizetype at = 0;
    qint64 total = 0;
    while (at + 46 <= directory.size() && u32(directory, at) == kDirectoryEntry) {
        quint64 size = u32(directory, at + 24);
        const qsizetype nameLength = u16(directory, at + 28);
        const qsizetype extraLength = u16(directory, at + 30);
        const qsizetype commentLength = u16(directory, at + 32);
        const qsizetype extra = at + 46 + nameLength;
        if (size == 0xFFFFFFFF) {                          // the real size is in the Zip64 extra field, first
            size = std::numeric_limits<qint64>::max() / 4; // unless found: as large as can be
            for (qsizetype e = extra; e + 4 <= extra + extraLength && e + 4 <= directory.size();) {
                const quint16 id = u16(directory, e);
                const quint16 length = u16(directory, e + 2);
                if (id == 0x0001 && length >= 8 && e + 12 <= directory.size()) {
                    size = u64(directory, e + 4);
                    break;
                }
                e += 4 + length;
            }
        }
        total =
            qMin<qint64>(total + qint64(qMin<quint64>(size, quint64(std::numeric_limits<qint64>::max() / 4))),
                         std::numeric_limits<qint64>::max() / 2);
        at = extra + extraLength + commentLength;
    }
    result.uncompressedBytes = total;
    return result;
}

QString OfficeArchiveCheck::refusal(const QString &path)
{
    const Declared found = declared(path);
    if (!found.zip)
        return {};
    const QLocale locale;
    if (found.entries > kMaxEntries)
        return tr("The document is refused: it holds more than %1 parts (Kessai converts at most %2).")
            .arg(locale.toString(found.entries), locale.toString(kMaxEntries));
    if (found.uncompressedBytes > kMaxUncompressedBytes)
        return tr("The document is refused: it would inflate to %1 when opened (Kessai converts at most %2).")
            .arg(locale.formattedDataSize(found.uncompressedBytes),
                 locale.formattedDataSize(kMaxUncompressedBytes));
    return {};
}

} // namespace kessai::render
