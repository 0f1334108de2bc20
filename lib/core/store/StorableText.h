// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kessai {

/// What text the store accepts, the same on both backends: PostgreSQL cannot hold a NUL
/// character (U+0000) in text and SQLite would keep it silently, so it is refused before
/// any SQL runs, naming the field.
class StorableText
{
    Q_DECLARE_TR_FUNCTIONS(StorableText)

public:
    static bool isStorable(QStringView text) { return !text.contains(QChar(u'\0')); }
    /// Throws StoreError(BadData) "FIELD contains a NUL character …" unless text is storable.
    static void require(QStringView text, const QString &field);
};

} // namespace kessai
