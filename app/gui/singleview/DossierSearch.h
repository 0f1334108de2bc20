// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QRectF>

#include <atomic>
#include <memory>

namespace kessai::render {
class RenderEngine;
struct PageText;
} // namespace kessai::render

namespace kessai::gui {

/// Searches the text of every page of every attachment of a dossier on a worker thread, in
/// dossier order. Page texts are kept once read, so the next query is fast. Matching ignores
/// case and full-/half-width differences and works for 1- and 2-character Japanese queries.
class DossierSearch : public QObject
{
    Q_OBJECT

public:
    struct Hit
    {
        int item = 0;
        int page = 0;
        QList<QRectF> rects; ///< points on the unrotated page
    };

    explicit DossierSearch(render::RenderEngine *engine, QObject *parent = nullptr);
    ~DossierSearch() override;

    /// Starts a search (cancelling the one running); finished() follows.
    void search(const QString &query);
    void cancel();
    /// The text of a page if it was read already (for copying a selection).
    std::shared_ptr<const render::PageText> cachedText(int item, int page) const;
    void clearCache();

signals:
    void finished(const QString &query, const QList<kessai::gui::DossierSearch::Hit> &hits);

private:
    render::RenderEngine *m_engine;
    std::shared_ptr<std::atomic_bool> m_cancel;
    mutable std::shared_ptr<QMutex> m_mutex;
    std::shared_ptr<QHash<quint64, std::shared_ptr<const render::PageText>>> m_texts;
};

} // namespace kessai::gui

Q_DECLARE_METATYPE(kessai::gui::DossierSearch::Hit)
