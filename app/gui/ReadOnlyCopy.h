// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kessai {
class StoreConnection;
}

namespace kessai::gui {

/// 外部で開く and 版の表示: stored content copied out as a read-only file for viewing, so that
/// changing it never changes the attachment (直接編集 is a separate action). One folder per
/// content (TEMP/kessai-view/<SHA-256 prefix>/), the name made safe.
class ReadOnlyCopy
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyCopy)

public:
    /// On the store thread: writes the content with that SHA-256 (all or nothing, replacing an
    /// earlier copy) and returns its path. StoreError naming the file when it cannot be written.
    static QString write(StoreConnection &connection, const QString &sha256, const QString &name);
};

} // namespace kessai::gui
