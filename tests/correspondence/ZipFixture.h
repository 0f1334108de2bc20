// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kessai::test {

/// Writes small zip files for the request package tests, entries stored (not compressed), byte
/// by byte as the format has it — including what a well-behaved tool would not write: a name
/// with ../, or an entry declaring a size (ZIP64, up to 16 EiB) other than the bytes it holds.
class ZipFixture
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
        qint64 declaredSize = -1; ///< -1: the data's size
    };

    static bool write(const QString &path, const QList<Entry> &entries);
    static quint32 crc32(const QByteArray &data);
};

} // namespace kessai::test
