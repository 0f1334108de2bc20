// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/DossierSearch.h"

#include "render/DossierLoader.h"
#include "render/PageSource.h"
#include "render/PageText.h"
#include "render/RenderEngine.h"
#include "render/SourceHandle.h"

#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace kessai::gui {

namespace {
quint64 textKey(int item, int page)
{
    return (quint64(quint32(item)) << 32) | quint32(page);
}
} // namespace

DossierSearch::DossierSearch(render::RenderEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_mutex(std::make_shared<QMutex>())
    , m_texts(std::make_shared<QHash<quint64, std::shared_ptr<const render::PageText>>>())
{
    qRegisterMetaType<QList<Hit>>();
}

DossierSearch::~DossierSearch()
{
    cancel();
}

void DossierSearch::cancel()
{
    m_cancel->store(true);
}

void DossierSearch::clearCache()
{
    QMutexLocker lock(m_mutex.get());
    m_texts->clear();
}

std::shared_ptr<const render::PageText> DossierSearch::cachedText(int item, int page) const
{
    QMutexLocker lock(m_mutex.get());
    return m_texts->value(textKey(item, page));
}

void DossierSearch::search(const QString &query)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty()) {
        emit finished(query, {});
        return;
    }
    // Snapshot what to read on the GUI thread; the worker never touches the engine.
    struct Source
    {
        int item;
        std::shared_ptr<render::SourceHandle> handle;
        int pages;
        QString sha256; ///< a scan's page is searched in what OCR read there
    };
    QList<Source> sources;
    for (int item = 0; item < m_engine->itemCount(); ++item) {
        const render::DossierItem &entry = m_engine->item(item);
        if (entry.showsCard())
            continue;
        if (auto handle = m_engine->sourceHandle(item))
            sources.append(Source{item, handle, entry.pageCount(), entry.sha256});
    }
    auto cancelled = m_cancel;
    auto mutex = m_mutex;
    auto texts = m_texts;
    const DatabaseUrl url = m_engine->storeUrl();
    // Reading page text may take a while; nothing is reported once cancelled or when the search
    // object is gone (then() with this as its context).
    QtConcurrent::run([sources, trimmed, cancelled, mutex, texts, url]() -> std::optional<QList<Hit>> {
        // A store connection opened here for OCR'd text belongs to this pool thread: closed
        // again whichever way the search ends.
        const auto closeConnection = qScopeGuard([] { render::DossierLoader::releaseThreadConnection(); });
        QList<Hit> hits;
        for (const Source &source : sources) {
            std::shared_ptr<render::PageSource> pages;
            for (int page = 0; page < source.pages; ++page) {
                if (cancelled->load())
                    return std::nullopt;
                std::shared_ptr<const render::PageText> text;
                {
                    QMutexLocker lock(mutex.get());
                    text = texts->value(textKey(source.item, page));
                }
                if (!text) {
                    if (!pages)
                        pages = source.handle->source();
                    if (!pages)
                        break;
                    text = std::make_shared<const render::PageText>(
                        render::DossierLoader::pageText(*pages, page, url, source.sha256));
                    QMutexLocker lock(mutex.get());
                    texts->insert(textKey(source.item, page), text);
                }
                for (const render::PageText::Match &match : text->find(trimmed))
                    hits.append(Hit{source.item, page, text->rectsFor(match.start, match.length)});
            }
        }
        if (cancelled->load())
            return std::nullopt;
        return hits;
    }).then(this, [this, query](const std::optional<QList<Hit>> &hits) {
        if (hits)
            emit finished(query, *hits);
    });
}

} // namespace kessai::gui
