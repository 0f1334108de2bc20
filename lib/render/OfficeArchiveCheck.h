// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kessai::render {

/// OOXML and ODF documents are zip files: their central directory declares how large every
/// part inflates to. A document declaring more than kMaxUncompressedBytes (or more than
/// kMaxEntries parts) is refused at once, before LibreOffice spends minutes and gigabytes
/// inflating it. Anything that is not a readable zip passes: LibreOffice says why it fails.
class OfficeArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(OfficeArchiveCheck)

public:
    static constexpr qint64 kMaxUncompressedBytes = 1024LL * 1024 * 1024;
    static constexpr qint64 kMaxEntries = 50000;

    struct Declared
    {
        bool zip = false; ///< a central directory was found and read
        qint64 entries = 0;
        qint64 uncompressedBytes = 0;
    };

    static Declared declared(const QString &path);
    /// Why the document is refused (translated, naming the sizes), or empty when it may be converted.
    static QString refusal(const QString &path);
};

} // namespace kessai::render
