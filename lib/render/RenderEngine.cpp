// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderEngine.h"

#include "render/ConversionService.h"
#include "render/MemoryPlatform.h"
#include "render/PageSource.h"
#include "render/RenderBudget.h"
#include "render/SourceHandle.h"
#include "render/TilePlan.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace kessai::render {

template <typename Work>
void RenderEngine::onPool(QThreadPool &pool, Work work)
{
    ThreadHandOver::send([&] {
        pool.start([work = std::move(work)]() mutable {
            ThreadHandOver::received();
            work();
        });
    });
}

template <typename Work>
void RenderEngine::post(Work work)
{
    ThreadHandOver::send([&] {
        QMetaObject::invokeMethod(
            this,
            [work = std::move(work)]() mutable {
                ThreadHandOver::received();
                work();
            },
            Qt::QueuedConnection);
    });
}

namespace {
int normalRotation(int degrees)
{
    return ((degrees % 360) + 360) % 360 / 90 * 90;
}
} // namespace

RenderEngine::RenderEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RenderKey>();
    qRegisterMetaType<PageText>();
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("kessai-render"));
    m_loader.setMaxThreadCount(1);
    // The one loader thread lives as long as the engine: it keeps the store connection that
    // every reload reuses, and only the destructor closes it (on that thread).
    m_loader.setExpiryTimeout(-1);
    m_loader.setObjectName(QStringLiteral("kessai-render-loader"));
    // A little after scrolling stops, what the last evictions freed goes back to the system.
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(kReleaseAfterMs);
    connect(&m_releaseTimer, &QTimer::timeout, this, [this] { releaseEvictedMemory(0); });
}

RenderEngine::~RenderEngine()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_scheduler.clear();
    m_pool.waitForDone();
    // The loader thread's store connection is closed on that thread now: left to the thread's
    // own end, it would close after QThread::wait() returned (thread-local destructors run
    // last), racing the process's exit — kessai-cli crashed in ~StoreConnection about 1 run in 30.
    // The pages it held go back to the system too (a closed single view should not leave a
    // few hundred MiB behind in the process): freed now, handed back on the loader thread.
    m_cache.clear();
    m_loader.start([] {
        DossierLoader::releaseThreadConnection();
        MemoryPlatform::releaseFreeMemory();
    });
    m_loader.waitForDone();
}

void RenderEngine::setCacheBudget(qint64 bytes)
{
    m_cache.setBudget(bytes);
    m_keepsPages.store(bytes > 0);
    releaseEvictedMemory(kReleaseAfterBytes);
}

void RenderEngine::releaseEvictedMemory(qint64 atLeast)
{
    const qint64 evicted = m_cache.evictedBytes() - m_evictedAtRelease;
    if (evicted <= 0)
        return;
    if (evicted < atLeast) {
        if (!m_releaseTimer.isActive())
            m_releaseTimer.start();
        return;
    }
    m_releaseTimer.stop();
    m_evictedAtRelease = m_cache.evictedBytes();
    // On the loader thread (idle while scrolling): the heap walk never delays a page.
    onPool(m_loader, [] { MemoryPlatform::releaseFreeMemory(); });
}

void RenderEngine::setTileThreshold(qint64 pixels)
{
    m_tileThreshold = qBound<qint64>(256 * 256, pixels, RenderBudget::kMaxPagePixels);
}

void RenderEngine::setThreadCount(int threads)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

void RenderEngine::setConversionService(ConversionService *service)
{
    if (m_conversion)
        disconnect(m_conversion, nullptr, this, nullptr);
    m_conversion = service;
    if (service)
        connect(service, &ConversionService::finished, this,
                [this](const QString &sha256, bool ok, const QString &message) {
                    onConversionFinished(sha256, ok, message);
                });
}

DossierLoader RenderEngine::makeLoader() const
{
    QPointer<ConversionService> service = m_conversion;
    DossierLoader::RenditionLookup lookup;
    if (service && !m_url.isValid()) {
        ConversionService *raw = service.data(); // outlives the engine's loads (documented)
        lookup = [raw](const QString &sha256) { return raw->renditionPath(sha256); };
    }
    return DossierLoader(m_cacheDirectory, lookup);
}

void RenderEngine::startLoading(
    const std::function<void(DossierLoader &, const DossierLoader::Sink &, const std::atomic_bool &)> &load)
{
    const int generation = m_generation;
    auto cancel = m_loadCancel;
    DossierLoader loader = makeLoader();
    onPool(m_loader, [this, generation, cancel, loader, load]() mutable {
        DossierLoader::Sink sink;
        sink.listed = [this, generation](const QList<DossierLoader::Loaded> &items) {
            post([this, generation, items] { onListed(generation, items); });
        };
        sink.updated = [this, generation](const DossierLoader::Loaded &loaded) {
            post([this, generation, loaded] { onUpdated(generation, loaded); });
        };
        sink.failed = [this, generation](const QString &message) {
            post([this, generation, message] {
                if (generation == m_generation)
                    emit openFailed(message);
            });
        };
        load(loader, sink, *cancel);
    });
}

void RenderEngine::openDocument(const DatabaseUrl &url, qint64 documentId, bool withReceived)
{
    close();
    m_url = url;
    startLoading([url, documentId, withReceived](DossierLoader &loader, const DossierLoader::Sink &sink,
                                                 const std::atomic_bool &cancel) {
        loader.loadDocument(url, documentId, sink, cancel, withReceived);
    });
}

int RenderEngine::receivedCount() const
{
    int count = 0;
    while (count < itemCount() && item(count).isReceived())
        ++count;
    return count;
}

void RenderEngine::openFiles(const QList<DossierLoader::File> &files)
{
    close();
    m_url = DatabaseUrl();
    startLoading([files](DossierLoader &loader, const DossierLoader::Sink &sink,
                         const std::atomic_bool &cancel) { loader.loadFiles(files, sink, cancel); });
}

void RenderEngine::close()
{
    ++m_generation;
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loadCancel = std::make_shared<std::atomic_bool>(false);
    m_scheduler.clear();
    m_cache.clear();
    onPool(m_loader, [] { MemoryPlatform::releaseFreeMemory(); });
    m_slots.clear();
    m_offsets.clear();
    m_views.clear();
    m_failed.clear();
    emit closed();
}

void RenderEngine::onListed(int generation, const QList<DossierLoader::Loaded> &items)
{
    if (generation != m_generation)
        return;
    m_slots.clear();
    for (const DossierLoader::Loaded &loaded : items) {
        m_slots.append(Slot());
        apply(loaded);
    }
    recomputeOffsets();
    emit opened();
    if (isSettled())
        emit loadingFinished();
    dispatch();
}

void RenderEngine::onUpdated(int generation, const DossierLoader::Loaded &loaded)
{
    if (generation != m_generation || loaded.item.index < 0 || loaded.item.index >= m_slots.size())
        return;
    const bool wasSettled = isSettled();
    apply(loaded);
    m_cache.removeItem(loaded.item.index);
    recomputeOffsets();
    emit itemChanged(loaded.item.index);
    if (!wasSettled && isSettled())
        emit loadingFinished();
    refreshWanted();
}

void RenderEngine::apply(const DossierLoader::Loaded &loaded)
{
    Slot &slot = m_slots[loaded.item.index];
    slot.item = loaded.item;
    slot.handle = loaded.handle;
    slot.card = loaded.card;
    if (!loaded.contentPath.isEmpty())
        slot.contentPath = loaded.contentPath;
    if (loaded.needsConversion && m_conversion)
        m_conversion->enqueue(loaded.item.sha256, loaded.item.name, loaded.item.type.format,
                              m_url.isValid() ? QString() : slot.contentPath);
    for (auto it = m_failed.begin(); it != m_failed.end();) {
        if (it->item == loaded.item.index)
            it = m_failed.erase(it);
        else
            ++it;
    }
}

void RenderEngine::onConversionFinished(const QString &sha256, bool ok, const QString &message)
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.item.sha256 != sha256 || slot.item.state != DossierItem::State::Converting)
            continue;
        if (!ok) { // shown at once; the store (if any) has the same failure recorded
            DossierLoader::Loaded loaded;
            loaded.item = slot.item;
            loaded.item.state = DossierItem::State::Failed;
            loaded.item.message = tr("It could not be converted to PDF: %1").arg(message);
            loaded.card = DossierLoader::cardFor(loaded.item);
            loaded.item.pageSizes = {loaded.card->pageSize(0)};
            onUpdated(m_generation, loaded);
            continue;
        }
        const int generation = m_generation;
        const DatabaseUrl url = m_url;
        const DossierItem item = slot.item;
        const QString path = slot.contentPath;
        DossierLoader loader = makeLoader();
        onPool(m_loader, [this, generation, url, item, path, loader]() mutable {
            const DossierLoader::Loaded loaded = loader.reload(url, item, path);
            post([this, generation, loaded] { onUpdated(generation, loaded); });
        });
    }
}

void RenderEngine::replaceItem(int index, const DossierItem &changed)
{
    if (index < 0 || index >= m_slots.size() || !m_url.isValid())
        return;
    DossierItem item = changed;
    item.index = index;
    const int generation = m_generation;
    const DatabaseUrl url = m_url;
    DossierLoader loader = makeLoader();
    // One loader thread: replacements of the same item land in the order they were asked for.
    onPool(m_loader, [this, generation, url, item, loader]() mutable {
        const DossierLoader::Loaded loaded = loader.reload(url, item, {});
        post([this, generation, loaded] { onUpdated(generation, loaded); });
    });
}

QList<DossierItem> RenderEngine::items() const
{
    QList<DossierItem> list;
    for (const Slot &slot : m_slots)
        list.append(slot.item);
    return list;
}

void RenderEngine::recomputeOffsets()
{
    m_offsets.clear();
    int offset = 0;
    for (const Slot &slot : std::as_const(m_slots)) {
        m_offsets.append(offset);
        offset += slot.item.pageCount();
    }
    m_offsets.append(offset);
}

int RenderEngine::totalPages() const
{
    return m_offsets.isEmpty() ? 0 : m_offsets.constLast();
}

int RenderEngine::globalPage(int item, int page) const
{
    return item >= 0 && item + 1 < m_offsets.size() ? m_offsets.at(item) + page : 0;
}

std::pair<int, int> RenderEngine::locate(int globalPage) const
{
    if (m_slots.isEmpty())
        return {-1, -1};
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend() - 1, globalPage);
    const int item = qBound(0, int(it - m_offsets.cbegin()) - 1, int(m_slots.size()) - 1);
    return {item, globalPage - m_offsets.at(item)};
}

bool RenderEngine::isSettled() const
{
    return std::none_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &slot) {
        return slot.item.state == DossierItem::State::Loading ||
               slot.item.state == DossierItem::State::Converting;
    });
}

QSize RenderEngine::pixelSize(int item, int page, qreal scale, int rotation) const
{
    if (item < 0 || item >= m_slots.size())
        return {};
    return PageSource::pixelSize(m_slots.at(item).item.pageSizes.value(page), scale, rotation);
}

std::shared_ptr<SourceHandle> RenderEngine::sourceHandle(int item) const
{
    if (item < 0 || item >= m_slots.size() || !m_slots.at(item).item.isReady())
        return {};
    return m_slots.at(item).handle;
}

RenderKey RenderEngine::wholeKey(const View &view) const
{
    return {view.item, view.page, RenderKey::quantize(view.scale), normalRotation(view.rotation), {}};
}

bool RenderEngine::tiled(const View &view) const
{
    const RenderKey key = wholeKey(view);
    const QSize size = pixelSize(view.item, view.page, key.scale(), key.rotation);
    return qint64(size.width()) * size.height() > m_tileThreshold;
}

QList<RenderKey> RenderEngine::keysFor(const View &view, bool withPlaceholder) const
{
    QList<RenderKey> keys;
    if (view.item < 0 || view.item >= m_slots.size() || view.page < 0 ||
        view.page >= m_slots.at(view.item).item.pageCount() || view.scale <= 0)
        return keys;
    const RenderKey whole = wholeKey(view);
    if (!tiled(view)) {
        keys.append(whole);
        return keys;
    }
    const QSize size = pixelSize(view.item, view.page, whole.scale(), whole.rotation);
    if (withPlaceholder) {
        const qreal placeholderScale =
            whole.scale() * std::sqrt(double(kPlaceholderPixels) / (double(size.width()) * size.height()));
        keys.append({view.item, view.page, RenderKey::quantize(placeholderScale), whole.rotation, {}});
    }
    const QRect visible = view.visible.isNull() ? QRect(QPoint(0, 0), size) : view.visible;
    const QList<QRect> tiles = TilePlan::tiles(size, visible);
    for (const QRect &tile : tiles)
        keys.append({view.item, view.page, whole.scaleMilli, whole.rotation, tile});
    return keys;
}

std::optional<RenderKey> RenderEngine::bestPlaceholder(const View &view, const RenderKey &exclude) const
{
    // The smallest image at least as sharp as wanted, else the sharpest smaller one.
    const RenderKey wanted = wholeKey(view);
    std::optional<RenderKey> above;
    std::optional<RenderKey> below;
    const QList<RenderKey> keys = m_cache.keysForPage(view.item, view.page);
    for (const RenderKey &key : keys) {
        if (key.isTile() || key.rotation != wanted.rotation || key == exclude)
            continue;
        if (key.scaleMilli >= wanted.scaleMilli) {
            if (!above || key.scaleMilli < above->scaleMilli)
                above = key;
        } else if (!below || key.scaleMilli > below->scaleMilli) {
            below = key;
        }
    }
    return above ? above : below;
}

QList<RenderEngine::Piece> RenderEngine::pieces(const View &view) const
{
    QList<Piece> result;
    const QList<RenderKey> keys = keysFor(view, false);
    if (keys.isEmpty())
        return result;
    const RenderKey whole = wholeKey(view);
    if (!keys.constFirst().isTile()) {
        if (const auto image = m_cache.find(whole)) {
            result.append({QRectF(0, 0, 1, 1), *image, true, whole});
            return result;
        }
    }
    if (const auto placeholder = bestPlaceholder(view, whole)) {
        if (const auto image = m_cache.find(*placeholder))
            result.append({QRectF(0, 0, 1, 1), *image, false, *placeholder});
    }
    const QSize size = pixelSize(view.item, view.page, whole.scale(), whole.rotation);
    for (const RenderKey &key : keys) {
        if (!key.isTile())
            continue;
        if (const auto image = m_cache.find(key)) {
            const QRectF area(key.tile.x() / qreal(size.width()), key.tile.y() / qreal(size.height()),
                              key.tile.width() / qreal(size.width()),
                              key.tile.height() / qreal(size.height()));
            result.append({area, *image, true, key});
        }
    }
    return result;
}

void RenderEngine::setViewport(const QList<View> &visible, int direction)
{
    m_views.clear();
    for (const View &view : visible) {
        if (view.item >= 0 && view.item < m_slots.size() && view.page >= 0 &&
            view.page < m_slots.at(view.item).item.pageCount())
            m_views.append(view);
    }
    m_direction = direction < 0 ? -1 : 1;
    refreshWanted();
}

void RenderEngine::refreshWanted()
{
    QList<RenderKey> visible;
    QList<RenderKey> prefetch;
    QList<View> views = m_views;
    std::sort(views.begin(), views.end(), [this](const View &a, const View &b) {
        return globalPage(a.item, a.page) < globalPage(b.item, b.page);
    });
    if (!views.isEmpty()) {
        const View &centre = views.at(views.size() / 2);
        m_focus = globalPage(centre.item, centre.page);
        m_focusScale = RenderKey::quantize(centre.scale);
        QList<View> byDistance = views;
        std::stable_sort(byDistance.begin(), byDistance.end(), [this](const View &a, const View &b) {
            return qAbs(globalPage(a.item, a.page) - m_focus) < qAbs(globalPage(b.item, b.page) - m_focus);
        });
        for (const View &view : std::as_const(byDistance))
            visible += keysFor(view);
        // Prefetch: a few pages on in the scroll direction, one back.
        const View &edge = m_direction > 0 ? views.constLast() : views.constFirst();
        const int edgeGlobal = globalPage(edge.item, edge.page);
        QList<int> ahead;
        for (int k = 1; k <= m_prefetchPages; ++k)
            ahead.append(edgeGlobal + k * m_direction);
        if (m_prefetchPages > 0) {
            const View &back = m_direction > 0 ? views.constFirst() : views.constLast();
            ahead.append(globalPage(back.item, back.page) - m_direction);
        }
        for (const int global : std::as_const(ahead)) {
            if (global < 0 || global >= totalPages())
                continue;
            const auto [item, page] = locate(global);
            View view = edge;
            view.item = item;
            view.page = page;
            view.visible = QRect();
            const QList<RenderKey> keys = keysFor(view);
            if (!keys.isEmpty())
                prefetch.append(keys.constFirst()); // the whole page, or the placeholder of a tiled one
        }
    }
    QSet<RenderKey> pinned(visible.cbegin(), visible.cend());
    for (const RenderKey &key : std::as_const(prefetch))
        pinned.insert(key);
    m_scheduler.setWanted(visible, prefetch);
    m_cache.setFocus([this](const RenderKey &key) { return distance(key); }, pinned);
    m_scheduler.cancelUnwanted();
    dispatch();
}

qint64 RenderEngine::distance(const RenderKey &key) const
{
    const qint64 pages = qAbs(globalPage(key.item, key.page) - m_focus);
    return pages * 16 + (key.scaleMilli != m_focusScale ? 8 : 0) + (key.isTile() ? 4 : 0);
}

void RenderEngine::request(const View &view)
{
    const QList<RenderKey> keys = keysFor(view, false);
    for (const RenderKey &key : keys) {
        if (const auto image = m_cache.find(key)) {
            const RenderKey found = key;
            const QImage copy = *image;
            post([this, found, copy] { emit pageRendered(found, copy); });
            continue;
        }
        m_scheduler.addOneOff(key);
    }
    dispatch();
}

bool RenderEngine::startable(const RenderKey &key) const
{
    if (key.item < 0 || key.item >= m_slots.size() || m_failed.contains(key) || m_cache.contains(key))
        return false;
    const Slot &slot = m_slots.at(key.item);
    if (key.page >= slot.item.pageCount())
        return false;
    return slot.item.isReady() ? bool(slot.handle) : bool(slot.card);
}

void RenderEngine::dispatch()
{
    // One-off requests already rendered by another path, or no longer valid, are dropped.
    m_scheduler.dropOneOffs([this](const RenderKey &key) {
        return m_cache.contains(key) || m_failed.contains(key) || key.item < 0 ||
               key.item >= m_slots.size() || key.page >= m_slots.at(key.item).item.pageCount();
    });
    const auto canStart = [this](const RenderKey &k) { return this->startable(k); };
    while (m_scheduler.runningCount() < m_pool.maxThreadCount()) {
        const auto key = m_scheduler.next(canStart);
        if (!key) {
            m_workWaiting.store(false);
            return;
        }
        startJob(*key);
    }
    m_workWaiting.store(m_scheduler.next(canStart).has_value());
}

void RenderEngine::setAfterRender(AfterRender work)
{
    m_afterRender = work ? std::make_shared<const AfterRender>(std::move(work)) : nullptr;
}

void RenderEngine::startJob(const RenderKey &key)
{
    const Slot &slot = m_slots.at(key.item);
    const std::shared_ptr<SourceHandle> handle = slot.item.isReady() ? slot.handle : nullptr;
    const std::shared_ptr<PageSource> card = slot.card;
    const DossierItem item = slot.item;
    const RenderScheduler::Abort abort = m_scheduler.started(key);
    const int generation = m_generation;
    // A long visible render stops holding back the other queues: look again then.
    if (m_scheduler.visible().contains(key)) {
        QTimer::singleShot(RenderScheduler::kHoldLowerMs + 10, this, [this, generation] {
            if (generation == m_generation)
                dispatch();
        });
    }
    const std::shared_ptr<const AfterRender> afterRender = m_afterRender;
    onPool(m_pool, [this, key, handle, card, item, abort, generation, afterRender] {
        JobResult result;
        result.key = key;
        const std::shared_ptr<PageSource> source = handle ? handle->source() : card;
        if (handle &&
            (source->state() != PageSource::State::Ready || source->pageCount() != item.pageCount())) {
            // Opened for the first time and not what the stored layout said: take it as it is.
            DossierLoader::Loaded loaded;
            loaded.item = item;
            DossierLoader::describe(loaded, source);
            result.changed = loaded;
        } else if (!abort->load()) {
            QElapsedTimer timer;
            timer.start();
            MemoryPlatform::usePreparedMemory(); // the page's image goes where it was made ready
            result.image = source->render({key.page, key.scale(), key.rotation, key.tile}, abort.get());
            result.aborted = abort->load();
            if (result.image.isNull() && !result.aborted)
                result.error = timer.elapsed() >= RenderBudget::kPageTimeMs
                                   ? tr("Page %1 took longer than %2 s to draw and was stopped.")
                                         .arg(key.page + 1)
                                         .arg(RenderBudget::kPageTimeMs / 1000)
                                   : tr("Page %1 could not be rendered.").arg(key.page + 1);
        } else {
            result.aborted = true;
        }
        if (afterRender && !result.image.isNull() && !result.aborted)
            (*afterRender)(key, result.image);
        const std::size_t bytes = result.image.isNull() ? 0 : std::size_t(result.image.sizeInBytes());
        post([this, generation, result] { onJobDone(generation, result); });
        // After the hand-over, when no other page waits: the next one finds its memory ready.
        if (m_keepsPages.load() && !m_workWaiting.load())
            MemoryPlatform::prepareNextAllocation(bytes);
    });
}

void RenderEngine::onJobDone(int generation, const JobResult &result)
{
    if (generation != m_generation)
        return;
    m_scheduler.finished(result.key);
    if (result.changed) {
        onUpdated(generation, *result.changed);
        return;
    }
    if (result.aborted) {
        ++m_aborted;
    } else if (!result.error.isEmpty()) {
        m_failed.insert(result.key);
        emit renderFailed(result.key, result.error);
    } else {
        ++m_rendered;
        m_cache.insert(result.key, result.image);
        // A cache that keeps nothing (export) frees each image once it is written, and the next
        // one reuses that memory: handing it back now would only make the next page fault it
        // in again. It goes back when the budget is restored.
        if (m_keepsPages.load())
            releaseEvictedMemory(kReleaseAfterBytes);
        emit pageRendered(result.key, result.image);
    }
    dispatch();
}

void RenderEngine::unlock(int index, const QString &password)
{
    if (index < 0 || index >= m_slots.size() ||
        m_slots.at(index).item.state != DossierItem::State::NeedsPassword || !m_slots.at(index).handle) {
        post([this, index] { emit unlockFinished(index, false); });
        return;
    }
    const std::shared_ptr<SourceHandle> handle = m_slots.at(index).handle;
    const DossierItem item = m_slots.at(index).item;
    const int generation = m_generation;
    onPool(m_pool, [this, handle, item, password, generation, index] {
        const std::shared_ptr<PageSource> source = handle->source();
        const bool ok = source->unlock(password);
        DossierLoader::Loaded loaded;
        loaded.item = item;
        DossierLoader::describe(loaded, source);
        if (!ok)
            loaded.item.message = source->errorString();
        post([this, generation, loaded, ok, index] {
            if (generation != m_generation)
                return;
            onUpdated(generation, loaded);
            emit unlockFinished(index, ok);
        });
    });
}

void RenderEngine::requestText(int index, int page)
{
    const std::shared_ptr<SourceHandle> handle = sourceHandle(index);
    if (!handle) {
        post([this, index, page] { emit textReady(index, page, {}); });
        return;
    }
    const int generation = m_generation;
    // The page's own text on a worker; a page without a text layer (a scan) may have been OCR'd
    // for search: its stored text is then read on the loader thread, the one with a store
    // connection (the page's own text is never extracted there, where it would hold up loading).
    const DatabaseUrl url = m_url;
    const QString sha256 = m_slots.at(index).item.sha256;
    onPool(m_pool, [this, handle, index, page, generation, url, sha256] {
        const std::shared_ptr<PageSource> source = handle->source();
        const PageText text = source->text(page);
        if (text.isEmpty() && url.isValid() && !sha256.isEmpty()) {
            const PageSource::ContentPage where = source->contentPage(page);
            const QSizeF size = source->pageSize(page);
            onPool(m_loader, [this, generation, index, page, url, sha256, where, size] {
                const PageText recognized = DossierLoader::recognizedText(url, sha256, where, size);
                post([this, generation, index, page, recognized] {
                    if (generation == m_generation)
                        emit textReady(index, page, recognized);
                });
            });
            return;
        }
        post([this, generation, index, page, text] {
            if (generation == m_generation)
                emit textReady(index, page, text);
        });
    });
}

} // namespace kessai::render
