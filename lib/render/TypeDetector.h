// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/ContentType.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kessai::render {

/// Decides an attachment's ContentType from its bytes. Magic bytes decide (a PNG named .pdf
/// is an image, random bytes named .pdf are "other"); the declared MIME type and the name's
/// extension only break ties the content cannot (CSV or text, Word or Excel inside OLE2).
class TypeDetector
{
    Q_DECLARE_TR_FUNCTIONS(TypeDetector)

public:
    /// How much of the start and of the end of a file detection looks at.
    static constexpr qint64 kProbeBytes = 64 * 1024;

    /// Reads the start and end of the file at path. fileName (the attachment's name) defaults
    /// to the path's; a file that cannot be read is Kind::Other with mismatch set to the reason.
    static ContentType detectFile(const QString &path, const QString &fileName = {},
                                  const QString &declaredMime = {});
    static ContentType detectData(const QByteArray &data, const QString &fileName = {},
                                  const QString &declaredMime = {});
    /// head: the first bytes (up to kProbeBytes), tail: the last ones (may overlap head).
    static ContentType detect(const QByteArray &head, const QByteArray &tail, qint64 size,
                              const QString &fileName, const QString &declaredMime);
};

} // namespace kessai::render
