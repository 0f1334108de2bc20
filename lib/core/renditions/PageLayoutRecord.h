// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSizeF>
#include <QString>

namespace kessai {

/// The page sizes (points) of some content as the single view lays it out, stored once
/// computed so that the view knows every page's size before painting any.
struct PageLayoutRecord
{
    QString sha256;
    QString renderKind; ///< what was measured and its format: "pdf:pdf", "image:png", "office:docx" (its
                        ///< rendition)
    int layoutVersion = 1;
    QList<QSizeF> pageSizes;

    /// "595.28x841.89*12;841.89x595.28": runs of equal sizes, two decimals at most.
    static QString encodeSizes(const QList<QSizeF> &sizes);
    /// The inverse of encodeSizes; an empty list when text is malformed.
    static QList<QSizeF> decodeSizes(const QString &text);
};

} // namespace kessai
