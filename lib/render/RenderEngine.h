// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"
#include "render/DossierItem.h"
#include "render/DossierLoader.h"
#include "render/PageCache.h"
#include "render/PageText.h"
#include "render/RenderKey.h"
#include "render/RenderScheduler.h"
#include "render/ThreadHandOver.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace kessai::render {

class ConversionService;
class SourceHandle;

/// The rendering engine of the single view (一覧表示): every page of every attachment of a
/// dossier, in order, as images — no widgets. Lives on the GUI thread; all reading and
/// rendering happen on its worker threads (never the caller's), and results come back as
/// signals.
///
/// The view tells the engine what is on screen with setViewport(); the engine renders those
/// pages (nearest the centre first), then a small prefetch in the scroll direction, aborts
/// renders that scrolled away, and keeps the images in a cache with a byte budget (default
/// 256 MiB) that evicts the pages farthest from the viewport. The view paints pieces(): the
/// exact image when there is one, else a scaled placeholder (the page at another zoom) under
/// whatever exact tiles have arrived. Pages whose image would exceed tileThreshold pixels
/// (an A1 drawing at 400 %) are rendered as 1024² tiles of the visible region only.
class RenderEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultTileThreshold = 8LL * 1024 * 1024; ///< pixels
    static constexpr qint64 kPlaceholderPixels = 1024LL * 1024;

    /// One page as the view shows it. scale: device pixels per point (zoom × dpi / 72 × device
    /// pixel ratio); rotation: the reader's rotation of that page (0/90/180/270, clockwise);
    /// visible: the part on screen in pixels of the scaled, rotated page (null: all of it).
    struct View
    {
        int item = 0;
        int page = 0;
        qreal scale = 1.0;
        int rotation = 0;
        QRect visible;
    };

    /// Something to paint for a View: image covers area of the rotated page, given as
    /// fractions (0–1) of its width and height. exact: rendered for this very scale (else a
    /// placeholder to draw scaled while the exact image arrives).
    struct Piece
    {
        QRectF area;
        QImage image;
        bool exact = false;
        RenderKey key;
    };

    explicit RenderEngine(QObject *parent = nullptr);
    ~RenderEngine() override;

    // Configuration (any time).
    void setCacheBudget(qint64 bytes);
    qint64 cacheBudget() const { return m_cache.budget(); }
    void setPrefetchPages(int pages) { m_prefetchPages = qMax(0, pages); }
    void setThreadCount(int threads);
    /// Pages above pixels are tiled (never above RenderBudget::kMaxPagePixels, the most one render gives).
    void setTileThreshold(qint64 pixels);
    /// Where attachment bytes are copied out of the store (default BlobCache's).
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }
    /// Office items without a rendition are queued there, and reloaded when it is made. Not owned.
    void setConversionService(ConversionService *service);

    // Opening. Both return at once; opened() follows (or openFailed()).
    /// withReceived: first the files of the 収受 a 起案 answers (the single view; see DossierLoader).
    void openDocument(const DatabaseUrl &url, qint64 documentId, bool withReceived = false);
    void openFiles(const QList<DossierLoader::File> &files);
    void close();

    // The dossier (valid after opened(); items change with itemChanged()).
    int itemCount() const { return int(m_slots.size()); }
    const DossierItem &item(int index) const { return m_slots.at(index).item; }
    /// The store the dossier was opened from (invalid for files).
    DatabaseUrl storeUrl() const { return m_url; }
    /// How many items at the start are the received document's (DossierItem::isReceived).
    int receivedCount() const;
    QList<DossierItem> items() const;
    int totalPages() const;
    /// The page's index in the whole dossier, and back.
    int globalPage(int item, int page) const;
    std::pair<int, int> locate(int globalPage) const;
    /// No item is Loading or Converting.
    bool isSettled() const;
    /// No render worker is busy: neither drawing nor making memory ready for the next page.
    bool workersIdle() const { return m_pool.activeThreadCount() == 0; }
    /// The pixel size of a page at scale and rotation (the same rounding as the renderers).
    QSize pixelSize(int item, int page, qreal scale, int rotation = 0) const;
    /// For searching on another thread: the item's source handle (null when it has no pages).
    std::shared_ptr<SourceHandle> sourceHandle(int item) const;
    /// The local copy of the item's bytes (empty while not read; the record PDF embeds it).
    QString contentPath(int item) const { return m_slots.at(item).contentPath; }

    // Rendering.
    void setViewport(const QList<View> &visible, int direction = 1);
    /// Renders view once even if it is not visible (thumbnails, export); pageRendered follows.
    void request(const View &view);
    /// Work done on the render worker with each page it has drawn, before pageRendered: export
    /// encodes its PNG there, while the image is still in that core's cache, instead of handing
    /// it to another thread. Pages started after the call get it; nullptr stops it.
    using AfterRender = std::function<void(const RenderKey &, const QImage &)>;
    void setAfterRender(AfterRender work);
    QList<Piece> pieces(const View &view) const;
    std::optional<QImage> cachedImage(const RenderKey &key) const { return m_cache.find(key); }
    /// The keys that make up view: the whole page, or its visible tiles (placeholder first).
    QList<RenderKey> keysFor(const View &view, bool withPlaceholder = true) const;
    void unlock(int item, const QString &password);
    /// The item's content changed (a new version, or the viewer's edit in progress): it is read
    /// again on the loader thread (office content through the rendition cache) and itemChanged
    /// follows; until then the old pages stay on screen.
    void replaceItem(int index, const DossierItem &item);
    void requestText(int item, int page);

    // Figures for tests and benchmarks.
    qint64 cacheBytes() const { return m_cache.bytes(); }
    qint64 peakCacheBytes() const { return m_cache.peakBytes(); }
    int cachedCount() const { return m_cache.count(); }
    int runningCount() const { return m_scheduler.runningCount(); }
    int renderedCount() const { return m_rendered; }
    int abortedCount() const { return m_aborted; }
    int evictionCount() const { return m_cache.evictions(); }

signals:
    void opened();
    /// The dossier was closed (or is being read again): there are no items until opened().
    void closed();
    void openFailed(const QString &message);
    /// An item's state or page sizes changed (loaded, converted, unlocked, found broken).
    void itemChanged(int item);
    /// No item is Loading or Converting any more (emitted each time that becomes true).
    void loadingFinished();
    void pageRendered(const kessai::render::RenderKey &key, const QImage &image);
    void renderFailed(const kessai::render::RenderKey &key, const QString &message);
    void unlockFinished(int item, bool ok);
    void textReady(int item, int page, const kessai::render::PageText &text);

private:
    struct Slot
    {
        DossierItem item;
        std::shared_ptr<SourceHandle> handle;
        std::shared_ptr<PageSource> card;
        QString contentPath;
    };
    struct JobResult
    {
        RenderKey key;
        QImage image;
        bool aborted = false;
        QString error;
        std::optional<DossierLoader::Loaded> changed;
    };

    void startLoading(const std::function<void(DossierLoader &, const DossierLoader::Sink &,
                                               const std::atomic_bool &)> &load);
    void onListed(int generation, const QList<DossierLoader::Loaded> &items);
    void onUpdated(int generation, const DossierLoader::Loaded &loaded);
    void apply(const DossierLoader::Loaded &loaded);
    void onJobDone(int generation, const JobResult &result);
    void onConversionFinished(const QString &sha256, bool ok, const QString &message);
    void recomputeOffsets();
    void refreshWanted();
    void dispatch();
    void startJob(const RenderKey &key);
    /// Runs work on pool / on the engine's thread; both tell a TSan build about the hand-over.
    template <typename Work>
    void onPool(QThreadPool &pool, Work work);
    template <typename Work>
    void post(Work work);
    bool startable(const RenderKey &key) const;
    qint64 distance(const RenderKey &key) const;
    std::optional<RenderKey> bestPlaceholder(const View &view, const RenderKey &exclude) const;
    RenderKey wholeKey(const View &view) const;
    bool tiled(const View &view) const;
    /// Hands the memory of evicted images back to the system once atLeast bytes were evicted
    /// since the last time, or kReleaseAfterMs after the last eviction (MemoryPlatform).
    void releaseEvictedMemory(qint64 atLeast);
    DossierLoader makeLoader() const;

    QThreadPool m_pool;   // rendering
    QThreadPool m_loader; // reading the dossier, one item at a time
    PageCache m_cache;
    RenderScheduler m_scheduler;
    QList<Slot> m_slots;
    QList<int> m_offsets;
    QList<View> m_views;
    int m_direction = 1;
    int m_focus = 0;
    int m_focusScale = 1000;
    int m_prefetchPages = 2;
    qint64 m_tileThreshold = kDefaultTileThreshold;
    QSet<RenderKey> m_failed;
    QString m_cacheDirectory;
    DatabaseUrl m_url;
    QPointer<ConversionService> m_conversion;
    std::shared_ptr<std::atomic_bool> m_loadCancel;
    int m_generation = 0;
    // Set by dispatch() when a startable page waits for a free worker: a worker then goes on to
    // it instead of preparing memory for later (MemoryPlatform::prepareNextAllocation).
    std::atomic_bool m_workWaiting = false;
    // False while the cache keeps nothing (export): each image is freed soon after it is drawn,
    // and the next one reuses its memory without any help.
    std::atomic_bool m_keepsPages = true;
    std::shared_ptr<const AfterRender> m_afterRender; // each job takes its own reference
    int m_rendered = 0;
    int m_aborted = 0;
    static constexpr qint64 kReleaseAfterBytes = 32LL * 1024 * 1024;
    static constexpr int kReleaseAfterMs = 1000;
    qint64 m_evictedAtRelease = 0;
    QTimer m_releaseTimer;
};

} // namespace kessai::render
