// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/DossierItem.h"
#include "render/RenderBudget.h"
#include "render/RenderKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QStringList>

#include <functional>

namespace kessai::render {

class RenderEngine;

/// Writes every page of a dossier, in order, to PNG files through a RenderEngine (the same
/// path as the single view): NN-<name>-pPPP.png per page, NN-<name>-card.png for an item that
/// shows a card. Each item is written and reported as soon as it is loaded (or converted): an
/// item still converting holds only the ones after it. Bounded by a time limit so it never hangs.
class DossierExport
{
    Q_DECLARE_TR_FUNCTIONS(DossierExport)

public:
    struct Options
    {
        QString outputDirectory;
        qreal dpi = 96;
        QString password;                                ///< tried on every password-protected PDF
        int timeoutMs = 10 * 60 * 1000;                  ///< for the whole dossier
        qint64 maxPixels = RenderBudget::kMaxPagePixels; ///< a larger page is written at a lower dpi
        int parallel = 4;                                ///< pages requested at once
    };

    struct ItemResult
    {
        DossierItem item;
        QString status;  ///< ok, failed, unsupported, needs_password, converting, loading
        QString message; ///< why not ok; notes (dpi lowered for a huge page)
        QStringList files;
        int pagesWritten = 0;
    };

    DossierExport(RenderEngine &engine, Options options);

    /// Runs until every item is written or the time is up; engine must have been asked to open
    /// the dossier. onItem is called for each item, in order, as soon as it is done. Returns
    /// false (with error set) when the dossier could not be opened at all.
    bool run(const std::function<void(const ItemResult &)> &onItem);
    QString error() const { return m_error; }
    QList<ItemResult> results() const { return m_results; }
    bool allOk() const;

    /// A name safe for any file system, from an attachment's display name (keeps Japanese).
    static QString safeName(const QString &name);

private:
    QString fileName(const DossierItem &item, const QString &suffix) const;

    RenderEngine &m_engine;
    Options m_options;
    QString m_error;
    QList<ItemResult> m_results;
};

} // namespace kessai::render
