// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/CardPageSource.h"
#include "render/ContentType.h"
#include "render/PageSource.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>

#include <memory>
#include <optional>

namespace kessai::render {

/// Opens the right PageSource for a file. Never fails and never throws: what cannot be shown
/// becomes a CardPageSource saying why (empty, damaged, unsupported type, not converted).
/// A password-protected PDF comes back as the PdfPageSource in State::NeedsPassword.
class PageSourceFactory
{
    Q_DECLARE_TR_FUNCTIONS(PageSourceFactory)

public:
    struct Input
    {
        QString path;                    ///< the attachment's bytes
        QString name;                    ///< as shown to people (and a hint for the type)
        QString declaredMime;            ///< as recorded when attached (a hint only)
        qint64 size = -1;                ///< -1: the file's size
        std::optional<ContentType> type; ///< detected from path when not given
        QString renditionPath;           ///< office documents: the converted PDF (empty: not converted yet)
        QList<QSizeF> knownSizes;        ///< page sizes from the store, if any
    };

    static std::shared_ptr<PageSource> open(const Input &input);
    static std::shared_ptr<PageSource> card(CardPageSource::Kind kind, const Input &input,
                                            const ContentType &type, const QString &reason);
};

} // namespace kessai::render
