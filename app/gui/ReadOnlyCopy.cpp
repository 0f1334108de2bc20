// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReadOnlyCopy.h"

#include "core/content/AttachmentName.h"
#include "core/content/BlobStore.h"
#include "core/store/StoreError.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

namespace kessai::gui {

QString ReadOnlyCopy::write(StoreConnection &connection, const QString &sha256, const QString &name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/kessai-view/") + sha256.left(16);
    if (!QDir().mkpath(dir))
        throw StoreError(StoreError::Kind::Unavailable, tr("Cannot create the folder %1.").arg(dir));
    const QString path = dir + QLatin1Char('/') + AttachmentName::sanitize(name);
    // Written beside and renamed over: an earlier (read-only) copy is replaced, never half-written.
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly)) {
        problem = file.errorString();
    } else {
        BlobStore(connection).read(sha256, file);
        if (!file.commit())
            problem = file.errorString();
    }
    if (!problem.isEmpty())
        throw StoreError(StoreError::Kind::Unavailable, tr("Cannot write %1: %2").arg(path, problem));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return path;
}

} // namespace kessai::gui
